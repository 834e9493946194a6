#pragma once

#include "core/domain/SelfEvaluation.h"
#include "core/domain/SelfEvaluationScorer.h"
#include "core/domain/Subject.h"
#include "core/domain/TargetSet.h"
#include "core/domain/YearPolicy.h"
#include "ui/editors/RecordEditor.h"

class QLineEdit;
class QPlainTextEdit;

namespace jx {

/**
 * 项目支出绩效自评表 (部门整体支出绩效自评表 for an agency's overall budget): the funds table,
 * the actual value of every approved indicator with its score, the total and grade recomputed
 * as the clerk types (SelfEvaluationScorer), the explanation of every point lost, qualitative
 * levels with their bands, 不适用 with its reason and the narrative fields.
 */
class EvaluationEditor : public RecordEditor
{
    Q_OBJECT

public:
    EvaluationEditor(Workspace& workspace, const QUuid& subjectId, const QUuid& evaluationId, QWidget* parent = nullptr);

    enum Column
    {
        LevelOneColumn,
        NameColumn,
        OperatorColumn,
        TargetColumn,
        UnitColumn,
        ActualColumn,
        WeightColumn,
        ScoreColumn,
        NotApplicableColumn,
        NotApplicableReasonColumn,
        LevelColumn,
        LevelScoreColumn,
        DeviationColumn,
        ExplanationColumn,
        WhyColumn,
    };
    enum FundColumn
    {
        FundNameColumn,
        InitialColumn,
        AdjustedColumn,
        ExecutedColumn,
        RateColumn,
        FundWeightColumn,
        FundScoreColumn,
    };

protected:
    Result<QUuid> saveRecord() override;
    QList<Problem> inputProblems() override;
    QList<Problem> liveIssues() override;
    void refreshDerived() override;
    QString title() const override;

private:
    SelfEvaluation fromFields() const;
    EvaluationEntry entryOf(int row) const;
    void load(const SelfEvaluation& evaluation);

    Subject m_subject;
    TargetSet m_targets;
    SelfEvaluation m_evaluation;
    std::optional<YearPolicy> m_policy;
    QHash<QUuid, QString> m_levelOne;
    std::optional<ScoreSheet> m_sheet;
    QList<Problem> m_rowErrors;
    EditorGrid* m_funds;
    QLineEdit* m_executionReason;
    QPlainTextEdit* m_expected;
    QPlainTextEdit* m_achieved;
    EditorGrid* m_grid;
    QLabel* m_total;
    QLabel* m_grade;
    QLabel* m_bands;
    QPlainTextEdit* m_conclusion;
    QPlainTextEdit* m_problems;
    QPlainTextEdit* m_measures;
    QLineEdit* m_projectLead;
    QLineEdit* m_financeLead;
};

} // namespace jx
