// The finance summaries and the disclosure bundle on the county demo: every figure compared with
// counts and sums written here in plain SQL, independently of the queries the reports use.
#include "core/demo/DemoGenerator.h"
#include "core/domain/FiscalYear.h"
#include "core/domain/SelfEvaluationScorer.h"
#include "core/io/ReportWriter.h"
#include "core/report/ReportCatalog.h"
#include "core/storage/Database.h"
#include "core/storage/FinanceOrderRepository.h"
#include "core/storage/ResultApplicationRepository.h"
#include "core/storage/PolicyRepository.h"
#include "core/storage/RecordStore.h"

#include "XlsxTestReader.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace jx;

namespace {

// The grade that binds (EvaluationService::bindingGrade), written out again for the test.
const QString BindingGrade = QStringLiteral(
    "(CASE WHEN e.status = 3 THEN coalesce((SELECT r.grade FROM review r WHERE r.record_kind = 4 AND r.record_id = e.id"
    " AND r.decision = 1 AND r.deleted = 0 ORDER BY r.step DESC, r.reviewed_at DESC, r.id DESC LIMIT 1), e.grade)"
    " ELSE e.grade END)");
const QString LatestEvaluation = QStringLiteral(
    " LEFT JOIN self_evaluation e ON e.id = (SELECT e2.id FROM self_evaluation e2 WHERE e2.subject_id = s.id"
    " AND e2.fiscal_year = s.fiscal_year AND e2.deleted = 0 ORDER BY e2.modified_at DESC LIMIT 1)");
const QString InDivision = QStringLiteral(
    " s.division_code IN (WITH RECURSIVE d(code) AS (SELECT ? UNION SELECT c.code FROM division c JOIN d"
    " ON c.parent_code = d.code) SELECT code FROM d)");

/// The grid rows and the streamed rows of a sheet, as a reader of the file sees them.
QList<ReportRow> allRows(const ReportSheet& sheet)
{
    QList<ReportRow> rows = sheet.rows;
    if (sheet.stream) {
        Result<qint64> n = sheet.stream([&rows](const ReportRow& row) {
            rows << row;
            return true;
        });
        if (!n)
            qFatal("%s", qPrintable(n.message()));
        if (*n != rows.size() - sheet.rows.size())
            qFatal("the stream counted %lld rows, gave %lld", *n, qint64(rows.size() - sheet.rows.size()));
    }
    return rows;
}

QString gradeName(const QVariant& grade)
{
    return grade.isNull() ? QString() : Names::of(static_cast<Grade>(grade.toInt()));
}

} // namespace

class TestReportSummaries : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void catalogListsThem();
    void gradesByAgency();
    void executionByMonth();
    void warnings();
    void resultApplications();
    void disclosureOfAUnit();
    void writtenToEveryFormat();
    void unknownScopeIsNamed();

private:
    ReportDocument build(const QString& name, bool unit = false);
    QList<QSqlRecord> rows(const QString& sql, const QVariantList& binds);
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Database> m_db;
    int m_year = 0;
    QString m_division;
    QUuid m_unit;
    double m_lag = 0;
};

QList<QSqlRecord> TestReportSummaries::rows(const QString& sql, const QVariantList& binds)
{
    QSqlQuery q(m_db->connection());
    if (!q.prepare(sql))
        qFatal("%s", qPrintable(sql));
    for (const QVariant& v : binds)
        q.addBindValue(v);
    if (!q.exec())
        qFatal("%s", qPrintable(sql));
    QList<QSqlRecord> out;
    while (q.next())
        out << q.record();
    return out;
}

ReportDocument TestReportSummaries::build(const QString& name, bool unit)
{
    ReportParameters p;
    p.fiscalYear = m_year;
    if (unit)
        p.agencyId = m_unit;
    else
        p.divisionCode = m_division;
    Result<ReportDocument> d = ReportCatalog::build(*m_db, name, p);
    if (!d)
        qFatal("%s: %s", qPrintable(name), qPrintable(d.message()));
    return *d;
}

