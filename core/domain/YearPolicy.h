#pragma once

#include "core/domain/Result.h"
#include "core/domain/Types.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace jx {

/// Self-evaluation points of a group of level-1 indicator classes (e.g. 产出 + 成本: 50).
struct ClassWeight
{
    QStringList classes;
    double weight = 0;
    QString fallbackTo; ///< with no indicator in these classes, the weight joins this class
};

/// The self-evaluation points of one framework (program, agency overall, government budget):
/// the budget execution rate and the level-1 classes; together 100.
struct SelfEvaluationWeights
{
    double executionRateWeight = 0;
    QList<ClassWeight> classWeights;
};

/// How a ≤ / ＜ indicator is scored when the actual exceeds the target.
enum class LowerIsBetterFormula
{
    Ratio,  ///< w × t / a (published 自评表 instructions)
    Linear, ///< w × (1 − (a − t) / t) for t < a < 2t, 0 from a ≥ 2t
};

/// A statutory deadline of the year as data: day `day` of the month after each month (monthly
/// rules, `month` 0), or a fixed date in the fiscal year plus `yearOffset`.
struct DeadlineRule
{
    QString key;
    int month = 0;
    int day = 0;
    int yearOffset = 0;
};

/// A band of a qualitative level as a share of the weight, in percent: [from, to).
struct Band
{
    double from = 0;
    double to = 100;
};

/**
 * The rules of one fiscal year for one region as data (DOMAIN.md *defaults*): grade bands,
 * self-evaluation weights and formulas, ex-ante assessment bands, monitoring warnings and
 * deadlines. The whole document is kept; the typed accessors read the parts the core uses.
 */
class YearPolicy
{
    Q_DECLARE_TR_FUNCTIONS(YearPolicy)

public:
    /// Reads and checks a policy document (see resources/seed/policy.json).
    static Result<YearPolicy> fromJson(const QJsonObject& document);

    const QJsonObject& document() const { return m_document; }
    const QString& regionCode() const { return m_regionCode; }
    int fiscalYear() const { return m_fiscalYear; }

    double excellentFrom() const { return m_excellentFrom; }
    double goodFrom() const { return m_goodFrom; }
    double fairFrom() const { return m_fairFrom; }
    /// The grade of a total score; each band's lower bound is inclusive.
    Grade gradeFor(double score) const;

    // Self-evaluation (DOMAIN.md §2.4).
    double executionRateWeight() const { return m_programWeights.executionRateWeight; }
    /// Below this execution rate (percent) a reason is required.
    double executionRateReasonBelow() const { return m_executionRateReasonBelow; }
    const QList<ClassWeight>& classWeights() const { return m_programWeights.classWeights; }
    /// The weights of the self-evaluation of a framework; the program weights for frameworks without their own.
    const SelfEvaluationWeights& weightsFor(FrameworkKind framework) const;
    /// The most points 不适用 indicators may take out of a self-evaluation (of 100).
    double notApplicableMaxWeight() const { return m_notApplicableMaxWeight; }
    /// The far-above deduction proposed for an indicator of weight w and ratio r (actual / target,
    /// target / actual for lower-is-better) above farAboveRatio(): w × min(maxShare, (r − 1) × rate).
    double farAboveDeductionRate() const { return m_farAboveDeductionRate; }
    double farAboveDeductionMaxShare() const { return m_farAboveDeductionMaxShare; }
    /// Whether indicator weights must add up to the class weights when targets are submitted
    /// (the published 申报表 has no 分值 column; the self-evaluation checks them in any case).
    bool targetWeightsMustMatch() const { return m_targetWeightsMustMatch; }
    LowerIsBetterFormula lowerIsBetterFormula() const { return m_lowerIsBetterFormula; }
    /// Actual / target above this flags "指标值设定可能偏低".
    double farAboveRatio() const { return m_farAboveRatio; }
    Band qualitativeBand(QualitativeLevel level) const;

    // Ex-ante assessment (DOMAIN.md §2.1).
    double assessmentDimensionMax() const { return m_dimensionMax; }
    double supportAtLeast() const { return m_supportAtLeast; }
    double reviseAtLeast() const { return m_reviseAtLeast; }
    /// 予以支持 / 调整完善后予以支持 / 不予支持 for a total score; lower bounds inclusive.
    AssessmentConclusion conclusionFor(double total) const;

    /// The statutory calendar of the year (DOMAIN.md §2.3, §2.4).
    const QList<DeadlineRule>& deadlines() const { return m_deadlines; }

    // Who reviews (DOMAIN.md §2.3).
    /// A subordinate unit's record is first reviewed by its 主管部门 before finance approves it.
    bool twoStepReview() const { return m_twoStepReview; }
    /// A finance department above the owner's division may itself approve, return, order and
    /// decide; otherwise it acts through the level below.
    bool upperLevelActs() const { return m_upperLevelActs; }

    // Monitoring (DOMAIN.md §2.3).
    /// Warn when execution is this many points below time progress (时间过半、任务过半).
    double executionLagPoints() const { return m_executionLagPoints; }

private:
    static Result<SelfEvaluationWeights> weightsFromJson(const QJsonObject& self, int fiscalYear, const QString& what);

    QJsonObject m_document;
    QString m_regionCode;
    int m_fiscalYear = 0;
    double m_excellentFrom = 90;
    double m_goodFrom = 80;
    double m_fairFrom = 60;
    SelfEvaluationWeights m_programWeights { 10, {} };
    QHash<FrameworkKind, SelfEvaluationWeights> m_frameworkWeights;
    double m_executionRateReasonBelow = 90;
    double m_notApplicableMaxWeight = 20;
    double m_farAboveDeductionRate = 0.2;
    double m_farAboveDeductionMaxShare = 0.3;
    bool m_targetWeightsMustMatch = false;
    LowerIsBetterFormula m_lowerIsBetterFormula = LowerIsBetterFormula::Ratio;
    double m_farAboveRatio = 1.2;
    Band m_achieved { 80, 100 };
    Band m_partly { 60, 80 };
    Band m_notAchieved { 0, 60 };
    double m_dimensionMax = 20;
    double m_supportAtLeast = 80;
    double m_reviseAtLeast = 60;
    double m_executionLagPoints = 15;
    QList<DeadlineRule> m_deadlines;
    bool m_twoStepReview = false;
    bool m_upperLevelActs = false;
};

} // namespace jx
