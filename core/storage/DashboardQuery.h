#pragma once

#include "core/domain/Agency.h"
#include "core/domain/Result.h"
#include "core/domain/Types.h"
#include "core/workflow/DeadlineService.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>

#include <atomic>
#include <optional>

namespace jx {

class Database;

/// Execution against time progress of one month, summed over the programs of the scope.
struct MonthExecution
{
    int month = 0;
    qint64 budget = 0;   ///< fen, sum of the month's reports
    qint64 executed = 0; ///< fen
    int reports = 0;
    double timeProgress = 0; ///< percent (FiscalYear::timeProgressPercent)
    std::optional<double> rate() const;
};

/// One unit (a budget unit, or a whole lower division for a finance department) on the dashboard.
struct UnitFigure
{
    QString key;  ///< agency id (text) or division code
    QString name;
    bool division = false; ///< key is a division code
    int programs = 0;
    qint64 budget = 0;   ///< fen, of each program's latest monitoring report
    qint64 executed = 0; ///< fen
    std::optional<double> rate() const;
};

/// Every figure of the home page (工作台) of one agency for one fiscal year.
struct DashboardFigures
{
    bool finance = false;
    int fiscalYear = 0;
    QDate today;
    int programs = 0;               ///< live programs of the scope in the year
    QList<DueItem> due;             ///< DeadlineService, oldest first
    int dueOpen = 0;                ///< records still missing of tracked items not yet overdue
    int overdue = 0;                ///< records missing after their due date
    /// Subjects with overdue work of a stage (MonitoringReport, SelfEvaluation): the rows of the
    /// list that overdueFilter() selects, so that the number and its list agree.
    QMap<RecordKind, qint64> overdueSubjects;
    /// Records submitted and waiting for this agency's review, by kind.
    QMap<RecordKind, int> awaitingReview;
    /// This agency's own records returned for correction, by kind.
    QMap<RecordKind, int> returned;
    /// Records of the scope by kind and status.
    QMap<RecordKind, QMap<RecordStatus, int>> byStatus;
    int executionBehind = 0;        ///< programs whose latest report is behind time progress (MonitoringAnalyzer)
    int indicatorsImpossible = 0;   ///< programs whose latest report has an indicator 完全不可能
    QMap<OrderKind, int> ordersInForce; ///< programs with an order in force, by the strongest order
    QMap<Grade, int> grades;        ///< self-evaluations of the year by grade
    QList<MonthExecution> months;   ///< 1–12, months without reports left out
    QList<UnitFigure> units;        ///< by unit (or lower division), lowest execution rate first

    int awaitingTotal() const;
    int returnedTotal() const;
    int ordersTotal() const;
};

/**
 * The figures of the dashboard in a handful of SQL aggregates, for an agency and a year: a
 * unit sees its own records; a finance department sees its own and those of every unit of its
 * division and of every division below it (as DeadlineService). The rules are the core's:
 * behind time progress is MonitoringAnalyzer's warning, deadlines are DeadlineService's.
 * Reads only, so it can run on a worker thread with a connection of its own
 * (Database::openReader()).
 */
class DashboardQuery
{
    Q_DECLARE_TR_FUNCTIONS(DashboardQuery)

public:
    explicit DashboardQuery(Database& db);

    /// The figures of @p agency (this installation's) for @p fiscalYear as of @p today; @p cancel stops early.
    Result<DashboardFigures> figures(const Agency& agency, int fiscalYear, const QDate& today,
                                     const std::atomic_bool* cancel = nullptr);

    /// The SQL condition on a subject `s` joined with its agency `ag` for the scope of @p agency;
    /// the binds it needs are appended to @p binds. Public for tests that count the same way.
    static QString scopeCondition(const Agency& agency, QVariantList& binds);
    /// The subject list of @p agency's subjects with overdue work of @p stage (its overdue numbers count these rows).
    static SubjectFilter overdueFilter(const Agency& agency, int fiscalYear, const OverdueFilter& overdue);

private:
    Database& m_db;
};

} // namespace jx