void TestReportSummaries::initTestCase()
{
    m_path = m_dir.filePath(QStringLiteral("county.jixiao"));
    DemoOptions options;
    options.scale = DemoScale::County;
    Result<DemoSummary> demo = DemoGenerator::createDemo(m_path, options);
    QVERIFY2(demo.ok(), qPrintable(demo.message()));
    m_year = demo->fiscalYear;
    m_division = demo->divisionCode;
    {
        // The demo approves every target set and holds no decisions or orders: a few are added or held
        // back here, so that what the reports must leave out and what they must list is there.
        Result<std::unique_ptr<Database>> db = Database::open(m_path);
        QVERIFY2(db.ok(), qPrintable(db.message()));
        m_db = std::move(*db);
        const QList<QSqlRecord> unit = rows(QStringLiteral("SELECT s.agency_id FROM subject s WHERE s.kind = 3 AND s.deleted = 0"
                                                           " AND s.fiscal_year = ? GROUP BY s.agency_id ORDER BY count(*) DESC,"
                                                           " s.agency_id LIMIT 1"),
                                            { m_year });
        QCOMPARE(unit.size(), 1);
        m_unit = QUuid::fromRfc4122(unit.first().value(0).toByteArray());
        const QList<QSqlRecord> programs = rows(QStringLiteral("SELECT s.id FROM subject s WHERE s.kind = 3 AND s.deleted = 0"
                                                               " AND s.fiscal_year = ? AND s.agency_id = ? ORDER BY s.code LIMIT 4"),
                                                { m_year, RecordStore::idValue(m_unit) });
        QCOMPARE(programs.size(), 4);
        QList<QUuid> ids;
        for (const QSqlRecord& r : programs)
            ids << QUuid::fromRfc4122(r.value(0).toByteArray());
        QSqlQuery q(m_db->connection());
        q.prepare(QStringLiteral("UPDATE target_set SET status = 1 WHERE subject_id = ? AND fiscal_year = ?"));
        q.addBindValue(RecordStore::idValue(ids.at(0)));
        q.addBindValue(m_year);
        QVERIFY(q.exec() && q.numRowsAffected() > 0);
        q.prepare(QStringLiteral("UPDATE self_evaluation SET status = 2 WHERE subject_id = ? AND fiscal_year = ?"));
        q.addBindValue(RecordStore::idValue(ids.at(1)));
        q.addBindValue(m_year);
        QVERIFY(q.exec() && q.numRowsAffected() > 0);
        ResultApplication decision;
        decision.meta.ownerId = m_unit;
        decision.subjectId = ids.at(2);
        decision.nextYear = m_year + 1;
        decision.decision = ApplicationDecision::Reduce;
        decision.amountChange = Money::fromFen(-1'234'500);
        decision.reason = QStringLiteral("自评等级为中，压减部分资金");
        Result<void> saved = ResultApplicationRepository(*m_db).save(decision);
        QVERIFY2(saved.ok(), qPrintable(saved.message()));
        FinanceOrder order;
        order.meta.ownerId = m_unit;
        order.subjectId = ids.at(3);
        order.kind = OrderKind::Suspend;
        order.reason = QStringLiteral("执行进度严重滞后");
        order.issuedBy = QStringLiteral("审核员");
        order.issuedAt = QDateTime::currentDateTimeUtc();
        saved = FinanceOrderRepository(*m_db).save(order);
        QVERIFY2(saved.ok(), qPrintable(saved.message()));
        m_db.reset();
    }
    // Reports read on a connection of their own, as the 报表 page builds them off the GUI thread.
    Result<std::unique_ptr<Database>> db = Database::openReader(m_path);
    QVERIFY2(db.ok(), qPrintable(db.message()));
    m_db = std::move(*db);
    Result<YearPolicy> policy = PolicyRepository(*m_db).policyForDivision(m_division, m_year);
    QVERIFY(policy.ok());
    m_lag = policy->executionLagPoints();
}

