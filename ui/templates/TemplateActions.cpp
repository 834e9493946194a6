#include "ui/templates/TemplateActions.h"

#include "ui/lists/SubjectListPage.h"
#include "ui/templates/TemplateExportDialog.h"
#include "ui/templates/TemplateImportDialog.h"

#include <QAction>

namespace jx {

QList<QAction*> TemplateActions::create(SubjectListPage* page, TemplateKind kind)
{
    auto* exportAction = new QAction(TemplateExportDialog::tr("Export fill-in template…"), page);
    exportAction->setObjectName(QStringLiteral("exportTemplate"));
    exportAction->setToolTip(TemplateExportDialog::tr("Write an Excel workbook of this stage for the clerks to fill in"));
    auto* importAction = new QAction(TemplateImportDialog::tr("Import from Excel…"), page);
    importAction->setObjectName(QStringLiteral("importTemplate"));
    importAction->setToolTip(TemplateImportDialog::tr("Check a filled-in template and import it, all or nothing"));
    QObject::connect(exportAction, &QAction::triggered, page, [page, kind] {
        if (!page->workspace())
            return;
        TemplateExportDialog dialog(page->workspace(), kind, page->fiscalYear(), page);
        dialog.exec();
    });
    QObject::connect(importAction, &QAction::triggered, page, [page] {
        if (!page->workspace())
            return;
        TemplateImportDialog dialog(page->workspace(), page);
        dialog.exec();
    });
    return { exportAction, importAction };
}

} // namespace jx
