// The malformed JSON corpus (tests/data/malformed/json, made by make_corpus.py): every file is
// refused with its expected one-line message, and the database file is byte-identical after.
#include "core/domain/PrintableText.h"
#include "core/io/JsonStreamReader.h"
#include "core/storage/Installation.h"
#include "core/workspace/Workspace.h"

#include <QBuffer>
#include <QFileInfo>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>

using namespace jx;

namespace {

const QString CorpusDir = QStringLiteral(JIXIAO_TEST_DATA "/malformed/json");

// The database file and its write-ahead log, as bytes: what a user's copy of the file holds.
QByteArray fileState(const QString& path)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString& p : QStringList { path, path + QStringLiteral("-wal") }) {
        QFile f(p);
        if (f.open(QIODevice::ReadOnly))
            hash.addData(&f);
        hash.addData("|");
    }
    return hash.result().toHex();
}

// A sequential device of endless bytes, like /dev/zero or a pipe that never ends.
class EndlessDevice : public QIODevice
{
public:
    explicit EndlessDevice(QByteArray head, char fill)
        : m_head(std::move(head))
        , m_fill(fill)
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char* data, qint64 maxSize) override
    {
        qint64 n = 0;
        while (n < maxSize && m_at < m_head.size())
            data[n++] = m_head.at(m_at++);
        std::memset(data + n, m_fill, size_t(maxSize - n));
        return maxSize;
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    QByteArray m_head;
    qsizetype m_at = 0;
    char m_fill;
};

} // namespace

class TestMalformedJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void corpusIsRefusedAndWritesNothing_data();
    void corpusIsRefusedAndWritesNothing();
    void hugeProgramIsRefused();
    void endlessStreamIsRefused();
    void cliPrintsOneEscapedLine_data();
    void cliPrintsOneEscapedLine();

private:
    // Imports @p in into a fresh copy of the base database; the error message, one line.
    QString importIntoCopy(QIODevice& in, const QString& name);

    QTemporaryDir m_dir;
    QString m_base;
};

void TestMalformedJson::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_base = m_dir.filePath(QStringLiteral("base.jixiao"));
    InstallationRequest request;
    request.divisionCode = QStringLiteral("653101");
    request.agencyName = QStringLiteral("喀什市交通运输局");
    request.agencyKind = AgencyKind::BudgetUnit;
    {
        Result<std::unique_ptr<Database>> db = Installation::create(m_base, request);
        QVERIFY2(db.ok(), qPrintable(db.message()));
    }
    Result<std::unique_ptr<Workspace>> ws = Workspace::open(m_base);
    QVERIFY2(ws.ok(), qPrintable(ws.message()));
    QFile base(QStringLiteral(JIXIAO_TEST_DATA "/malformed/base.json"));
    QVERIFY(base.open(QIODevice::ReadOnly));
    Result<ImportSummary> s = (*ws)->importPrograms(base);
    QVERIFY2(s.ok(), qPrintable(s.message()));
    QCOMPARE(s->programsCreated, 2);
    QCOMPARE(s->selfEvaluations, 1);
}

QString TestMalformedJson::importIntoCopy(QIODevice& in, const QString& name)
{
    const QString path = m_dir.filePath(name + QStringLiteral(".jixiao"));
    QFile::remove(path);
    if (!QFile::copy(m_base, path))
        return QStringLiteral("(cannot copy the base database)");
    const QByteArray before = fileState(path);
    QString message;
    {
        Result<std::unique_ptr<Workspace>> ws = Workspace::open(path);
        if (!ws)
            return QStringLiteral("(cannot open: %1)").arg(ws.message());
        Result<ImportSummary> s = (*ws)->importPrograms(in);
        message = s.ok() ? QStringLiteral("(imported)") : s.message().split(QLatin1Char('\n')).join(QStringLiteral(" | "));
    }
    if (fileState(path) != before)
        message += QStringLiteral(" (AND THE DATABASE FILE CHANGED)");
    QFile::remove(path);
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    return message;
}

void TestMalformedJson::corpusIsRefusedAndWritesNothing_data()
{
    QTest::addColumn<QString>("file");
    const QStringList files = QDir(CorpusDir).entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name);
    QVERIFY2(files.size() >= 40, "the corpus has at least 40 malformed files");
    for (const QString& f : files)
        QTest::newRow(qPrintable(f)) << CorpusDir + QLatin1Char('/') + f;
}

