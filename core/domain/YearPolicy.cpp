#include "core/domain/YearPolicy.h"

#include "core/domain/EnumTable.h"
#include "core/domain/Validation.h"

#include <QJsonArray>
#include <QJsonValue>

#include <cmath>

namespace jx {

Result<SelfEvaluationWeights> YearPolicy::weightsFromJson(const QJsonObject& self, int fiscalYear, const QString& what)
{
    SelfEvaluationWeights weights;
    weights.executionRateWeight = self.value(QStringLiteral("executionRateWeight")).toDouble(10);
    double total = weights.executionRateWeight;
    const QJsonArray groups = self.value(QStringLiteral("classWeights")).toArray();
    for (const QJsonValue& g : groups) {
        const QJsonObject o = g.toObject();
        ClassWeight w;
        for (const QJsonValue& c : o.value(QStringLiteral("classes")).toArray())
            w.classes << c.toString();
        w.weight = o.value(QStringLiteral("weight")).toDouble(-1);
        w.fallbackTo = o.value(QStringLiteral("fallbackTo")).toString();
        if (w.classes.isEmpty() || w.weight < 0) {
            return makeError(Error::Code::Invalid,
                tr("Policy %1: every class weight needs “classes” and a “weight” of at least 0.").arg(fiscalYear));
        }
        total += w.weight;
        weights.classWeights << w;
    }
    if (weights.executionRateWeight < 0 || (!groups.isEmpty() && std::abs(total - 100) > 1e-9)) {
        return makeError(Error::Code::Invalid,
            tr("Policy %1, %2 weights: the execution-rate weight and the class weights add up to %3, not 100.")
                .arg(fiscalYear)
                .arg(what)
                .arg(total));
    }
    return weights;
}

const SelfEvaluationWeights& YearPolicy::weightsFor(FrameworkKind framework) const
{
    const auto it = m_frameworkWeights.constFind(framework);
    return it != m_frameworkWeights.constEnd() ? *it : m_programWeights;
}

Result<YearPolicy> YearPolicy::fromJson(const QJsonObject& document)
{
    YearPolicy p;
    p.m_document = document;
    p.m_regionCode = document.value(QStringLiteral("regionCode")).toString();
    p.m_fiscalYear = document.value(QStringLiteral("fiscalYear")).toInt();
    if (!Validation::isFiscalYear(p.m_fiscalYear))
        return makeError(Error::Code::Invalid, tr("Policy: “fiscalYear” is missing or out of range."));
    if (!p.m_regionCode.isEmpty() && !Validation::isDivisionCode(p.m_regionCode)) {
        return makeError(Error::Code::Invalid,
            tr("Policy %1: “regionCode” “%2” is not a six-digit division code.").arg(p.m_fiscalYear).arg(p.m_regionCode));
    }
    const QJsonObject bands = document.value(QStringLiteral("gradeBands")).toObject();
    p.m_excellentFrom = bands.value(QStringLiteral("excellent")).toDouble(90);
    p.m_goodFrom = bands.value(QStringLiteral("good")).toDouble(80);
    p.m_fairFrom = bands.value(QStringLiteral("fair")).toDouble(60);
    if (!(p.m_fairFrom > 0 && p.m_fairFrom < p.m_goodFrom && p.m_goodFrom < p.m_excellentFrom
          && p.m_excellentFrom <= 100)) {
        return makeError(Error::Code::Invalid,
            tr("Policy %1: grade bands must rise within 0–100 (fair < good < excellent).").arg(p.m_fiscalYear));
    }

    const QJsonObject self = document.value(QStringLiteral("selfEvaluation")).toObject();
    p.m_executionRateReasonBelow = self.value(QStringLiteral("executionRateReasonBelow")).toDouble(90);
    p.m_farAboveRatio = self.value(QStringLiteral("farAboveRatio")).toDouble(1.2);
    const QString formula = self.value(QStringLiteral("lowerIsBetterFormula")).toString(QStringLiteral("ratio"));
    if (formula == QLatin1String("ratio")) {
        p.m_lowerIsBetterFormula = LowerIsBetterFormula::Ratio;
    } else if (formula == QLatin1String("linear")) {
        p.m_lowerIsBetterFormula = LowerIsBetterFormula::Linear;
    } else {
        return makeError(Error::Code::Invalid,
            tr("Policy %1: “lowerIsBetterFormula” must be ratio or linear, not “%2”.").arg(p.m_fiscalYear).arg(formula));
    }
    Result<SelfEvaluationWeights> program = weightsFromJson(self, p.m_fiscalYear, QStringLiteral("program"));
    if (!program)
        return program.error();
    p.m_programWeights = *program;
    const QJsonObject frameworks = self.value(QStringLiteral("frameworks")).toObject();
    for (auto it = frameworks.constBegin(); it != frameworks.constEnd(); ++it) {
        const std::optional<FrameworkKind> kind = fromCode<FrameworkKind>(it.key());
        if (!kind) {
            return makeError(Error::Code::Invalid,
                tr("Policy %1: “%2” is not a framework kind.").arg(p.m_fiscalYear).arg(it.key()));
        }
        Result<SelfEvaluationWeights> weights = weightsFromJson(it.value().toObject(), p.m_fiscalYear, it.key());
        if (!weights)
            return weights.error();
        p.m_frameworkWeights.insert(*kind, *weights);
    }
    p.m_notApplicableMaxWeight = self.value(QStringLiteral("notApplicableMaxWeight")).toDouble(20);
    const QJsonObject deduction = self.value(QStringLiteral("farAboveDeduction")).toObject();
    p.m_farAboveDeductionRate = deduction.value(QStringLiteral("rate")).toDouble(0.2);
    p.m_farAboveDeductionMaxShare = deduction.value(QStringLiteral("maxShare")).toDouble(0.3);
    if (!(p.m_notApplicableMaxWeight >= 0 && p.m_notApplicableMaxWeight <= 100 && p.m_farAboveDeductionRate >= 0
          && p.m_farAboveDeductionMaxShare >= 0 && p.m_farAboveDeductionMaxShare <= 1)) {
        return makeError(Error::Code::Invalid,
            tr("Policy %1: “notApplicableMaxWeight” must be within 0–100 and the far-above deduction's rate and "
               "maximum share within 0–1.")
                .arg(p.m_fiscalYear));
    }
    p.m_targetWeightsMustMatch = document.value(QStringLiteral("targets"))
                                     .toObject()
                                     .value(QStringLiteral("weightsMustMatchClasses"))
                                     .toBool(false);
    if (!(p.m_farAboveRatio > 1))
        return makeError(Error::Code::Invalid, tr("Policy %1: “farAboveRatio” must be above 1.").arg(p.m_fiscalYear));
    const QJsonObject qualitative = self.value(QStringLiteral("qualitativeBands")).toObject();
    auto band = [&](const char* key, Band fallback) {
        const QJsonArray a = qualitative.value(QLatin1String(key)).toArray();
        return a.size() == 2 ? Band { a.at(0).toDouble(), a.at(1).toDouble() } : fallback;
    };
    p.m_achieved = band("achieved", p.m_achieved);
    p.m_partly = band("partly", p.m_partly);
    p.m_notAchieved = band("notAchieved", p.m_notAchieved);
    if (!(p.m_notAchieved.from >= 0 && p.m_notAchieved.to == p.m_partly.from && p.m_partly.to == p.m_achieved.from
          && p.m_achieved.to <= 100 && p.m_notAchieved.from < p.m_notAchieved.to && p.m_partly.from < p.m_partly.to
          && p.m_achieved.from < p.m_achieved.to)) {
        return makeError(Error::Code::Invalid,
            tr("Policy %1: the qualitative bands must follow each other within 0–100.").arg(p.m_fiscalYear));
    }

    const QJsonObject exAnte = document.value(QStringLiteral("exAnte")).toObject();
    p.m_dimensionMax = exAnte.value(QStringLiteral("dimensionMax")).toDouble(20);
    p.m_supportAtLeast = exAnte.value(QStringLiteral("supportAtLeast")).toDouble(80);
    p.m_reviseAtLeast = exAnte.value(QStringLiteral("reviseAtLeast")).toDouble(60);
    if (!(p.m_dimensionMax > 0 && p.m_reviseAtLeast < p.m_supportAtLeast && p.m_supportAtLeast <= 5 * p.m_dimensionMax)) {
        return makeError(Error::Code::Invalid,
            tr("Policy %1: the ex-ante assessment bands must rise (revise < support ≤ 5 × dimension maximum).")
                .arg(p.m_fiscalYear));
    }
    for (const QJsonValue& v : document.value(QStringLiteral("deadlines")).toArray()) {
        const QJsonObject o = v.toObject();
        DeadlineRule rule { o.value(QStringLiteral("key")).toString(), o.value(QStringLiteral("month")).toInt(),
                            o.value(QStringLiteral("day")).toInt(), o.value(QStringLiteral("yearOffset")).toInt() };
        if (rule.key.isEmpty() || rule.month < 0 || rule.month > 12 || rule.day < 1 || rule.day > 31) {
            return makeError(Error::Code::Invalid,
                tr("Policy %1: deadline “%2” needs a key, a month 0–12 and a day 1–31.").arg(p.m_fiscalYear).arg(rule.key));
        }
        p.m_deadlines << rule;
    }
    const QJsonObject review = document.value(QStringLiteral("review")).toObject();
    p.m_twoStepReview = review.value(QStringLiteral("twoStepReview")).toBool(false);
    p.m_upperLevelActs = review.value(QStringLiteral("upperLevelActs")).toBool(false);
    p.m_executionLagPoints
        = document.value(QStringLiteral("monitoring")).toObject().value(QStringLiteral("executionLagPoints")).toDouble(15);
    return p;
}

AssessmentConclusion YearPolicy::conclusionFor(double total) const
{
    if (total >= m_supportAtLeast)
        return AssessmentConclusion::Support;
    if (total >= m_reviseAtLeast)
        return AssessmentConclusion::SupportAfterRevision;
    return AssessmentConclusion::Reject;
}

Band YearPolicy::qualitativeBand(QualitativeLevel level) const
{
    switch (level) {
    case QualitativeLevel::Achieved: return m_achieved;
    case QualitativeLevel::Partly: return m_partly;
    case QualitativeLevel::NotAchieved: return m_notAchieved;
    }
    return {};
}

Grade YearPolicy::gradeFor(double score) const
{
    if (score >= m_excellentFrom)
        return Grade::Excellent;
    if (score >= m_goodFrom)
        return Grade::Good;
    if (score >= m_fairFrom)
        return Grade::Fair;
    return Grade::Poor;
}

} // namespace jx
