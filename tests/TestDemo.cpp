#include "TestSupport.h"

#include "core/demo/DemoGenerator.h"
#include "core/storage/Database.h"
#include "core/storage/Installation.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace jx;
using jx::test::scalar;

class TestDemo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void countyScale();
    void coversTheDomain();
    void followsTheRules();
    void deterministic();
    void cancelLeavesNoFile();
    void refusesExistingFile();
    void badOptions();

private:
    QTemporaryDir m_dir;
    QString m_first;
    DemoSummary m_summary;
};

void TestDemo::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_first = m_dir.filePath(QStringLiteral("first.jixiao"));
    DemoOptions options;
    options.seed = 7;
    options.fiscalYear = 2025;
    Result<DemoSummary> s = DemoGenerator::createDemo(m_first, options);
    QVERIFY2(s.ok(), qPrintable(s.message()));
    m_summary = *s;
}

void TestDemo::countyScale()
{
    QCOMPARE(m_summary.fiscalYear, 2025);
    QCOMPARE(m_summary.agencies, 151);   // the finance bureau + 150 units
    QCOMPARE(m_summary.programs, 3000);
    QCOMPARE(m_summary.indicators, 3000 * 12 + 150 * 6 + 4 * 8);
    QCOMPARE(m_summary.monitoringReports, 3000 * 12 + 150);
    QCOMPARE(m_summary.selfEvaluations, 3000 + 150 + 4);
    Result<std::unique_ptr<Database>> db = Database::open(m_first);
    QVERIFY(db.ok());
    QCOMPARE(scalar(**db, QStringLiteral("SELECT count(*) FROM subject WHERE kind = 3")).toInt(), 3000);
    QCOMPARE(scalar(**db, QStringLiteral("SELECT count(*) FROM agency")).toInt(), 151);
    QCOMPARE(scalar(**db, QStringLiteral("SELECT count(*) FROM indicator")).toInt(), 36932);
    Result<Agency> self = Installation::selfAgency(**db);
    QVERIFY(self.ok());
    QCOMPARE(self->divisionCode, m_summary.divisionCode);
    QCOMPARE(self->kind, AgencyKind::FinanceBureau);
}

void TestDemo::coversTheDomain()
{
    Result<std::unique_ptr<Database>> db = Database::open(m_first);
    QVERIFY(db.ok());
    Database& d = **db;
    // All four books, all program kinds, all operators, every funding tag.
    QCOMPARE(scalar(d, QStringLiteral("SELECT count(DISTINCT book) FROM subject WHERE kind = 3")).toInt(), 4);
    QCOMPARE(scalar(d, QStringLiteral("SELECT count(DISTINCT program_kind) FROM subject WHERE kind = 3")).toInt(), 3);
    QCOMPARE(scalar(d, QStringLiteral("SELECT count(DISTINCT operator) FROM indicator")).toInt(), 6);
    QCOMPARE(scalar(d, QStringLiteral("SELECT count(DISTINCT kind) FROM subject")).toInt(), 3);
    for (int bit = 1; bit <= AllFundingTags; bit <<= 1) {
        QVERIFY(scalar(d, QStringLiteral("SELECT count(*) FROM subject WHERE funding_tags & %1").arg(bit)).toInt() > 0);
    }
    // Twelve months of monitoring per program; causes and measures where not certain.
    QCOMPARE(scalar(d, QStringLiteral("SELECT count(DISTINCT month) FROM monitoring_report")).toInt(), 12);
    QCOMPARE(scalar(d, QStringLiteral("SELECT count(*) FROM monitoring_entry WHERE likelihood <> 1"
                                      " AND (cause IS NULL OR measures IS NULL)")).toInt(), 0);
    QVERIFY(scalar(d, QStringLiteral("SELECT count(*) FROM monitoring_entry WHERE likelihood = 3")).toInt() > 0);
    // Major new programs have an ex-ante assessment with five dimensions.
    QCOMPARE(scalar(d, QStringLiteral("SELECT count(*) FROM subject s WHERE s.kind = 3 AND s.is_new AND s.is_major"
                                      " AND NOT EXISTS (SELECT 1 FROM ex_ante_assessment a WHERE a.subject_id = s.id)"))
                 .toInt(),
             0);
    QCOMPARE(scalar(d, QStringLiteral("SELECT count(*) FROM assessment_item")).toInt(),
             5 * scalar(d, QStringLiteral("SELECT count(*) FROM ex_ante_assessment")).toInt());
    // Amounts are whole 分, positive, and names are Chinese.
    QCOMPARE(scalar(d, QStringLiteral("SELECT count(*) FROM subject WHERE amount <= 0")).toInt(), 0);
    QVERIFY(scalar(d, QStringLiteral("SELECT name FROM subject WHERE kind = 3 LIMIT 1")).toString().contains(QStringLiteral("年")));
    // Execution never exceeds the budget.
    QCOMPARE(scalar(d, QStringLiteral("SELECT count(*) FROM monitoring_report WHERE executed > budget")).toInt(), 0);
}

