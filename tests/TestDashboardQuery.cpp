// The dashboard's figures against plain SQL counts on the county demo: each number of the
// home page is checked here against a count written independently of DashboardQuery.
#include "core/demo/DemoGenerator.h"
#include "core/domain/FiscalYear.h"
#include "core/domain/SelfEvaluationScorer.h"
#include "core/storage/DashboardQuery.h"
#include "core/storage/Database.h"
#include "core/storage/MonitoringRepository.h"
#include "core/storage/PersonRepository.h"
#include "core/storage/PolicyRepository.h"
#include "core/storage/RecordStore.h"
#include "core/workspace/Workspace.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace jx;

class TestDashboardQuery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void programsAndStatuses();
    void gradesAndOrders();
    void monitoringWarnings();
    void monthsAndUnits();
    void todoOfFinance();
    void unitSeesItsOwn();
    void deadlines();
    void readerRefusesWrites();
    void cancelStops();

private:
    qint64 count(const QString& sql, const QVariantList& binds = {});
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Workspace> m_ws;
    DashboardFigures m_f;
    int m_year = 0;
};

qint64 TestDashboardQuery::count(const QString& sql, const QVariantList& binds)
{
    QSqlQuery q(m_ws->database().connection());
    if (!q.prepare(sql))
        qFatal("%s", qPrintable(sql));
    for (const QVariant& v : binds)
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        qFatal("%s", qPrintable(sql));
    return q.value(0).toLongLong();
}

void TestDashboardQuery::initTestCase()
{
    m_path = m_dir.filePath(QStringLiteral("county.jixiao"));
    DemoOptions options;
    options.scale = DemoScale::County;
    Result<DemoSummary> demo = DemoGenerator::createDemo(m_path, options);
    QVERIFY2(demo.ok(), qPrintable(demo.message()));
    m_year = demo->fiscalYear;
    Result<std::unique_ptr<Workspace>> ws = Workspace::open(m_path);
    QVERIFY2(ws.ok(), qPrintable(ws.message()));
    m_ws = std::move(*ws);
    QCOMPARE(m_ws->self().kind, AgencyKind::FinanceBureau);
    // The figures as the home page gets them: on a reader connection of their own.
    Result<std::unique_ptr<Database>> reader = Database::openReader(m_path);
    QVERIFY2(reader.ok(), qPrintable(reader.message()));
    Result<DashboardFigures> f = DashboardQuery(**reader).figures(m_ws->self(), m_year, QDate(m_year, 12, 31));
    QVERIFY2(f.ok(), qPrintable(f.message()));
    m_f = *f;
}

void TestDashboardQuery::programsAndStatuses()
{
    // The county's finance bureau answers for every program of the county demo.
    const qint64 programs = count(QStringLiteral("SELECT count(*) FROM subject WHERE kind = 3 AND deleted = 0 AND fiscal_year = ?"),
                                  { m_year });
    QVERIFY(programs > 1000);
    QCOMPARE(m_f.programs, int(programs));
    const QList<QPair<RecordKind, QString>> tables = {
        { RecordKind::Assessment, QStringLiteral("ex_ante_assessment") },
        { RecordKind::TargetSet, QStringLiteral("target_set") },
        { RecordKind::MonitoringReport, QStringLiteral("monitoring_report") },
        { RecordKind::SelfEvaluation, QStringLiteral("self_evaluation") },
        { RecordKind::ResultApplication, QStringLiteral("result_application") },
    };
    int nonZero = 0;
    for (const auto& [kind, table] : tables) {
        for (int status = 0; status <= 3; ++status) {
            const qint64 n = count(QStringLiteral("SELECT count(*) FROM %1 r JOIN subject s ON s.id = r.subject_id"
                                                  " WHERE r.deleted = 0 AND s.deleted = 0 AND s.fiscal_year = ? AND r.status = ?")
                                       .arg(table),
                                   { m_year, status });
            QCOMPARE(m_f.byStatus.value(kind).value(static_cast<RecordStatus>(status)), int(n));
            nonZero += n > 0;
        }
    }
    QVERIFY(nonZero >= 5);
}

