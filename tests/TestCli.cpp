#include <QCryptographicHash>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <algorithm>

// End-to-end tests of jixiao-cli: the real executable, real files.
class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void initCreatesDatabase();
    void initJson();
    void demoAndInfo();
    void programAddAndList();
    void usageErrors_data();
    void usageErrors();
    void notADatabase();
    void newerSchema();
    void unknownDivision();
    void negativeAmount();
    void initRefusesExisting();
    void score();
    void workflow();
    void dueAndOrder();
    void decideAndSubmit();
    void poorProgramEndToEnd();
    void exportAndImport();
    void dueForTheCountyFinanceBureau();
    void decisionsMustAgree();
    void budgetPaymentsAndOrders();
    void unitFileOfTheDemo();
    void assessAndApply();
    void competentDepartmentReviewsFirst();
    void scoreAllAndGrade();

private:
    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };
    Run cli(const QStringList& args);
    static QByteArray hash(const QString& path);
    /// Runs @p sql on the file directly (a test's set-up below the core); the first column of its first row.
    static QVariant sql(const QString& path, const QString& statement);
    QJsonObject json(const QStringList& args);
    /// The id of the demo's n-th program by name.
    QString demoProgram(int n);

    QTemporaryDir m_dir;
    QString m_demo;
};

TestCli::Run TestCli::cli(const QStringList& args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("JIXIAO_LANG"), QStringLiteral("en"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(JIXIAO_CLI), args);
    if (!p.waitForFinished(300'000))
        return {};
    return { p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError()) };
}

QByteArray TestCli::hash(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

QVariant TestCli::sql(const QString& path, const QString& statement)
{
    QVariant out;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("direct"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(statement) && q.next())
                out = q.value(0);
            q.clear();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("direct"));
    return out;
}

QJsonObject TestCli::json(const QStringList& args)
{
    const Run r = cli(args + QStringList { QStringLiteral("--json") });
    if (r.code != 0)
        qWarning("%s", qPrintable(r.err));
    return QJsonDocument::fromJson(r.out.toUtf8()).object();
}

QString TestCli::demoProgram(int n)
{
    const QJsonObject list = json({ QStringLiteral("--db"), m_demo, QStringLiteral("program"), QStringLiteral("list"),
        QStringLiteral("--limit"), QString::number(n + 1) });
    return list.value(QStringLiteral("programs")).toArray().at(n).toObject().value(QStringLiteral("id")).toString();
}

void TestCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(QFile::exists(QStringLiteral(JIXIAO_CLI)));
    m_demo = m_dir.filePath(QStringLiteral("demo.jixiao"));
    const Run r = cli({ QStringLiteral("--db"), m_demo, QStringLiteral("demo"), QStringLiteral("--scale"),
                        QStringLiteral("county"), QStringLiteral("--seed"), QStringLiteral("3"), QStringLiteral("--json") });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(o.value(QStringLiteral("programs")).toInt(), 3000);
    QCOMPARE(o.value(QStringLiteral("indicators")).toInt(), 36932);
    QCOMPARE(o.value(QStringLiteral("agencies")).toInt(), 151);
}

void TestCli::initCreatesDatabase()
{
    const QString db = m_dir.filePath(QStringLiteral("init.jixiao"));
    const Run r = cli({ QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--division"),
                        QStringLiteral("653101"), QStringLiteral("--agency"), QStringLiteral("喀什市财政局") });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(QStringLiteral("喀什市财政局")));
    QVERIFY(QFile::exists(db));
}

void TestCli::initJson()
{
    const QString db = m_dir.filePath(QStringLiteral("unit.jixiao"));
    const Run r = cli({ QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--division=654201"),
                        QStringLiteral("--agency"), QStringLiteral("塔城市教育局"), QStringLiteral("--kind"),
                        QStringLiteral("unit"), QStringLiteral("--json") });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(o.value(QStringLiteral("division")).toString(), QStringLiteral("654201"));
    QCOMPARE(o.value(QStringLiteral("agency")).toString(), QStringLiteral("塔城市教育局"));
    QCOMPARE(o.value(QStringLiteral("schemaVersion")).toInt(), 17);
}

void TestCli::demoAndInfo()
{
    const Run r = cli({ QStringLiteral("--db"), m_demo, QStringLiteral("info"), QStringLiteral("--json") });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(o.value(QStringLiteral("schemaVersion")).toInt(), 17);
    const QJsonObject tables = o.value(QStringLiteral("tables")).toObject();
    QCOMPARE(tables.value(QStringLiteral("agency")).toInt(), 151);
    QCOMPARE(tables.value(QStringLiteral("indicator")).toInt(), 36932);
    QCOMPARE(tables.value(QStringLiteral("self_evaluation")).toInt(), 3154);
    QCOMPARE(tables.value(QStringLiteral("monitoring_report")).toInt(), 36150);
    QVERIFY(tables.value(QStringLiteral("division")).toInt() > 3000);
    QVERIFY(o.value(QStringLiteral("agency")).toString().endsWith(QStringLiteral("财政局")));

    const Run text = cli({ QStringLiteral("--db"), m_demo, QStringLiteral("info") });
    QCOMPARE(text.code, 0);
    QVERIFY(text.out.contains(QStringLiteral("Schema version: 17")));
}