void TestDemo::followsTheRules()
{
    Result<std::unique_ptr<Database>> db = Database::open(m_first);
    QVERIFY(db.ok());
    Database& d = **db;
    // Management indicators are not outputs: no 资金使用合规率 or 预算执行率 under 产出指标.
    QCOMPARE(scalar(d, QStringLiteral("SELECT count(*) FROM indicator i JOIN indicator_category c ON c.id = i.category_id"
                                      " JOIN indicator_category p ON p.id = c.parent_id"
                                      " WHERE p.name = '产出指标' AND i.name IN ('资金使用合规率', '预算执行率')"))
                 .toInt(),
        0);
    QVERIFY(scalar(d, QStringLiteral("SELECT count(*) FROM indicator i JOIN indicator_category c ON c.id = i.category_id"
                                     " JOIN indicator_category p ON p.id = c.parent_id WHERE p.name = '产出指标'"))
                .toInt()
        > 0);
    // A transfer is never addressed to its own division: only to one below it (a county's go to townships).
    QVERIFY(scalar(d, QStringLiteral("SELECT count(*) FROM subject WHERE program_kind = 3")).toInt() > 0);
    QCOMPARE(scalar(d, QStringLiteral("SELECT count(*) FROM target_set t JOIN subject s ON s.id = t.subject_id"
                                      " WHERE t.receiving_division_code IS NOT NULL AND (t.receiving_division_code = s.division_code"
                                      " OR NOT EXISTS (SELECT 1 FROM division v WHERE v.code = t.receiving_division_code"
                                      " AND v.parent_code = s.division_code))"))
                 .toInt(),
        0);
}

void TestDemo::deterministic()
{
    const QString second = m_dir.filePath(QStringLiteral("second.jixiao"));
    DemoOptions options;
    options.seed = 7;
    options.fiscalYear = 2025;
    Result<DemoSummary> s = DemoGenerator::createDemo(second, options);
    QVERIFY2(s.ok(), qPrintable(s.message()));
    const QString digest = QStringLiteral(
        "SELECT group_concat(hex(id) || name || amount, ',') FROM (SELECT id, name, amount FROM subject ORDER BY id)");
    const QString indicators = QStringLiteral(
        "SELECT group_concat(hex(id) || name || ifnull(target_value, ''), ',') FROM (SELECT * FROM indicator ORDER BY id)");
    Result<std::unique_ptr<Database>> a = Database::open(m_first);
    Result<std::unique_ptr<Database>> b = Database::open(second);
    QVERIFY(a.ok() && b.ok());
    QCOMPARE(scalar(**a, digest).toString(), scalar(**b, digest).toString());
    QCOMPARE(scalar(**a, indicators).toString(), scalar(**b, indicators).toString());
}

void TestDemo::cancelLeavesNoFile()
{
    const QString path = m_dir.filePath(QStringLiteral("cancelled.jixiao"));
    DemoOptions options;
    options.progress = [](double done) { return done < 0.05; };
    Result<DemoSummary> s = DemoGenerator::createDemo(path, options);
    QVERIFY(!s.ok());
    QVERIFY(!QFile::exists(path));
}

void TestDemo::refusesExistingFile()
{
    Result<DemoSummary> s = DemoGenerator::createDemo(m_first, DemoOptions());
    QVERIFY(!s.ok());
    QVERIFY2(s.message().contains(QLatin1String("already exists")), qPrintable(s.message()));
    Result<std::unique_ptr<Database>> db = Database::open(m_first);
    QVERIFY(db.ok());
    QCOMPARE(scalar(**db, QStringLiteral("SELECT count(*) FROM subject WHERE kind = 3")).toInt(), 3000);
}

void TestDemo::badOptions()
{
    QVERIFY(!DemoGenerator::parseScale(QStringLiteral("planet")).ok());
    QCOMPARE(*DemoGenerator::parseScale(QStringLiteral("region")), DemoScale::Region);
    DemoOptions options;
    options.regionCode = QStringLiteral("653101"); // a county, not a region
    const QString path = m_dir.filePath(QStringLiteral("bad.jixiao"));
    Result<DemoSummary> s = DemoGenerator::createDemo(path, options);
    QVERIFY(!s.ok());
    QVERIFY(!QFile::exists(path));
}

QTEST_GUILESS_MAIN(TestDemo)
#include "TestDemo.moc"
