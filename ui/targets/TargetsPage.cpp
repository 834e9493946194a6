#include "ui/targets/TargetsPage.h"

#include "core/workflow/Authority.h"
#include "core/workspace/Workspace.h"

#include "ui/lists/SubjectListView.h"
#include "ui/templates/TemplateActions.h"

#include <QAction>

namespace jx {

TargetsPage::TargetsPage(QWidget* parent)
    : SubjectListPage(parent)
    , m_newProgram(new QAction(tr("New program"), this))
    , m_editTargets(new QAction(tr("Edit targets"), this))
{
    setObjectName(QStringLiteral("targetsPage"));
    listView()->setWindowTitle(Names::of(RecordKind::TargetSet)); // names the sheet of an export
    configure({ SubjectField::Name, SubjectField::Code, SubjectField::Unit, SubjectField::Kind, SubjectField::Book,
                SubjectField::Amount, SubjectField::TargetStatus, SubjectField::Order },
              { RecordKind::TargetSet });
    m_newProgram->setObjectName(QStringLiteral("newProgram"));
    m_editTargets->setObjectName(QStringLiteral("editTargets"));
    connect(m_newProgram, &QAction::triggered, this,
            [this] { Q_EMIT editRequested(std::nullopt, QUuid(), QUuid()); });
    connect(m_editTargets, &QAction::triggered, this, [this] {
        if (const SubjectListRow* row = currentRow())
            Q_EMIT editRequested(RecordKind::TargetSet, row->id, row->targetSetId);
    });
    addStageAction(m_newProgram);
    addStageAction(m_editTargets);
    for (QAction* action : TemplateActions::create(this, TemplateKind::Targets)) // 导出填报模板… / 从 Excel 导入…
        addStageAction(action);
    updateActions();
}

void TargetsPage::updateActions()
{
    SubjectListPage::updateActions();
    QString newRefusal = tr("No database is open.");
    if (Workspace* w = workspace()) {
        // A program is a record of this agency without status: the rule of editing decides (as Workspace::saveSubject).
        Result<void> allowed = Authority::checkEdit(w->actor(), w->self(), std::nullopt, tr("a new program"));
        newRefusal = allowed ? QString() : allowed.message();
    }
    allow(m_newProgram, newRefusal, tr("Register a new program (policy, project or special transfer)"));
    const SubjectListRow* row = currentRow();
    allow(m_editTargets,
          editRefusal(row ? row->targetStatus : std::nullopt,
                      row ? tr("the performance targets of “%1”").arg(row->name) : QString()),
          tr("Write or change the performance targets of the chosen subject"));
}

} // namespace jx