void TestCli::programAddAndList()
{
    const QString db = m_dir.filePath(QStringLiteral("programs.jixiao"));
    QCOMPARE(cli({ QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--division"),
                   QStringLiteral("653101"), QStringLiteral("--agency"), QStringLiteral("喀什市教育局"),
                   QStringLiteral("--kind"), QStringLiteral("unit") })
                 .code,
             0);
    const Run add = cli({ QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("program"),
                          QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("2026年学前教育资助"),
                          QStringLiteral("--amount"), QStringLiteral("1,234.5万"), QStringLiteral("--book"),
                          QStringLiteral("government-fund"), QStringLiteral("--kind"), QStringLiteral("policy"),
                          QStringLiteral("--tags"), QStringLiteral("ppp,procurement"), QStringLiteral("--year"),
                          QStringLiteral("2026"), QStringLiteral("--new") });
    QVERIFY2(add.code == 0, qPrintable(add.err));
    QCOMPARE(QJsonDocument::fromJson(add.out.toUtf8()).object().value(QStringLiteral("amountFen")).toInteger(),
             qint64(1'234'500'000));
    const Run list = cli({ QStringLiteral("--db"), db, QStringLiteral("program"), QStringLiteral("list"),
                           QStringLiteral("--json") });
    QCOMPARE(list.code, 0);
    const QJsonObject o = QJsonDocument::fromJson(list.out.toUtf8()).object();
    QCOMPARE(o.value(QStringLiteral("total")).toInt(), 1);
    const QJsonObject p = o.value(QStringLiteral("programs")).toArray().first().toObject();
    QCOMPARE(p.value(QStringLiteral("name")).toString(), QStringLiteral("2026年学前教育资助"));
    QCOMPARE(p.value(QStringLiteral("book")).toInt(), 2);
    const Run text = cli({ QStringLiteral("--db"), db, QStringLiteral("program"), QStringLiteral("list") });
    QVERIFY(text.out.contains(QStringLiteral("1,234.50 10k yuan")));
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown verb") << QStringList { QStringLiteral("frobnicate") } << 2 << QStringLiteral("Unknown command");
    QTest::newRow("no db") << QStringList { QStringLiteral("info") } << 1 << QStringLiteral("--db");
    QTest::newRow("missing value") << QStringList { QStringLiteral("info"), QStringLiteral("--db") } << 2
                                   << QStringLiteral("needs a value");
    QTest::newRow("bad scale") << QStringList { QStringLiteral("--db"), QStringLiteral("x.jixiao"), QStringLiteral("demo"),
                                                QStringLiteral("--scale"), QStringLiteral("planet") }
                               << 2 << QStringLiteral("planet");
    QTest::newRow("init without agency") << QStringList { QStringLiteral("--db"), QStringLiteral("x.jixiao"),
                                                          QStringLiteral("init"), QStringLiteral("--division"),
                                                          QStringLiteral("653101") }
                                         << 2 << QStringLiteral("--agency");
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    QFETCH(QString, message);
    const Run r = cli(args);
    QCOMPARE(r.code, code);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QCOMPARE(r.err.trimmed().count(QLatin1Char('\n')), 0); // one line
    QVERIFY(!QFile::exists(QStringLiteral("x.jixiao")));
}

void TestCli::notADatabase()
{
    const QString path = m_dir.filePath(QStringLiteral("budget.xlsx"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("PK\x03\x04 this is not a database");
    f.close();
    const QByteArray before = hash(path);
    const Run r = cli({ QStringLiteral("--db"), path, QStringLiteral("info") });
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("not a Jixiao database")), qPrintable(r.err));
    QCOMPARE(r.err.trimmed().count(QLatin1Char('\n')), 0);
    QCOMPARE(hash(path), before);
}

void TestCli::newerSchema()
{
    const QString path = m_dir.filePath(QStringLiteral("future.jixiao"));
    QCOMPARE(cli({ QStringLiteral("--db"), path, QStringLiteral("init"), QStringLiteral("--division"),
                   QStringLiteral("653101"), QStringLiteral("--agency"), QStringLiteral("喀什市财政局") })
                 .code,
             0);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("future"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version = 99"));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("future"));
    const QByteArray before = hash(path);
    for (const QStringList& args : { QStringList { QStringLiteral("info") },
                                     QStringList { QStringLiteral("program"), QStringLiteral("add"),
                                                   QStringLiteral("--name"), QStringLiteral("x"),
                                                   QStringLiteral("--amount"), QStringLiteral("1") } }) {
        const Run r = cli(QStringList { QStringLiteral("--db"), path } + args);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("newer version")) && r.err.contains(QStringLiteral("schema 99")),
                 qPrintable(r.err));
        QCOMPARE(hash(path), before);
    }
}

void TestCli::unknownDivision()
{
    const QString path = m_dir.filePath(QStringLiteral("nowhere.jixiao"));
    const Run r = cli({ QStringLiteral("--db"), path, QStringLiteral("init"), QStringLiteral("--division"),
                        QStringLiteral("659999"), QStringLiteral("--agency"), QStringLiteral("某财政局") });
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("Unknown division code “659999”")), qPrintable(r.err));
    QVERIFY(!QFile::exists(path));
}

void TestCli::negativeAmount()
{
    const QString path = m_dir.filePath(QStringLiteral("init.jixiao"));
    QVERIFY(QFile::exists(path));
    const QByteArray before = hash(path);
    for (const QString& amount : { QStringLiteral("-5"), QStringLiteral("-1.5万"), QStringLiteral("12.345"),
                                   QStringLiteral("十万") }) {
        const Run r = cli({ QStringLiteral("--db"), path, QStringLiteral("program"), QStringLiteral("add"),
                            QStringLiteral("--name"), QStringLiteral("测试"), QStringLiteral("--amount"), amount });
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("--amount")), qPrintable(r.err));
        QCOMPARE(r.err.trimmed().count(QLatin1Char('\n')), 0);
        QCOMPARE(hash(path), before);
    }
    const Run r = cli({ QStringLiteral("--db"), path, QStringLiteral("program"), QStringLiteral("add"),
                        QStringLiteral("--name"), QStringLiteral("测试"), QStringLiteral("--amount"),
                        QStringLiteral("-5") });
    QVERIFY2(r.err.contains(QStringLiteral("negative")), qPrintable(r.err));
}

void TestCli::initRefusesExisting()
{
    const QByteArray before = hash(m_demo);
    const Run r = cli({ QStringLiteral("--db"), m_demo, QStringLiteral("init"), QStringLiteral("--division"),
                        QStringLiteral("653101"), QStringLiteral("--agency"), QStringLiteral("x") });
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("already exists")), qPrintable(r.err));
    QCOMPARE(hash(m_demo), before);
}

void TestCli::score()
{
    const Run list = cli({ QStringLiteral("--db"), m_demo, QStringLiteral("program"), QStringLiteral("list"),
                           QStringLiteral("--limit"), QStringLiteral("20"), QStringLiteral("--json") });
    QCOMPARE(list.code, 0);
    const QJsonArray programs = QJsonDocument::fromJson(list.out.toUtf8()).object().value(QStringLiteral("programs")).toArray();
    QCOMPARE(programs.size(), 20);
    for (const QJsonValue& p : programs) {
        const Run r = cli({ QStringLiteral("--db"), m_demo, QStringLiteral("score"), QStringLiteral("--program"),
                            p.toObject().value(QStringLiteral("id")).toString(), QStringLiteral("--json") });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        const double total = o.value(QStringLiteral("total")).toDouble();
        QVERIFY(total >= 0 && total <= 100);
        QVERIFY(!o.value(QStringLiteral("grade")).toString().isEmpty());
        QVERIFY(o.value(QStringLiteral("executionScore")).toDouble() <= 10);
        const QJsonArray indicators = o.value(QStringLiteral("indicators")).toArray();
        QCOMPARE(indicators.size(), 12);
        double sum = o.value(QStringLiteral("executionScore")).toDouble();
        for (const QJsonValue& i : indicators) {
            const QJsonObject io = i.toObject();
            QVERIFY(io.value(QStringLiteral("score")).toDouble() <= io.value(QStringLiteral("weight")).toDouble());
            QVERIFY(!io.value(QStringLiteral("explanation")).toString().isEmpty());
            sum += io.value(QStringLiteral("score")).toDouble();
        }
        QVERIFY(qAbs(sum - total) < 0.011); // no 不适用 in the demo: the total is the plain sum
        // The demo's weights follow the default policy, reasons and explanations are given.
        QCOMPARE(o.value(QStringLiteral("issues")).toArray().size(), 0);
    }
    const Run unknown = cli({ QStringLiteral("--db"), m_demo, QStringLiteral("score"), QStringLiteral("--program"),
                              QUuid::createUuid().toString(QUuid::WithoutBraces) });
    QCOMPARE(unknown.code, 1);
    QVERIFY2(unknown.err.contains(QStringLiteral("No program")), qPrintable(unknown.err));
    const Run bad = cli({ QStringLiteral("--db"), m_demo, QStringLiteral("score"), QStringLiteral("--program"),
                          QStringLiteral("12") });
    QCOMPARE(bad.code, 2);
}

