// SubjectQuery and SubjectListExporter on the county demo: every filter and order checked
// against SQL written out by hand (or, for grades and warnings, against the C++ rules they
// mirror), windows that join up, search by unit name, and exports read back.
#include "TestSupport.h"

#include "core/demo/DemoGenerator.h"
#include "core/domain/MonitoringAnalyzer.h"
#include "core/io/SubjectListExporter.h"
#include "core/storage/Installation.h"
#include "core/storage/MonitoringRepository.h"
#include "core/storage/PolicyRepository.h"
#include "core/storage/RecordStore.h"
#include "core/storage/SubjectQuery.h"
#include "core/storage/SubjectRepository.h"
#include "core/workflow/EvaluationService.h"
#include "core/workflow/RecordLifecycle.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <zip.h>

using namespace jx;

Q_DECLARE_METATYPE(jx::SubjectFilter)
Q_DECLARE_METATYPE(jx::SubjectField)

class TestSubjectQuery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void countsMatchSql_data();
    void countsMatchSql();
    void gradeIsTheBindingOne();
    void executionWarningAgreesWithTheAnalyzer();
    void monitoringSummaryFollowsWrites();
    void overdueMonthsFollowWrites();
    void sortsMatchSql_data();
    void sortsMatchSql();
    void windowsJoinUp();
    void searchFindsTheUnitsPrograms();
    void divisionRollsUp();
    void exportsCsv();
    void exportsXlsx();
    void cancelledExportLeavesNoFile();
    void sortsOnBigColumnsUseAnIndex();

private:
    qint64 sqlCount(const QString& where, const QVariantList& binds = {});
    QList<QUuid> sqlIds(const QString& sql, const QVariantList& binds = {});

    QTemporaryDir m_dir;
    QString m_demo;
    DemoSummary m_summary;
    std::unique_ptr<Database> m_db;
};

void TestSubjectQuery::initTestCase()
{
    m_demo = m_dir.filePath(QStringLiteral("county.jixiao"));
    DemoOptions options;
    options.seed = 3;
    options.fiscalYear = 2025;
    Result<DemoSummary> s = DemoGenerator::createDemo(m_demo, options);
    QVERIFY2(s.ok(), qPrintable(s.message()));
    m_summary = *s;
}

void TestSubjectQuery::init()
{
    Result<std::unique_ptr<Database>> db = Database::open(m_demo);
    QVERIFY2(db.ok(), qPrintable(db.message()));
    m_db = std::move(*db);
}

void TestSubjectQuery::cleanup()
{
    m_db.reset();
}

qint64 TestSubjectQuery::sqlCount(const QString& where, const QVariantList& binds)
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM subject s JOIN agency a ON a.id = s.agency_id WHERE s.deleted = 0 AND ")
              + where);
    for (const QVariant& b : binds)
        q.addBindValue(b);
    if (!q.exec() || !q.next()) {
        qWarning("%s", qPrintable(q.lastError().text()));
        return -1;
    }
    return q.value(0).toLongLong();
}

QList<QUuid> TestSubjectQuery::sqlIds(const QString& sql, const QVariantList& binds)
{
    QSqlQuery q(m_db->connection());
    q.prepare(sql);
    for (const QVariant& b : binds)
        q.addBindValue(b);
    QList<QUuid> out;
    if (!q.exec())
        qWarning("%s", qPrintable(q.lastError().text()));
    while (q.next())
        out << RecordStore::uuidAt(q, 0);
    return out;
}

