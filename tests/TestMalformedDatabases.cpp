// The database part of the malformed corpus (tests/data/malformed/db/*.case): every file that is
// not a sound Jixiao database is refused on opening with its one-line message, in the core and in
// jixiao-cli, and not one byte of it changes. A .case file says how its file is made:
//   base: zero | text TEXT | file NAME | installation | v1
//   sql: STATEMENT         (run through a plain SQLite connection, as another program would)
//   patch: OFFSET HEX      patch-zero: OFFSET LENGTH      truncate: LENGTH
//   mode: read-only-folder
//   expect: MESSAGE | OK   expect-start: PREFIX   ({schema} stands for this build's schema version)
#include "TestSupport.h"

#include "core/storage/Backup.h"
#include "core/storage/SubjectRepository.h"
#include "core/workspace/Workspace.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace jx;

namespace {

const QString corpus = QStringLiteral(JIXIAO_TEST_DATA "/malformed/db");

bool rawExec(const QString& path, const QStringList& statements, QString* error = nullptr)
{
    const QString name = QStringLiteral("raw");
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ok = db.open();
        QSqlQuery q(db);
        for (const QString& sql : statements) {
            if (ok && !q.exec(sql)) {
                ok = false;
                if (error)
                    *error = sql + QStringLiteral(": ") + q.lastError().text();
            }
        }
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

struct Case
{
    QString base;
    QStringList sql;
    QList<QPair<qint64, QByteArray>> patches;
    qint64 truncate = -1;
    QString mode;
    QString expect;
    bool prefix = false;
};

// The messages name the schema version of this build: the cases say {schema}, so that a new
// schema step does not rewrite them.
QString withSchema(QString text)
{
    return text.replace(QStringLiteral("{schema}"), QString::number(Database::currentSchemaVersion()));
}

Case readCase(const QString& path)
{
    Case c;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return c;
    for (const QString& raw : QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'))) {
        if (raw.startsWith(QLatin1Char('#')) || raw.trimmed().isEmpty())
            continue;
        const qsizetype colon = raw.indexOf(QLatin1String(": "));
        const QString key = raw.left(colon);
        const QString value = raw.mid(colon + 2);
        if (key == QLatin1String("base"))
            c.base = value;
        else if (key == QLatin1String("sql"))
            c.sql << value;
        else if (key == QLatin1String("patch"))
            c.patches << qMakePair(value.section(QLatin1Char(' '), 0, 0).toLongLong(),
                                   QByteArray::fromHex(value.section(QLatin1Char(' '), 1).toLatin1()));
        else if (key == QLatin1String("patch-zero"))
            c.patches << qMakePair(value.section(QLatin1Char(' '), 0, 0).toLongLong(),
                                   QByteArray(value.section(QLatin1Char(' '), 1).toInt(), '\0'));
        else if (key == QLatin1String("truncate"))
            c.truncate = value.toLongLong();
        else if (key == QLatin1String("mode"))
            c.mode = value;
        else if (key == QLatin1String("expect"))
            c.expect = withSchema(value);
        else if (key == QLatin1String("expect-start"))
            c.expect = withSchema(value), c.prefix = true;
    }
    return c;
}

struct Cli
{
    int exitCode = -1;
    QString out;
    QString err;
};

Cli runCli(const QStringList& args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("JIXIAO_LANG"), QStringLiteral("en"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(JIXIAO_CLI), args);
    p.waitForFinished(60000);
    return { p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError()) };
}

} // namespace

class TestMalformedDatabases : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void corpusIsLargeEnough();
    void refusedUnchanged_data();
    void refusedUnchanged();
    void triggerAddedLaterNeverRuns();
    void infoQuotesTableNames();

private:
    QTemporaryDir m_dir;
    QString m_installation;
    QString make(const QString& name, const Case& c);
};

void TestMalformedDatabases::initTestCase()
{
    QVERIFY(m_dir.isValid());
    std::unique_ptr<Database> db = test::createInstallation(m_dir, QStringLiteral("template.jixiao"));
    QVERIFY(db);
    db.reset();
    m_installation = m_dir.filePath(QStringLiteral("template.jixiao"));
    QVERIFY(!QFile::exists(m_installation + QStringLiteral("-wal")));
}

void TestMalformedDatabases::corpusIsLargeEnough()
{
    const QStringList cases = QDir(corpus).entryList({ QStringLiteral("*.case") });
    int refused = 0;
    for (const QString& name : cases)
        refused += readCase(QDir(corpus).filePath(name)).expect != QLatin1String("OK") ? 1 : 0;
    QVERIFY2(refused >= 20, qPrintable(QString::number(refused)));
}

QString TestMalformedDatabases::make(const QString& name, const Case& c)
{
    QString folder = m_dir.filePath(name);
    QDir().mkpath(folder);
    const QString path = QDir(folder).filePath(name + QStringLiteral(".jixiao"));
    const QString base = c.base.section(QLatin1Char(' '), 0, 0);
    const QString argument = c.base.section(QLatin1Char(' '), 1);
    if (base == QLatin1String("zero") || base == QLatin1String("text")) {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(QString(argument).replace(QStringLiteral("\\n"), QStringLiteral("\n")).toUtf8());
    } else if (base == QLatin1String("file")) {
        QFile::copy(QDir(corpus).filePath(argument), path);
    } else if (base == QLatin1String("installation")) {
        QFile::copy(m_installation, path);
    } else if (base == QLatin1String("v1")) {
        QFile::copy(QStringLiteral(JIXIAO_TEST_DATA "/schema-v1.jixiao"), path);
    } else {
        return {};
    }
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    QString error;
    if (!c.sql.isEmpty() && !rawExec(path, c.sql, &error)) {
        qWarning("%s", qPrintable(error));
        return {};
    }
    if (!c.patches.isEmpty() || c.truncate >= 0) {
        QFile f(path);
        if (!f.open(QIODevice::ReadWrite))
            return {};
        for (const auto& [offset, bytes] : c.patches) {
            f.seek(offset);
            f.write(bytes);
        }
        if (c.truncate >= 0)
            f.resize(c.truncate);
    }
    if (c.mode == QLatin1String("read-only-folder")) {
        QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadUser);
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner | QFile::ReadUser | QFile::ExeUser);
    }
    return path;
}

