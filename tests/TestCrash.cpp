// kill -9 at random points during an import, a backup, a restore and a demo (jixiao-cli in a
// child process): afterwards the file passes integrity_check, opens, and holds either all of the
// new data or exactly what it held before, every time.
#include "TestSupport.h"

#include "core/storage/Backup.h"
#include "core/workspace/Workspace.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace jx;

namespace {

constexpr int Kills = 20;
constexpr int Programs = 1500;

// What a file holds, read through a plain connection as a user's tool would: integrity_check's
// verdict, the number of live programs and the sum of their amounts.
struct Content
{
    QString integrity;
    qint64 programs = -1;
    qint64 amount = -1;
    bool operator==(const Content&) const = default;
};

Content contentOf(const QString& path)
{
    Content c;
    const QString name = QStringLiteral("inspect");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next())
                c.integrity = q.value(0).toString();
            if (q.exec(QStringLiteral("SELECT count(*), coalesce(sum(amount), 0) FROM subject WHERE kind = 3"
                                      " AND deleted = 0"))
                && q.next()) {
                c.programs = q.value(0).toLongLong();
                c.amount = q.value(1).toLongLong();
            }
            q.finish();
        } else {
            c.integrity = db.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return c;
}

QString describe(const Content& c)
{
    return QStringLiteral("integrity %1, %2 programs, %3 fen").arg(c.integrity).arg(c.programs).arg(c.amount);
}

void copyOver(const QString& from, const QString& to)
{
    for (const QString& suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
        QFile::remove(to + suffix);
    for (const QString& old : Backup::existing(to))
        QFile::remove(old);
    QFile::copy(from, to);
    QFile::setPermissions(to, QFile::ReadOwner | QFile::WriteOwner);
}

QProcess* startCli(const QStringList& args)
{
    auto* p = new QProcess;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("JIXIAO_LANG"), QStringLiteral("en"));
    p->setProcessEnvironment(env);
    p->start(QStringLiteral(JIXIAO_CLI), args);
    p->waitForStarted();
    return p;
}

// How long the command takes when nobody kills it (the range of the kill points).
qint64 timeOf(const QStringList& args)
{
    QElapsedTimer t;
    t.start();
    std::unique_ptr<QProcess> p(startCli(args));
    p->waitForFinished(120000);
    return t.elapsed();
}

// Runs the command and kills it (SIGKILL) after a random delay within @p range ms.
void killSomewhere(const QStringList& args, qint64 range)
{
    const qint64 delay = QRandomGenerator::global()->bounded(qMax<qint64>(range, 1));
    std::unique_ptr<QProcess> p(startCli(args));
    QTest::qWait(0);
    p->waitForFinished(int(delay));
    if (p->state() != QProcess::NotRunning)
        p->kill();
    p->waitForFinished(10000);
}

} // namespace

class TestCrash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void killedImport();
    void killedBackup();
    void killedRestore();
    void killedDemo();

private:
    QTemporaryDir m_dir;
    QString m_empty;  ///< an installation without programs
    QString m_full;   ///< the same with the programs of m_json
    QString m_json;   ///< the programs, exported
    Content m_before;
    Content m_after;
    QString path(const QString& name) const { return m_dir.filePath(name); }
};

void TestCrash::initTestCase()
{
    QVERIFY(m_dir.isValid());
    {
        std::unique_ptr<Database> db = test::createInstallation(m_dir, QStringLiteral("empty.jixiao"));
        QVERIFY(db);
    }
    m_empty = path(QStringLiteral("empty.jixiao"));
    m_full = path(QStringLiteral("full.jixiao"));
    m_json = path(QStringLiteral("programs.json"));
    QVERIFY(QFile::copy(m_empty, m_full));
    {
        Result<std::unique_ptr<Workspace>> ws = Workspace::open(m_full);
        QVERIFY2(ws.ok(), qPrintable(ws.message()));
        Database::Transaction tx((*ws)->database());
        for (int i = 0; i < Programs; ++i) {
            Subject s = (*ws)->newProgram();
            s.fiscalYear = 2024;
            s.name = QStringLiteral("项目 %1").arg(i);
            s.amount = Money::fromFen(100000 + i);
            Result<void> r = (*ws)->saveSubject(s);
            QVERIFY2(r.ok(), qPrintable(r.message()));
        }
        QVERIFY(tx.commit().ok());
        QFile out(m_json);
        QVERIFY(out.open(QIODevice::WriteOnly));
        Result<int> written = (*ws)->exportPrograms(2024, out);
        QVERIFY2(written.ok(), qPrintable(written.message()));
        QCOMPARE(*written, Programs);
    }
    for (const QString& old : Backup::existing(m_full))
        QFile::remove(old);
    m_before = contentOf(m_empty);
    m_after = contentOf(m_full);
    QCOMPARE(m_before.integrity, QStringLiteral("ok"));
    QCOMPARE(m_before.programs, 0);
    QCOMPARE(m_after.programs, Programs);
}