void TestSubjectQuery::countsMatchSql_data()
{
    QTest::addColumn<SubjectFilter>("filter");
    QTest::addColumn<QString>("where");
    QTest::addColumn<bool>("someRows");

    const QString latestTargets = QStringLiteral(
        "(SELECT t.status FROM target_set t WHERE t.subject_id = s.id AND t.fiscal_year = s.fiscal_year"
        " AND t.deleted = 0 ORDER BY t.modified_at DESC LIMIT 1)");
    const QString latestEvaluation = QStringLiteral(
        "(SELECT e.status FROM self_evaluation e WHERE e.subject_id = s.id AND e.fiscal_year = s.fiscal_year"
        " AND e.deleted = 0 ORDER BY e.modified_at DESC LIMIT 1)");
    const QString latestReport = QStringLiteral(
        "(SELECT m.status FROM monitoring_report m WHERE m.subject_id = s.id AND m.fiscal_year = s.fiscal_year"
        " AND m.deleted = 0 ORDER BY m.month DESC LIMIT 1)");

    SubjectFilter f;
    QTest::newRow("everything") << f << QStringLiteral("1") << true;
    f.fiscalYear = 2025;
    QTest::newRow("year") << f << QStringLiteral("s.fiscal_year = 2025") << true;
    SubjectFilter programs = f;
    programs.kind = SubjectKind::Program;
    QTest::newRow("programs") << programs << QStringLiteral("s.fiscal_year = 2025 AND s.kind = 3") << true;
    SubjectFilter agencies = f;
    agencies.kind = SubjectKind::AgencyBudget;
    QTest::newRow("agency budgets") << agencies << QStringLiteral("s.fiscal_year = 2025 AND s.kind = 2") << true;
    SubjectFilter book = f;
    book.book = BudgetBook::GovernmentFund;
    QTest::newRow("book") << book << QStringLiteral("s.fiscal_year = 2025 AND s.book = 2") << true;
    SubjectFilter tag = f;
    tag.fundingTags = int(FundingTag::Procurement);
    QTest::newRow("tag") << tag << QStringLiteral("s.fiscal_year = 2025 AND (s.funding_tags & 4) != 0") << true;
    SubjectFilter major = f;
    major.majorNewOnly = true;
    QTest::newRow("new major") << major << QStringLiteral("s.fiscal_year = 2025 AND s.kind = 3 AND s.is_new = 1 AND s.is_major = 1")
                               << true;
    for (RecordStatus st : { RecordStatus::Draft, RecordStatus::Submitted, RecordStatus::Approved }) {
        SubjectFilter t = f;
        t.stages << StageFilter { RecordKind::TargetSet, st };
        QTest::addRow("targets %d", int(st))
            << t << QStringLiteral("s.fiscal_year = 2025 AND %1 = %2").arg(latestTargets).arg(int(st)) << false;
        SubjectFilter e = f;
        e.stages << StageFilter { RecordKind::SelfEvaluation, st };
        QTest::addRow("evaluation %d", int(st))
            << e << QStringLiteral("s.fiscal_year = 2025 AND %1 = %2").arg(latestEvaluation).arg(int(st)) << false;
        SubjectFilter m = f;
        m.stages << StageFilter { RecordKind::MonitoringReport, st };
        QTest::addRow("monitoring %d", int(st))
            << m << QStringLiteral("s.fiscal_year = 2025 AND %1 = %2").arg(latestReport).arg(int(st)) << false;
    }
    SubjectFilter noTargets = f;
    noTargets.stages << StageFilter { RecordKind::TargetSet, std::nullopt };
    QTest::newRow("no targets") << noTargets << QStringLiteral("s.fiscal_year = 2025 AND %1 IS NULL").arg(latestTargets)
                                << false;
    SubjectFilter noEvaluation = f;
    noEvaluation.stages << StageFilter { RecordKind::SelfEvaluation, std::nullopt };
    QTest::newRow("no self-evaluation")
        << noEvaluation << QStringLiteral("s.fiscal_year = 2025 AND %1 IS NULL").arg(latestEvaluation) << false;
    SubjectFilter both = programs;
    both.stages << StageFilter { RecordKind::TargetSet, RecordStatus::Approved }
                << StageFilter { RecordKind::SelfEvaluation, RecordStatus::Draft };
    QTest::newRow("two stages") << both
                                << QStringLiteral("s.fiscal_year = 2025 AND s.kind = 3 AND %1 = 3 AND %2 = 0")
                                       .arg(latestTargets, latestEvaluation)
                                << false;
    SubjectFilter impossible = f;
    impossible.warning = ListWarning::IndicatorImpossible;
    QTest::newRow("indicator impossible")
        << impossible
        << QStringLiteral("s.fiscal_year = 2025 AND EXISTS (SELECT 1 FROM monitoring_entry me WHERE me.likelihood = 3"
                          " AND me.report_id = (SELECT m.id FROM monitoring_report m WHERE m.subject_id = s.id"
                          " AND m.fiscal_year = s.fiscal_year AND m.deleted = 0 ORDER BY m.month DESC LIMIT 1))")
        << false;
    SubjectFilter text = f;
    text.text = QStringLiteral("教育");
    QTest::newRow("text") << text
                          << QStringLiteral("s.fiscal_year = 2025 AND (instr(s.name, '教育') > 0"
                                            " OR instr(ifnull(s.code, ''), '教育') > 0 OR instr(a.name, '教育') > 0)")
                          << true;
    SubjectFilter escaped = f;
    escaped.text = QStringLiteral("%");
    QTest::newRow("percent sign is text") << escaped
                                          << QStringLiteral("s.fiscal_year = 2025 AND (instr(s.name, '%') > 0"
                                                            " OR instr(ifnull(s.code, ''), '%') > 0 OR instr(a.name, '%') > 0)")
                                          << false;
}

