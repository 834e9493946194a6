#include "TestSupport.h"

#include "core/storage/DivisionRepository.h"
#include "core/storage/FrameworkRepository.h"
#include "core/storage/PolicyRepository.h"
#include "core/storage/SeedData.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace jx;

class TestSeedData : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void divisions_data();
    void divisions();
    void xinjiangTree();
    void historicalCodes();
    void frameworkByYear();
    void frameworkIdsAreSharedAcrossInstallations();
    void loadingTwiceChangesNothing();
    void notLoadedIntoAnOlderSchema();
    void unknownDivisionRefusedBeforeAnyFile();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void TestSeedData::init()
{
    m_db.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = test::createInstallation(*m_dir);
    QVERIFY(m_db);
}

void TestSeedData::divisions_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("rank");
    QTest::addColumn<QString>("parent");

    QTest::newRow("region") << "650000" << "新疆维吾尔自治区" << 1 << "";
    QTest::newRow("prefecture") << "653100" << "喀什地区" << 2 << "650000";
    QTest::newRow("county") << "653101" << "喀什市" << 3 << "653100";
    QTest::newRow("prefecture under prefecture") << "654200" << "塔城地区" << 2 << "654000";
    QTest::newRow("direct county-level city") << "659001" << "石河子市" << 3 << "650000";
    QTest::newRow("beijing district under the city") << "110101" << "东城区" << 3 << "110000";
    QTest::newRow("city without counties") << "441900" << "东莞市" << 2 << "440000";
}

void TestSeedData::divisions()
{
    QFETCH(QString, code);
    QFETCH(QString, name);
    QFETCH(int, rank);
    QFETCH(QString, parent);
    Result<std::optional<Division>> d = DivisionRepository(*m_db).find(code);
    QVERIFY(d.ok() && d->has_value());
    QCOMPARE((*d)->name, name);
    QCOMPARE(static_cast<int>((*d)->rank), rank);
    QCOMPARE((*d)->parentCode, parent);
    QCOMPARE(SeedData::division(code)->name, name);
}

void TestSeedData::xinjiangTree()
{
    DivisionRepository repo(*m_db);
    Result<QList<Division>> counties = repo.countiesUnder(QStringLiteral("650000"), 2025);
    QVERIFY(counties.ok());
    QCOMPARE(counties->size(), 108); // the 2023 list: 96 under prefectures + 12 direct cities
    Result<QList<Division>> ili = repo.countiesUnder(QStringLiteral("654000"), 2025);
    QVERIFY(ili.ok());
    bool hasTacheng = false;
    for (const Division& d : *ili)
        hasTacheng = hasTacheng || d.code == QLatin1String("654201");
    QVERIFY(hasTacheng);
}

void TestSeedData::historicalCodes()
{
    Result<std::optional<Division>> old = DivisionRepository(*m_db).find(QStringLiteral("652100"));
    QVERIFY(old.ok() && old->has_value());
    QCOMPARE((*old)->validTo, 2014);
    QVERIFY((*old)->validIn(2014));
    QVERIFY(!(*old)->validIn(2015));
    QCOMPARE(SeedData::division(QStringLiteral("650400"))->validFrom, 2015);
    // Prefecture children in 2013 include 吐鲁番地区, in 2025 吐鲁番市.
    QStringList in2013, in2025;
    for (const Division& d : *DivisionRepository(*m_db).children(QStringLiteral("650000"), 2013))
        in2013 << d.code;
    for (const Division& d : *DivisionRepository(*m_db).children(QStringLiteral("650000"), 2025))
        in2025 << d.code;
    QVERIFY(in2013.contains(QStringLiteral("652100")) && !in2013.contains(QStringLiteral("650400")));
    QVERIFY(in2025.contains(QStringLiteral("650400")) && !in2025.contains(QStringLiteral("652100")));
}

