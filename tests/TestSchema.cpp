#include "TestSupport.h"

#include "core/storage/Backup.h"
#include "core/storage/Database.h"
#include "core/storage/Migrations.h"
#include "core/storage/PolicyRepository.h"
#include "core/storage/SubjectRepository.h"
#include "core/storage/TargetSetRepository.h"

#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
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


// SQL as stored in sqlite_master with its whitespace folded, so that layout is not a difference.
QString normalizedSql(const QString& sql)
{
    QString s = sql.simplified();
    return s.replace(QStringLiteral("( "), QStringLiteral("(")).replace(QStringLiteral(" )"), QStringLiteral(")"));
}

QString literal(const QVariant& v)
{
    if (v.isNull())
        return QStringLiteral("NULL");
    if (v.typeId() == QMetaType::QByteArray)
        return QStringLiteral("X'%1'").arg(QString::fromLatin1(v.toByteArray().toHex()));
    return v.toString();
}

// Every row of @p sql, one line each with the columns named, sorted.
QStringList queryLines(Database& db, const QString& sql, const QString& prefix, const QSet<QString>& skipColumns = {})
{
    QStringList out;
    QSqlQuery q(db.connection());
    if (!q.exec(sql)) {
        out << QStringLiteral("error: %1: %2").arg(sql, q.lastError().text());
        return out;
    }
    while (q.next()) {
        const QSqlRecord rec = q.record();
        QStringList fields;
        for (int i = 0; i < rec.count(); ++i) {
            if (!skipColumns.contains(rec.fieldName(i)))
                fields << rec.fieldName(i) + QLatin1Char('=') + literal(q.value(i));
        }
        out << prefix + fields.join(QStringLiteral(", "));
    }
    std::sort(out.begin(), out.end());
    return out;
}

// The schema of @p db as lines to compare: each table's normalized CREATE text, its columns
// (name, type, not null, default, primary key) and foreign keys; each index's definition.
QStringList schemaLines(Database& db)
{
    QStringList out;
    out << QStringLiteral("user_version %1").arg(db.schemaVersion());
    out << QStringLiteral("application_id %1").arg(scalar(db, QStringLiteral("PRAGMA application_id")).toInt());
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_master"
                               " WHERE name NOT LIKE 'sqlite_stat%' ORDER BY type, name"))) {
        return { q.lastError().text() };
    }
    QStringList tables;
    while (q.next()) {
        const QString type = q.value(0).toString();
        const QString name = q.value(1).toString();
        // An automatic index (of a PRIMARY KEY or UNIQUE) has no SQL; its table's SQL defines it.
        const QString sql = q.value(3).isNull() ? QStringLiteral("(automatic)") : normalizedSql(q.value(3).toString());
        out << QStringLiteral("%1 %2 on %3: %4").arg(type, name, q.value(2).toString(), sql);
        if (type == QLatin1String("table"))
            tables << name;
    }
    for (const QString& t : std::as_const(tables)) {
        out << queryLines(db,
                          QStringLiteral("SELECT cid, name, type, \"notnull\", dflt_value, pk"
                                         " FROM pragma_table_info('%1')").arg(t),
                          QStringLiteral("column %1: ").arg(t));
        out << queryLines(db, QStringLiteral("SELECT * FROM pragma_foreign_key_list('%1')").arg(t),
                          QStringLiteral("foreign key %1: ").arg(t));
    }
    return out;
}

// The rows of every table of @p db except @p skipTables, without the columns @p skipColumns.
QStringList dataLines(Database& db, const QSet<QString>& skipTables, const QSet<QString>& skipColumns)
{
    QStringList out;
    for (const QString& t : db.connection().tables()) {
        if (!skipTables.contains(t))
            out << queryLines(db, QStringLiteral("SELECT * FROM \"%1\"").arg(t), t + QStringLiteral(": "), skipColumns);
    }
    std::sort(out.begin(), out.end());
    return out;
}

// Where the list first differs, for a readable failure.
QString firstDifference(const QStringList& actual, const QStringList& expected)
{
    for (qsizetype i = 0; i < std::max(actual.size(), expected.size()); ++i) {
        const QString a = i < actual.size() ? actual.at(i) : QStringLiteral("(end)");
        const QString e = i < expected.size() ? expected.at(i) : QStringLiteral("(end)");
        if (a != e)
            return QStringLiteral("line %1:\n  actual:   %2\n  expected: %3").arg(i + 1).arg(a, e);
    }
    return {};
}