void TestSubjectQuery::countsMatchSql()
{
    QFETCH(SubjectFilter, filter);
    QFETCH(QString, where);
    QFETCH(bool, someRows);
    const qint64 expected = sqlCount(where);
    QVERIFY(expected >= 0);
    if (someRows)
        QVERIFY(expected > 0);
    Result<SubjectTotals> totals = SubjectQuery(*m_db).totals(filter);
    QVERIFY2(totals.ok(), qPrintable(totals.message()));
    QCOMPARE(totals->count, expected);
    // The amount sums exactly the rows counted.
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT ifnull(sum(s.amount), 0) FROM subject s JOIN agency a ON a.id = s.agency_id"
                                  " WHERE s.deleted = 0 AND ")
                   + where));
    QVERIFY(q.next());
    QCOMPARE(totals->amount.fen(), q.value(0).toLongLong());
    // Every row read agrees with the count.
    Result<QList<QUuid>> ids = SubjectQuery(*m_db).ids(filter, {}, 0, 1'000'000);
    QVERIFY(ids.ok());
    QCOMPARE(ids->size(), expected);
}

void TestSubjectQuery::gradeIsTheBindingOne()
{
    // Counted per grade against EvaluationService::bindingGrade itself, subject by subject.
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM self_evaluation WHERE deleted = 0 AND grade IS NOT NULL")));
    QVERIFY(q.next() && q.value(0).toInt() > 0);
    EvaluationService service(*m_db);
    QHash<Grade, int> expected;
    const QList<QUuid> subjects = sqlIds(QStringLiteral(
        "SELECT s.id FROM subject s WHERE s.deleted = 0 AND s.fiscal_year = 2025 AND EXISTS (SELECT 1 FROM self_evaluation e"
        " WHERE e.subject_id = s.id AND e.deleted = 0 AND e.fiscal_year = 2025)"));
    QVERIFY(!subjects.isEmpty());
    for (const QUuid& id : subjects) {
        Result<std::optional<Grade>> g = service.bindingGrade(id, 2025);
        QVERIFY(g.ok());
        if (*g)
            ++expected[**g];
    }
    for (Grade grade : { Grade::Excellent, Grade::Good, Grade::Fair, Grade::Poor }) {
        SubjectFilter f;
        f.fiscalYear = 2025;
        f.grade = grade;
        Result<SubjectTotals> totals = SubjectQuery(*m_db).totals(f);
        QVERIFY(totals.ok());
        QCOMPARE(totals->count, qint64(expected.value(grade)));
    }
    // And the rows show it.
    SubjectFilter f;
    f.fiscalYear = 2025;
    f.stages << StageFilter { RecordKind::SelfEvaluation, RecordStatus::Approved };
    Result<QList<SubjectListRow>> rows = SubjectQuery(*m_db).rows(f, {}, 0, 50);
    QVERIFY(rows.ok());
    for (const SubjectListRow& r : std::as_const(*rows))
        QCOMPARE(r.grade, *service.bindingGrade(r.id, 2025));
}

void TestSubjectQuery::executionWarningAgreesWithTheAnalyzer()
{
    // The latest report of each subject of the year, judged by MonitoringAnalyzer itself.
    Result<Agency> self = Installation::selfAgency(*m_db);
    QVERIFY(self.ok());
    Result<YearPolicy> policy = PolicyRepository(*m_db).policyForDivision(self->divisionCode, 2025);
    QVERIFY(policy.ok());
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral(
        "SELECT s.id, m.month, m.budget, m.executed FROM subject s JOIN monitoring_report m ON m.id = (SELECT m2.id"
        " FROM monitoring_report m2 WHERE m2.subject_id = s.id AND m2.fiscal_year = s.fiscal_year AND m2.deleted = 0"
        " ORDER BY m2.month DESC LIMIT 1) WHERE s.deleted = 0 AND s.fiscal_year = 2025")));
    QSet<QUuid> behind;
    int reports = 0;
    while (q.next()) {
        ++reports;
        MonitoringReport r;
        r.month = q.value(1).toInt();
        r.budget = Money::fromFen(q.value(2).toLongLong());
        r.executed = Money::fromFen(q.value(3).toLongLong());
        const MonitoringAnalysis a = MonitoringAnalyzer::analyze(r, {}, *policy);
        if (std::any_of(a.warnings.cbegin(), a.warnings.cend(),
                        [](const MonitoringWarning& w) { return w.kind == MonitoringWarning::Kind::ExecutionLag; }))
            behind.insert(RecordStore::uuidAt(q, 0));
    }
    QVERIFY(reports > 0);
    QVERIFY2(!behind.isEmpty(), "the demo has programs behind time progress");
    SubjectFilter f;
    f.fiscalYear = 2025;
    f.warning = ListWarning::ExecutionBehind;
    Result<QList<QUuid>> ids = SubjectQuery(*m_db).ids(f, {}, 0, 1'000'000);
    QVERIFY(ids.ok());
    QCOMPARE(QSet<QUuid>(ids->cbegin(), ids->cend()), behind);
    Result<QList<SubjectListRow>> rows = SubjectQuery(*m_db).rows(f, {}, 0, 20);
    QVERIFY(rows.ok());
    for (const SubjectListRow& r : std::as_const(*rows))
        QVERIFY(r.executionBehind && r.hasWarning());
    SubjectFilter any = f;
    any.warning = ListWarning::Any;
    QVERIFY(SubjectQuery(*m_db).totals(any)->count >= qint64(behind.size()));
}