void TestReportSummaries::catalogListsThem()
{
    for (const char* name : { "grades-by-agency", "execution-by-month", "warnings", "result-applications", "disclosure" }) {
        const std::optional<ReportInfo> info = ReportCatalog::find(QLatin1String(name));
        QVERIFY2(info, name);
        QVERIFY(!info->title.isEmpty());
        QVERIFY(!info->description.isEmpty());
        QVERIFY(info->inputs.contains(ReportInput::Agency));
        QVERIFY(info->inputs.contains(ReportInput::Division));
    }
    QVERIFY(ReportCatalog::find(QStringLiteral("warnings"))->large);
    QVERIFY(ReportCatalog::find(QStringLiteral("result-applications"))->large);
    Result<ReportDocument> none = ReportCatalog::build(*m_db, QStringLiteral("no-such-report"), {});
    QVERIFY(!none.ok());
    QVERIFY(none.message().contains(QStringLiteral("no-such-report")));
}

void TestReportSummaries::gradesByAgency()
{
    const ReportDocument d = build(QStringLiteral("grades-by-agency"));
    QCOMPARE(d.sheets.size(), 1);
    const ReportSheet& s = d.sheets.first();
    QCOMPARE(s.headerRows, 2);
    QCOMPARE(s.rows.at(0).at(4).colSpan, 4);
    const QList<QSqlRecord> want = rows(
        QStringLiteral("SELECT a.name, count(*) AS programs, count(e.id) AS evaluated,"
                       " sum(%1 = 1) AS g1, sum(%1 = 2) AS g2, sum(%1 = 3) AS g3, sum(%1 = 4) AS g4,"
                       " sum(round(e.total_score * 100)) AS hundredths, count(e.total_score) AS scored, count(DISTINCT a.id) AS agencies"
                       " FROM subject s JOIN agency a ON a.id = s.agency_id")
                .arg(BindingGrade)
            + LatestEvaluation + QStringLiteral(" WHERE s.kind = 3 AND s.deleted = 0 AND s.fiscal_year = ? AND")
            + InDivision + QStringLiteral(" GROUP BY a.name"),
        { m_year, m_division });
    QVERIFY(want.size() > 10);
    QCOMPARE(s.rows.size(), 2 + want.size() + 1);
    QHash<QString, QSqlRecord> byName;
    for (const QSqlRecord& r : want) {
        QCOMPARE(r.value(QStringLiteral("agencies")).toInt(), 1); // names are unique in the demo
        byName.insert(r.value(0).toString(), r);
    }
    qint64 totals[6] = {};
    for (int i = 0; i < want.size(); ++i) {
        const ReportRow& row = s.rows.at(2 + i);
        QCOMPARE(row.at(0).number, qint64(i + 1));
        QVERIFY2(byName.contains(row.at(1).text), qPrintable(row.at(1).text));
        const QSqlRecord r = byName.value(row.at(1).text);
        const char* columns[] = { "programs", "evaluated", "g1", "g2", "g3", "g4" };
        for (int c = 0; c < 6; ++c) {
            QCOMPARE(row.at(2 + c).kind, ReportCellKind::Number);
            QCOMPARE(row.at(2 + c).number, r.value(QLatin1String(columns[c])).toLongLong());
            totals[c] += row.at(2 + c).number;
        }
        // The mean of the scores (each of 2 decimals), rounded half away from zero to 2 decimals.
        if (r.value(QStringLiteral("scored")).toLongLong() == 0) {
            QCOMPARE(row.at(8).kind, ReportCellKind::Empty);
        } else {
            QCOMPARE(row.at(8).decimals, 2);
            QCOMPARE(row.at(8).number, divideRounded(r.value(QStringLiteral("hundredths")).toLongLong(),
                                                     r.value(QStringLiteral("scored")).toLongLong()));
        }
    }
    const ReportRow& total = s.rows.last();
    QCOMPARE(total.at(0).text, QStringLiteral("Total"));
    QCOMPARE(total.at(0).colSpan, 2);
    QCOMPARE(total.at(0).role, ReportCellRole::Total);
    for (int c = 0; c < 6; ++c)
        QCOMPARE(total.at(2 + c).number, totals[c]);
    QVERIFY(totals[1] > 0);
    QVERIFY(totals[2] + totals[3] + totals[4] + totals[5] > 0);
}