void TestSeedData::frameworkByYear()
{
    FrameworkRepository repo(*m_db);
    auto levelOne = [&](int year) {
        QStringList names;
        for (const IndicatorCategory& c : *repo.categories(FrameworkKind::ProgramTargets, year)) {
            if (c.level == 1)
                names << c.name;
        }
        return names;
    };
    // 财预〔2021〕101号 lifts 成本 to level 1 from 2021.
    QCOMPARE(levelOne(2020), QStringList({ QStringLiteral("产出指标"), QStringLiteral("效益指标"),
                                           QStringLiteral("满意度指标") }));
    QCOMPARE(levelOne(2025), QStringList({ QStringLiteral("产出指标"), QStringLiteral("成本指标"),
                                           QStringLiteral("效益指标"), QStringLiteral("满意度指标") }));
    QVERIFY(repo.categories(FrameworkKind::ProgramTargets, 2017)->isEmpty());
    QCOMPARE(repo.categories(FrameworkKind::AgencyOverall, 2025)->size(), 6 + 12);
}

void TestSeedData::frameworkIdsAreSharedAcrossInstallations()
{
    std::unique_ptr<Database> other = test::createInstallation(*m_dir, QStringLiteral("other.jixiao"),
                                                               QStringLiteral("654201"));
    QVERIFY(other);
    QList<QUuid> a, b;
    for (const IndicatorCategory& c : *FrameworkRepository(*m_db).categories(FrameworkKind::ProgramTargets, 2025))
        a << c.meta.id;
    for (const IndicatorCategory& c : *FrameworkRepository(*other).categories(FrameworkKind::ProgramTargets, 2025))
        b << c.meta.id;
    QVERIFY(!a.isEmpty());
    QCOMPARE(a, b);
}

void TestSeedData::loadingTwiceChangesNothing()
{
    auto counts = [&] {
        QSqlQuery q(m_db->connection());
        q.exec(QStringLiteral("SELECT (SELECT count(*) FROM division), (SELECT count(*) FROM indicator_category),"
                              " (SELECT count(*) FROM policy)"));
        q.next();
        return QList<int> { q.value(0).toInt(), q.value(1).toInt(), q.value(2).toInt() };
    };
    const QList<int> before = counts();
    QVERIFY(SeedData::loadAll(*m_db).ok());
    QCOMPARE(counts(), before);
    QCOMPARE(before.at(0), int(SeedData::divisions().size()));
}

// The seed data is written by today's repositories, after migrating, never by a schema step.
void TestSeedData::notLoadedIntoAnOlderSchema()
{
    Result<std::unique_ptr<Database>> old = Database::openAtVersion(m_dir->filePath(QStringLiteral("v7.jixiao")), 7);
    QVERIFY2(old.ok(), qPrintable(old.message()));
    const Result<void> r = SeedData::loadAll(**old);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, Error::Code::Version);
    QCOMPARE(test::scalar(**old, QStringLiteral("SELECT count(*) FROM division")).toInt(), 0);
    QCOMPARE(test::scalar(**old, QStringLiteral("SELECT count(*) FROM indicator_category")).toInt(), 0);
}

void TestSeedData::unknownDivisionRefusedBeforeAnyFile()
{
    InstallationRequest request;
    request.divisionCode = QStringLiteral("659999");
    request.agencyName = QStringLiteral("某财政局");
    const QString path = m_dir->filePath(QStringLiteral("never.jixiao"));
    Result<std::unique_ptr<Database>> db = Installation::create(path, request);
    QVERIFY(!db.ok());
    QVERIFY2(db.message().contains(QLatin1String("659999")), qPrintable(db.message()));
    QVERIFY(!QFile::exists(path));

    request.divisionCode = QStringLiteral("652100"); // no longer in use
    db = Installation::create(path, request);
    QVERIFY(!db.ok());
    QVERIFY2(db.message().contains(QLatin1String("2014")), qPrintable(db.message()));
    QVERIFY(!QFile::exists(path));
}

QTEST_GUILESS_MAIN(TestSeedData)
#include "TestSeedData.moc"
