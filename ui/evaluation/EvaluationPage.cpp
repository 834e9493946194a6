#include "ui/evaluation/EvaluationPage.h"

#include "ui/lists/SubjectListView.h"
#include "ui/templates/TemplateActions.h"

#include <QAction>

namespace jx {

EvaluationPage::EvaluationPage(QWidget* parent)
    : SubjectListPage(parent)
    , m_edit(new QAction(tr("Edit self-evaluation"), this))
{
    setObjectName(QStringLiteral("evaluationPage"));
    listView()->setWindowTitle(Names::of(RecordKind::SelfEvaluation)); // names the sheet of an export
    configure({ SubjectField::Name, SubjectField::Code, SubjectField::Unit, SubjectField::Kind, SubjectField::Amount,
                SubjectField::ExecutionRate, SubjectField::EvaluationStatus, SubjectField::Score, SubjectField::Grade,
                SubjectField::Order },
              { RecordKind::TargetSet, RecordKind::SelfEvaluation });
    m_edit->setObjectName(QStringLiteral("editEvaluation"));
    connect(m_edit, &QAction::triggered, this, [this] {
        if (const SubjectListRow* row = currentRow())
            Q_EMIT editRequested(RecordKind::SelfEvaluation, row->id, row->evaluationId);
    });
    addStageAction(m_edit);
    for (QAction* action : TemplateActions::create(this, TemplateKind::SelfEvaluation)) // 导出填报模板… / 从 Excel 导入…
        addStageAction(action);
    updateActions();
}

void EvaluationPage::updateActions()
{
    SubjectListPage::updateActions();
    const SubjectListRow* row = currentRow();
    allow(m_edit,
          editRefusal(row ? row->evaluationStatus : std::nullopt,
                      row ? tr("the self-evaluation of “%1”").arg(row->name) : QString()),
          tr("Write or change the self-evaluation of the chosen subject"));
}

} // namespace jx
