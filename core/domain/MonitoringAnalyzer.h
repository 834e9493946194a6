#pragma once

#include "core/domain/Indicator.h"
#include "core/domain/MonitoringReport.h"
#include "core/domain/YearPolicy.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace jx {

/// A warning raised by a monitoring report ("双监控").
struct MonitoringWarning
{
    enum class Kind
    {
        ExecutionLag,    ///< execution rate below time progress minus the policy's points
        Impossible,      ///< an indicator 完全不可能 to be reached
        ForecastShort,   ///< a forecast year-end value that misses the target
    };
    Kind kind = Kind::ExecutionLag;
    QUuid indicatorId; ///< null for the budget
    QString message;
};

/// Execution rate and time progress of one month, and the warnings of DOMAIN.md §2.3.
struct MonitoringAnalysis
{
    std::optional<double> executionRate; ///< percent, 2 decimals; none without a budget
    double timeProgress = 0;             ///< percent of the year gone by at the end of the month
    QList<MonitoringWarning> warnings;
};

/// Computes the monitoring warnings from data and the year's policy. Pure.
class MonitoringAnalyzer
{
    Q_DECLARE_TR_FUNCTIONS(MonitoringAnalyzer)

public:
    static MonitoringAnalysis analyze(const MonitoringReport& report, const QList<Indicator>& indicators,
                                      const YearPolicy& policy);
};

} // namespace jx