void TestMalformedDatabases::refusedUnchanged_data()
{
    QTest::addColumn<QString>("name");
    for (const QString& file : QDir(corpus).entryList({ QStringLiteral("*.case") }))
        QTest::newRow(qPrintable(file)) << file.chopped(5);
}

void TestMalformedDatabases::refusedUnchanged()
{
    QFETCH(QString, name);
    const Case c = readCase(QDir(corpus).filePath(name + QStringLiteral(".case")));
    QVERIFY2(!c.expect.isEmpty(), "the case says what to expect");
    const QString path = make(name, c);
    QVERIFY2(!path.isEmpty(), "the case's file could be made");
    const QByteArray before = test::fileHash(path);
    const QStringList filesBefore = QFileInfo(path).dir().entryList(QDir::Files);

    // In the core, as the GUI opens files.
    {
        Result<std::unique_ptr<Workspace>> opened = Workspace::open(path);
        if (c.expect == QLatin1String("OK")) {
            QVERIFY2(opened.ok(), qPrintable(opened.message()));
            return;
        }
        QVERIFY(!opened.ok());
        if (c.prefix)
            QVERIFY2(opened.message().startsWith(c.expect), qPrintable(opened.message()));
        else
            QCOMPARE(opened.message(), c.expect);
    }
    QCOMPARE(test::fileHash(path), before);

    // From the command line: one line on standard error, exit code 1, the file as it was.
    const Cli info = runCli({ QStringLiteral("--db"), path, QStringLiteral("info") });
    QCOMPARE(info.exitCode, 1);
    QVERIFY2(info.err.endsWith(QLatin1Char('\n')) && info.err.count(QLatin1Char('\n')) == 1, qPrintable(info.err));
    QVERIFY2(info.err.startsWith(QStringLiteral("jixiao-cli: ") + c.expect), qPrintable(info.err));
    const Cli add = runCli({ QStringLiteral("--db"), path, QStringLiteral("program"), QStringLiteral("add"),
                             QStringLiteral("--name"), QStringLiteral("x"), QStringLiteral("--amount"), QStringLiteral("1") });
    QCOMPARE(add.exitCode, 1);
    QCOMPARE(test::fileHash(path), before);
    // No backup or journal was left beside a refused file that it did not have before.
    QStringList filesAfter = QFileInfo(path).dir().entryList(QDir::Files);
    filesAfter.removeIf([](const QString& f) { return f.endsWith(QLatin1String("-shm")) || f.endsWith(QLatin1String("-wal")); });
    QCOMPARE(filesAfter, filesBefore);

    if (c.mode == QLatin1String("read-only-folder"))
        QFile::setPermissions(QFileInfo(path).absolutePath(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

// A trigger that another program adds while the database is open is not run by our writes:
// triggers are off on every connection of Jixiao (SQLITE_DBCONFIG_ENABLE_TRIGGER).
void TestMalformedDatabases::triggerAddedLaterNeverRuns()
{
    const QString path = m_dir.filePath(QStringLiteral("later.jixiao"));
    QVERIFY(QFile::copy(m_installation, path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    Result<std::unique_ptr<Workspace>> opened = Workspace::open(path);
    QVERIFY2(opened.ok(), qPrintable(opened.message()));
    Workspace& ws = **opened;
    const QString agencyName = ws.self().name;
    QVERIFY(rawExec(path, { QStringLiteral("CREATE TRIGGER rename AFTER INSERT ON subject BEGIN"
                                           " UPDATE agency SET name = 'planted'; END") }));
    Subject program = ws.newProgram();
    program.name = QStringLiteral("校舍维修");
    program.amount = Money::fromFen(100);
    QVERIFY2(ws.saveSubject(program).ok(), "the write itself succeeds");
    QCOMPARE(test::scalar(ws.database(), QStringLiteral("SELECT count(*) FROM agency WHERE name = 'planted'")).toInt(),
             0);
    QCOMPARE(test::scalar(ws.database(), QStringLiteral("SELECT name FROM agency WHERE id = (SELECT agency_id FROM"
                                                        " subject WHERE deleted = 0 LIMIT 1)")).toString(),
             agencyName);
}

// info counts the declared tables, each name quoted, and nothing else.
void TestMalformedDatabases::infoQuotesTableNames()
{
    const QString path = m_dir.filePath(QStringLiteral("info.jixiao"));
    QVERIFY(QFile::copy(m_installation, path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    const Cli info = runCli({ QStringLiteral("--db"), path, QStringLiteral("--json"), QStringLiteral("info") });
    QCOMPARE(info.exitCode, 0);
    QVERIFY2(info.out.contains(QLatin1String("\"finance_order\"")), qPrintable(info.out));
    QVERIFY(info.out.contains(QLatin1String("\"meta\"")));
}

QTEST_GUILESS_MAIN(TestMalformedDatabases)
#include "TestMalformedDatabases.moc"
