#include "core/domain/SelfEvaluationScorer.h"

#include <QSet>

#include <algorithm>
#include <cmath>

namespace jx {

namespace {

QString num(double v)
{
    // Up to 4 decimals, no trailing zeros: 120, 18.33, 0.5.
    QString s = QString::number(v, 'f', 4);
    while (s.contains(QLatin1Char('.')) && (s.endsWith(QLatin1Char('0')) || s.endsWith(QLatin1Char('.'))))
        s.chop(1);
    return s;
}

QString points(double v)
{
    return QString::number(v, 'f', 2);
}

} // namespace

double SelfEvaluationScorer::round2(double value)
{
    const double scaled = value * 100.0;
    return std::round(scaled + (scaled >= 0 ? 1e-7 : -1e-7)) / 100.0;
}

QList<Problem> SelfEvaluationScorer::weightIssues(const QHash<QString, double>& weightOfClass, const YearPolicy& policy)
{
    return weightIssues(weightOfClass, policy.weightsFor(FrameworkKind::ProgramTargets));
}

std::optional<double> SelfEvaluationScorer::farAboveRatioOf(IndicatorOperator op, double t, double a)
{
    switch (op) {
    case IndicatorOperator::AtLeast:
    case IndicatorOperator::GreaterThan:
        if (t > 0)
            return a / t;
        break;
    case IndicatorOperator::AtMost:
    case IndicatorOperator::LessThan:
        if (t > 0 && a > 0)
            return t / a;
        break;
    case IndicatorOperator::Equal:
    case IndicatorOperator::Qualitative:
        break;
    }
    return std::nullopt;
}

QList<Problem> SelfEvaluationScorer::weightIssues(
    const QHash<QString, double>& weightOfClass, const SelfEvaluationWeights& weights)
{
    QList<Problem> issues;
    // Expected weight per group; an empty group's weight may fall back to another class.
    QList<QPair<QStringList, double>> expected;
    for (const ClassWeight& g : weights.classWeights)
        expected.append({ g.classes, g.weight });
    for (const ClassWeight& g : weights.classWeights) {
        const bool empty = std::none_of(g.classes.cbegin(), g.classes.cend(),
                                        [&](const QString& c) { return weightOfClass.contains(c); });
        if (!empty || g.fallbackTo.isEmpty())
            continue;
        for (auto& [classes, weight] : expected) {
            if (classes.contains(g.fallbackTo))
                weight += g.weight;
            if (classes == g.classes)
                weight = 0;
        }
    }
    QSet<QString> covered;
    for (const auto& [classes, weight] : expected) {
        double present = 0;
        for (const QString& c : classes) {
            present += weightOfClass.value(c);
            covered.insert(c);
        }
        if (std::abs(present - weight) > 0.005) {
            issues << Problem::at(QStringLiteral("indicators"),
                                   tr("The weights of %1 add up to %2; the year's policy gives %3.")
                                       .arg(classes.join(tr(", ", "list separator")), num(present), num(weight)));
        }
    }
    for (auto it = weightOfClass.cbegin(); it != weightOfClass.cend(); ++it) {
        if (!covered.contains(it.key())) {
            issues << Problem::at(QStringLiteral("indicators"),
                                   tr("Indicators of class “%1” carry %2 points the year's policy gives no weight to.")
                                       .arg(it.key().isEmpty() ? tr("(none)") : it.key(), num(it.value())));
        }
    }
    return issues;
}

double SelfEvaluationScorer::quantitativeScore(IndicatorOperator op, double w, double t, double a,
                                               LowerIsBetterFormula formula)
{
    double s = 0;
    switch (op) {
    case IndicatorOperator::Equal:
        if (t == 0) {
            s = a <= 0 ? w : 0;
            break;
        }
        [[fallthrough]];
    case IndicatorOperator::AtLeast:
    case IndicatorOperator::GreaterThan:
        if (a >= t)
            s = w;
        else
            s = t > 0 ? w * std::max(0.0, a) / t : 0;
        break;
    case IndicatorOperator::AtMost:
    case IndicatorOperator::LessThan:
        if (a <= t) {
            s = w;
        } else if (formula == LowerIsBetterFormula::Ratio) {
            s = a > 0 ? w * std::max(0.0, t) / a : 0;
        } else {
            s = (t > 0 && a < 2 * t) ? w * (1 - (a - t) / t) : 0;
        }
        break;
    case IndicatorOperator::Qualitative:
        s = 0;
        break;
    }
    return round2(std::clamp(s, 0.0, w));
}

Result<ScoreSheet> SelfEvaluationScorer::score(const SelfEvaluation& evaluation, const QList<Indicator>& indicators,
                                               const QHash<QUuid, QString>& levelOneClassOfCategory,
                                               const YearPolicy& policy, const ScoringContext& context)
{
    ScoreSheet sheet;
    sheet.framework = context.framework;
    sheet.targetStatus = context.targetStatus;
    const SelfEvaluationWeights& weights = policy.weightsFor(context.framework);
    QHash<QUuid, ReviewItem> decisions;
    for (const ReviewItem& d : context.decisions)
        decisions.insert(d.indicatorId, d);
    if (context.targetStatus && *context.targetStatus != RecordStatus::Approved) {
        sheet.issues << Problem::at(QStringLiteral("targets"),
                                     tr("The targets are %1: a self-evaluation is scored against approved targets only.")
                                         .arg(Names::of(*context.targetStatus)));
    }

    // Budget execution: 执行数 / 调整后预算数, score = rate × weight, capped.
    Result<EvaluationFund> fundsTotal = evaluation.total();
    if (!fundsTotal)
        return fundsTotal.error();
    const EvaluationFund funds = *fundsTotal;
    sheet.executionWeight = weights.executionRateWeight;
    if (funds.adjustedBudget.fen() > 0) {
        const double rate = double(funds.executed.fen()) / double(funds.adjustedBudget.fen());
        sheet.executionRate = round2(rate * 100);
        sheet.executionScore = round2(std::min(rate, 1.0) * sheet.executionWeight);
        sheet.executionExplanation = tr("Execution %1 of %2 = %3%; %4 × %5 = %6")
                                         .arg(funds.executed.formatWithUnit(), funds.adjustedBudget.formatWithUnit())
                                         .arg(points(*sheet.executionRate))
                                         .arg(num(sheet.executionWeight))
                                         .arg(num(std::min(rate, 1.0)))
                                         .arg(points(sheet.executionScore));
        if (*sheet.executionRate < policy.executionRateReasonBelow() && evaluation.executionReason.trimmed().isEmpty()) {
            sheet.issues << Problem::at(QStringLiteral("executionReason"),
                                         tr("The execution rate %1% is below %2%: give the reason.")
                                             .arg(points(*sheet.executionRate))
                                             .arg(num(policy.executionRateReasonBelow())));
        }
    } else {
        sheet.executionExplanation = tr("No adjusted budget: the execution rate scores 0.");
        sheet.issues << Problem::at(QStringLiteral("funds"), tr("The self-evaluation has no adjusted budget (全年预算数)."));
    }

    QHash<QUuid, const EvaluationEntry*> entries;
    QHash<QUuid, qsizetype> entryIndex; // for the paths of issues
    for (qsizetype k = 0; k < evaluation.entries.size(); ++k) {
        entries.insert(evaluation.entries.at(k).indicatorId, &evaluation.entries.at(k));
        entryIndex.insert(evaluation.entries.at(k).indicatorId, k);
    }
    QSet<QUuid> known;
    for (const Indicator& i : indicators)
        known.insert(i.meta.id);
    for (const EvaluationEntry& e : evaluation.entries) {
        if (!known.contains(e.indicatorId)) {
            return makeError(Error::Code::Invalid,
                tr("Self-evaluation: an entry refers to indicator %1, which is not in the approved targets.")
                    .arg(e.indicatorId.toString(QUuid::WithoutBraces)));
        }
    }

    double indicatorTotal = 0;
    for (const Indicator& ind : indicators) {
        IndicatorScore is;
        is.indicatorId = ind.meta.id;
        is.name = ind.name;
        is.levelOneClass = levelOneClassOfCategory.value(ind.categoryId);
        is.op = ind.op;
        is.weight = ind.weight;
        is.target = ind.targetValue;
        const EvaluationEntry* e = entries.value(ind.meta.id);
        if (!e) {
            return makeError(Error::Code::Invalid,
                tr("Self-evaluation, indicator “%1”: no actual value was entered.").arg(ind.name));
        }
        is.actual = e->actualValue;
        const qsizetype k = entryIndex.value(ind.meta.id);
        auto entryPath = [k](const char* field) {
            return Problem::path(QStringLiteral("entries"), k, QString::fromLatin1(field));
        };
        if (e->notApplicable) {
            is.notApplicable = true;
            if (e->notApplicableReason.trimmed().isEmpty()) {
                sheet.issues << Problem::at(entryPath("notApplicableReason"),
                                             tr("Indicator “%1” is marked not applicable: give the reason.").arg(ind.name),
                                             ind.meta.id);
            }
            const auto decision = decisions.constFind(ind.meta.id);
            if (decision != decisions.constEnd())
                is.notApplicableAccepted = decision->notApplicableAccepted;
            sheet.reviewItems << ScoreReviewItem { ind.meta.id, ind.name, true, ind.weight, is.notApplicableAccepted };
            if (is.notApplicableAccepted == false) {
                // Rejected: the indicator stays in and counts as not reached.
                is.score = 0;
                is.formula = tr("not applicable, rejected → 0");
                is.explanation = tr("Marked not applicable, rejected by finance: not reached, 0 points, %1 lost.")
                                     .arg(points(ind.weight));
                sheet.indicators << is;
                continue;
            }
            is.explanation = is.notApplicableAccepted
                ? tr("Not applicable, accepted by finance: left out, the total is rescaled over the other weights.")
                : tr("Not applicable, to be accepted by finance: left out, the total is rescaled over the other "
                     "weights.");
            sheet.notApplicableWeight += ind.weight;
            sheet.indicators << is;
            continue;
        }

        if (ind.isQualitative()) {
            if (!e->qualitativeLevel) {
                return makeError(Error::Code::Invalid,
                    tr("Self-evaluation, indicator “%1”: choose the level reached (qualitative indicator).").arg(ind.name));
            }
            const Band band = policy.qualitativeBand(*e->qualitativeLevel);
            const double from = round2(ind.weight * band.from / 100);
            const double to = round2(ind.weight * band.to / 100);
            const bool top = band.to >= 100;
            const double given = e->score ? round2(*e->score) : -1;
            if (!e->score || given < from || (top ? given > to : given >= to)) {
                const QString range = top ? tr("from %1 to %2").arg(points(from), points(to))
                                          : tr("at least %1 and below %2").arg(points(from), points(to));
                return makeError(Error::Code::Invalid,
                    tr("Self-evaluation, indicator “%1”: rated “%2”, the score must be %3, not %4.")
                        .arg(ind.name, Names::of(*e->qualitativeLevel), range, e->score ? points(given) : tr("empty")));
            }
            is.score = given;
            is.reached = *e->qualitativeLevel == QualitativeLevel::Achieved;
            is.formula = tr("%1: %2 of %3").arg(Names::of(*e->qualitativeLevel), points(given), num(ind.weight));
            is.explanation = tr("Qualitative, rated “%1” (band %2–%3% of %4): %5 points, %6 lost.")
                                 .arg(Names::of(*e->qualitativeLevel))
                                 .arg(num(band.from))
                                 .arg(num(band.to))
                                 .arg(num(ind.weight))
                                 .arg(points(given))
                                 .arg(points(ind.weight - given));
        } else {
            if (!ind.targetValue) {
                return makeError(Error::Code::Invalid,
                    tr("Indicator “%1”: the target value is missing or not a number.").arg(ind.name));
            }
            if (!e->actualValue || !std::isfinite(*e->actualValue)) {
                return makeError(Error::Code::Invalid,
                    tr("Self-evaluation, indicator “%1”: the actual value “%2” is not a number.")
                        .arg(ind.name, e->actualText));
            }
            const double t = *ind.targetValue;
            const double a = *e->actualValue;
            const double w = ind.weight;
            is.score = quantitativeScore(ind.op, w, t, a, policy.lowerIsBetterFormula());
            const QString op = Names::of(ind.op);
            const bool full = is.score >= w;
            if (full) {
                is.formula = tr("%1 %2 %3 → %4").arg(num(a), op, num(t), points(w));
                is.explanation = tr("Target %1 %2 reached with %3: full %4 points.").arg(op, num(t), num(a), points(w));
            } else if (ind.op == IndicatorOperator::Equal && t == 0) {
                is.formula = tr("%1 > 0 → 0").arg(num(a));
                is.explanation = tr("Target = 0 missed with %1: 0 points, %2 lost.").arg(num(a), points(w));
            } else if (!ind.lowerIsBetter()) {
                is.formula = QStringLiteral("%1 × %2 / %3 = %4").arg(num(w), num(a), num(t), points(is.score));
                is.explanation = tr("Target %1 %2 missed with %3: %4 × %3 / %2 = %5 points, %6 lost.")
                                     .arg(op, num(t), num(a), num(w), points(is.score), points(w - is.score));
            } else if (policy.lowerIsBetterFormula() == LowerIsBetterFormula::Ratio) {
                is.formula = QStringLiteral("%1 × %2 / %3 = %4").arg(num(w), num(t), num(a), points(is.score));
                is.explanation = tr("Target %1 %2 exceeded with %3: %4 × %2 / %3 = %5 points, %6 lost (ratio formula).")
                                     .arg(op, num(t), num(a), num(w), points(is.score), points(w - is.score));
            } else {
                is.formula = QStringLiteral("%1 × (1 − (%2 − %3) / %3) = %4").arg(num(w), num(a), num(t), points(is.score));
                is.explanation = tr("Target %1 %2 exceeded with %3: %4 × (1 − (%3 − %2) / %2) = %5 points, %6 lost "
                                    "(linear formula, 0 from twice the target).")
                                     .arg(op, num(t), num(a), num(w), points(is.score), points(w - is.score));
            }
            is.reached = quantitativeScore(ind.op, 1, t, a, policy.lowerIsBetterFormula()) >= 1;
            const std::optional<double> ratio = farAboveRatioOf(ind.op, t, a);
            if (ratio && *ratio > policy.farAboveRatio()) {
                is.farAbove = true;
                if (e->explanation.trimmed().isEmpty()) {
                    sheet.issues << Problem::at(entryPath("explanation"),
                                                 ind.lowerIsBetter()
                                                     ? tr("Indicator “%1”: the target %2 is more than %3 times the "
                                                          "actual %4 (the target may be set too loose); explain why.")
                                                           .arg(ind.name, num(t), num(policy.farAboveRatio()), num(a))
                                                     : tr("Indicator “%1”: the actual %2 is more than %3 times the "
                                                          "target %4 (the target may be set too low); explain why.")
                                                           .arg(ind.name, num(a), num(policy.farAboveRatio()), num(t)),
                                                 ind.meta.id);
                }
                // 按照偏离度适度调减分值: proposed by the rule, applied only when finance confirms it.
                is.deduction = round2(
                    w * std::min(policy.farAboveDeductionMaxShare(), (*ratio - 1) * policy.farAboveDeductionRate()));
                const auto decision = decisions.constFind(ind.meta.id);
                is.deductionApplied = decision != decisions.constEnd() && decision->deductionConfirmed && is.deduction > 0;
                if (is.deduction > 0) {
                    sheet.reviewItems << ScoreReviewItem { ind.meta.id, ind.name, false, is.deduction,
                        is.deductionApplied ? std::optional<bool>(true) : std::nullopt };
                }
                const QString proposal = tr("ratio %1 above %2: %3 × min(%4, (%1 − 1) × %5) = %6 points deducted")
                                             .arg(num(round2(*ratio)), num(policy.farAboveRatio()), num(w),
                                                 num(policy.farAboveDeductionMaxShare()),
                                                 num(policy.farAboveDeductionRate()), points(is.deduction));
                if (is.deductionApplied) {
                    is.score = round2(std::max(0.0, is.score - is.deduction));
                    is.explanation += QLatin1Char(' ')
                        + tr("Target set too low, %1 as confirmed by finance: %2 points.").arg(proposal, points(is.score));
                } else if (is.deduction > 0) {
                    is.explanation += QLatin1Char(' ')
                        + tr("Target may be set too low (%1 if finance confirms it).").arg(proposal);
                }
            }
        }
        if (!is.reached && e->deviationReason.trimmed().isEmpty()) {
            sheet.issues << Problem::at(entryPath("deviationReason"),
                                         tr("Indicator “%1” is not fully reached: give the reasons for the deviation "
                                            "and the measures (偏差原因分析及改进措施).")
                                             .arg(ind.name),
                                         ind.meta.id);
        }
        indicatorTotal += is.score;
        sheet.indicators << is;
    }

    QHash<QString, double> weightOfClass;
    for (const IndicatorScore& is : std::as_const(sheet.indicators))
        weightOfClass[is.levelOneClass] += is.weight;
    sheet.issues << weightIssues(weightOfClass, weights);

    if (sheet.notApplicableWeight > policy.notApplicableMaxWeight() + 0.005) {
        sheet.issues << Problem::at(QStringLiteral("entries"),
                                     tr("Indicators marked not applicable take %1 points out; the year's policy allows "
                                        "at most %2.")
                                         .arg(num(sheet.notApplicableWeight), num(policy.notApplicableMaxWeight())));
    }
    sheet.rawTotal = round2(sheet.executionScore + indicatorTotal);
    if (sheet.rawTotal > 100.005) {
        // Not hidden by the cap below: weights that give more than 100 points are wrong.
        sheet.issues << Problem::at(QStringLiteral("indicators"),
                                     tr("The scores add up to %1, more than 100: the weights do not fit the framework.")
                                         .arg(points(sheet.rawTotal)));
    }
    const double remaining = 100 - sheet.notApplicableWeight;
    const double total = remaining > 0 ? sheet.rawTotal * 100 / remaining : 0;
    sheet.total = std::clamp(round2(total), 0.0, 100.0);
    sheet.grade = policy.gradeFor(sheet.total);
    Problem::setRecord(sheet.issues, RecordKind::SelfEvaluation, evaluation.meta.id);
    return sheet;
}

} // namespace jx
