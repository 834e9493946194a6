#include "ui/monitoring/MonitoringPage.h"

#include "core/workflow/Authority.h"

#include "ui/lists/SubjectListView.h"
#include "ui/templates/TemplateActions.h"

#include <QAction>

namespace jx {

MonitoringPage::MonitoringPage(QWidget* parent)
    : SubjectListPage(parent)
    , m_report(new QAction(tr("Report monitoring"), this))
{
    setObjectName(QStringLiteral("monitoringPage"));
    listView()->setWindowTitle(Names::of(RecordKind::MonitoringReport)); // names the sheet of an export
    configure({ SubjectField::Name, SubjectField::Unit, SubjectField::Amount, SubjectField::MonitoringMonth,
                SubjectField::Executed, SubjectField::ExecutionRate, SubjectField::TimeProgress,
                SubjectField::MonitoringStatus, SubjectField::Warning, SubjectField::Order },
              { RecordKind::TargetSet, RecordKind::MonitoringReport });
    m_report->setObjectName(QStringLiteral("editMonitoring"));
    connect(m_report, &QAction::triggered, this, [this] {
        const SubjectListRow* row = currentRow();
        if (!row)
            return;
        // The latest report while it can still be changed; else a report of a new month.
        const bool editable = row->monitoringStatus && Authority::isEditable(row->monitoringStatus);
        Q_EMIT editRequested(RecordKind::MonitoringReport, row->id, editable ? row->monitoringId : QUuid());
    });
    addStageAction(m_report);
    for (QAction* action : TemplateActions::create(this, TemplateKind::Monitoring)) // 导出填报模板… / 从 Excel 导入…
        addStageAction(action);
    updateActions();
}

void MonitoringPage::updateActions()
{
    SubjectListPage::updateActions();
    const SubjectListRow* row = currentRow();
    const bool editable = row && row->monitoringStatus && Authority::isEditable(row->monitoringStatus);
    allow(m_report,
          editRefusal(editable ? row->monitoringStatus : std::nullopt,
                      row ? tr("the monitoring of “%1”").arg(row->name) : QString()),
          tr("Write this month's monitoring report of the chosen subject"));
}

} // namespace jx