void TestCli::workflow()
{
    // Two year-end monitoring reports the demo's units submitted, read straight from the file.
    QStringList ids;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
        db.setDatabaseName(m_demo);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT id FROM monitoring_report WHERE month = 12 AND status = 1 LIMIT 2")));
        while (q.next())
            ids << QUuid::fromRfc4122(q.value(0).toByteArray()).toString(QUuid::WithoutBraces);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("peek"));
    QCOMPARE(ids.size(), 2);
    const QStringList base { QStringLiteral("--db"), m_demo, QStringLiteral("--record"), QStringLiteral("monitoring") };

    // A unit preparer of the finance bureau's installation may not approve.
    Run r = cli(base + QStringList { QStringLiteral("approve"), QStringLiteral("--id"), ids.join(QLatin1Char(',')),
                                     QStringLiteral("--as"), QStringLiteral("李丽娜"), QStringLiteral("--role"),
                                     QStringLiteral("preparer") });
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("may not review")), qPrintable(r.err));
    r = cli(base + QStringList { QStringLiteral("approve"), QStringLiteral("--id"), ids.join(QLatin1Char(',')),
                                 QStringLiteral("--as"), QStringLiteral("张伟"), QStringLiteral("--role"),
                                 QStringLiteral("reviewer"), QStringLiteral("--comment"), QStringLiteral("同意"),
                                 QStringLiteral("--json") });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("ids")).toArray().size(), 2);
    // Approving again is out of order.
    r = cli(base + QStringList { QStringLiteral("approve"), QStringLiteral("--id"), ids.first(), QStringLiteral("--as"),
                                 QStringLiteral("张伟"), QStringLiteral("--role"), QStringLiteral("reviewer") });
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("Approved")), qPrintable(r.err));
    // Returning needs a comment.
    r = cli(base + QStringList { QStringLiteral("return"), QStringLiteral("--id"), ids.first(), QStringLiteral("--as"),
                                 QStringLiteral("张伟"), QStringLiteral("--role"), QStringLiteral("reviewer") });
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("comment")), qPrintable(r.err));
    r = cli(base + QStringList { QStringLiteral("submit"), QStringLiteral("--id"), ids.first(), QStringLiteral("--as"),
                                 QStringLiteral("x"), QStringLiteral("--role"), QStringLiteral("cashier") });
    QCOMPARE(r.code, 2);

    // A refused submission lists its problems with the path of each field (sort order 2 is
    // indicators[1]). The unit submits in its own installation: a copy of the demo county made
    // the file of the unit that owns the targets.
    const QString unitDb = m_dir.filePath(QStringLiteral("unit-of-demo.jixiao"));
    QVERIFY(QFile::copy(m_demo, unitDb));
    QString targets, owner;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
        db.setDatabaseName(unitDb);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT t.id, t.owner_id, i.id FROM target_set t JOIN indicator i"
                                      " ON i.target_set_id = t.id JOIN subject s ON s.id = t.subject_id AND s.kind = 3"
                                      " WHERE t.status = 3 AND i.sort_order = 2"
                                      " AND i.unit <> '' LIMIT 1")));
        QVERIFY(q.next());
        const QByteArray targetsId = q.value(0).toByteArray();
        const QByteArray indicatorId = q.value(2).toByteArray();
        targets = QUuid::fromRfc4122(targetsId).toString(QUuid::WithoutBraces);
        owner = QUuid::fromRfc4122(q.value(1).toByteArray()).toString(QUuid::WithoutBraces);
        q.prepare(QStringLiteral("UPDATE target_set SET status = 0 WHERE id = ?"));
        q.addBindValue(targetsId);
        QVERIFY(q.exec());
        q.prepare(QStringLiteral("UPDATE indicator SET unit = '' WHERE id = ?"));
        q.addBindValue(indicatorId);
        QVERIFY(q.exec());
        q.prepare(QStringLiteral("UPDATE meta SET value = ? WHERE key = 'installation.agency'"));
        q.addBindValue(owner);
        QVERIFY(q.exec());
        QCOMPARE(q.numRowsAffected(), 1);
        q.clear();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("peek"));
    const QStringList submitTargets { QStringLiteral("--record"), QStringLiteral("targets"), QStringLiteral("submit"),
                                      QStringLiteral("--id"), targets, QStringLiteral("--as"), QStringLiteral("李丽娜"),
                                      QStringLiteral("--role"), QStringLiteral("preparer"), QStringLiteral("--agency"),
                                      owner };
    r = cli(QStringList { QStringLiteral("--db"), unitDb } + submitTargets);
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QLatin1String("\n  indicators[1].unit: ")), qPrintable(r.err));

    // Nobody acts for another agency in a database: the unit's preparer in the finance bureau's file.
    const QByteArray before = hash(m_demo);
    r = cli(QStringList { QStringLiteral("--db"), m_demo } + submitTargets);
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("acts for another agency")), qPrintable(r.err));
    QCOMPARE(r.err.trimmed().count(QLatin1Char('\n')), 0);
    QCOMPARE(hash(m_demo), before);
}

void TestCli::dueAndOrder()
{
    // The demo is for last year; at the end of that year everything through November is handed in.
    const Run info = cli({ QStringLiteral("--db"), m_demo, QStringLiteral("program"), QStringLiteral("list"),
                           QStringLiteral("--limit"), QStringLiteral("1"), QStringLiteral("--json") });
    const QJsonObject first = QJsonDocument::fromJson(info.out.toUtf8()).object().value(QStringLiteral("programs")).toArray().first().toObject();
    const int year = first.value(QStringLiteral("fiscalYear")).toInt();
    Run r = cli({ QStringLiteral("--db"), m_demo, QStringLiteral("due"), QStringLiteral("--year"), QString::number(year),
                  QStringLiteral("--today"), QStringLiteral("%1-12-31").arg(year), QStringLiteral("--json") });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    // The installation is a finance bureau: it has no programs of its own, so nothing monthly is due.
    QVERIFY(QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("items")).isArray());
    r = cli({ QStringLiteral("--db"), m_demo, QStringLiteral("due"), QStringLiteral("--today"), QStringLiteral("2025-13-01") });
    QCOMPARE(r.code, 2);

    r = cli({ QStringLiteral("--db"), m_demo, QStringLiteral("order"), QStringLiteral("--program"),
              first.value(QStringLiteral("id")).toString(), QStringLiteral("--kind"), QStringLiteral("suspend"),
              QStringLiteral("--as"), QStringLiteral("张伟") });
    QCOMPARE(r.code, 1); // no reason
    r = cli({ QStringLiteral("--db"), m_demo, QStringLiteral("order"), QStringLiteral("--program"),
              first.value(QStringLiteral("id")).toString(), QStringLiteral("--kind"), QStringLiteral("suspend"),
              QStringLiteral("--as"), QStringLiteral("张伟"), QStringLiteral("--reason"), QStringLiteral("执行严重滞后") });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const Run listed = cli({ QStringLiteral("--db"), m_demo, QStringLiteral("program"), QStringLiteral("list"),
                             QStringLiteral("--limit"), QStringLiteral("1") });
    QVERIFY2(listed.out.contains(QStringLiteral("Funding suspended")), qPrintable(listed.out));
}

void TestCli::decideAndSubmit()
{
    const Run list = cli({ QStringLiteral("--db"), m_demo, QStringLiteral("program"), QStringLiteral("list"),
                           QStringLiteral("--limit"), QStringLiteral("3"), QStringLiteral("--json") });
    const QString program = QJsonDocument::fromJson(list.out.toUtf8()).object().value(QStringLiteral("programs")).toArray().at(2)
                                .toObject().value(QStringLiteral("id")).toString();
    Run r = cli({ QStringLiteral("--db"), m_demo, QStringLiteral("decide"), QStringLiteral("--program"), program,
                  QStringLiteral("--decision"), QStringLiteral("reduce"), QStringLiteral("--change"), QStringLiteral("-5万"),
                  QStringLiteral("--reason"), QStringLiteral("执行率偏低"), QStringLiteral("--json") });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QString id = QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("id")).toString();
    r = cli({ QStringLiteral("--db"), m_demo, QStringLiteral("--record"), QStringLiteral("application"), QStringLiteral("submit"),
              QStringLiteral("--id"), id, QStringLiteral("--as"), QStringLiteral("陈静"), QStringLiteral("--role"),
              QStringLiteral("reviewer") });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = cli({ QStringLiteral("--db"), m_demo, QStringLiteral("--record"), QStringLiteral("application"), QStringLiteral("approve"),
              QStringLiteral("--id"), id, QStringLiteral("--as"), QStringLiteral("陈静"), QStringLiteral("--role"),
              QStringLiteral("reviewer") });
    QCOMPARE(r.code, 1); // who prepared it does not approve it
    r = cli({ QStringLiteral("--db"), m_demo, QStringLiteral("decide"), QStringLiteral("--program"), program,
              QStringLiteral("--decision"), QStringLiteral("double") });
    QCOMPARE(r.code, 2);
}