void TestReportSummaries::executionByMonth()
{
    const ReportDocument d = build(QStringLiteral("execution-by-month"));
    const ReportSheet& s = d.sheets.first();
    QCOMPARE(s.rows.size(), 13);
    struct Month
    {
        qint64 budget = 0, executed = 0, reports = 0, behind = 0;
    };
    Month months[13];
    const auto behind = [this](int month, qint64 budget, qint64 executed) {
        return budget > 0
            && SelfEvaluationScorer::round2(100.0 * double(executed) / double(budget))
            < SelfEvaluationScorer::round2(FiscalYear::timeProgressPercent(month)) - m_lag;
    };
    for (const QSqlRecord& r : rows(QStringLiteral("SELECT m.month, m.budget, m.executed FROM subject s JOIN monitoring_report m"
                                                   " ON m.subject_id = s.id AND m.fiscal_year = s.fiscal_year AND m.deleted = 0"
                                                   " WHERE s.kind = 3 AND s.deleted = 0 AND s.fiscal_year = ? AND")
                                        + InDivision,
                                    { m_year, m_division })) {
        Month& m = months[r.value(0).toInt()];
        m.budget += r.value(1).toLongLong();
        m.executed += r.value(2).toLongLong();
        ++m.reports;
        m.behind += behind(r.value(0).toInt(), r.value(1).toLongLong(), r.value(2).toLongLong());
    }
    int withReports = 0;
    for (int month = 1; month <= 12; ++month) {
        const ReportRow& row = s.rows.at(month);
        const Month& m = months[month];
        QCOMPARE(row.at(5).number, std::llround(SelfEvaluationScorer::round2(FiscalYear::timeProgressPercent(month)) * 100));
        if (m.reports == 0) {
            QCOMPARE(row.at(2).kind, ReportCellKind::Empty);
            continue;
        }
        ++withReports;
        QCOMPARE(row.at(1).number, m.reports);
        QCOMPARE(row.at(2).kind, ReportCellKind::Money);
        QCOMPARE(row.at(2).number, m.budget);
        QCOMPARE(row.at(3).number, m.executed);
        const double rate = SelfEvaluationScorer::round2(100.0 * double(m.executed) / double(m.budget));
        QCOMPARE(row.at(4).kind, ReportCellKind::Percent);
        QCOMPARE(row.at(4).number, std::llround(rate * 100));
        QCOMPARE(row.at(7).number, m.behind);
        QCOMPARE(row.at(8).text, behind(month, m.budget, m.executed) ? QStringLiteral("Behind") : QStringLiteral("On track"));
    }
    QVERIFY(withReports >= 6);
}