QString snapshotPath(int version)
{
    return QStringLiteral(JIXIAO_TEST_DATA "/schema-v%1.txt").arg(version);
}

} // namespace

class TestSchema : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void freshDatabase();
    void migrationFromVersion1();
    void upgradedFileMatchesNewFile();
    void releasedStepsAreFrozen_data();
    void releasedStepsAreFrozen();
    void reopenIsSafe();
    void failedMigrationRollsBack();
    void everyVersionUpgrades_data();
    void everyVersionUpgrades();
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

void TestSchema::upgradedFileMatchesNewFile()
{
    std::unique_ptr<Database> fresh = test::createInstallation(*m_dir);
    QVERIFY(fresh);
    const QString path = copyFixture();
    QVERIFY(!path.isEmpty());
    Result<std::unique_ptr<Database>> opened = Database::open(path);
    QVERIFY2(opened.ok(), qPrintable(opened.message()));
    Database& upgraded = **opened;

    const QStringList schema = schemaLines(upgraded);
    const QStringList freshSchema = schemaLines(*fresh);
    QVERIFY2(schema == freshSchema, qPrintable(firstDifference(schema, freshSchema)));

    // The reference data (divisions, frameworks, library, policies) row for row. Left out on
    // purpose: the records each file holds for itself (the fixture's agencies, program, target set
    // and indicators; the new file's own agency), the meta settings naming that agency, and the
    // time each row was written.
    // The people who act (schema 13) are the file's own too: a new file lists its default actor;
    // so is the monitoring summary (schema 15, 17), a row per subject of the file.
    const QSet<QString> ownRecords = { QStringLiteral("meta"), QStringLiteral("agency"), QStringLiteral("subject"),
                                       QStringLiteral("target_set"), QStringLiteral("indicator"), QStringLiteral("person"),
                                       QStringLiteral("subject_monitoring") };
    const QSet<QString> writtenAt = { QStringLiteral("modified_at") };
    const QStringList data = dataLines(upgraded, ownRecords, writtenAt);
    const QStringList freshData = dataLines(*fresh, ownRecords, writtenAt);
    QVERIFY2(data == freshData, qPrintable(firstDifference(data, freshData)));

    // ... which is really there, so that the comparison is not one of empty tables.
    QVERIFY(scalar(upgraded, QStringLiteral("SELECT count(*) FROM division")).toInt() > 3000);
    // The summary of step 17 has a row for each of the upgraded file's subjects.
    QVERIFY(scalar(upgraded, QStringLiteral("SELECT count(*) FROM subject")).toInt() > 0);
    QCOMPARE(scalar(upgraded, QStringLiteral("SELECT count(*) FROM subject_monitoring")).toInt(),
             scalar(upgraded, QStringLiteral("SELECT count(*) FROM subject")).toInt());
    QVERIFY(scalar(upgraded, QStringLiteral("SELECT count(*) FROM indicator_category")).toInt() > 50);
    QCOMPARE(scalar(upgraded, QStringLiteral("SELECT count(*) FROM policy")).toInt(), 2); // 2018 and 2020
}

void TestSchema::releasedStepsAreFrozen_data()
{
    QTest::addColumn<int>("version");
    for (const Migration& step : migrations())
        QTest::addRow("schema %d", step.version) << step.version;
}

// A new file taken to version N (without seed data) is compared with tests/data/schema-vN.txt,
// written when version N was released: a released step that has been edited fails here. A new
// step's snapshot is written by running this test once with JIXIAO_WRITE_SCHEMA_SNAPSHOTS=1;
// existing snapshots are never overwritten.
void TestSchema::releasedStepsAreFrozen()
{
    QFETCH(int, version);
    const QString path = m_dir->filePath(QStringLiteral("v%1.jixiao").arg(version));
    Result<std::unique_ptr<Database>> opened = Database::openAtVersion(path, version);
    QVERIFY2(opened.ok(), qPrintable(opened.message()));
    QCOMPARE((*opened)->schemaVersion(), version);
    // The rows a step writes itself (such as step 2's policy) are part of it.
    const QStringList actual = schemaLines(**opened) + dataLines(**opened, {}, {});

    QFile file(snapshotPath(version));
    if (!file.exists() && qEnvironmentVariableIsSet("JIXIAO_WRITE_SCHEMA_SNAPSHOTS")) {
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Text));
        file.write(actual.join(QLatin1Char('\n')).toUtf8() + '\n');
        file.close();
    }
    QVERIFY2(file.open(QIODevice::ReadOnly | QIODevice::Text),
             qPrintable(QStringLiteral("%1 is missing: run this test once with JIXIAO_WRITE_SCHEMA_SNAPSHOTS=1 "
                                       "and commit the file").arg(file.fileName())));
    const QStringList expected = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY2(actual == expected, qPrintable(QStringLiteral("schema %1 differs from %2, %3")
                                                .arg(version)
                                                .arg(file.fileName(), firstDifference(actual, expected))));
}