void TestCli::poorProgramEndToEnd()
{
    // One file plays both sides: the county finance bureau's (the demo's) and, with its
    // installation agency switched, the file of the unit that owns the program.
    const QString db = m_dir.filePath(QStringLiteral("poor-program.jixiao"));
    QVERIFY(QFile::copy(m_demo, db));
    const QString finance = sql(db, QStringLiteral("SELECT value FROM meta WHERE key = 'installation.agency'")).toString();
    const QStringList found
        = sql(db, QStringLiteral("SELECT hex(e.id) || ',' || hex(s.id) || ',' || hex(s.agency_id) || ',' || s.fiscal_year"
                                 " FROM self_evaluation e JOIN subject s ON s.id = e.subject_id"
                                 " JOIN agency a ON a.id = s.agency_id JOIN target_set t ON t.subject_id = s.id"
                                 " WHERE s.kind = 3 AND e.status = 1 AND t.status = 3 AND a.parent_id IS NULL"
                                 " AND e.grade <> 4"
                                 " AND NOT EXISTS (SELECT 1 FROM result_application r WHERE r.subject_id = s.id)"
                                 " ORDER BY s.id LIMIT 1"))
              .toString()
              .split(QLatin1Char(','));
    QCOMPARE(found.size(), 4);
    auto uuid = [](const QString& hex) {
        return QUuid::fromRfc4122(QByteArray::fromHex(hex.toLatin1())).toString(QUuid::WithoutBraces);
    };
    const QString evaluation = uuid(found.at(0));
    const QString program = uuid(found.at(1));
    const QString unit = uuid(found.at(2));
    const int year = found.at(3).toInt();
    const QString evaluationHex = found.at(0);
    auto actAs = [&](const QString& agency) {
        sql(db, QStringLiteral("UPDATE meta SET value = '%1' WHERE key = 'installation.agency'").arg(agency));
        QCOMPARE(sql(db, QStringLiteral("SELECT value FROM meta WHERE key = 'installation.agency'")).toString(), agency);
    };
    const QStringList asFinance { QStringLiteral("--as"), QStringLiteral("张伟"), QStringLiteral("--role"),
        QStringLiteral("reviewer") };
    const QStringList asUnit { QStringLiteral("--as"), QStringLiteral("李丽娜"), QStringLiteral("--role"),
        QStringLiteral("preparer") };

    // Finance returns the submitted self-evaluation: the actual values are to be reported as they are.
    Run r = cli(QStringList { QStringLiteral("--db"), db, QStringLiteral("return"), QStringLiteral("--record"),
                    QStringLiteral("evaluation"), QStringLiteral("--id"), evaluation, QStringLiteral("--comment"),
                    QStringLiteral("请据实填报实际完成值") }
        + asFinance);
    QVERIFY2(r.code == 0, qPrintable(r.err));

    // The unit exports its programs, reports the actual values (far below the approved
    // targets, with the reason for each) and imports the self-evaluation alone.
    actAs(unit);
    const QString exported = m_dir.filePath(QStringLiteral("poor-program-export.json"));
    r = cli({ QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("--json"), QStringLiteral("--year"),
        QString::number(year), QStringLiteral("--output"), exported });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QFile in(exported);
    QVERIFY(in.open(QIODevice::ReadOnly));
    QJsonObject document = QJsonDocument::fromJson(in.readAll()).object();
    in.close();
    QJsonObject p;
    for (const QJsonValue& v : document.value(QStringLiteral("programs")).toArray()) {
        if (v.toObject().value(QStringLiteral("id")).toString() == program)
            p = v.toObject();
    }
    QVERIFY(!p.isEmpty());
    QHash<QString, QJsonObject> indicators;
    for (const QJsonValue& v : p.value(QStringLiteral("targets")).toObject().value(QStringLiteral("indicators")).toArray())
        indicators.insert(v.toObject().value(QStringLiteral("name")).toString(), v.toObject());
    QVERIFY(indicators.size() >= 10);
    QJsonObject self = p.value(QStringLiteral("selfEvaluation")).toObject();
    QCOMPARE(self.value(QStringLiteral("status")).toString(), QStringLiteral("returned"));
    QJsonArray entries;
    for (const QJsonValue& v : self.value(QStringLiteral("entries")).toArray()) {
        QJsonObject e = v.toObject();
        const QJsonObject i = indicators.value(e.value(QStringLiteral("indicator")).toString());
        const QString op = i.value(QStringLiteral("operator")).toString();
        if (op == QLatin1String("qualitative")) {
            e.insert(QStringLiteral("level"), QStringLiteral("not-achieved"));
            e.insert(QStringLiteral("score"), 0);
        } else {
            const double target = i.value(QStringLiteral("target")).toDouble();
            const bool lowerIsBetter = op == QLatin1String("<=") || op == QLatin1String("<");
            e.insert(QStringLiteral("actual"), lowerIsBetter ? target * 3 : target * 0.3);
        }
        e.insert(QStringLiteral("deviationReason"), QStringLiteral("资金到位晚，项目未按期实施"));
        entries.append(e);
    }
    self.insert(QStringLiteral("entries"), entries);
    p.insert(QStringLiteral("selfEvaluation"), self);
    // Approved targets and submitted reports cannot be changed: the file carries the self-evaluation only.
    p.remove(QStringLiteral("targets"));
    p.remove(QStringLiteral("monitoring"));
    const QString edited = m_dir.filePath(QStringLiteral("poor-program-import.json"));
    auto write = [&](const QJsonObject& one) {
        document.insert(QStringLiteral("programs"), QJsonArray { one });
        QFile out(edited);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(QJsonDocument(document).toJson());
    };
    // Its entries name indicators of the stored targets: another name is refused with its path.
    QJsonObject wrong = p;
    QJsonObject wrongSelf = self;
    QJsonArray wrongEntries = entries;
    QJsonObject first = wrongEntries.at(0).toObject();
    first.insert(QStringLiteral("indicator"), QStringLiteral("不存在的指标"));
    wrongEntries.replace(0, first);
    wrongSelf.insert(QStringLiteral("entries"), wrongEntries);
    wrong.insert(QStringLiteral("selfEvaluation"), wrongSelf);
    write(wrong);
    const QByteArray unchanged = hash(db);
    r = cli({ QStringLiteral("--db"), db, QStringLiteral("import"), edited });
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QLatin1String("programs[0].selfEvaluation.entries[0].indicator")), qPrintable(r.err));
    QCOMPARE(hash(db), unchanged);
    write(p);
    r = cli({ QStringLiteral("--db"), db, QStringLiteral("import"), edited });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    // Imported, the draft carries its score as it stands.
    QVERIFY(sql(db, QStringLiteral("SELECT total_score FROM self_evaluation WHERE id = x'%1'").arg(evaluationHex))
                .toDouble()
        < 60);

    // Scored 差, and submitted with that score and grade stored.
    const QJsonObject scored
        = json({ QStringLiteral("--db"), db, QStringLiteral("score"), QStringLiteral("--program"), program });
    QCOMPARE(scored.value(QStringLiteral("gradeCode")).toInt(), 4); // 差
    const double total = scored.value(QStringLiteral("total")).toDouble();
    QVERIFY2(total < 60, qPrintable(QString::number(total)));
    QCOMPARE(scored.value(QStringLiteral("issues")).toArray().size(), 0);
    r = cli(QStringList { QStringLiteral("--db"), db, QStringLiteral("submit"), QStringLiteral("--record"),
                QStringLiteral("evaluation"), QStringLiteral("--id"), evaluation }
        + asUnit);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QString stored = QStringLiteral("SELECT %1 FROM self_evaluation WHERE id = x'%2'");
    QCOMPARE(sql(db, stored.arg(QStringLiteral("status"), evaluationHex)).toInt(), 1); // submitted
    QCOMPARE(sql(db, stored.arg(QStringLiteral("total_score"), evaluationHex)).toDouble(), total);
    QCOMPARE(sql(db, stored.arg(QStringLiteral("grade"), evaluationHex)).toInt(), 4); // 差

    // Finance approves with the grade, the same as the computed one: no reason needed.
    actAs(finance);
    r = cli(QStringList { QStringLiteral("--db"), db, QStringLiteral("approve"), QStringLiteral("--record"),
                QStringLiteral("evaluation"), QStringLiteral("--id"), evaluation, QStringLiteral("--grade"),
                QStringLiteral("差") }
        + asFinance);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(sql(db, QStringLiteral("SELECT grade FROM review WHERE record_id = x'%1' AND grade IS NOT NULL"
                                    " ORDER BY step DESC LIMIT 1")
                         .arg(evaluationHex))
                 .toInt(),
        4);

    // Keeping or increasing the funding of a program graded 差 is refused with the reason, and nothing is written.
    const QStringList decide { QStringLiteral("--db"), db, QStringLiteral("decide"), QStringLiteral("--program"),
        program, QStringLiteral("--reason"), QStringLiteral("依据自评结果") };
    const QByteArray before = hash(db);
    r = cli(decide + QStringList { QStringLiteral("--decision"), QStringLiteral("keep") });
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("graded 差 (poor): it must be reduced or cancelled")), qPrintable(r.err));
    r = cli(decide + QStringList { QStringLiteral("--decision"), QStringLiteral("increase"), QStringLiteral("--change"),
                         QStringLiteral("10万") });
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("graded 差 (poor): it must be reduced or cancelled")), qPrintable(r.err));
    QCOMPARE(hash(db), before);
    // Reducing it is accepted, and submitted.
    const QString reduce = json(decide + QStringList { QStringLiteral("--decision"), QStringLiteral("reduce"),
                                             QStringLiteral("--change"), QStringLiteral("-1万") })
                               .value(QStringLiteral("id"))
                               .toString();
    QVERIFY(!QUuid::fromString(reduce).isNull());
    r = cli(QStringList { QStringLiteral("--db"), db, QStringLiteral("submit"), QStringLiteral("--record"),
                QStringLiteral("application"), QStringLiteral("--id"), reduce }
        + asFinance);
    QVERIFY2(r.code == 0, qPrintable(r.err));

    // Next year the unit continues the program: the new one shows its predecessor's decision.
    actAs(unit);
    const QJsonObject next = json({ QStringLiteral("--db"), db, QStringLiteral("program"), QStringLiteral("add"),
        QStringLiteral("--predecessor"), program });
    QCOMPARE(next.value(QStringLiteral("fiscalYear")).toInt(), year + 1);
    const QString nextId = next.value(QStringLiteral("id")).toString();
    const QJsonArray listed = json({ QStringLiteral("--db"), db, QStringLiteral("program"), QStringLiteral("list"),
                                  QStringLiteral("--year"), QString::number(year + 1) })
                                  .value(QStringLiteral("programs"))
                                  .toArray();
    const auto it = std::find_if(listed.cbegin(), listed.cend(),
        [&](const QJsonValue& v) { return v.toObject().value(QStringLiteral("id")).toString() == nextId; });
    QVERIFY(it != listed.cend());
    QCOMPARE(it->toObject().value(QStringLiteral("predecessor")).toString(), program);
    const QJsonObject decision = it->toObject().value(QStringLiteral("predecessorDecision")).toObject();
    QCOMPARE(decision.value(QStringLiteral("decision")).toString(), QStringLiteral("reduce"));
    QCOMPARE(decision.value(QStringLiteral("amountChangeFen")).toInteger(), -1'000'000);
    QCOMPARE(decision.value(QStringLiteral("status")).toString(), QStringLiteral("submitted"));
    const Run text = cli({ QStringLiteral("--db"), db, QStringLiteral("program"), QStringLiteral("list"),
        QStringLiteral("--year"), QString::number(year + 1) });
    QVERIFY2(text.code == 0 && text.out.contains(QLatin1String("last year's result: Reduce")),
        qPrintable(text.out + text.err));
}