void TestDashboardQuery::gradesAndOrders()
{
    int total = 0;
    for (int g = 1; g <= 4; ++g) {
        const qint64 n = count(QStringLiteral("SELECT count(*) FROM self_evaluation e JOIN subject s ON s.id = e.subject_id"
                                              " WHERE e.deleted = 0 AND s.deleted = 0 AND s.fiscal_year = ? AND e.grade = ?"),
                               { m_year, g });
        QCOMPARE(m_f.grades.value(static_cast<Grade>(g)), int(n));
        total += int(n);
    }
    QVERIFY(total > 0);
    const qint64 orders = count(QStringLiteral("SELECT count(DISTINCT o.subject_id) FROM finance_order o JOIN subject s"
                                               " ON s.id = o.subject_id WHERE o.deleted = 0 AND o.lifted_at IS NULL"
                                               " AND s.deleted = 0 AND s.fiscal_year = ?"),
                                { m_year });
    QCOMPARE(m_f.ordersTotal(), int(orders));
}

void TestDashboardQuery::monitoringWarnings()
{
    Result<YearPolicy> policy = PolicyRepository(m_ws->database()).policyForDivision(m_ws->self().divisionCode, m_year);
    QVERIFY(policy.ok());
    // Each program's latest report, behind time progress by more than the policy's points.
    QSqlQuery q(m_ws->database().connection());
    QVERIFY(q.prepare(QStringLiteral(
        "SELECT m.month, m.budget, m.executed, EXISTS (SELECT 1 FROM monitoring_entry me WHERE me.report_id = m.id"
        " AND me.likelihood = 3) FROM subject s JOIN monitoring_report m ON m.subject_id = s.id AND m.deleted = 0"
        " WHERE s.kind = 3 AND s.deleted = 0 AND s.fiscal_year = ? AND m.month = (SELECT max(month)"
        " FROM monitoring_report x WHERE x.subject_id = s.id AND x.deleted = 0)")));
    q.addBindValue(m_year);
    QVERIFY(q.exec());
    int behind = 0;
    int impossible = 0;
    int reports = 0;
    while (q.next()) {
        ++reports;
        const qint64 budget = q.value(1).toLongLong();
        if (budget > 0) {
            const double rate = SelfEvaluationScorer::round2(100.0 * double(q.value(2).toLongLong()) / double(budget));
            const double time = SelfEvaluationScorer::round2(FiscalYear::timeProgressPercent(q.value(0).toInt()));
            behind += rate < time - policy->executionLagPoints();
        }
        impossible += q.value(3).toBool();
    }
    QVERIFY(reports > 100);
    QVERIFY(behind > 0);
    QCOMPARE(m_f.executionBehind, behind);
    QCOMPARE(m_f.indicatorsImpossible, impossible);
}

void TestDashboardQuery::monthsAndUnits()
{
    QVERIFY(!m_f.months.isEmpty());
    for (const MonthExecution& m : std::as_const(m_f.months)) {
        const qint64 budget = count(QStringLiteral("SELECT sum(m.budget) FROM monitoring_report m JOIN subject s ON s.id = m.subject_id"
                                                   " WHERE m.deleted = 0 AND s.deleted = 0 AND s.fiscal_year = ? AND m.month = ?"),
                                    { m_year, m.month });
        QCOMPARE(m.budget, budget);
        QCOMPARE(m.timeProgress, FiscalYear::timeProgressPercent(m.month));
    }
    // Every program is in exactly one unit's count; lowest execution rate first.
    int programs = 0;
    for (const UnitFigure& u : std::as_const(m_f.units))
        programs += u.programs;
    QCOMPARE(programs, m_f.programs);
    for (qsizetype i = 1; i < m_f.units.size(); ++i) {
        if (m_f.units.at(i).rate() && m_f.units.at(i - 1).rate())
            QVERIFY(*m_f.units.at(i - 1).rate() <= *m_f.units.at(i).rate());
    }
}

void TestDashboardQuery::todoOfFinance()
{
    const QVariant self = RecordStore::idValue(m_ws->self().meta.id);
    const qint64 submitted = count(QStringLiteral(
        "SELECT count(*) FROM (SELECT subject_id, status, deleted FROM target_set"
        " UNION ALL SELECT subject_id, status, deleted FROM monitoring_report"
        " UNION ALL SELECT subject_id, status, deleted FROM self_evaluation"
        " UNION ALL SELECT subject_id, status, deleted FROM ex_ante_assessment"
        " UNION ALL SELECT subject_id, status, deleted FROM result_application) r"
        " JOIN subject s ON s.id = r.subject_id WHERE r.deleted = 0 AND s.deleted = 0 AND s.fiscal_year = ?"
        " AND r.status = 1 AND s.agency_id <> ?"),
        { m_year, self });
    QVERIFY(submitted > 0);
    QCOMPARE(m_f.awaitingTotal(), int(submitted));
}