void TestSubjectQuery::sortsMatchSql_data()
{
    QTest::addColumn<SubjectField>("field");
    QTest::addColumn<bool>("descending");
    QTest::addColumn<QString>("key");
    QTest::newRow("name") << SubjectField::Name << false << QStringLiteral("s.name");
    QTest::newRow("code desc") << SubjectField::Code << true << QStringLiteral("s.code");
    QTest::newRow("unit") << SubjectField::Unit << false << QStringLiteral("a.name");
    QTest::newRow("amount desc") << SubjectField::Amount << true << QStringLiteral("s.amount");
    QTest::newRow("amount") << SubjectField::Amount << false << QStringLiteral("s.amount");
    QTest::newRow("score desc") << SubjectField::Score << true
                                << QStringLiteral("(SELECT e.total_score FROM self_evaluation e WHERE e.subject_id = s.id"
                                                  " AND e.fiscal_year = s.fiscal_year AND e.deleted = 0"
                                                  " ORDER BY e.modified_at DESC LIMIT 1)");
    QTest::newRow("execution rate") << SubjectField::ExecutionRate << false
                                    << QStringLiteral("(SELECT CASE WHEN m.budget > 0 THEN round(100.0 * m.executed"
                                                      " / m.budget, 2) END FROM monitoring_report m WHERE m.subject_id"
                                                      " = s.id AND m.fiscal_year = s.fiscal_year AND m.deleted = 0"
                                                      " ORDER BY m.month DESC LIMIT 1)");
    QTest::newRow("targets status") << SubjectField::TargetStatus << false
                                    << QStringLiteral("(SELECT t.status FROM target_set t WHERE t.subject_id = s.id"
                                                      " AND t.fiscal_year = s.fiscal_year AND t.deleted = 0"
                                                      " ORDER BY t.modified_at DESC LIMIT 1)");
    QTest::newRow("order") << SubjectField::Order << true
                           << QStringLiteral("(SELECT max(o.kind) FROM finance_order o WHERE o.subject_id = s.id"
                                             " AND o.lifted_at IS NULL AND o.deleted = 0)");
}

void TestSubjectQuery::sortsMatchSql()
{
    QFETCH(SubjectField, field);
    QFETCH(bool, descending);
    QFETCH(QString, key);
    SubjectFilter f;
    f.fiscalYear = 2025;
    const QString dir = descending ? QStringLiteral(" DESC") : QString();
    const QList<QUuid> expected = sqlIds(
        QStringLiteral("SELECT s.id FROM subject s JOIN agency a ON a.id = s.agency_id WHERE s.deleted = 0"
                       " AND s.fiscal_year = 2025 ORDER BY %1%2, s.id%2")
            .arg(key, dir));
    QVERIFY(expected.size() > 1000);
    Result<QList<QUuid>> ids = SubjectQuery(*m_db).ids(f, SubjectSort { field, descending }, 0, 1'000'000);
    QVERIFY(ids.ok());
    QCOMPARE(*ids, expected);
    // A window deep in the list is the same part of the order.
    Result<QList<SubjectListRow>> window = SubjectQuery(*m_db).rows(f, SubjectSort { field, descending }, 1000, 300);
    QVERIFY(window.ok());
    QCOMPARE(window->size(), 300);
    for (int i = 0; i < 300; ++i)
        QCOMPARE(window->at(i).id, expected.at(1000 + i));
}

void TestSubjectQuery::windowsJoinUp()
{
    SubjectFilter f;
    f.fiscalYear = 2025;
    const SubjectSort sort { SubjectField::Grade, false };
    SubjectQuery query(*m_db);
    const qint64 total = query.totals(f)->count;
    QList<QUuid> joined;
    for (qint64 offset = 0; offset < total; offset += 500) {
        Result<QList<SubjectListRow>> rows = query.rows(f, sort, offset, 500);
        QVERIFY(rows.ok());
        for (const SubjectListRow& r : std::as_const(*rows))
            joined << r.id;
    }
    QCOMPARE(joined.size(), total);
    QCOMPARE(*query.ids(f, sort, 0, int(total)), joined);
    QCOMPARE(QSet<QUuid>(joined.cbegin(), joined.cend()).size(), total);
}