void TestReportSummaries::warnings()
{
    const ReportDocument d = build(QStringLiteral("warnings"));
    const ReportSheet& s = d.sheets.first();
    QVERIFY(s.stream);
    const QList<ReportRow> all = allRows(s);
    QHash<QString, ReportRow> listed;
    for (qsizetype i = s.rows.size(); i < all.size(); ++i) {
        QCOMPARE(all.at(i).at(0).number, qint64(i - s.rows.size() + 1));
        QVERIFY2(!listed.contains(all.at(i).at(1).text), "a program listed twice");
        listed.insert(all.at(i).at(1).text, all.at(i));
    }
    QStringList expected;
    int behindCount = 0;
    int ordered = 0;
    for (const QSqlRecord& r : rows(
             QStringLiteral("SELECT s.code, m.month, m.budget, m.executed,"
                            " EXISTS (SELECT 1 FROM monitoring_entry me WHERE me.report_id = m.id AND me.likelihood = 3),"
                            " (SELECT max(o.kind) FROM finance_order o WHERE o.subject_id = s.id AND o.lifted_at IS NULL"
                            "  AND o.deleted = 0)"
                            " FROM subject s LEFT JOIN monitoring_report m ON m.id = (SELECT m2.id FROM monitoring_report m2"
                            "  WHERE m2.subject_id = s.id AND m2.fiscal_year = s.fiscal_year AND m2.deleted = 0"
                            "  ORDER BY m2.month DESC LIMIT 1)"
                            " WHERE s.kind = 3 AND s.deleted = 0 AND s.fiscal_year = ? AND")
                 + InDivision,
             { m_year, m_division })) {
        const qint64 budget = r.value(2).toLongLong();
        const bool behind = !r.value(1).isNull() && budget > 0
            && SelfEvaluationScorer::round2(100.0 * double(r.value(3).toLongLong()) / double(budget))
                < SelfEvaluationScorer::round2(FiscalYear::timeProgressPercent(r.value(1).toInt())) - m_lag;
        const bool impossible = r.value(4).toBool();
        const bool order = !r.value(5).isNull();
        if (!behind && !impossible && !order)
            continue;
        const QString code = r.value(0).toString();
        expected << code;
        behindCount += behind;
        ordered += order;
        QVERIFY2(listed.contains(code), qPrintable(code));
        const ReportRow& row = listed.value(code);
        QCOMPARE(row.at(9).text.contains(QStringLiteral("Execution behind time progress")), behind);
        QCOMPARE(row.at(9).text.contains(QStringLiteral("An indicator cannot be reached")), impossible);
        QCOMPARE(row.at(10).text, order ? Names::of(static_cast<OrderKind>(r.value(5).toInt())) : QString());
        if (behind)
            QCOMPARE(row.at(5).number, r.value(1).toLongLong());
    }
    QCOMPARE(listed.size(), expected.size());
    QVERIFY(behindCount > 0);
    QVERIFY(ordered > 0);
    qInfo("warnings: %lld programs, %d behind, %d under an order", qint64(expected.size()), behindCount, ordered);
    QCOMPARE(s.streamRowEstimate >= expected.size(), true);
}

void TestReportSummaries::resultApplications()
{
    const ReportDocument d = build(QStringLiteral("result-applications"));
    const ReportSheet& s = d.sheets.first();
    const QList<ReportRow> all = allRows(s);
    QHash<QString, ReportRow> listed;
    for (qsizetype i = s.rows.size(); i < all.size(); ++i)
        listed.insert(all.at(i).at(1).text, all.at(i));
    QCOMPARE(listed.size(), all.size() - s.rows.size());
    const QList<QSqlRecord> want = rows(
        QStringLiteral("SELECT s.code, e.id, %1, e.total_score, ra.decision, ra.amount_change, ra.status"
                       " FROM subject s")
                .arg(BindingGrade)
            + LatestEvaluation
            + QStringLiteral(" LEFT JOIN result_application ra ON ra.subject_id = s.id AND ra.next_year = ? AND ra.deleted = 0"
                             " WHERE s.kind = 3 AND s.deleted = 0 AND s.fiscal_year = ? AND (e.id IS NOT NULL OR ra.id IS NOT NULL) AND")
            + InDivision,
        { m_year + 1, m_year, m_division });
    QVERIFY(!want.isEmpty());
    QCOMPARE(listed.size(), want.size());
    int decided = 0;
    for (const QSqlRecord& r : want) {
        const QString code = r.value(0).toString();
        QVERIFY2(listed.contains(code), qPrintable(code));
        const ReportRow& row = listed.value(code);
        QCOMPARE(row.at(6).text, gradeName(r.value(2)));
        if (!r.value(3).isNull() && !r.value(1).isNull())
            QCOMPARE(row.at(5).number, std::llround(r.value(3).toDouble() * 100));
        if (r.value(4).isNull()) {
            QCOMPARE(row.at(7).kind, ReportCellKind::Empty);
            continue;
        }
        ++decided;
        QCOMPARE(row.at(7).text, Names::of(static_cast<ApplicationDecision>(r.value(4).toInt())));
        QCOMPARE(row.at(8).kind, ReportCellKind::Money);
        QCOMPARE(row.at(8).number, r.value(5).toLongLong());
        QCOMPARE(row.at(9).text, Names::of(static_cast<RecordStatus>(r.value(6).toInt())));
    }
    qInfo("result applications: %lld programs, %d decided", qint64(want.size()), decided);
    QVERIFY(decided > 0);
}

