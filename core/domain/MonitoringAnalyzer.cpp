#include "core/domain/MonitoringAnalyzer.h"

#include "core/domain/FiscalYear.h"
#include "core/domain/SelfEvaluationScorer.h"

#include <QHash>

namespace jx {

MonitoringAnalysis MonitoringAnalyzer::analyze(const MonitoringReport& report, const QList<Indicator>& indicators,
                                               const YearPolicy& policy)
{
    MonitoringAnalysis a;
    a.timeProgress = SelfEvaluationScorer::round2(FiscalYear::timeProgressPercent(report.month));
    if (report.budget.fen() > 0) {
        a.executionRate = SelfEvaluationScorer::round2(100.0 * double(report.executed.fen()) / double(report.budget.fen()));
        if (*a.executionRate < a.timeProgress - policy.executionLagPoints()) {
            a.warnings << MonitoringWarning { MonitoringWarning::Kind::ExecutionLag, {},
                                              tr("Month %1: budget execution %2% is more than %3 points behind time "
                                                 "progress %4%.")
                                                  .arg(report.month)
                                                  .arg(QString::number(*a.executionRate, 'f', 2))
                                                  .arg(policy.executionLagPoints())
                                                  .arg(QString::number(a.timeProgress, 'f', 2)) };
        }
    }
    QHash<QUuid, const Indicator*> byId;
    for (const Indicator& i : indicators)
        byId.insert(i.meta.id, &i);
    for (const MonitoringEntry& e : report.entries) {
        const Indicator* ind = byId.value(e.indicatorId);
        const QString name = ind ? ind->name : e.indicatorId.toString(QUuid::WithoutBraces);
        if (e.likelihood == Likelihood::Impossible) {
            a.warnings << MonitoringWarning { MonitoringWarning::Kind::Impossible, e.indicatorId,
                                              tr("Indicator “%1” cannot be reached this year.").arg(name) };
        }
        if (!ind || !ind->targetValue || !e.forecastValue || ind->isQualitative())
            continue;
        const double t = *ind->targetValue;
        const double f = *e.forecastValue;
        const bool shortfall = ind->lowerIsBetter() ? f > t
            : ind->op == IndicatorOperator::Equal   ? f != t
                                                    : f < t;
        if (shortfall) {
            a.warnings << MonitoringWarning { MonitoringWarning::Kind::ForecastShort, e.indicatorId,
                                              tr("Indicator “%1”: the year-end forecast %2 misses the target %3 %4.")
                                                  .arg(name, QString::number(f), Names::of(ind->op), QString::number(t)) };
        }
    }
    return a;
}

} // namespace jx