void TestSubjectQuery::searchFindsTheUnitsPrograms()
{
    // A unit whose name is in none of its programs' names.
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral(
        "SELECT a.id, a.name, count(*) FROM agency a JOIN subject s ON s.agency_id = a.id AND s.deleted = 0"
        " WHERE a.kind = 2 GROUP BY a.id ORDER BY count(*) DESC LIMIT 1")));
    QVERIFY(q.next());
    const QUuid unitId = RecordStore::uuidAt(q, 0);
    const QString unitName = q.value(1).toString();
    SubjectFilter f;
    f.text = unitName;
    Result<QList<SubjectListRow>> rows = SubjectQuery(*m_db).rows(f, {}, 0, 100'000);
    QVERIFY(rows.ok());
    const QList<QUuid> own = sqlIds(QStringLiteral("SELECT id FROM subject WHERE deleted = 0 AND agency_id = ?"),
                                    { RecordStore::idValue(unitId) });
    QVERIFY(own.size() > 1);
    QSet<QUuid> found;
    for (const SubjectListRow& r : std::as_const(*rows)) {
        found.insert(r.id);
        QVERIFY(r.unitName.contains(unitName) || r.name.contains(unitName) || r.code.contains(unitName));
    }
    for (const QUuid& id : own)
        QVERIFY(found.contains(id));
    // The agency filter gives its own and those of its subordinate units (所属单位), at any depth.
    const QList<QUuid> withSubordinates = sqlIds(
        QStringLiteral("WITH RECURSIVE u(id) AS (SELECT ? UNION ALL SELECT c.id FROM agency c JOIN u ON c.parent_id = u.id)"
                       " SELECT s.id FROM subject s WHERE s.deleted = 0 AND s.agency_id IN (SELECT id FROM u)"),
        { RecordStore::idValue(unitId) });
    QVERIFY(withSubordinates.size() >= own.size());
    SubjectFilter byUnit;
    byUnit.agencyId = unitId;
    QCOMPARE(SubjectQuery(*m_db).totals(byUnit)->count, qint64(withSubordinates.size()));
}

void TestSubjectQuery::divisionRollsUp()
{
    // The county's subjects are found from the county, its prefecture and the region.
    const qint64 all = sqlCount(QStringLiteral("1"));
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT division_code FROM subject WHERE deleted = 0 GROUP BY division_code")));
    QStringList codes;
    while (q.next())
        codes << q.value(0).toString();
    QVERIFY(!codes.isEmpty());
    const QStringList levels = { codes.constFirst(), codes.constFirst().left(4) + QStringLiteral("00"),
                                 codes.constFirst().left(2) + QStringLiteral("0000") };
    for (const QString& code : levels) {
        SubjectFilter f;
        f.divisionCode = code;
        const qint64 expected = code == codes.constFirst()
            ? sqlCount(QStringLiteral("s.division_code = ?"), { code })
            : sqlCount(QStringLiteral("s.division_code LIKE ?"),
                       { QVariant(code.left(code.endsWith(QLatin1String("0000")) ? 2 : 4) + QLatin1Char('%')) });
        QVERIFY(expected > 0);
        QCOMPARE(SubjectQuery(*m_db).totals(f)->count, expected);
    }
    SubjectFilter elsewhere;
    elsewhere.divisionCode = QStringLiteral("110000");
    QCOMPARE(SubjectQuery(*m_db).totals(elsewhere)->count, 0);
    QVERIFY(all > 0);
}

namespace {

ListExportRequest exportRequest(const QString& path, ListFileFormat format)
{
    ListExportRequest r;
    r.filter.fiscalYear = 2025;
    r.filter.kind = SubjectKind::Program;
    r.filter.book = BudgetBook::GeneralPublic;
    r.sort = SubjectSort { SubjectField::Amount, true };
    r.fields = { SubjectField::Name, SubjectField::Unit, SubjectField::Amount, SubjectField::TargetStatus,
                 SubjectField::Score, SubjectField::Grade };
    r.unit = MoneyUnit::TenThousandYuan;
    r.format = format;
    r.path = path;
    r.title = QStringLiteral("绩效目标");
    return r;
}

QList<QStringList> parseCsv(const QString& text)
{
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                cell += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                cell += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            row << cell;
            cell.clear();
        } else if (c == QLatin1Char('\r')) {
        } else if (c == QLatin1Char('\n')) {
            row << cell;
            rows << row;
            row.clear();
            cell.clear();
        } else {
            cell += c;
        }
    }
    return rows;
}

} // namespace