void TestCli::exportAndImport()
{
    const QString db = m_dir.filePath(QStringLiteral("exchange.jixiao"));
    QCOMPARE(cli({ QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--division"),
                   QStringLiteral("653101"), QStringLiteral("--agency"), QStringLiteral("喀什市卫生健康委员会"),
                   QStringLiteral("--kind"), QStringLiteral("unit") })
                 .code,
             0);
    QCOMPARE(cli({ QStringLiteral("--db"), db, QStringLiteral("program"), QStringLiteral("add"),
                   QStringLiteral("--name"), QStringLiteral("2026年基本公共卫生服务"), QStringLiteral("--amount"),
                   QStringLiteral("85万"), QStringLiteral("--year"), QStringLiteral("2026") })
                 .code,
             0);
    const QString file = m_dir.filePath(QStringLiteral("exchange.json"));
    Run r = cli({ QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("--year"),
                  QStringLiteral("2026"), QStringLiteral("--output"), file });
    QCOMPARE(r.code, 2); // export writes JSON only with --json
    QVERIFY(!QFile::exists(file));
    r = cli({ QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("--json"), QStringLiteral("--year"),
              QStringLiteral("2026"), QStringLiteral("--output"), file });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QFile exported(file);
    QVERIFY(exported.open(QIODevice::ReadOnly));
    const QJsonObject document = QJsonDocument::fromJson(exported.readAll()).object();
    const QJsonArray programs = document.value(QStringLiteral("programs")).toArray();
    QCOMPARE(programs.size(), 1);
    QCOMPARE(programs.first().toObject().value(QStringLiteral("name")).toString(),
             QStringLiteral("2026年基本公共卫生服务"));

    const QByteArray before = hash(db);
    r = cli({ QStringLiteral("--db"), db, QStringLiteral("import"), file, QStringLiteral("--dry-run"),
              QStringLiteral("--json") });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QJsonObject summary = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(summary.value(QStringLiteral("status")).toString(), QStringLiteral("dry-run"));
    QCOMPARE(summary.value(QStringLiteral("programsUpdated")).toInt(), 1);
    QCOMPARE(hash(db), before);

    // A file that is not JSON: one line naming the file, exit 1, nothing written.
    const QString garbage = m_dir.filePath(QStringLiteral("budget.json"));
    QFile g(garbage);
    QVERIFY(g.open(QIODevice::WriteOnly));
    g.write("PK\x03\x04 not json");
    g.close();
    r = cli({ QStringLiteral("--db"), db, QStringLiteral("import"), garbage });
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("Nothing was imported from “%1”").arg(garbage)), qPrintable(r.err));
    QCOMPARE(r.err.trimmed().count(QLatin1Char('\n')), 0);
    QCOMPARE(hash(db), before);
    r = cli({ QStringLiteral("--db"), db, QStringLiteral("import") });
    QCOMPARE(r.code, 2);
}

