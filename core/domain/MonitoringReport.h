#pragma once

#include "core/domain/Money.h"
#include "core/domain/RecordMeta.h"
#include "core/domain/Types.h"

#include <QList>
#include <QString>

#include <optional>

namespace jx {

/// Progress of one indicator in a monthly monitoring report.
struct MonitoringEntry
{
    QUuid indicatorId;
    std::optional<double> progressValue; ///< completed to date
    QString progressText;                ///< qualitative progress
    std::optional<double> forecastValue; ///< forecast year-end value
    Likelihood likelihood = Likelihood::Certain;
    std::optional<DeviationCause> cause;
    QString measures;
};

/// 绩效监控 ("双监控"): budget execution and indicator progress of a subject, cumulative to a month.
struct MonitoringReport
{
    RecordMeta meta;
    QUuid subjectId;
    int fiscalYear = 0;
    int month = 1;               ///< 1–12, cumulative from January
    Money budget;                ///< the (adjusted) budget at the time
    Money executed;              ///< cumulative executed 1–N月
    Money forecastYearEnd;       ///< forecast execution at year end
    QString note;
    RecordStatus status = RecordStatus::Draft;
    QList<MonitoringEntry> entries;
};

} // namespace jx
