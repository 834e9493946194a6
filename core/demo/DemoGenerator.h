#pragma once

#include "core/domain/Result.h"

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <memory>

namespace jx {

class Database;

/// How much synthetic data `demo` makes.
enum class DemoScale
{
    County,     ///< one county: ≈150 agencies, 3,000 programs, 36,000 indicators
    Prefecture, ///< a prefecture and all its counties
    Region,     ///< the whole region: ≈300,000 programs, 3.6 million indicators
};

struct DemoOptions
{
    DemoScale scale = DemoScale::County;
    quint64 seed = 1;
    int fiscalYear = 0;                         ///< 0: last year
    QString regionCode = QStringLiteral("650000");
    /// Progress in [0, 1]; return false to cancel (everything is rolled back).
    std::function<bool(double)> progress;
};

struct DemoSummary
{
    QString divisionCode;
    QString divisionName;
    int fiscalYear = 0;
    qint64 agencies = 0;
    qint64 programs = 0;
    qint64 indicators = 0;
    qint64 monitoringReports = 0;
    qint64 selfEvaluations = 0;
};

/**
 * Deterministic synthetic data for demonstrations, tests and benchmarks: the same seed
 * always gives the same agencies, programs, targets, monitoring and self-evaluations,
 * across all four budget books and all program kinds, with indicators of every operator.
 * Everything is written through the repositories, one transaction per county; a failed or
 * cancelled run removes the new file.
 */
class DemoGenerator
{
    Q_DECLARE_TR_FUNCTIONS(DemoGenerator)

public:
    static Result<DemoScale> parseScale(const QString& text);

    /// Creates a new database at @p path (set up for the finance bureau of the chosen division) and fills it.
    static Result<DemoSummary> createDemo(const QString& path, const DemoOptions& options);
};

} // namespace jx