void TestCli::dueForTheCountyFinanceBureau()
{
    // The demo's file is the county finance bureau's: its due covers what its units owe.
    const QString program = demoProgram(0);
    const int year = json({ QStringLiteral("--db"), m_demo, QStringLiteral("records"), QStringLiteral("--program"),
                            program })
                         .value(QStringLiteral("fiscalYear"))
                         .toInt();
    QVERIFY(year > 2000);
    QJsonObject o = json({ QStringLiteral("--db"), m_demo, QStringLiteral("due"), QStringLiteral("--year"),
        QString::number(year), QStringLiteral("--today"), QStringLiteral("%1-12-10").arg(year) });
    QJsonArray items = o.value(QStringLiteral("items")).toArray();
    QVERIFY(!items.isEmpty());
    // November's monitoring is due on 10 December: today, so not late.
    const auto dueToday = std::find_if(items.cbegin(), items.cend(), [&](const QJsonValue& v) {
        return v.toObject().value(QStringLiteral("due")).toString() == QStringLiteral("%1-12-10").arg(year);
    });
    QVERIFY(dueToday != items.cend());
    const QJsonObject november = dueToday->toObject();
    QCOMPARE(november.value(QStringLiteral("total")).toInt(), 3000);
    QCOMPARE(november.value(QStringLiteral("overdue")).toBool(), false);
    const QJsonArray units = november.value(QStringLiteral("byUnit")).toArray();
    QVERIFY2(units.size() > 100, qPrintable(QString::number(units.size())));
    int sum = 0;
    for (const QJsonValue& u : units)
        sum += u.toObject().value(QStringLiteral("total")).toInt();
    QCOMPARE(sum, 3000);
    // The units' own self-evaluations of programs and overall budgets, due on 30 April (policy data).
    o = json({ QStringLiteral("--db"), m_demo, QStringLiteral("due"), QStringLiteral("--year"), QString::number(year),
        QStringLiteral("--today"), QStringLiteral("%1-04-30").arg(year + 1) });
    items = o.value(QStringLiteral("items")).toArray();
    const auto found = std::find_if(items.cbegin(), items.cend(), [](const QJsonValue& v) {
        return v.toObject().value(QStringLiteral("key")).toString() == QLatin1String("unitSelfEvaluation");
    });
    QVERIFY(found != items.cend());
    QCOMPARE(found->toObject().value(QStringLiteral("total")).toInt(), 3150);
    QCOMPARE(found->toObject().value(QStringLiteral("overdue")).toBool(), false);
    // In text, one line per item.
    const Run text = cli({ QStringLiteral("--db"), m_demo, QStringLiteral("due"), QStringLiteral("--year"),
        QString::number(year), QStringLiteral("--today"), QStringLiteral("%1-04-30").arg(year + 1) });
    QVERIFY2(text.code == 0 && text.out.contains(QLatin1String("handed in")), qPrintable(text.out + text.err));
}

void TestCli::decisionsMustAgree()
{
    const QString program = demoProgram(5);
    const QStringList base { QStringLiteral("--db"), m_demo, QStringLiteral("decide"), QStringLiteral("--program"),
        program, QStringLiteral("--reason"), QStringLiteral("依据自评结果") };
    const QByteArray before = hash(m_demo);
    // 50万 is an increase, not a reduction: refused with the reason, nothing written.
    Run r = cli(base + QStringList { QStringLiteral("--decision"), QStringLiteral("reduce"), QStringLiteral("--change"),
                           QStringLiteral("50万") });
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QLatin1String("below 0")), qPrintable(r.err));
    QCOMPARE(r.err.trimmed().count(QLatin1Char('\n')), 0);
    r = cli(base + QStringList { QStringLiteral("--decision"), QStringLiteral("keep"), QStringLiteral("--change"),
                       QStringLiteral("1") });
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QLatin1String("must be 0")), qPrintable(r.err));
    r = cli(base + QStringList { QStringLiteral("--decision"), QStringLiteral("cancel"), QStringLiteral("--change"),
                       QStringLiteral("-1") });
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QLatin1String("whole amount")), qPrintable(r.err));
    QCOMPARE(hash(m_demo), before);
    const QString kept = json(base + QStringList { QStringLiteral("--decision"), QStringLiteral("keep") })
                             .value(QStringLiteral("id"))
                             .toString();
    QVERIFY(!kept.isEmpty());
    // Who submitted it does not approve it, whatever the letter case or spaces of the name.
    const QStringList record { QStringLiteral("--db"), m_demo, QStringLiteral("--record"), QStringLiteral("application"),
        QStringLiteral("--id"), kept, QStringLiteral("--role"), QStringLiteral("reviewer") };
    r = cli(record + QStringList { QStringLiteral("submit"), QStringLiteral("--as"), QStringLiteral("Chen Jing") });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = cli(record + QStringList { QStringLiteral("approve"), QStringLiteral("--as"), QStringLiteral(" chen  JING ") });
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QLatin1String("cannot also approve")), qPrintable(r.err));
    // One live decision per program and year.
    r = cli(base + QStringList { QStringLiteral("--decision"), QStringLiteral("reduce"), QStringLiteral("--change"),
                       QStringLiteral("-1万") });
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QLatin1String("already a decision")), qPrintable(r.err));
}

void TestCli::budgetPaymentsAndOrders()
{
    const QString program = demoProgram(7);
    const QString hex = QString::fromLatin1(QUuid::fromString(program).toRfc4122().toHex());
    // The unit applied for the budget in its own file; here that step is set directly.
    sql(m_demo, QStringLiteral("UPDATE subject SET budget_stage = 1 WHERE id = x'%1'").arg(hex));
    const QStringList as { QStringLiteral("--program"), program, QStringLiteral("--as"), QStringLiteral("张伟") };
    Run r = cli(QStringList { QStringLiteral("--db"), m_demo, QStringLiteral("budget"), QStringLiteral("apply") } + as);
    QCOMPARE(r.code, 1); // only the unit applies, and this is the finance bureau's file
    QJsonObject o = json(QStringList { QStringLiteral("--db"), m_demo, QStringLiteral("budget"), QStringLiteral("arrange") } + as);
    QCOMPARE(o.value(QStringLiteral("stage")).toString(), QStringLiteral("arranged"));
    o = json(QStringList { QStringLiteral("--db"), m_demo, QStringLiteral("budget"), QStringLiteral("pay"),
             QStringLiteral("--amount"), QStringLiteral("1万") } + as);
    QCOMPARE(o.value(QStringLiteral("paidFen")).toInteger(), 1'000'000);
    r = cli({ QStringLiteral("--db"), m_demo, QStringLiteral("order"), QStringLiteral("--program"), program,
        QStringLiteral("--kind"), QStringLiteral("suspend"), QStringLiteral("--as"), QStringLiteral("张伟"),
        QStringLiteral("--reason"), QStringLiteral("执行严重滞后") });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = cli(QStringList { QStringLiteral("--db"), m_demo, QStringLiteral("budget"), QStringLiteral("pay"),
                QStringLiteral("--amount"), QStringLiteral("1万") } + as);
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QLatin1String("held")), qPrintable(r.err));
    // The order's id is listed with the subject's records; lifting it releases the payment.
    o = json({ QStringLiteral("--db"), m_demo, QStringLiteral("records"), QStringLiteral("--program"), program });
    const QJsonArray orders = o.value(QStringLiteral("orders")).toArray();
    QCOMPARE(orders.size(), 1);
    const QString order = orders.first().toObject().value(QStringLiteral("id")).toString();
    r = cli({ QStringLiteral("--db"), m_demo, QStringLiteral("order"), QStringLiteral("lift"), QStringLiteral("--id"),
        order, QStringLiteral("--as"), QStringLiteral("张伟") });
    QCOMPARE(r.code, 1); // no reason
    r = cli({ QStringLiteral("--db"), m_demo, QStringLiteral("order"), QStringLiteral("lift"), QStringLiteral("--id"),
        order, QStringLiteral("--as"), QStringLiteral("张伟"), QStringLiteral("--reason"), QStringLiteral("已整改到位") });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = cli(QStringList { QStringLiteral("--db"), m_demo, QStringLiteral("budget"), QStringLiteral("pay"),
                QStringLiteral("--amount"), QStringLiteral("1万") } + as);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    // A rectification is lifted with its outcome.
    o = json({ QStringLiteral("--db"), m_demo, QStringLiteral("order"), QStringLiteral("--program"), program,
        QStringLiteral("--kind"), QStringLiteral("rectify"), QStringLiteral("--as"), QStringLiteral("张伟"),
        QStringLiteral("--reason"), QStringLiteral("指标进度滞后") });
    const QString rectify = o.value(QStringLiteral("order")).toString();
    const QStringList lift { QStringLiteral("--db"), m_demo, QStringLiteral("order"), QStringLiteral("lift"),
        QStringLiteral("--id"), rectify, QStringLiteral("--as"), QStringLiteral("张伟"), QStringLiteral("--reason"),
        QStringLiteral("已整改") };
    r = cli(lift);
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QLatin1String("outcome")), qPrintable(r.err));
    r = cli(lift + QStringList { QStringLiteral("--outcome"), QStringLiteral("已调整实施计划") });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    o = json({ QStringLiteral("--db"), m_demo, QStringLiteral("records"), QStringLiteral("--program"), program });
    QCOMPARE(o.value(QStringLiteral("orders")).toArray().at(1).toObject().value(QStringLiteral("outcome")).toString(),
        QStringLiteral("已调整实施计划"));
}