void TestSubjectQuery::exportsCsv()
{
    const QString path = m_dir.filePath(QStringLiteral("list.csv"));
    const ListExportRequest request = exportRequest(path, ListFileFormat::Csv);
    qint64 lastDone = -1;
    Result<qint64> written = SubjectListExporter::write(*m_db, request, [&](qint64 done, qint64) {
        lastDone = done;
        return true;
    });
    QVERIFY2(written.ok(), qPrintable(written.message()));
    const qint64 expected = SubjectQuery(*m_db).totals(request.filter)->count;
    QVERIFY(expected > 100);
    QCOMPARE(*written, expected);
    QCOMPARE(lastDone, expected);
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QList<QStringList> rows = parseCsv(QString::fromUtf8(bytes.mid(3)));
    QCOMPARE(rows.size(), expected + 1);
    QCOMPARE(rows.at(0).size(), request.fields.size());
    QCOMPARE(rows.at(0).at(0), SubjectQuery::header(SubjectField::Name, request.unit));
    Result<QList<SubjectListRow>> shown = SubjectQuery(*m_db).rows(request.filter, request.sort, 0, 50);
    QVERIFY(shown.ok());
    for (int i = 0; i < shown->size(); ++i) {
        const SubjectListRow& r = shown->at(i);
        QCOMPARE(rows.at(i + 1).at(0), r.name);
        QCOMPARE(rows.at(i + 1).at(1), r.unitName);
        // Amounts as plain numbers in 万元 with two decimals, so that a spreadsheet sums them.
        QCOMPARE(rows.at(i + 1).at(2), QString(r.amount.format(MoneyUnit::TenThousandYuan)).remove(QLatin1Char(',')));
        QCOMPARE(rows.at(i + 1).at(3), SubjectQuery::text(r, SubjectField::TargetStatus, request.unit));
        QCOMPARE(rows.at(i + 1).at(5), SubjectQuery::text(r, SubjectField::Grade, request.unit));
    }
}

void TestSubjectQuery::exportsXlsx()
{
    const QString path = m_dir.filePath(QStringLiteral("list.xlsx"));
    const ListExportRequest request = exportRequest(path, ListFileFormat::Xlsx);
    Result<qint64> written = SubjectListExporter::write(*m_db, request);
    QVERIFY2(written.ok(), qPrintable(written.message()));
    QVERIFY(!QFile::exists(path + QStringLiteral(".part")));

    int error = 0;
    zip_t* zip = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY, &error);
    QVERIFY(zip);
    zip_stat_t st;
    QCOMPARE(zip_stat(zip, "xl/worksheets/sheet1.xml", 0, &st), 0);
    zip_file_t* file = zip_fopen(zip, "xl/worksheets/sheet1.xml", 0);
    QVERIFY(file);
    QByteArray xml(qsizetype(st.size), '\0');
    QCOMPARE(zip_fread(file, xml.data(), st.size), zip_int64_t(st.size));
    zip_fclose(file);
    QByteArray workbook;
    if (zip_stat(zip, "xl/workbook.xml", 0, &st) == 0) {
        zip_file_t* wb = zip_fopen(zip, "xl/workbook.xml", 0);
        workbook.resize(qsizetype(st.size));
        zip_fread(wb, workbook.data(), st.size);
        zip_fclose(wb);
    }
    zip_close(zip);

    const QString sheet = QString::fromUtf8(xml);
    QCOMPARE(sheet.count(QLatin1String("<row ")), int(*written) + 1);
    QVERIFY(QString::fromUtf8(workbook).contains(QStringLiteral("绩效目标")));
    Result<QList<SubjectListRow>> shown = SubjectQuery(*m_db).rows(request.filter, request.sort, 0, 3);
    QVERIFY(shown.ok());
    // Names as inline strings in row 2 onwards; amounts as numbers in 万元.
    const SubjectListRow& first = shown->at(0);
    QString name = first.name;
    name.replace(QLatin1Char('&'), QLatin1String("&amp;"));
    QVERIFY(sheet.contains(QStringLiteral("<c r=\"A2\" t=\"inlineStr\"><is><t>%1</t></is></c>").arg(name)));
    const QString amount = QString(first.amount.format(MoneyUnit::TenThousandYuan)).remove(QLatin1Char(','));
    QVERIFY2(sheet.contains(QStringLiteral("<c r=\"C2\" s=\"2\"><v>%1</v></c>").arg(QString::number(amount.toDouble(), 'g', 15)))
                 || sheet.contains(QStringLiteral("<c r=\"C2\" s=\"2\"><v>%1</v>").arg(amount)),
             qPrintable(sheet.mid(sheet.indexOf(QLatin1String("r=\"C2\"")) - 5, 80)));
    QVERIFY(sheet.contains(SubjectQuery::header(SubjectField::Amount, MoneyUnit::TenThousandYuan)));
}

void TestSubjectQuery::cancelledExportLeavesNoFile()
{
    for (ListFileFormat format : { ListFileFormat::Csv, ListFileFormat::Xlsx }) {
        const QString path = m_dir.filePath(format == ListFileFormat::Csv ? QStringLiteral("cancel.csv")
                                                                          : QStringLiteral("cancel.xlsx"));
        ListExportRequest request = exportRequest(path, format);
        request.filter.book.reset();
        Result<qint64> written = SubjectListExporter::write(*m_db, request, [](qint64 done, qint64) { return done < 1000; });
        QVERIFY(!written.ok());
        QVERIFY(!QFile::exists(path));
        QVERIFY(!QFile::exists(path + QStringLiteral(".part")));
    }
}

