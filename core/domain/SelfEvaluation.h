#pragma once

#include "core/domain/Money.h"
#include "core/domain/RecordMeta.h"
#include "core/domain/Types.h"

#include <QList>
#include <QString>

#include <optional>

namespace jx {

/// One funds row of the self-evaluation table (年初预算数, 全年预算数, 全年执行数).
struct EvaluationFund
{
    FundSource source = FundSource::Appropriation;
    Money initialBudget;
    Money adjustedBudget;
    Money executed;
};

/// Year-end actual and score of one indicator.
struct EvaluationEntry
{
    QUuid indicatorId;
    std::optional<double> actualValue;
    QString actualText;
    bool notApplicable = false;      ///< 不适用: drops out once finance accepts it, the rest is rescaled
    std::optional<double> score;     ///< as scored (or as the evaluator set for 定性)
    std::optional<QualitativeLevel> qualitativeLevel; ///< 定性 indicators: the level picked
    QString deviationReason;         ///< 偏差原因分析及改进措施
    QString explanation;             ///< why an actual far above target (指标值设定可能偏低)
    QString notApplicableReason;     ///< why the indicator does not apply (required with notApplicable)
};

/// 绩效自评 of one subject for one year.
struct SelfEvaluation
{
    RecordMeta meta;
    QUuid subjectId;
    int fiscalYear = 0;
    QList<EvaluationFund> funds;     ///< the 年度资金总额 row is their sum
    QString objectiveExpected;
    QString objectiveAchieved;
    QString executionReason;         ///< required when the execution rate is below 90%
    std::optional<double> totalScore;
    std::optional<Grade> grade;
    QString conclusion;
    QString problems;
    QString measures;
    QString projectLead;
    QString financeLead;
    RecordStatus status = RecordStatus::Draft;
    QList<EvaluationEntry> entries;

    /// The 年度资金总额 row; an error if a column adds up to more than an amount can hold.
    Result<EvaluationFund> total() const { return sum(funds); }

    /// The sum of @p rows, column by column, checked.
    static Result<EvaluationFund> sum(const QList<EvaluationFund>& rows)
    {
        EvaluationFund total;
        for (const EvaluationFund& f : rows) {
            Result<Money> initial = total.initialBudget.plus(f.initialBudget);
            Result<Money> adjusted = total.adjustedBudget.plus(f.adjustedBudget);
            Result<Money> executed = total.executed.plus(f.executed);
            if (!initial)
                return initial.error();
            if (!adjusted)
                return adjusted.error();
            if (!executed)
                return executed.error();
            total.initialBudget = *initial;
            total.adjustedBudget = *adjusted;
            total.executed = *executed;
        }
        return total;
    }
};

} // namespace jx
