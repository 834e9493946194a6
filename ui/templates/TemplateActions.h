#pragma once

#include "core/io/TemplateLayout.h"

#include <QList>

class QAction;

namespace jx {

class SubjectListPage;

/**
 * The two actions a stage page (targets, monitoring, self-evaluation) offers for Excel fill-in
 * templates: 导出填报模板… (TemplateExportDialog) and 从 Excel 导入… (TemplateImportDialog), for the
 * page's workspace and fiscal year. The actions are children of the page.
 */
class TemplateActions
{
public:
    static QList<QAction*> create(SubjectListPage* page, TemplateKind kind);
};

} // namespace jx
