#pragma once

#include "core/domain/Indicator.h"
#include "core/domain/Problem.h"
#include "core/domain/Review.h"
#include "core/domain/Result.h"
#include "core/domain/SelfEvaluation.h"
#include "core/domain/YearPolicy.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace jx {

/// The score of one indicator, with how it came about.
struct IndicatorScore
{
    QUuid indicatorId;
    QString name;
    QString levelOneClass;
    IndicatorOperator op = IndicatorOperator::AtLeast;
    double weight = 0;
    std::optional<double> target;
    std::optional<double> actual;
    bool notApplicable = false;
    bool farAbove = false;     ///< actual / target above the policy's ratio: 指标值设定可能偏低
    /// 不适用 claims: finance accepted (true) or rejected (false, the indicator scores 0); none: open.
    std::optional<bool> notApplicableAccepted;
    bool reached = false;      ///< the target is reached (定性: rated 达成年度指标)
    double deduction = 0;      ///< far above: the deduction the rule proposes
    bool deductionApplied = false; ///< finance confirmed it: the score is net of it
    double score = 0;          ///< rounded to 2 decimals
    QString formula;           ///< the arithmetic, e.g. "20 × 110 / 120 = 18.33"
    QString explanation;       ///< translated: why this score, and the points lost
};

/// Something finance decides when it approves a self-evaluation: a 不适用 claim (the weight it
/// takes out) or a far-above deduction (the points the rule proposes).
struct ScoreReviewItem
{
    QUuid indicatorId;
    QString name;
    bool notApplicable = false; ///< else a far-above deduction
    double points = 0;
    /// Accepted / confirmed (true), rejected (false); none: not decided yet.
    std::optional<bool> decided;
};

/// What the scorer needs besides the records: the framework of the subject (its weights), where
/// the targets stand and what finance decided on the items of the self-evaluation.
struct ScoringContext
{
    FrameworkKind framework = FrameworkKind::ProgramTargets;
    std::optional<RecordStatus> targetStatus; ///< none: not checked
    QList<ReviewItem> decisions;              ///< an approving review's items
};

/// The self-evaluation score of one subject: execution rate, every indicator, total and grade.
struct ScoreSheet
{
    std::optional<double> executionRate; ///< percent, 2 decimals; none without an adjusted budget
    double executionWeight = 0;
    double executionScore = 0;
    QString executionExplanation;
    QList<IndicatorScore> indicators;
    double notApplicableWeight = 0; ///< weights of 不适用 indicators, rescaled away
    double rawTotal = 0;            ///< execution score + indicator scores, before rescaling
    double total = 0;               ///< 0–100, 2 decimals
    Grade grade = Grade::Poor;
    FrameworkKind framework = FrameworkKind::ProgramTargets;
    std::optional<RecordStatus> targetStatus; ///< as the context gave it
    QList<ScoreReviewItem> reviewItems;       ///< 不适用 claims and far-above deductions, for finance
    /// What does not stop scoring but must be put right before submission: paths into the
    /// self-evaluation ("executionReason", "entries[3].explanation" with the indicator as item),
    /// "indicators" for the weights of the targets' indicators.
    QList<Problem> issues;
};

/**
 * The self-evaluation score engine of DOMAIN.md §2.4. Pure: it reads a self-evaluation, the
 * indicators of the approved targets, the level-1 class of each category and the year's
 * policy, and computes; it stores nothing.
 */
class SelfEvaluationScorer
{
    Q_DECLARE_TR_FUNCTIONS(SelfEvaluationScorer)

public:
    /**
     * Scores @p evaluation. Fails, naming the indicator and the field, when an indicator has
     * no entry, a quantitative indicator has no numeric actual, or a qualitative one has no
     * level or a score outside its level's band. Missing reasons and weights that do not
     * match the policy are reported as issues.
     */
    static Result<ScoreSheet> score(const SelfEvaluation& evaluation, const QList<Indicator>& indicators,
                                    const QHash<QUuid, QString>& levelOneClassOfCategory, const YearPolicy& policy,
                                    const ScoringContext& context = {});

    /// The score of a quantitative indicator (weight @p w, target @p t, actual @p a), 2 decimals.
    static double quantitativeScore(IndicatorOperator op, double w, double t, double a, LowerIsBetterFormula formula);
    /**
     * Checks indicator weights per level-1 class (@p weightOfClass: class name → sum of
     * weights) against the policy's class weights, with the fallback of an empty class.
     */
    static QList<Problem> weightIssues(const QHash<QString, double>& weightOfClass, const YearPolicy& policy);
    /// The same against the weights of one framework.
    static QList<Problem> weightIssues(const QHash<QString, double>& weightOfClass, const SelfEvaluationWeights& weights);
    /// The far-above ratio of an indicator: actual / target for ≥ ＞, target / actual for ≤ ＜;
    /// none for ＝, 定性 and where it is undefined (a target or, for ≤ ＜, an actual of 0 or less).
    static std::optional<double> farAboveRatioOf(IndicatorOperator op, double t, double a);
    /// Rounds half away from zero to 2 decimals, robust to binary fractions (89.995 → 90.00).
    static double round2(double value);
};

} // namespace jx
