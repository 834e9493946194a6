// Two processes on one file (jixiao-cli, as two windows or a window and a script would be):
// a writer beside a reader, and two writers, for several seconds; every command succeeds,
// none fails with "database is locked" or "in use".
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

QProcessEnvironment english()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("JIXIAO_LANG"), QStringLiteral("en"));
    return env;
}

// A shell loop of @p count runs of jixiao-cli with @p args; a failed run prints FAILED and its error.
QProcess* loop(const QString& db, const QString& args, int count)
{
    auto* p = new QProcess;
    p->setProcessEnvironment(english());
    const QString script = QStringLiteral("i=0; while [ $i -lt %1 ]; do i=$((i+1)); \"%2\" --db \"%3\" %4 >/dev/null"
                                          " || echo FAILED $i; done")
                               .arg(count)
                               .arg(QStringLiteral(JIXIAO_CLI), db, args);
    p->setProcessChannelMode(QProcess::MergedChannels);
    p->start(QStringLiteral("/bin/sh"), { QStringLiteral("-c"), script });
    return p;
}

int programCount(const QString& path)
{
    int n = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("count"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("SELECT count(*) FROM subject WHERE kind = 3")) && q.next())
                n = q.value(0).toInt();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("count"));
    return n;
}

} // namespace

class TestConcurrency : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void writerAndReader();
    void twoWriters();
    void importBesideReaders();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
    void finish(QProcess* p, const char* who);
};

void TestConcurrency::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = m_dir->filePath(QStringLiteral("shared.jixiao"));
    QProcess p;
    p.setProcessEnvironment(english());
    p.start(QStringLiteral(JIXIAO_CLI), { QStringLiteral("--db"), m_db, QStringLiteral("init"), QStringLiteral("--division"),
                                          QStringLiteral("653101"), QStringLiteral("--agency"), QStringLiteral("喀什市财政局") });
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 0);
}

void TestConcurrency::finish(QProcess* p, const char* who)
{
    std::unique_ptr<QProcess> owned(p);
    QVERIFY(p->waitForFinished(300000));
    const QString output = QString::fromUtf8(p->readAll());
    QVERIFY2(output.isEmpty(), qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(who), output)));
    QCOMPARE(p->exitCode(), 0);
}

void TestConcurrency::writerAndReader()
{
    const QString add = QStringLiteral("program add --name 写入 --amount 100 --year 2024");
    QElapsedTimer t;
    t.start();
    QProcess* writer = loop(m_db, add, 60);
    QProcess* reader = loop(m_db, QStringLiteral("info"), 60);
    QProcess* lister = loop(m_db, QStringLiteral("program list --year 2024"), 60);
    finish(writer, "writer");
    finish(reader, "reader");
    finish(lister, "lister");
    qInfo("writer and two readers: %lld ms", t.elapsed());
    QCOMPARE(programCount(m_db), 60);
}

void TestConcurrency::twoWriters()
{
    const QString add = QStringLiteral("program add --name 并发 --amount 100 --year 2024");
    QElapsedTimer t;
    t.start();
    QProcess* first = loop(m_db, add, 60);
    QProcess* second = loop(m_db, add, 60);
    finish(first, "first writer");
    finish(second, "second writer");
    qInfo("two writers: %lld ms", t.elapsed());
    QCOMPARE(programCount(m_db), 120);
}

// The case of the issue: info and score beside an import made the import fail.
void TestConcurrency::importBesideReaders()
{
    QProcess* seed = loop(m_db, QStringLiteral("program add --name 导入 --amount 100 --year 2024"), 200);
    finish(seed, "seed");
    const QString json = m_dir->filePath(QStringLiteral("programs.json"));
    QProcess exporter;
    exporter.setProcessEnvironment(english());
    exporter.start(QStringLiteral(JIXIAO_CLI), { QStringLiteral("--db"), m_db, QStringLiteral("--json"),
                                                 QStringLiteral("export"), QStringLiteral("--year"), QStringLiteral("2024"),
                                                 QStringLiteral("--output"), json });
    QVERIFY(exporter.waitForFinished(60000));
    QCOMPARE(exporter.exitCode(), 0);
    QProcess* importer = loop(m_db, QStringLiteral("import \"%1\"").arg(json), 15);
    QProcess* reader = loop(m_db, QStringLiteral("info"), 60);
    QProcess* lister = loop(m_db, QStringLiteral("program list --year 2024 --limit 500"), 60);
    finish(importer, "importer");
    finish(reader, "reader");
    finish(lister, "lister");
    QCOMPARE(programCount(m_db), 200);
}

QTEST_GUILESS_MAIN(TestConcurrency)
#include "TestConcurrency.moc"