void TestCrash::killedImport()
{
    const QString work = path(QStringLiteral("import.jixiao"));
    const QStringList args = { QStringLiteral("--db"), work, QStringLiteral("import"), m_json };
    copyOver(m_empty, work);
    const qint64 range = timeOf(args);
    QCOMPARE(contentOf(work), m_after);
    int complete = 0;
    for (int i = 0; i < Kills; ++i) {
        copyOver(m_empty, work);
        killSomewhere(args, range);
        const Content c = contentOf(work);
        QVERIFY2(c == m_before || c == m_after, qPrintable(describe(c)));
        complete += c == m_after ? 1 : 0;
        QVERIFY2(Workspace::open(work).ok(), "the killed file opens");
    }
    qInfo("import: %lld ms; %d of %d kills after the commit", range, complete, Kills);
}

void TestCrash::killedBackup()
{
    const QString copy = path(QStringLiteral("copy.jixiao"));
    const QStringList args = { QStringLiteral("--db"), m_full, QStringLiteral("backup"), copy };
    const qint64 range = timeOf(args);
    QCOMPARE(contentOf(copy), m_after);
    for (int i = 0; i < Kills; ++i) {
        QFile::remove(copy);
        killSomewhere(args, range);
        QCOMPARE(contentOf(m_full), m_after);
        // The copy is complete or not there; a partial one never has the final name.
        if (QFile::exists(copy))
            QCOMPARE(contentOf(copy), m_after);
    }
}

void TestCrash::killedRestore()
{
    const QString backup = path(QStringLiteral("full.backup"));
    QFile::remove(backup);
    QVERIFY(Backup::copyFile(m_full, backup).ok());
    const QString work = path(QStringLiteral("restore.jixiao"));
    const QStringList args = { QStringLiteral("--db"), work, QStringLiteral("restore"), backup };
    copyOver(m_empty, work);
    const qint64 range = timeOf(args);
    QCOMPARE(contentOf(work), m_after);
    for (int i = 0; i < Kills; ++i) {
        copyOver(m_empty, work);
        killSomewhere(args, range);
        const Content c = contentOf(work);
        QVERIFY2(c == m_before || c == m_after, qPrintable(describe(c)));
        QVERIFY2(Workspace::open(work).ok(), "the killed file opens");
        QCOMPARE(contentOf(backup), m_after);
    }
}

void TestCrash::killedDemo()
{
    const QString target = path(QStringLiteral("demo.jixiao"));
    const QStringList args = { QStringLiteral("--db"), target, QStringLiteral("demo"), QStringLiteral("--seed"),
                               QStringLiteral("3") };
    const qint64 range = timeOf(args);
    const Content whole = contentOf(target);
    QCOMPARE(whole.integrity, QStringLiteral("ok"));
    QCOMPARE(whole.programs, 3000);
    for (int i = 0; i < Kills; ++i) {
        QFile::remove(target);
        killSomewhere(args, range);
        // No half-filled file at the target: none at all, or the whole demo.
        if (QFile::exists(target))
            QCOMPARE(contentOf(target), whole);
    }
    // A killed demo does not block the next one on the same path.
    QFile::remove(target);
    killSomewhere(args, range / 2);
    std::unique_ptr<QProcess> again(startCli(args));
    QVERIFY(again->waitForFinished(120000));
    QCOMPARE(again->exitCode(), 0);
    QCOMPARE(contentOf(target), whole);
    qInfo("demo: %lld ms", range);
}

QTEST_GUILESS_MAIN(TestCrash)
#include "TestCrash.moc"