void TestReportSummaries::disclosureOfAUnit()
{
    const ReportDocument d = build(QStringLiteral("disclosure"), true);
    QCOMPARE(d.sheets.size(), 3);
    const QString inUnit = QStringLiteral(
        " s.agency_id IN (WITH RECURSIVE u(id) AS (SELECT ? UNION SELECT c.id FROM agency c JOIN u ON c.parent_id = u.id)"
        " SELECT id FROM u)");
    const QVariant unit = RecordStore::idValue(m_unit);

    // Only approved targets: the latest target set of the year, approved, with its live indicators.
    const QList<QSqlRecord> targets = rows(
        QStringLiteral("SELECT s.name, s.amount, t.objective_annual,"
                       " (SELECT count(*) FROM indicator i WHERE i.target_set_id = t.id AND i.deleted = 0)"
                       " FROM subject s JOIN target_set t ON t.id = (SELECT t2.id FROM target_set t2 WHERE t2.subject_id = s.id"
                       " AND t2.fiscal_year = s.fiscal_year AND t2.deleted = 0 ORDER BY t2.modified_at DESC LIMIT 1)"
                       " WHERE t.status = 3 AND s.kind = 3 AND s.deleted = 0 AND s.fiscal_year = ? AND")
            + inUnit,
        { m_year, unit });
    const qint64 programs = rows(QStringLiteral("SELECT count(*) FROM subject s WHERE s.kind = 3 AND s.deleted = 0"
                                                " AND s.fiscal_year = ? AND") + inUnit, { m_year, unit })
                                .first().value(0).toLongLong();
    QVERIFY(!targets.isEmpty());
    QVERIFY2(targets.size() < programs, "the demo has targets not yet approved: they must be left out");
    const ReportSheet& t = d.sheets.at(1);
    QHash<QString, QList<int>> blocks; // program name → indicator lines of each block
    qint64 lines = 0;
    for (int r = t.headerRows; r < t.rows.size(); ++r) {
        const ReportCell& name = t.rows.at(r).at(1);
        if (name.kind == ReportCellKind::Covered)
            continue;
        blocks[name.text] << name.rowSpan;
        lines += name.rowSpan;
        // Every indicator line has its name and target value; level-1 and level-2 classes filled or covered.
        for (int k = r; k < r + name.rowSpan; ++k) {
            QVERIFY(t.rows.at(k).at(7).kind == ReportCellKind::Text);
            QVERIFY(!t.rows.at(k).at(8).text.isEmpty());
        }
    }
    QHash<QString, QList<int>> expected;
    qint64 expectedLines = 0;
    for (const QSqlRecord& r : targets) {
        expected[r.value(0).toString()] << std::max(1, r.value(3).toInt());
        expectedLines += std::max(1, r.value(3).toInt());
    }
    for (auto it = expected.begin(); it != expected.end(); ++it)
        std::sort(it->begin(), it->end());
    for (auto it = blocks.begin(); it != blocks.end(); ++it)
        std::sort(it->begin(), it->end());
    QCOMPARE(blocks, expected);
    QCOMPARE(lines, expectedLines);
    QCOMPARE(t.rows.size(), t.headerRows + expectedLines);

    // Evaluation results: approved self-evaluations, with finance's grade.
    const QList<QSqlRecord> results = rows(
        QStringLiteral("SELECT s.name, %1, e.total_score FROM subject s").arg(BindingGrade) + LatestEvaluation
            + QStringLiteral(" WHERE e.status = 3 AND s.kind = 3 AND s.deleted = 0 AND s.fiscal_year = ? AND") + inUnit,
        { m_year, unit });
    const ReportSheet& e = d.sheets.at(2);
    QCOMPARE(e.rows.size(), e.headerRows + results.size());
    QStringList got;
    QStringList want;
    for (int r = e.headerRows; r < e.rows.size(); ++r)
        got << e.rows.at(r).at(1).text + QLatin1Char('|') + e.rows.at(r).at(5).text;
    QMap<Grade, qint64> grades;
    for (const QSqlRecord& r : results) {
        want << r.value(0).toString() + QLatin1Char('|') + gradeName(r.value(1));
        if (!r.value(1).isNull())
            ++grades[static_cast<Grade>(r.value(1).toInt())];
    }
    got.sort();
    want.sort();
    QCOMPARE(got, want);

    // The statement's figures.
    const ReportSheet& summary = d.sheets.at(0);
    QCOMPARE(summary.rows.at(1).at(1).number, programs);
    QCOMPARE(summary.rows.at(2).at(1).number, qint64(targets.size()));
    QCOMPARE(summary.rows.at(3).at(1).number, qint64(results.size()));
    int g = 0;
    for (Grade grade : { Grade::Excellent, Grade::Good, Grade::Fair, Grade::Poor })
        QCOMPARE(summary.rows.at(4 + g++).at(1).number, grades.value(grade));
    qint64 approvedAmount = 0;
    for (const QSqlRecord& r : targets)
        approvedAmount += r.value(1).toLongLong();
    QCOMPARE(summary.rows.at(2).at(2).number, approvedAmount);
}