void TestSchema::reopenIsSafe()
{
    const QString path = copyFixture();
    for (int i = 0; i < 3; ++i) {
        Result<std::unique_ptr<Database>> db = Database::open(path);
        QVERIFY2(db.ok(), qPrintable(db.message()));
        QCOMPARE((*db)->schemaVersion(), Database::currentSchemaVersion());
        QCOMPARE(scalar(**db, QStringLiteral("SELECT count(*) FROM policy")).toInt(), 2);
    }
}

void TestSchema::failedMigrationRollsBack()
{
    const QString path = copyFixture();
    // A table in the way of step 2: refused by the read-only check, before any step runs.
    rawExec(path, { QStringLiteral("CREATE TABLE policy (x)") });
    const QByteArray before = test::fileHash(path);
    Result<std::unique_ptr<Database>> db = Database::open(path);
    QVERIFY(!db.ok());
    QVERIFY2(db.message().contains(QStringLiteral("“policy”")), qPrintable(db.message()));
    QCOMPARE(test::fileHash(path), before);
    QVERIFY(Backup::existing(path).isEmpty());
}

void TestSchema::everyVersionUpgrades_data()
{
    QTest::addColumn<int>("version");
    for (const Migration& step : migrations()) {
        if (step.version < Database::currentSchemaVersion())
            QTest::addRow("from schema %d", step.version) << step.version;
    }
}

// A file of every released schema upgrades; first a backup of it is made, byte for byte the file
// as it was, and the upgrade is reported.
void TestSchema::everyVersionUpgrades()
{
    QFETCH(int, version);
    const QString path = m_dir->filePath(QStringLiteral("old-v%1.jixiao").arg(version));
    {
        Result<std::unique_ptr<Database>> old = Database::openAtVersion(path, version);
        QVERIFY2(old.ok(), qPrintable(old.message()));
    }
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    const QStringList schemaBefore = [&] {
        Result<std::unique_ptr<Database>> old = Database::openAtVersion(path, version);
        return old ? schemaLines(**old) : QStringList();
    }();
    Result<std::unique_ptr<Database>> db = Database::open(path);
    QVERIFY2(db.ok(), qPrintable(db.message()));
    QCOMPARE((*db)->schemaVersion(), Database::currentSchemaVersion());
    QVERIFY((*db)->upgrade().has_value());
    QCOMPARE((*db)->upgrade()->fromVersion, version);
    QVERIFY2((*db)->upgradeReport().contains(QStringLiteral("from schema %1 to %2").arg(version).arg(
                 Database::currentSchemaVersion())),
             qPrintable((*db)->upgradeReport()));
    const QStringList backups = Backup::existing(path);
    QCOMPARE(backups.size(), 1);
    QCOMPARE(backups.first(), (*db)->upgrade()->backupPath);
    QVERIFY(backups.first().endsWith(QLatin1String(".upgrade.bak")));
    Result<std::unique_ptr<Database>> kept = Database::openAtVersion(backups.first(), version);
    QVERIFY2(kept.ok(), qPrintable(kept.message()));
    QCOMPARE(schemaLines(**kept), schemaBefore);

    // Opened again, nothing more to do: no second backup, no report.
    (*db).reset();
    Result<std::unique_ptr<Database>> again = Database::open(path);
    QVERIFY2(again.ok(), qPrintable(again.message()));
    QVERIFY((*again)->upgradeReport().isEmpty());
    QCOMPARE(Backup::existing(path).size(), 1);
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
