#include "TestSupport.h"

#include "core/storage/Database.h"
#include "core/storage/PolicyRepository.h"
#include "core/storage/SubjectRepository.h"
#include "core/storage/TargetSetRepository.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace jx;
using jx::test::scalar;

namespace {

// Runs SQL on a file through a separate, plain connection (as another program would).
void rawExec(const QString& path, const QStringList& statements)
{
    const QString name = QStringLiteral("raw");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        for (const QString& sql : statements)
            QVERIFY2(q.exec(sql), qPrintable(sql));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}


} // namespace

class TestSchema : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void freshDatabase();
    void migrationFromVersion1();
    void reopenIsSafe();
    void failedMigrationRollsBack();
    void newerVersionRefused();
    void notADatabaseRefused();
    void foreignSqliteRefused();
    void missingFileNotCreated();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString copyFixture();
};

void TestSchema::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString TestSchema::copyFixture()
{
    const QString path = m_dir->filePath(QStringLiteral("v1.jixiao"));
    QFile::remove(path);
    if (!QFile::copy(QStringLiteral(JIXIAO_TEST_DATA "/schema-v1.jixiao"), path))
        return {};
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    return path;
}

void TestSchema::freshDatabase()
{
    std::unique_ptr<Database> db = test::createInstallation(*m_dir);
    QVERIFY(db);
    QCOMPARE(db->schemaVersion(), Database::currentSchemaVersion());
    QCOMPARE(scalar(*db, QStringLiteral("PRAGMA application_id")).toInt(), Database::ApplicationId);
    QCOMPARE(scalar(*db, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    QCOMPARE(scalar(*db, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
    const QStringList tables = db->connection().tables();
    for (const char* t : { "meta", "division", "agency", "subject", "indicator_category", "indicator_library_entry",
                           "target_set", "indicator", "ex_ante_assessment", "assessment_item", "monitoring_report",
                           "monitoring_entry", "self_evaluation", "evaluation_fund", "evaluation_entry", "review",
                           "result_application", "policy" }) {
        QVERIFY2(tables.contains(QLatin1String(t)), t);
    }
    // Every travelling table carries the meta columns.
    for (const char* t : { "agency", "subject", "indicator_category", "indicator_library_entry", "target_set",
                           "indicator", "ex_ante_assessment", "monitoring_report", "self_evaluation", "review",
                           "result_application" }) {
        const QSqlRecord rec = db->connection().record(QLatin1String(t));
        for (const char* c : { "id", "owner_id", "revision", "modified_at", "deleted" })
            QVERIFY2(rec.contains(QLatin1String(c)), qPrintable(QStringLiteral("%1.%2").arg(QLatin1String(t), QLatin1String(c))));
    }
}

void TestSchema::migrationFromVersion1()
{
    const QString path = copyFixture();
    QVERIFY(!path.isEmpty());
    Result<std::unique_ptr<Database>> db = Database::open(path);
    QVERIFY2(db.ok(), qPrintable(db.message()));
    QCOMPARE((*db)->schemaVersion(), Database::currentSchemaVersion());

    // Data written by version 1 is intact.
    Result<std::optional<Subject>> program
        = SubjectRepository(**db).find(QUuid::fromString(QStringLiteral("b0000000-0000-4000-8000-000000000001")));
    QVERIFY(program.ok() && program->has_value());
    QCOMPARE((*program)->name, QStringLiteral("2023年校舍维修改造项目"));
    QCOMPARE((*program)->amount.fen(), qint64(123456789));
    QCOMPARE((*program)->meta.revision, qint64(3));
    QCOMPARE((*program)->fundingTags, static_cast<int>(FundingTag::Procurement));

    // Version 2 added the evaluation standard (defaulting to 计划标准) and kept the tombstone.
    Result<std::optional<TargetSet>> set
        = TargetSetRepository(**db).find(QUuid::fromString(QStringLiteral("c0000000-0000-4000-8000-000000000001")));
    QVERIFY(set.ok() && set->has_value());
    QCOMPARE((*set)->status, RecordStatus::Approved);
    QCOMPARE((*set)->indicators.size(), 1);
    QCOMPARE((*set)->indicators.first().name, QStringLiteral("维修校舍面积"));
    QCOMPARE((*set)->indicators.first().standard, EvaluationStandard::Plan);
    QCOMPARE(scalar(**db, QStringLiteral("SELECT count(*) FROM indicator WHERE deleted = 1")).toInt(), 1);

    // ... and the year policies as data.
    Result<YearPolicy> policy = PolicyRepository(**db).policyFor(QStringLiteral("650000"), 2023);
    QVERIFY2(policy.ok(), qPrintable(policy.message()));
    QCOMPARE(policy->excellentFrom(), 90.0);
}

void TestSchema::reopenIsSafe()
{
    const QString path = copyFixture();
    for (int i = 0; i < 3; ++i) {
        Result<std::unique_ptr<Database>> db = Database::open(path);
        QVERIFY2(db.ok(), qPrintable(db.message()));
        QCOMPARE((*db)->schemaVersion(), Database::currentSchemaVersion());
        QCOMPARE(scalar(**db, QStringLiteral("SELECT count(*) FROM policy")).toInt(), 1);
    }
}

void TestSchema::failedMigrationRollsBack()
{
    const QString path = copyFixture();
    // A table in the way makes step 2 fail half way.
    rawExec(path, { QStringLiteral("CREATE TABLE policy (x)") });
    Result<std::unique_ptr<Database>> db = Database::open(path);
    QVERIFY(!db.ok());
    QVERIFY2(db.message().contains(QLatin1String("schema 2")), qPrintable(db.message()));

    Result<std::unique_ptr<Database>> v1 = Database::openAtVersion(path, 1);
    QVERIFY2(v1.ok(), qPrintable(v1.message()));
    QCOMPARE((*v1)->schemaVersion(), 1);
    QVERIFY(!(*v1)->connection().record(QStringLiteral("indicator")).contains(QStringLiteral("evaluation_standard")));
}

void TestSchema::newerVersionRefused()
{
    const QString path = m_dir->filePath(QStringLiteral("newer.jixiao"));
    {
        std::unique_ptr<Database> db = test::createInstallation(*m_dir, QStringLiteral("newer.jixiao"));
        QVERIFY(db);
    }
    rawExec(path, { QStringLiteral("PRAGMA user_version = 99") });
    const QByteArray before = test::fileHash(path);
    Result<std::unique_ptr<Database>> db = Database::open(path);
    QVERIFY(!db.ok());
    QCOMPARE(db.error().code, Error::Code::Version);
    QVERIFY2(db.message().contains(QLatin1String("newer version")), qPrintable(db.message()));
    QVERIFY(db.message().contains(QLatin1String("99")));
    QCOMPARE(test::fileHash(path), before);
}

void TestSchema::notADatabaseRefused()
{
    const QString path = m_dir->filePath(QStringLiteral("notes.txt"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("项目,金额\n校舍维修,100\n");
    f.close();
    const QByteArray before = test::fileHash(path);
    Result<std::unique_ptr<Database>> db = Database::open(path);
    QVERIFY(!db.ok());
    QCOMPARE(db.error().code, Error::Code::Invalid);
    QVERIFY2(db.message().contains(QLatin1String("not a Jixiao database")), qPrintable(db.message()));
    QCOMPARE(test::fileHash(path), before);
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
}

void TestSchema::foreignSqliteRefused()
{
    const QString path = m_dir->filePath(QStringLiteral("other.sqlite"));
    rawExec(path, { QStringLiteral("CREATE TABLE accounts (id INTEGER PRIMARY KEY, name TEXT)"),
                    QStringLiteral("INSERT INTO accounts VALUES (1, 'x')") });
    const QByteArray before = test::fileHash(path);
    Result<std::unique_ptr<Database>> db = Database::open(path);
    QVERIFY(!db.ok());
    QVERIFY2(db.message().contains(QLatin1String("another application")), qPrintable(db.message()));
    QCOMPARE(test::fileHash(path), before);
}

void TestSchema::missingFileNotCreated()
{
    const QString path = m_dir->filePath(QStringLiteral("missing.jixiao"));
    Result<std::unique_ptr<Database>> db = Database::open(path);
    QVERIFY(!db.ok());
    QCOMPARE(db.error().code, Error::Code::NotFound);
    QVERIFY(!QFile::exists(path));
}

QTEST_GUILESS_MAIN(TestSchema)
#include "TestSchema.moc"
