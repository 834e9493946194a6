#include "ui/assessment/AssessmentPage.h"

#include "ui/lists/SubjectListView.h"

#include <QAction>

namespace jx {

AssessmentPage::AssessmentPage(QWidget* parent)
    : SubjectListPage(parent)
    , m_edit(new QAction(tr("Edit assessment"), this))
{
    setObjectName(QStringLiteral("assessmentPage"));
    listView()->setWindowTitle(Names::of(RecordKind::Assessment)); // names the sheet of an export
    SubjectFilter preset;
    preset.majorNewOnly = true; // DOMAIN.md §2.1: new major policies and projects
    configure({ SubjectField::Name, SubjectField::Code, SubjectField::Unit, SubjectField::Amount,
                SubjectField::AssessmentStatus, SubjectField::AssessmentScore, SubjectField::Conclusion,
                SubjectField::TargetStatus },
              { RecordKind::Assessment }, preset);
    m_edit->setObjectName(QStringLiteral("editAssessment"));
    connect(m_edit, &QAction::triggered, this, [this] {
        if (const SubjectListRow* row = currentRow())
            Q_EMIT editRequested(RecordKind::Assessment, row->id, row->assessmentId);
    });
    addStageAction(m_edit);
    updateActions();
}

void AssessmentPage::updateActions()
{
    SubjectListPage::updateActions();
    const SubjectListRow* row = currentRow();
    allow(m_edit,
          editRefusal(row ? row->assessmentStatus : std::nullopt,
                      row ? tr("the ex-ante assessment of “%1”").arg(row->name) : QString()),
          tr("Write or change the ex-ante assessment of the chosen program"));
}

} // namespace jx