void TestCli::unitFileOfTheDemo()
{
    // Finance decided on a program (decideAndSubmit); the unit's own file continues it next year.
    const QString program = demoProgram(2);
    QJsonObject records = json({ QStringLiteral("--db"), m_demo, QStringLiteral("records"), QStringLiteral("--program"), program });
    const int year = records.value(QStringLiteral("fiscalYear")).toInt();
    // Every record with kind, id, status and year.
    QJsonArray list = records.value(QStringLiteral("records")).toArray();
    QVERIFY(list.size() >= 14);
    QStringList kinds;
    for (const QJsonValue& v : list) {
        const QJsonObject r = v.toObject();
        kinds << r.value(QStringLiteral("kind")).toString();
        QVERIFY(!QUuid::fromString(r.value(QStringLiteral("id")).toString()).isNull());
        QVERIFY(!r.value(QStringLiteral("status")).toString().isEmpty());
        QVERIFY(r.value(QStringLiteral("year")).toInt() >= year);
    }
    QVERIFY(kinds.contains(QStringLiteral("targets")) && kinds.contains(QStringLiteral("monitoring"))
        && kinds.contains(QStringLiteral("evaluation")) && kinds.contains(QStringLiteral("application")));
    const QString hex = QString::fromLatin1(QUuid::fromString(program).toRfc4122().toHex());
    const QString unitDb = m_dir.filePath(QStringLiteral("unit-continues.jixiao"));
    QVERIFY(QFile::copy(m_demo, unitDb));
    const QString owner = QUuid::fromRfc4122(sql(unitDb, QStringLiteral("SELECT agency_id FROM subject WHERE id = x'%1'").arg(hex))
                                                 .toByteArray())
                              .toString(QUuid::WithoutBraces);
    sql(unitDb, QStringLiteral("UPDATE meta SET value = '%1' WHERE key = 'installation.agency'").arg(owner));
    QJsonObject added = json({ QStringLiteral("--db"), unitDb, QStringLiteral("program"), QStringLiteral("add"),
        QStringLiteral("--predecessor"), program });
    QCOMPARE(added.value(QStringLiteral("fiscalYear")).toInt(), year + 1);
    const Run listed = cli({ QStringLiteral("--db"), unitDb, QStringLiteral("program"), QStringLiteral("list"),
        QStringLiteral("--year"), QString::number(year + 1) });
    QVERIFY2(listed.code == 0 && listed.out.contains(QLatin1String("last year's result: Reduce")),
        qPrintable(listed.out + listed.err));
    records = json({ QStringLiteral("--db"), unitDb, QStringLiteral("records"), QStringLiteral("--program"),
        added.value(QStringLiteral("id")).toString() });
    QCOMPARE(records.value(QStringLiteral("predecessorDecision")).toObject().value(QStringLiteral("decision")).toString(),
        QStringLiteral("reduce"));
    // The export carries the records' ids, the same as records lists.
    const QString file = m_dir.filePath(QStringLiteral("unit-export.json"));
    const Run exported = cli({ QStringLiteral("--db"), unitDb, QStringLiteral("export"), QStringLiteral("--json"),
        QStringLiteral("--year"), QString::number(year), QStringLiteral("--output"), file });
    QVERIFY2(exported.code == 0, qPrintable(exported.err));
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonArray programs = QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("programs")).toArray();
    const auto it = std::find_if(programs.cbegin(), programs.cend(),
        [&](const QJsonValue& v) { return v.toObject().value(QStringLiteral("id")).toString() == program; });
    QVERIFY(it != programs.cend());
    const QJsonObject p = it->toObject();
    QStringList ids;
    for (const QJsonValue& v : list)
        ids << v.toObject().value(QStringLiteral("id")).toString();
    QVERIFY(ids.contains(p.value(QStringLiteral("targets")).toObject().value(QStringLiteral("id")).toString()));
    QVERIFY(ids.contains(p.value(QStringLiteral("selfEvaluation")).toObject().value(QStringLiteral("id")).toString()));
    QVERIFY(ids.contains(p.value(QStringLiteral("monitoring")).toArray().first().toObject().value(QStringLiteral("id")).toString()));
}

void TestCli::assessAndApply()
{
    const QString db = m_dir.filePath(QStringLiteral("assess.jixiao"));
    QCOMPARE(cli({ QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--division"),
                 QStringLiteral("653101"), QStringLiteral("--agency"), QStringLiteral("喀什市交通运输局"),
                 QStringLiteral("--kind"), QStringLiteral("unit") })
                 .code,
        0);
    const QString program = json({ QStringLiteral("--db"), db, QStringLiteral("program"), QStringLiteral("add"),
        QStringLiteral("--name"), QStringLiteral("2026年城乡公交一体化项目"), QStringLiteral("--amount"),
        QStringLiteral("800万"), QStringLiteral("--year"), QStringLiteral("2026"), QStringLiteral("--new"),
        QStringLiteral("--major") })
                                .value(QStringLiteral("id"))
                                .toString();
    QVERIFY(!program.isEmpty());
    const QStringList apply { QStringLiteral("--db"), db, QStringLiteral("budget"), QStringLiteral("apply"),
        QStringLiteral("--program"), program, QStringLiteral("--as"), QStringLiteral("李丽娜") };
    Run r = cli(apply);
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QLatin1String("ex-ante assessment")), qPrintable(r.err));
    // A draft assessment: the conclusion follows the scores (70 points: support after revision).
    QJsonObject a = json({ QStringLiteral("--db"), db, QStringLiteral("assess"), QStringLiteral("--program"), program,
        QStringLiteral("--scores"), QStringLiteral("14,14,14,14,14"), QStringLiteral("--report"),
        QStringLiteral("一、基本情况……") });
    QCOMPARE(a.value(QStringLiteral("conclusion")).toString(), QStringLiteral("support-after-revision"));
    const QString id = a.value(QStringLiteral("id")).toString();
    // Edited: better scores, a new conclusion.
    a = json({ QStringLiteral("--db"), db, QStringLiteral("assess"), QStringLiteral("--id"), id, QStringLiteral("--scores"),
        QStringLiteral("18,16,17,15,16") });
    QCOMPARE(a.value(QStringLiteral("id")).toString(), id);
    QCOMPARE(a.value(QStringLiteral("total")).toDouble(), 82.0);
    QCOMPARE(a.value(QStringLiteral("conclusion")).toString(), QStringLiteral("support"));
    r = cli({ QStringLiteral("--db"), db, QStringLiteral("assess"), QStringLiteral("--id"), id, QStringLiteral("--scores"),
        QStringLiteral("18,16") });
    QCOMPARE(r.code, 2);
    // Its id is listed with the program's records; submitted, it opens the way to the budget.
    const QJsonArray records = json({ QStringLiteral("--db"), db, QStringLiteral("records"), QStringLiteral("--program"),
        program }).value(QStringLiteral("records")).toArray();
    QCOMPARE(records.size(), 1);
    QCOMPARE(records.first().toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("assessment"));
    QCOMPARE(records.first().toObject().value(QStringLiteral("id")).toString(), id);
    r = cli({ QStringLiteral("--db"), db, QStringLiteral("submit"), QStringLiteral("--record"), QStringLiteral("assessment"),
        QStringLiteral("--id"), id, QStringLiteral("--as"), QStringLiteral("李丽娜"), QStringLiteral("--role"),
        QStringLiteral("preparer") });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QJsonObject applied = json(apply);
    QCOMPARE(applied.value(QStringLiteral("stage")).toString(), QStringLiteral("applied"));
    r = cli({ QStringLiteral("--db"), db, QStringLiteral("budget"), QStringLiteral("arrange"), QStringLiteral("--program"),
        program, QStringLiteral("--as"), QStringLiteral("李丽娜") });
    QCOMPARE(r.code, 1); // a unit's file: nobody there arranges budgets
}

