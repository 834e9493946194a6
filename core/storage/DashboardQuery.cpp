#include "core/storage/DashboardQuery.h"

#include "core/domain/FiscalYear.h"
#include "core/domain/MonitoringAnalyzer.h"
#include "core/storage/Database.h"
#include "core/storage/PolicyRepository.h"
#include "core/storage/RecordStore.h"
#include "core/storage/SubjectQuery.h"
#include "core/workflow/RecordLookup.h"

#include <QSqlQuery>

#include <algorithm>

namespace jx {

namespace {

constexpr RecordKind Kinds[] = { RecordKind::Assessment, RecordKind::TargetSet, RecordKind::MonitoringReport,
                                 RecordKind::SelfEvaluation, RecordKind::ResultApplication };

std::optional<double> percent(qint64 part, qint64 whole)
{
    if (whole <= 0)
        return std::nullopt;
    return 100.0 * double(part) / double(whole);
}

} // namespace

std::optional<double> MonthExecution::rate() const
{
    return percent(executed, budget);
}

std::optional<double> UnitFigure::rate() const
{
    return percent(executed, budget);
}

int DashboardFigures::awaitingTotal() const
{
    int n = 0;
    for (int v : awaitingReview)
        n += v;
    return n;
}

int DashboardFigures::returnedTotal() const
{
    int n = 0;
    for (int v : returned)
        n += v;
    return n;
}

int DashboardFigures::ordersTotal() const
{
    int n = 0;
    for (int v : ordersInForce)
        n += v;
    return n;
}

DashboardQuery::DashboardQuery(Database& db)
    : m_db(db)
{ }

QString DashboardQuery::scopeCondition(const Agency& agency, QVariantList& binds)
{
    binds << RecordStore::idValue(agency.meta.id);
    if (agency.kind != AgencyKind::FinanceBureau)
        return QStringLiteral("s.agency_id = ?");
    // The same scope as DeadlineService: its own subjects, and those of every unit of its
    // division and of every division below it, at any depth.
    binds << static_cast<int>(AgencyKind::BudgetUnit) << agency.divisionCode;
    return QStringLiteral("(s.agency_id = ? OR (ag.kind = ? AND s.division_code IN ("
                          "WITH RECURSIVE under(code) AS (SELECT ? UNION SELECT d.code FROM division d"
                          " JOIN under u ON d.parent_code = u.code) SELECT code FROM under)))");
}

Result<DashboardFigures> DashboardQuery::figures(const Agency& agency, int fiscalYear, const QDate& today,
                                                 const std::atomic_bool* cancel)
{
    const auto cancelled = [cancel] { return cancel && cancel->load(); };
    DashboardFigures f;
    f.finance = agency.kind == AgencyKind::FinanceBureau;
    f.fiscalYear = fiscalYear;
    f.today = today;
    QVariantList scopeBinds;
    const QString scope = scopeCondition(agency, scopeBinds);
    const QString from = QStringLiteral(" FROM subject s JOIN agency ag ON ag.id = s.agency_id");
    const QString live = QStringLiteral(" s.deleted = 0 AND s.fiscal_year = ? AND ");

    // One read: @p sql with the year and the scope bound after @p before and before @p after.
    const auto run = [&](const QString& sql, const QVariantList& before, const QVariantList& after,
                         const QString& what, const std::function<void(QSqlQuery&)>& row) -> Result<void> {
        QSqlQuery q(m_db.connection());
        q.setForwardOnly(true);
        if (!q.prepare(sql))
            return m_db.queryError(q, what);
        for (const QVariant& v : before)
            q.addBindValue(v);
        q.addBindValue(fiscalYear);
        for (const QVariant& v : scopeBinds)
            q.addBindValue(v);
        for (const QVariant& v : after)
            q.addBindValue(v);
        if (!q.exec())
            return m_db.queryError(q, what);
        while (q.next())
            row(q);
        return {};
    };

    if (Result<void> r = run(QStringLiteral("SELECT count(*)") + from + QStringLiteral(" WHERE") + live + scope
                                 + QStringLiteral(" AND s.kind = ?"),
                             {}, { static_cast<int>(SubjectKind::Program) }, tr("counting the programs"),
                             [&f](QSqlQuery& q) { f.programs = q.value(0).toInt(); });
        !r)
        return r.error();

    // Records by kind and status; what waits for this agency's review; its own records returned.
    for (RecordKind kind : Kinds) {
        if (cancelled())
            return makeError(Error::Code::Invalid, tr("Cancelled."));
        const QString table = RecordLookup::tableOf(kind);
        Result<void> r = run(QStringLiteral("SELECT r.status, count(*),"
                                            " sum(CASE WHEN s.agency_id = ? THEN 1 ELSE 0 END),"
                                            " sum(CASE WHEN s.agency_id <> ? AND (? OR ag.parent_id = ?) THEN 1 ELSE 0 END)")
                                 + from + QStringLiteral(" JOIN %1 r ON r.subject_id = s.id").arg(table)
                                 + QStringLiteral(" WHERE r.deleted = 0 AND") + live + scope
                                 + QStringLiteral(" GROUP BY r.status"),
                             { RecordStore::idValue(agency.meta.id), RecordStore::idValue(agency.meta.id), f.finance,
                               RecordStore::idValue(agency.meta.id) },
                             {}, tr("counting the records"), [&f, kind](QSqlQuery& q) {
                                 const auto status = static_cast<RecordStatus>(q.value(0).toInt());
                                 f.byStatus[kind][status] = q.value(1).toInt();
                                 if (status == RecordStatus::Returned && q.value(2).toInt() > 0)
                                     f.returned[kind] = q.value(2).toInt();
                                 if (status == RecordStatus::Submitted && q.value(3).toInt() > 0)
                                     f.awaitingReview[kind] = q.value(3).toInt();
                             });
        if (!r)
            return r.error();
    }

    // Orders in force, each program counted once under its strongest order.
    if (Result<void> r = run(QStringLiteral("SELECT k, count(*) FROM (SELECT max(o.kind) AS k") + from
                                 + QStringLiteral(" JOIN finance_order o ON o.subject_id = s.id"
                                                  " WHERE o.deleted = 0 AND o.lifted_at IS NULL AND")
                                 + live + scope + QStringLiteral(" GROUP BY s.id) GROUP BY k"),
                             {}, {}, tr("counting the orders"), [&f](QSqlQuery& q) {
                                 f.ordersInForce[static_cast<OrderKind>(q.value(0).toInt())] = q.value(1).toInt();
                             });
        !r)
        return r.error();

    if (Result<void> r = run(QStringLiteral("SELECT e.grade, count(*)") + from
                                 + QStringLiteral(" JOIN self_evaluation e ON e.subject_id = s.id"
                                                  " WHERE e.deleted = 0 AND e.grade IS NOT NULL AND")
                                 + live + scope + QStringLiteral(" GROUP BY e.grade"),
                             {}, {}, tr("counting the grades"), [&f](QSqlQuery& q) {
                                 f.grades[static_cast<Grade>(q.value(0).toInt())] = q.value(1).toInt();
                             });
        !r)
        return r.error();

    if (cancelled())
        return makeError(Error::Code::Invalid, tr("Cancelled."));
    // Execution by month, over every report of the month.
    if (Result<void> r = run(QStringLiteral("SELECT m.month, sum(m.budget), sum(m.executed), count(*)") + from
                                 + QStringLiteral(" JOIN monitoring_report m ON m.subject_id = s.id"
                                                  " WHERE m.deleted = 0 AND")
                                 + live + scope + QStringLiteral(" GROUP BY m.month ORDER BY m.month"),
                             {}, {}, tr("summing the monitoring"), [&f](QSqlQuery& q) {
                                 MonthExecution m;
                                 m.month = q.value(0).toInt();
                                 m.budget = q.value(1).toLongLong();
                                 m.executed = q.value(2).toLongLong();
                                 m.reports = q.value(3).toInt();
                                 m.timeProgress = FiscalYear::timeProgressPercent(m.month);
                                 f.months << m;
                             });
        !r)
        return r.error();

    // Each program's latest report: behind time progress is the analyzer's warning (the rule
    // and the year's lag points live there); impossible indicators are counted in SQL.
    Result<YearPolicy> policy = PolicyRepository(m_db).policyForDivision(agency.divisionCode, fiscalYear);
    if (!policy)
        return policy.error();
    QHash<QString, UnitFigure> units;
    const QString latest = QStringLiteral(
        " JOIN monitoring_report m ON m.subject_id = s.id AND m.deleted = 0 AND m.month = (SELECT max(x.month)"
        " FROM monitoring_report x WHERE x.subject_id = s.id AND x.deleted = 0)");
    // A finance department sees its units by lower division when there are divisions below it.
    const QString unitKey = f.finance
        ? QStringLiteral("CASE WHEN s.division_code = ? THEN hex(s.agency_id) ELSE s.division_code END")
        : QStringLiteral("hex(s.agency_id)");
    const QString unitName = f.finance
        ? QStringLiteral("CASE WHEN s.division_code = ? THEN ag.name ELSE coalesce((SELECT dv.name FROM division dv"
                         " WHERE dv.code = s.division_code), s.division_code) END")
        : QStringLiteral("ag.name");
    QVariantList unitBinds;
    if (f.finance)
        unitBinds << agency.divisionCode << agency.divisionCode;
    if (Result<void> r = run(QStringLiteral("SELECT m.month, m.budget, m.executed,"
                                            " EXISTS (SELECT 1 FROM monitoring_entry me WHERE me.report_id = m.id"
                                            " AND me.likelihood = ?), ")
                                 + unitKey + QStringLiteral(", ") + unitName + from + latest
                                 + QStringLiteral(" WHERE s.kind = ? AND") + live + scope,
                             QVariantList { static_cast<int>(Likelihood::Impossible) } + unitBinds
                                 + QVariantList { static_cast<int>(SubjectKind::Program) },
                             {}, tr("reading the latest monitoring"), [&](QSqlQuery& q) {
                                 MonitoringReport report;
                                 report.month = q.value(0).toInt();
                                 report.budget = Money::fromFen(q.value(1).toLongLong());
                                 report.executed = Money::fromFen(q.value(2).toLongLong());
                                 const MonitoringAnalysis a = MonitoringAnalyzer::analyze(report, {}, *policy);
                                 if (std::any_of(a.warnings.cbegin(), a.warnings.cend(), [](const MonitoringWarning& w) {
                                         return w.kind == MonitoringWarning::Kind::ExecutionLag;
                                     }))
                                     ++f.executionBehind;
                                 if (q.value(3).toBool())
                                     ++f.indicatorsImpossible;
                                 const QString key = q.value(4).toString();
                                 UnitFigure& u = units[key];
                                 u.key = key;
                                 u.name = q.value(5).toString();
                                 u.division = f.finance && key.size() == 6;
                                 u.budget += report.budget.fen();
                                 u.executed += report.executed.fen();
                             });
        !r)
        return r.error();
    if (Result<void> r = run(QStringLiteral("SELECT ") + unitKey + QStringLiteral(", ") + unitName
                                 + QStringLiteral(", count(*)") + from + QStringLiteral(" WHERE s.kind = ? AND") + live
                                 + scope + QStringLiteral(" GROUP BY 1"),
                             unitBinds + QVariantList { static_cast<int>(SubjectKind::Program) }, {},
                             tr("counting the programs by unit"), [&](QSqlQuery& q) {
                                 const QString key = q.value(0).toString();
                                 UnitFigure& u = units[key];
                                 u.key = key;
                                 u.name = q.value(1).toString();
                                 u.division = f.finance && key.size() == 6;
                                 u.programs = q.value(2).toInt();
                             });
        !r)
        return r.error();
    f.units = units.values();
    std::sort(f.units.begin(), f.units.end(), [](const UnitFigure& a, const UnitFigure& b) {
        const double ra = a.rate().value_or(1e9);
        const double rb = b.rate().value_or(1e9);
        return ra != rb ? ra < rb : a.name < b.name;
    });

    if (cancelled())
        return makeError(Error::Code::Invalid, tr("Cancelled."));
    Result<QList<DueItem>> due = DeadlineService(m_db).due(agency.meta.id, fiscalYear, today);
    if (!due)
        return due.error();
    f.due = *due;
    for (const DueItem& item : f.due) {
        if (!item.tracked)
            continue;
        if (item.overdue)
            f.overdue += item.missing();
        else
            f.dueOpen += item.missing();
    }
    for (RecordKind stage : { RecordKind::MonitoringReport, RecordKind::SelfEvaluation }) {
        if (cancelled())
            return makeError(Error::Code::Invalid, tr("Cancelled."));
        Result<OverdueFilter> work = DeadlineService(m_db).overdueWork(agency.meta.id, fiscalYear, today, stage);
        if (!work)
            return work.error();
        Result<SubjectTotals> totals = SubjectQuery(m_db).totals(overdueFilter(agency, fiscalYear, *work));
        if (!totals)
            return totals.error();
        f.overdueSubjects.insert(stage, totals->count);
    }
    return f;
}

SubjectFilter DashboardQuery::overdueFilter(const Agency& agency, int fiscalYear, const OverdueFilter& overdue)
{
    SubjectFilter filter;
    filter.fiscalYear = fiscalYear;
    // A unit's list is its own (with its subordinate units); a finance department's shows all it holds.
    if (agency.kind != AgencyKind::FinanceBureau)
        filter.agencyId = agency.meta.id;
    filter.overdue = overdue;
    return filter;
}

} // namespace jx