void TestReportSummaries::writtenToEveryFormat()
{
    const ReportDocument d = build(QStringLiteral("warnings"));
    const qint64 listed = allRows(d.sheets.first()).size() - d.sheets.first().rows.size();
    const QString xlsx = m_dir.filePath(QStringLiteral("warnings.xlsx"));
    Result<qint64> written = ReportWriter::write(d, ReportFormat::Xlsx, xlsx);
    QVERIFY2(written.ok(), qPrintable(written.message()));
    QCOMPARE(*written, 1 + listed);
    jx::test::XlsxTestReader book(xlsx);
    // Title, subtitle, preamble, the header, the programs, the signature line.
    QCOMPARE(book.countRows(0), 4 + listed + 1);
    const jx::test::XlsxSheet sheet = book.sheet(0);
    QCOMPARE(sheet.text(3, 2), QStringLiteral("Program"));
    QVERIFY(sheet.at(4, 4).isNumber());
    for (const ReportFormat f : { ReportFormat::Csv, ReportFormat::Html }) {
        const QString path = m_dir.filePath(f == ReportFormat::Csv ? QStringLiteral("w.csv") : QStringLiteral("w.html"));
        Result<qint64> n = ReportWriter::write(d, f, path);
        QVERIFY2(n.ok(), qPrintable(n.message()));
        QCOMPARE(*n, 1 + listed);
    }
    const ReportDocument disclosure = build(QStringLiteral("disclosure"), true);
    const QString bundle = m_dir.filePath(QStringLiteral("disclosure.xlsx"));
    QVERIFY(ReportWriter::write(disclosure, ReportFormat::Xlsx, bundle).ok());
    jx::test::XlsxTestReader three(bundle);
    QCOMPARE(three.sheetNames().size(), 3);
}

void TestReportSummaries::unknownScopeIsNamed()
{
    ReportParameters p;
    p.fiscalYear = m_year;
    p.divisionCode = QStringLiteral("999999");
    Result<ReportDocument> d = ReportCatalog::build(*m_db, QStringLiteral("warnings"), p);
    QVERIFY(!d.ok());
    QVERIFY(d.message().contains(QStringLiteral("999999")));
    p.divisionCode.clear();
    p.agencyId = QUuid::createUuid();
    d = ReportCatalog::build(*m_db, QStringLiteral("grades-by-agency"), p);
    QVERIFY(!d.ok());
    QVERIFY(d.message().contains(p.agencyId.toString(QUuid::WithoutBraces)));
}

QTEST_GUILESS_MAIN(TestReportSummaries)
#include "TestReportSummaries.moc"
