#include "core/domain/Validation.h"

#include "core/domain/Agency.h"
#include "core/domain/ExAnteAssessment.h"
#include "core/domain/Indicator.h"
#include "core/domain/IndicatorFramework.h"
#include "core/domain/MonitoringReport.h"
#include "core/domain/ResultApplication.h"
#include "core/domain/Review.h"
#include "core/domain/SelfEvaluation.h"
#include "core/domain/Subject.h"
#include "core/domain/TargetSet.h"

#include <cmath>

namespace jx {

namespace {

Error invalid(const QString& message)
{
    return makeError(Error::Code::Invalid, message);
}

bool allDigits(const QString& s)
{
    for (QChar c : s) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return !s.isEmpty();
}

bool finite(const std::optional<double>& v)
{
    return !v || std::isfinite(*v);
}

} // namespace

bool Validation::isDivisionCode(const QString& code)
{
    return code.size() == 6 && allDigits(code);
}

bool Validation::isFunctionCode(const QString& code)
{
    return (code.size() == 3 || code.size() == 5 || code.size() == 7) && allDigits(code);
}

QString Validation::label(const Agency& agency)
{
    return tr("agency “%1”").arg(agency.name);
}

QString Validation::label(const Subject& subject)
{
    switch (subject.kind) {
    case SubjectKind::Program: return tr("program “%1”").arg(subject.name);
    case SubjectKind::AgencyBudget: return tr("agency budget “%1”").arg(subject.name);
    case SubjectKind::GovernmentBudget: return tr("government budget “%1”").arg(subject.name);
    }
    return {};
}

QString Validation::label(const Indicator& indicator)
{
    return tr("indicator “%1”").arg(indicator.name);
}

Result<void> Validation::check(const Agency& agency)
{
    if (agency.name.trimmed().isEmpty())
        return invalid(tr("The agency has no name."));
    if (!isDivisionCode(agency.divisionCode))
        return invalid(tr("%1: division code “%2” is not six digits.").arg(label(agency), agency.divisionCode));
    if (agency.meta.ownerId.isNull())
        return invalid(tr("%1: no owner.").arg(label(agency)));
    return {};
}

Result<void> Validation::check(const Subject& subject)
{
    const QString what = label(subject);
    if (subject.name.trimmed().isEmpty())
        return invalid(tr("The %1 has no name.").arg(Names::of(subject.kind)));
    if (!isFiscalYear(subject.fiscalYear))
        return invalid(tr("%1: fiscal year %2 is out of range.").arg(what).arg(subject.fiscalYear));
    if (subject.amount.isNegative())
        return invalid(tr("%1: the amount %2 is negative.").arg(what, subject.amount.formatWithUnit()));
    if (subject.agencyId.isNull())
        return invalid(tr("%1: no agency.").arg(what));
    if (!isDivisionCode(subject.divisionCode))
        return invalid(tr("%1: division code “%2” is not six digits.").arg(what, subject.divisionCode));
    if (subject.isProgram()) {
        if (!subject.functionCode.isEmpty() && !isFunctionCode(subject.functionCode)) {
            return invalid(tr("%1: function class code “%2” must have 3, 5 or 7 digits.")
                               .arg(what, subject.functionCode));
        }
        if (subject.fundingTags & ~AllFundingTags)
            return invalid(tr("%1: unknown funding tags %2.").arg(what).arg(subject.fundingTags));
    } else if (subject.fundingTags != 0 || subject.isNew || subject.isMajor || subject.isMidYear) {
        return invalid(tr("%1: only programs carry funding tags and new / major / mid-year flags.").arg(what));
    }
    return {};
}

Result<void> Validation::check(const IndicatorCategory& category)
{
    if (category.name.trimmed().isEmpty())
        return invalid(tr("An indicator category has no name."));
    if ((category.level == 1) != category.parentId.isNull())
        return invalid(tr("Indicator category “%1”: level 1 has no parent, level 2 needs one.").arg(category.name));
    if (category.weight < 0 || !std::isfinite(category.weight))
        return invalid(tr("Indicator category “%1”: weight must not be negative.").arg(category.name));
    return {};
}

Result<void> Validation::check(const IndicatorLibraryEntry& entry)
{
    if (entry.name.trimmed().isEmpty())
        return invalid(tr("A library indicator has no name."));
    if (entry.categoryId.isNull())
        return invalid(tr("Library indicator “%1”: no category.").arg(entry.name));
    return {};
}

Result<void> Validation::check(const Indicator& indicator)
{
    if (indicator.name.trimmed().isEmpty())
        return invalid(tr("An indicator has no name."));
    if (indicator.weight < 0 || !std::isfinite(indicator.weight))
        return invalid(tr("%1: weight %2 must not be negative.").arg(label(indicator)).arg(indicator.weight));
    if (!finite(indicator.targetValue))
        return invalid(tr("%1: the target value is not a number.").arg(label(indicator)));
    return {};
}

Result<void> Validation::check(const TargetSet& set)
{
    if (set.subjectId.isNull())
        return invalid(tr("A target set has no subject."));
    if (!isFiscalYear(set.fiscalYear))
        return invalid(tr("Target set: fiscal year %1 is out of range.").arg(set.fiscalYear));
    if (!set.receivingDivisionCode.isEmpty() && !isDivisionCode(set.receivingDivisionCode)) {
        return invalid(tr("Target set: receiving division “%1” is not six digits.").arg(set.receivingDivisionCode));
    }
    for (qsizetype n = 0; n < set.indicators.size(); ++n) {
        const Indicator& indicator = set.indicators.at(n);
        // The path tells a form or the CLI which field of which indicator to correct.
        if (indicator.weight < 0 || !std::isfinite(indicator.weight)) {
            return invalid(tr("indicators[%1].weight: %2: weight %3 must not be negative.")
                               .arg(n)
                               .arg(label(indicator))
                               .arg(indicator.weight));
        }
        if (Result<void> r = check(indicator); !r)
            return r;
    }
    return {};
}

Result<void> Validation::check(const ExAnteAssessment& assessment)
{
    if (assessment.subjectId.isNull())
        return invalid(tr("An ex-ante assessment has no subject."));
    QList<AssessmentDimension> seen;
    for (const AssessmentItem& item : assessment.items) {
        if (seen.contains(item.dimension)) {
            return invalid(tr("Ex-ante assessment: dimension “%1” appears twice.").arg(Names::of(item.dimension)));
        }
        seen << item.dimension;
        if (item.score < 0 || item.score > item.maxScore || !std::isfinite(item.score)) {
            return invalid(tr("Ex-ante assessment, “%1”: score %2 is outside 0–%3.")
                               .arg(Names::of(item.dimension))
                               .arg(item.score)
                               .arg(item.maxScore));
        }
    }
    return {};
}

Result<void> Validation::check(const MonitoringReport& report)
{
    if (report.subjectId.isNull())
        return invalid(tr("A monitoring report has no subject."));
    if (report.month < 1 || report.month > 12)
        return invalid(tr("Monitoring report: month %1 is not 1–12.").arg(report.month));
    if (report.budget.isNegative() || report.executed.isNegative() || report.forecastYearEnd.isNegative())
        return invalid(tr("Monitoring report for month %1: amounts must not be negative.").arg(report.month));
    for (const MonitoringEntry& e : report.entries) {
        if (!finite(e.progressValue) || !finite(e.forecastValue))
            return invalid(tr("Monitoring report for month %1: a progress value is not a number.").arg(report.month));
    }
    return {};
}

Result<void> Validation::check(const SelfEvaluation& evaluation)
{
    if (evaluation.subjectId.isNull())
        return invalid(tr("A self-evaluation has no subject."));
    for (const EvaluationFund& f : evaluation.funds) {
        if (f.initialBudget.isNegative() || f.adjustedBudget.isNegative() || f.executed.isNegative()) {
            return invalid(tr("Self-evaluation, funds row “%1”: amounts must not be negative.").arg(Names::of(f.source)));
        }
    }
    if (evaluation.totalScore && (*evaluation.totalScore < 0 || *evaluation.totalScore > 100))
        return invalid(tr("Self-evaluation: total score %1 is outside 0–100.").arg(*evaluation.totalScore));
    for (const EvaluationEntry& e : evaluation.entries) {
        if (!finite(e.actualValue) || !finite(e.score))
            return invalid(tr("Self-evaluation: an actual value or score is not a number."));
    }
    return {};
}

Result<void> Validation::check(const Review& review)
{
    if (review.recordId.isNull())
        return invalid(tr("A review names no record."));
    if (review.meta.ownerId.isNull())
        return invalid(tr("A review names no reviewing finance department."));
    return {};
}

Result<void> Validation::check(const ResultApplication& application)
{
    if (application.subjectId.isNull())
        return invalid(tr("A result application has no subject."));
    if (!isFiscalYear(application.nextYear))
        return invalid(tr("Result application: year %1 is out of range.").arg(application.nextYear));
    return {};
}

} // namespace jx