void TestCli::competentDepartmentReviewsFirst()
{
    // The 主管部门's own file: one of its subordinate units' submitted reports, reviewed first there.
    const QString db = m_dir.filePath(QStringLiteral("department-of-demo.jixiao"));
    QVERIFY(QFile::copy(m_demo, db));
    const QString report = QUuid::fromRfc4122(sql(db, QStringLiteral("SELECT r.id FROM monitoring_report r JOIN agency a"
                                                                      " ON a.id = r.owner_id WHERE r.status = 1"
                                                                      " AND a.parent_id IS NOT NULL LIMIT 1"))
                                                  .toByteArray())
                               .toString(QUuid::WithoutBraces);
    QVERIFY(!QUuid::fromString(report).isNull());
    const QString hex = QString::fromLatin1(QUuid::fromString(report).toRfc4122().toHex());
    const QString parent = QUuid::fromRfc4122(sql(db, QStringLiteral("SELECT a.parent_id FROM monitoring_report r JOIN agency a"
                                                                      " ON a.id = r.owner_id WHERE r.id = x'%1'")
                                                          .arg(hex))
                                                  .toByteArray())
                               .toString(QUuid::WithoutBraces);
    sql(db, QStringLiteral("UPDATE meta SET value = '%1' WHERE key = 'installation.agency'").arg(parent));
    const QStringList approve { QStringLiteral("--db"), db, QStringLiteral("approve"), QStringLiteral("--record"),
        QStringLiteral("monitoring"), QStringLiteral("--id"), report, QStringLiteral("--as"), QStringLiteral("艾力"),
        QStringLiteral("--role"), QStringLiteral("head"), QStringLiteral("--comment"), QStringLiteral("初审同意") };
    Run r = cli(approve);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    // Still submitted, for the finance department; reviewed once.
    QCOMPARE(sql(db, QStringLiteral("SELECT status FROM monitoring_report WHERE id = x'%1'").arg(hex)).toInt(), 1);
    QCOMPARE(sql(db, QStringLiteral("SELECT count(*) FROM transition WHERE record_id = x'%1' AND from_status = 1"
                                    " AND to_status = 1").arg(hex))
                 .toInt(),
        1);
    r = cli(approve);
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QLatin1String("already reviewed")), qPrintable(r.err));
}

void TestCli::scoreAllAndGrade()
{
    const Run info = cli({ QStringLiteral("--db"), m_demo, QStringLiteral("program"), QStringLiteral("list"),
                           QStringLiteral("--limit"), QStringLiteral("1"), QStringLiteral("--json") });
    const int year = QJsonDocument::fromJson(info.out.toUtf8())
                         .object()
                         .value(QStringLiteral("programs"))
                         .toArray()
                         .first()
                         .toObject()
                         .value(QStringLiteral("fiscalYear"))
                         .toInt();
    // Every self-evaluation of the county (programs, agencies' overall budgets, government
    // budgets) scores in one process, with the score and grade stored when it was submitted.
    Run r = cli({ QStringLiteral("--db"), m_demo, QStringLiteral("score"), QStringLiteral("--all"), QStringLiteral("--year"),
                  QString::number(year), QStringLiteral("--json") });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QJsonObject all = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(all.value(QStringLiteral("count")).toInt(), 3154);
    // Without --year: the latest year that has self-evaluations (they are written after their year).
    const Run latest = cli({ QStringLiteral("--db"), m_demo, QStringLiteral("score"), QStringLiteral("--all"),
        QStringLiteral("--json") });
    QVERIFY2(latest.code == 0, qPrintable(latest.err));
    QCOMPARE(QJsonDocument::fromJson(latest.out.toUtf8()).object().value(QStringLiteral("year")).toInt(), year);
    QCOMPARE(all.value(QStringLiteral("failed")).toInt(), 0);
    QCOMPARE(all.value(QStringLiteral("refreshed")).toInt(), 0); // nothing in draft
    qInfo("score --all: %d ms", all.value(QStringLiteral("milliseconds")).toInt());
    QString evaluationId;
    QHash<QString, int> kinds;
    for (const QJsonValue& v : all.value(QStringLiteral("evaluations")).toArray()) {
        const QJsonObject o = v.toObject();
        QVERIFY(o.contains(QStringLiteral("grade")));
        QCOMPARE(o.value(QStringLiteral("issues")).toInt(), 0); // the demo follows the rules
        kinds[o.value(QStringLiteral("kind")).toString()] += 1;
        // A program's: its finance department is the county's, whose file this is.
        if (evaluationId.isEmpty() && o.value(QStringLiteral("status")).toString() == QLatin1String("submitted")
            && o.value(QStringLiteral("kind")).toString() == QLatin1String("program"))
            evaluationId = o.value(QStringLiteral("evaluation")).toString();
    }
    QCOMPARE(kinds.value(QStringLiteral("program")), 3000);
    QCOMPARE(kinds.value(QStringLiteral("agency-budget")), 150);
    QCOMPARE(kinds.value(QStringLiteral("government-budget")), 4);
    QVERIFY(!evaluationId.isEmpty());
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
        db.setDatabaseName(m_demo);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM self_evaluation WHERE total_score IS NULL OR grade IS NULL")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        q.clear();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("peek"));

    // Finance grades on approval: another grade than the computed one needs a reason.
    const QStringList approve { QStringLiteral("--db"), m_demo, QStringLiteral("approve"), QStringLiteral("--record"),
                                QStringLiteral("evaluation"), QStringLiteral("--id"), evaluationId, QStringLiteral("--as"),
                                QStringLiteral("张伟"), QStringLiteral("--role"), QStringLiteral("reviewer") };
    r = cli(approve + QStringList { QStringLiteral("--grade"), QStringLiteral("甲") });
    QCOMPARE(r.code, 2);
    r = cli({ QStringLiteral("--db"), m_demo, QStringLiteral("submit"), QStringLiteral("--record"), QStringLiteral("targets"),
              QStringLiteral("--id"), evaluationId, QStringLiteral("--as"), QStringLiteral("x"), QStringLiteral("--role"),
              QStringLiteral("preparer"), QStringLiteral("--grade"), QStringLiteral("差") });
    QCOMPARE(r.code, 2); // --grade belongs to approve --record evaluation
    r = cli(approve + QStringList { QStringLiteral("--grade"), QStringLiteral("差") });
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QLatin1String("needs a reason")), qPrintable(r.err));
    r = cli(approve + QStringList { QStringLiteral("--grade"), QStringLiteral("差"), QStringLiteral("--reason"),
                                    QStringLiteral("抽查发现数据不实") });
    QVERIFY2(r.code == 0, qPrintable(r.err));
}

QTEST_GUILESS_MAIN(TestCli)
#include "TestCli.moc"
