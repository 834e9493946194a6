#pragma once

#include "core/domain/ExAnteAssessment.h"
#include "core/domain/Subject.h"
#include "ui/editors/RecordEditor.h"

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace jx {

/// 事前绩效评估: the five dimensions with their scores, the total, the conclusion checked
/// against the policy's bands, the report and the assessor.
class AssessmentEditor : public RecordEditor
{
    Q_OBJECT

public:
    AssessmentEditor(Workspace& workspace, const QUuid& programId, const QUuid& assessmentId, QWidget* parent = nullptr);

protected:
    Result<QUuid> saveRecord() override;
    QList<Problem> inputProblems() override;
    QList<Problem> liveIssues() override;
    void refreshDerived() override;
    QString title() const override;

private:
    /// The assessment as the fields give it; scores that are not numbers count 0.
    ExAnteAssessment fromFields() const;

    Subject m_program;
    ExAnteAssessment m_assessment;
    EditorGrid* m_grid;
    QLabel* m_total;
    QComboBox* m_conclusion;
    QLabel* m_band;
    QComboBox* m_assessorKind;
    QLineEdit* m_assessorName;
    QPlainTextEdit* m_report;
    std::optional<AssessmentConclusion> m_expected;
};

} // namespace jx
