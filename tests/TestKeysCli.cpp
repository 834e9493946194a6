// jixiao-cli keys and package verify, end to end (docs/cli.md).
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestKeysCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keysAndVerify();

private:
    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };
    Run cli(const QStringList& args, const QString& passphrase = {});
    QTemporaryDir m_dir;
};

TestKeysCli::Run TestKeysCli::cli(const QStringList& args, const QString& passphrase)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("JIXIAO_LANG"), QStringLiteral("en"));
    env.remove(QStringLiteral("JIXIAO_PASSPHRASE"));
    if (!passphrase.isEmpty())
        env.insert(QStringLiteral("JIXIAO_PASSPHRASE"), passphrase);
    p.setProcessEnvironment(env);
    p.setWorkingDirectory(m_dir.path());
    p.setStandardInputFile(QProcess::nullDevice()); // no terminal: a passphrase is never asked
    p.start(QStringLiteral(JIXIAO_CLI), args);
    p.waitForFinished(60000);
    return { p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError()) };
}

void TestKeysCli::keysAndVerify()
{
    const QString pass = QStringLiteral("county passphrase");
    QCOMPARE(cli({ QStringLiteral("--db"), QStringLiteral("unit.db"), QStringLiteral("init"), QStringLiteral("--division"),
                   QStringLiteral("653101"), QStringLiteral("--agency"), QStringLiteral("喀什市教育局"), QStringLiteral("--kind"),
                   QStringLiteral("unit") }).code, 0);
    QCOMPARE(cli({ QStringLiteral("--db"), QStringLiteral("county.db"), QStringLiteral("init"), QStringLiteral("--division"),
                   QStringLiteral("653101"), QStringLiteral("--agency"), QStringLiteral("喀什市财政局") }).code, 0);

    // No passphrase and no terminal: refused, nothing generated.
    Run r = cli({ QStringLiteral("--db"), QStringLiteral("unit.db"), QStringLiteral("keys"), QStringLiteral("generate") });
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QLatin1String("passphrase is needed")), qPrintable(r.err));
    // From a file.
    QFile passFile(m_dir.filePath(QStringLiteral("pass.txt")));
    QVERIFY(passFile.open(QIODevice::WriteOnly));
    passFile.write("unit passphrase\n");
    passFile.close();
    r = cli({ QStringLiteral("--db"), QStringLiteral("unit.db"), QStringLiteral("--json"), QStringLiteral("keys"),
              QStringLiteral("generate"), QStringLiteral("--passphrase-file"), QStringLiteral("pass.txt") });
    QCOMPARE(r.code, 0);
    const QString fingerprint = QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("fingerprint")).toString();
    QCOMPARE(fingerprint.size(), 39);
    // A second key only with --replace.
    r = cli({ QStringLiteral("--db"), QStringLiteral("unit.db"), QStringLiteral("keys"), QStringLiteral("generate"),
              QStringLiteral("--passphrase-file"), QStringLiteral("pass.txt") });
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QLatin1String("--replace")), qPrintable(r.err));
    // Export with a wrong passphrase: nothing written.
    r = cli({ QStringLiteral("--db"), QStringLiteral("unit.db"), QStringLiteral("keys"), QStringLiteral("export"),
              QStringLiteral("-o"), QStringLiteral("unit.jxkey") }, pass);
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QLatin1String("Wrong passphrase")), qPrintable(r.err));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("unit.jxkey"))));
    r = cli({ QStringLiteral("--db"), QStringLiteral("unit.db"), QStringLiteral("keys"), QStringLiteral("export"),
              QStringLiteral("-o"), QStringLiteral("unit.jxkey"), QStringLiteral("--passphrase-file"), QStringLiteral("pass.txt") });
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(fingerprint), qPrintable(r.out));

    // package verify needs no database.
    r = cli({ QStringLiteral("package"), QStringLiteral("verify"), QStringLiteral("unit.jxkey") });
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(QLatin1String("Result:       valid")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QLatin1String("Kind:         key file")), qPrintable(r.out));
    QVERIFY2(r.out.contains(fingerprint), qPrintable(r.out));
    // With --db: the signer is not registered at the county yet.
    r = cli({ QStringLiteral("--db"), QStringLiteral("county.db"), QStringLiteral("package"), QStringLiteral("verify"),
              QStringLiteral("unit.jxkey") });
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QLatin1String("unknown key")), qPrintable(r.err));
    QCOMPARE(r.err.count(QLatin1Char('\n')), 1);

    // Register: a fingerprint read out wrongly is refused; the right one is taken.
    r = cli({ QStringLiteral("--db"), QStringLiteral("county.db"), QStringLiteral("keys"), QStringLiteral("register"),
              QStringLiteral("unit.jxkey"), QStringLiteral("--fingerprint"), QStringLiteral("0000 1111 2222 3333 4444 5555 6666 7777") });
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QLatin1String("nothing was registered")), qPrintable(r.err));
    r = cli({ QStringLiteral("--db"), QStringLiteral("county.db"), QStringLiteral("keys"), QStringLiteral("register"),
              QStringLiteral("unit.jxkey"), QStringLiteral("--fingerprint"), QString(fingerprint).remove(QLatin1Char(' ')).toLower() });
    QCOMPARE(r.code, 0);
    r = cli({ QStringLiteral("--db"), QStringLiteral("county.db"), QStringLiteral("--json"), QStringLiteral("keys"), QStringLiteral("list") });
    QCOMPARE(r.code, 0);
    const QJsonArray known = QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("known")).toArray();
    QCOMPARE(known.size(), 1);
    QCOMPARE(known.at(0).toObject().value(QStringLiteral("fingerprint")).toString(), fingerprint);
    r = cli({ QStringLiteral("--db"), QStringLiteral("county.db"), QStringLiteral("package"), QStringLiteral("verify"),
              QStringLiteral("unit.jxkey") });
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(QStringLiteral("registered key of 喀什市教育局")), qPrintable(r.out));

    // Revoked: refused with the reason.
    r = cli({ QStringLiteral("--db"), QStringLiteral("county.db"), QStringLiteral("keys"), QStringLiteral("revoke"), fingerprint });
    QCOMPARE(r.code, 2);
    r = cli({ QStringLiteral("--db"), QStringLiteral("county.db"), QStringLiteral("keys"), QStringLiteral("revoke"), fingerprint,
              QStringLiteral("--reason"), QStringLiteral("U盘丢失") });
    QCOMPARE(r.code, 0);
    r = cli({ QStringLiteral("--db"), QStringLiteral("county.db"), QStringLiteral("--json"), QStringLiteral("package"),
              QStringLiteral("verify"), QStringLiteral("unit.jxkey") });
    QCOMPARE(r.code, 1);
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(o.value(QStringLiteral("valid")).toBool(), false);
    QVERIFY2(o.value(QStringLiteral("problem")).toString().contains(QStringLiteral("U盘丢失")), qPrintable(r.out));

    // A damaged file: not valid, with the reason, the header shown as unverified.
    QFile key(m_dir.filePath(QStringLiteral("unit.jxkey")));
    QVERIFY(key.open(QIODevice::ReadWrite));
    QByteArray bytes = key.readAll();
    bytes[bytes.size() / 2] = char(bytes.at(bytes.size() / 2) ^ 0x01);
    key.seek(0);
    key.write(bytes);
    key.close();
    r = cli({ QStringLiteral("package"), QStringLiteral("verify"), QStringLiteral("unit.jxkey") });
    QCOMPARE(r.code, 1);
    QVERIFY2(r.out.contains(QLatin1String("NOT VALID")), qPrintable(r.out));
    QVERIFY2(r.err.startsWith(QLatin1String("jixiao-cli: ")), qPrintable(r.err));
}

QTEST_GUILESS_MAIN(TestKeysCli)
#include "TestKeysCli.moc"