void TestSubjectQuery::sortsOnBigColumnsUseAnIndex()
{
    // A year's list by name, code or amount walks an index of step 14 instead of sorting the year.
    const QList<std::pair<SubjectField, QString>> sorts = {
        { SubjectField::Name, QStringLiteral("subject_year_name") },
        { SubjectField::Code, QStringLiteral("subject_year_code") },
        { SubjectField::Amount, QStringLiteral("subject_year_amount") },
    };
    for (const auto& [field, index] : sorts) {
        for (bool descending : { false, true }) {
            const QString dir = descending ? QStringLiteral(" DESC") : QString();
            const QString key = field == SubjectField::Name ? QStringLiteral("s.name")
                : field == SubjectField::Code               ? QStringLiteral("s.code")
                                                            : QStringLiteral("s.amount");
            QSqlQuery q(m_db->connection());
            QVERIFY(q.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT s.id FROM subject s WHERE s.deleted = 0"
                                          " AND s.fiscal_year = 2025 ORDER BY %1%2, s.id%2 LIMIT 128 OFFSET 1000")
                               .arg(key, dir)));
            QString plan;
            while (q.next())
                plan += q.value(3).toString() + QLatin1Char('\n');
            QVERIFY2(plan.contains(index), qPrintable(plan));
            QVERIFY2(!plan.contains(QLatin1String("TEMP B-TREE")), qPrintable(plan));
        }
    }
}

// The warning filters read the summary of step 15: a report written through a repository is
// there at once (the commit step), and a summary that lost track (emptied, its sequences reset)
// catches up with the next write.
void TestSubjectQuery::monitoringSummaryFollowsWrites()
{
    SubjectFilter f;
    f.fiscalYear = 2025;
    f.warning = ListWarning::ExecutionBehind;
    SubjectQuery query(*m_db);
    const qint64 before = query.totals(f)->count;
    // The latest report of a program that is not behind, with a budget.
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT sm.report_id, sm.subject_id FROM subject_monitoring sm"
                                  " JOIN monitoring_report m ON m.id = sm.report_id"
                                  " WHERE sm.fiscal_year = 2025 AND sm.rate >= 99 AND m.budget > 0 LIMIT 1")));
    QVERIFY(q.next());
    const QUuid reportId = RecordStore::uuidAt(q, 0);
    const QUuid subjectId = RecordStore::uuidAt(q, 1);
    q.finish();
    MonitoringRepository reports(*m_db);
    Result<std::optional<MonitoringReport>> report = reports.find(reportId);
    QVERIFY(report.ok() && report->has_value());
    MonitoringReport r = **report;
    // Returned for correction (a fixture's status, as the workflow would set it), so that it may be written again.
    if (r.status != RecordStatus::Returned && r.status != RecordStatus::Draft) {
        QSqlQuery back(m_db->connection());
        back.prepare(QStringLiteral("UPDATE monitoring_report SET status = ? WHERE id = ?"));
        back.addBindValue(static_cast<int>(RecordStatus::Returned));
        back.addBindValue(RecordStore::idValue(reportId));
        QVERIFY(back.exec());
        r = reports.find(reportId)->value();
    }
    const Money executed = r.executed;
    r.executed = Money::fromFen(0);
    Result<void> saved = reports.save(r);
    QVERIFY2(saved.ok(), qPrintable(saved.message()));
    QCOMPARE(query.totals(f)->count, before + 1);
    Result<QList<QUuid>> ids = query.ids(f, {}, 0, 1'000'000);
    QVERIFY(ids->contains(subjectId));

    QVERIFY(q.exec(QStringLiteral("DELETE FROM subject_monitoring")));
    QVERIFY(q.exec(QStringLiteral("UPDATE meta SET value = '0' WHERE key LIKE 'monitoringSummary.%'")));
    QCOMPARE(query.totals(f)->count, 0);
    r = reports.find(reportId)->value_or(MonitoringReport());
    r.executed = executed;
    saved = reports.save(r);
    QVERIFY2(saved.ok(), qPrintable(saved.message()));
    QCOMPARE(query.totals(f)->count, before);
    QVERIFY(!query.ids(f, {}, 0, 1'000'000)->contains(subjectId));
}