void TestMalformedJson::corpusIsRefusedAndWritesNothing()
{
    QFETCH(QString, file);
    QFile in(file);
    QVERIFY(in.open(QIODevice::ReadOnly));
    const QString message = importIntoCopy(in, QFileInfo(file).baseName());
    QVERIFY2(!message.contains(QLatin1String("CHANGED")), qPrintable(message));
    QVERIFY2(message != QLatin1String("(imported)"), "a malformed file was imported");
    // One line, and nothing from the file that a terminal would act on.
    QCOMPARE(printableText(message), message);

    const QString expectedPath = file.chopped(5) + QStringLiteral(".expected");
    if (qEnvironmentVariableIsSet("JIXIAO_RECORD_EXPECTED")) {
        QFile out(expectedPath);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(message.toUtf8() + '\n');
    }
    QFile expected(expectedPath);
    QVERIFY2(expected.open(QIODevice::ReadOnly), qPrintable(expectedPath + QStringLiteral(" is missing")));
    QCOMPARE(message, QString::fromUtf8(expected.readAll()).trimmed());
}

void TestMalformedJson::hugeProgramIsRefused()
{
    // A program of 17 MiB: refused once it passes 16 MiB, without reading it whole.
    QByteArray doc = R"({"format": "jixiao-programs", "version": 1, "fiscalYear": 2025, "programs": [{"name": ")";
    const qsizetype at = doc.size() - 10;
    doc += QByteArray(17 << 20, 'a') + R"(", "amount": "1"}]})";
    QBuffer in(&doc);
    in.open(QIODevice::ReadOnly);
    QCOMPARE(importIntoCopy(in, QStringLiteral("huge")),
        QStringLiteral("The file is not valid JSON (at byte %1): the value that starts here is larger than 16 MiB").arg(at));
}

void TestMalformedJson::endlessStreamIsRefused()
{
    // Endless white space after the header, and an endless number: each stops at a limit.
    EndlessDevice spaces(R"({"format": "jixiao-programs", )", ' ');
    JsonStreamReader reader(spaces, qint64(4) << 20);
    QVERIFY(reader.beginObject().ok());
    QVERIFY(reader.nextKey().ok());
    QVERIFY(reader.readValue().ok());
    Result<std::optional<QString>> key = reader.nextKey();
    QVERIFY(!key.ok());
    QCOMPARE(key.message(), QStringLiteral("The file is larger than 4 MiB, the most an import reads."));

    EndlessDevice digits(R"({"format": 1)", '1');
    QCOMPARE(importIntoCopy(digits, QStringLiteral("digits")),
        QStringLiteral("The file is not valid JSON (at byte 11): the value that starts here is larger than 16 MiB"));
}

void TestMalformedJson::cliPrintsOneEscapedLine_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("expected");
    QTest::newRow("/dev/zero") << QStringLiteral("/dev/zero")
                               << QStringLiteral("The file is not valid JSON (at byte 0): found “0x00”");
    QTest::newRow("control characters") << CorpusDir + QStringLiteral("/control-characters-shown-escaped.json")
                                        << QStringLiteral("unknown value “x\\x0D\\x1B[2J\\u2028y”");
}

void TestMalformedJson::cliPrintsOneEscapedLine()
{
    QFETCH(QString, file);
    QFETCH(QString, expected);
    const QString db = m_dir.filePath(QStringLiteral("cli.jixiao"));
    QFile::remove(db);
    QVERIFY(QFile::copy(m_base, db));
    const QByteArray before = fileState(db);
    QProcess p;
    p.start(QStringLiteral(JIXIAO_CLI), { QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--db"), db,
                                          QStringLiteral("import"), file });
    QVERIFY(p.waitForFinished(60'000));
    QCOMPARE(p.exitCode(), 1);
    const QByteArray err = p.readAllStandardError();
    QVERIFY2(err.startsWith("jixiao-cli: Nothing was imported"), err.constData());
    QVERIFY2(QString::fromUtf8(err).contains(expected), err.constData());
    QCOMPARE(err.count('\n'), 1);
    QVERIFY(err.endsWith('\n'));
    for (const char c : err.chopped(1))
        QVERIFY2(static_cast<unsigned char>(c) >= 0x20, err.constData());
    QVERIFY(!err.contains("\xE2\x80\xA8")); // U+2028
    QCOMPARE(fileState(db), before);
}

QTEST_GUILESS_MAIN(TestMalformedJson)
#include "TestMalformedJson.moc"