void TestDashboardQuery::unitSeesItsOwn()
{
    // The unit with the most programs, seen as itself.
    QSqlQuery q(m_ws->database().connection());
    QVERIFY(q.exec(QStringLiteral("SELECT agency_id, count(*) FROM subject WHERE kind = 3 AND deleted = 0"
                                  " GROUP BY agency_id ORDER BY 2 DESC LIMIT 1")));
    QVERIFY(q.next());
    Agency unit;
    unit.meta.id = QUuid::fromRfc4122(q.value(0).toByteArray());
    unit.kind = AgencyKind::BudgetUnit;
    unit.divisionCode = m_ws->self().divisionCode;
    const qint64 programs = count(QStringLiteral("SELECT count(*) FROM subject WHERE kind = 3 AND deleted = 0"
                                                 " AND fiscal_year = ? AND agency_id = ?"),
                                  { m_year, q.value(0) });
    Result<DashboardFigures> f = DashboardQuery(m_ws->database()).figures(unit, m_year, QDate(m_year, 12, 31));
    QVERIFY2(f.ok(), qPrintable(f.message()));
    QCOMPARE(f->programs, int(programs));
    QVERIFY(f->programs < m_f.programs);
    QCOMPARE(f->units.size(), 1);
    const qint64 returned = count(QStringLiteral("SELECT count(*) FROM target_set r JOIN subject s ON s.id = r.subject_id"
                                                 " WHERE r.deleted = 0 AND s.deleted = 0 AND s.fiscal_year = ? AND r.status = 2"
                                                 " AND s.agency_id = ?"),
                                  { m_year, q.value(0) });
    QCOMPARE(f->returned.value(RecordKind::TargetSet), int(returned));
}

void TestDashboardQuery::deadlines()
{
    // The demo hands everything in on time: nothing is overdue at the end of the year.
    QVERIFY(!m_f.due.isEmpty());
    QCOMPARE(m_f.overdue, 0);
    // One program's January report gone: one record overdue from 10 February on, not before.
    QSqlQuery q(m_ws->database().connection());
    // (Deleted through storage, which keeps the monitoring summary the counts read; a draft
    // first, as storage deletes no submitted record.)
    QVERIFY(q.exec(QStringLiteral("SELECT id FROM monitoring_report WHERE rowid = (SELECT min(m.rowid)"
                                  " FROM monitoring_report m WHERE m.month = 1 AND m.deleted = 0)")));
    QVERIFY(q.next());
    const QUuid january = RecordStore::uuidAt(q, 0);
    q.finish();
    q.prepare(QStringLiteral("UPDATE monitoring_report SET status = 0 WHERE id = ?"));
    q.addBindValue(RecordStore::idValue(january));
    QVERIFY(q.exec());
    QCOMPARE(q.numRowsAffected(), 1);
    Result<void> removed = MonitoringRepository(m_ws->database()).remove(january);
    QVERIFY2(removed.ok(), qPrintable(removed.message()));
    Result<DashboardFigures> late = DashboardQuery(m_ws->database()).figures(m_ws->self(), m_year, QDate(m_year, 12, 31));
    QVERIFY(late.ok());
    QCOMPARE(late->overdue, 1);
    Result<DashboardFigures> onTime = DashboardQuery(m_ws->database()).figures(m_ws->self(), m_year, QDate(m_year, 2, 10));
    QVERIFY(onTime.ok());
    QCOMPARE(onTime->overdue, 0);
    QCOMPARE(onTime->dueOpen, 1);
    QVERIFY(!m_f.due.isEmpty());
}

void TestDashboardQuery::readerRefusesWrites()
{
    Result<std::unique_ptr<Database>> reader = Database::openReader(m_path);
    QVERIFY(reader.ok());
    QVERIFY((*reader)->readOnly());
    Database::Transaction tx(**reader);
    QVERIFY(!tx.started());
    QVERIFY2(tx.startError().message.contains(QLatin1String("read-only")), qPrintable(tx.startError().message));
}

void TestDashboardQuery::cancelStops()
{
    std::atomic_bool cancel(true);
    Result<DashboardFigures> f = DashboardQuery(m_ws->database()).figures(m_ws->self(), m_year, QDate(m_year, 12, 31), &cancel);
    QVERIFY(!f.ok());
}

QTEST_GUILESS_MAIN(TestDashboardQuery)
#include "TestDashboardQuery.moc"