void TestSubjectQuery::overdueMonthsFollowWrites()
{
    // Every subject has a summary row, whose months handed in agree month by month with the
    // reports themselves (submitted or approved, of the subject's year, not deleted).
    QCOMPARE(sqlCount(QStringLiteral("NOT EXISTS (SELECT 1 FROM subject_monitoring sm WHERE sm.subject_id = s.id)")), 0);
    const QString handed = QStringLiteral(
        "EXISTS (SELECT 1 FROM monitoring_report r WHERE r.subject_id = s.id AND r.fiscal_year = s.fiscal_year"
        " AND r.deleted = 0 AND r.status IN (1, 3) AND r.month = %1)");
    for (int month = 1; month <= 12; ++month) {
        const QString bit = QStringLiteral("((SELECT sm.handed_months FROM subject_monitoring sm WHERE sm.subject_id = s.id)"
                                           " >> %1) & 1")
                                .arg(month);
        QCOMPARE(sqlCount(QStringLiteral("(%1) != (%2)").arg(bit, handed.arg(month))), 0);
        QVERIFY(sqlCount(QStringLiteral("(%1) = 1").arg(bit)) > 0);
    }

    // The overdue filter of January to November against the reports, month by month.
    OverdueFilter overdue;
    overdue.asOf = QDate(2025, 12, 31);
    QStringList missing;
    for (int month = 1; month <= 11; ++month) {
        DueWork w;
        w.key = QStringLiteral("monthlyMonitoring");
        w.kind = RecordKind::MonitoringReport;
        w.subjectKinds = { SubjectKind::AgencyBudget, SubjectKind::Program };
        w.month = month;
        w.fiscalYear = 2025;
        w.dueDate = QDate(2025, month + 1, 10);
        overdue.work << w;
        missing << QStringLiteral("NOT ") + handed.arg(month);
    }
    const QString expected = QStringLiteral("s.fiscal_year = 2025 AND s.kind IN (2, 3) AND (%1)")
                                 .arg(missing.join(QStringLiteral(" OR ")));
    SubjectFilter f;
    f.fiscalYear = 2025;
    f.overdue = overdue;
    SubjectQuery query(*m_db);
    const qint64 before = sqlCount(expected);
    QCOMPARE(query.totals(f)->count, before);

    // A program that handed in every month has its March report returned: it is overdue now.
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT r.id, r.subject_id FROM monitoring_report r JOIN subject s ON s.id = r.subject_id"
                                  " WHERE s.kind = 3 AND s.fiscal_year = 2025 AND r.month = 3 AND r.status IN (1, 3)"
                                  " AND NOT (%1) LIMIT 1")
                       .arg(missing.join(QStringLiteral(" OR ")))));
    QVERIFY(q.next());
    const QUuid reportId = RecordStore::uuidAt(q, 0);
    const QUuid subjectId = RecordStore::uuidAt(q, 1);
    q.finish();
    QVERIFY(!query.ids(f, {}, 0, 1'000'000)->contains(subjectId));
    QSqlQuery back(m_db->connection());
    back.prepare(QStringLiteral("UPDATE monitoring_report SET status = ? WHERE id = ?"));
    back.addBindValue(static_cast<int>(RecordStatus::Returned));
    back.addBindValue(RecordStore::idValue(reportId));
    QVERIFY(back.exec());
    MonitoringRepository reports(*m_db);
    MonitoringReport r = reports.find(reportId)->value();
    Result<void> saved = reports.save(r); // stamps the change sequence the summary follows
    QVERIFY2(saved.ok(), qPrintable(saved.message()));
    QCOMPARE(sqlCount(expected), before + 1);
    QCOMPARE(query.totals(f)->count, before + 1);
    QVERIFY(query.ids(f, {}, 0, 1'000'000)->contains(subjectId));

    // Submitted again by the unit, through the workflow: handed in, no longer overdue.
    Result<std::optional<Subject>> owner = SubjectRepository(*m_db).find(subjectId);
    QVERIFY(owner.ok() && owner->has_value());
    const Actor clerk { QStringLiteral("填报人"), Role::UnitPreparer, (*owner)->agencyId };
    saved = RecordLifecycle(*m_db).submit(clerk, RecordKind::MonitoringReport, reportId);
    QVERIFY2(saved.ok(), qPrintable(saved.message()));
    QCOMPARE(query.totals(f)->count, before);
    QVERIFY(!query.ids(f, {}, 0, 1'000'000)->contains(subjectId));

    // A new program without any report owes every month and is listed at once.
    const Result<std::optional<Subject>>& sample = owner;
    Subject fresh = **sample;
    fresh.meta = RecordMeta {};
    fresh.meta.id = newRecordId();
    fresh.meta.ownerId = (*sample)->meta.ownerId;
    fresh.code = QStringLiteral("TEST-OVERDUE-1");
    saved = SubjectRepository(*m_db).save(fresh);
    QVERIFY2(saved.ok(), qPrintable(saved.message()));
    QCOMPARE(sqlCount(expected), before + 1);
    QCOMPARE(query.totals(f)->count, before + 1);
    QVERIFY(query.ids(f, {}, 0, 1'000'000)->contains(fresh.meta.id));
}

QTEST_GUILESS_MAIN(TestSubjectQuery)
#include "TestSubjectQuery.moc"
