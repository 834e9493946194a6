// The package container (docs/package-format.md): written, verified and refused, with real OpenSSL.
#include "core/exchange/PackageReader.h"
#include "core/exchange/PackageWriter.h"
#include "core/exchange/SigningKey.h"
#include "core/exchange/Sm3.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <sys/resource.h>

using namespace jx;

namespace {

template <typename T>
QByteArray be(T value)
{
    QByteArray out(int(sizeof(T)), Qt::Uninitialized);
    qToBigEndian<T>(value, out.data());
    return out;
}

// Peak resident memory of this process so far, in MiB.
qint64 peakMiB()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

QByteArray randomBytes(qint64 size, quint32 seed)
{
    QRandomGenerator random(seed);
    QByteArray out(size, Qt::Uninitialized);
    for (qint64 i = 0; i < size; ++i)
        out[i] = char(random.generate() & 0xFF);
    return out;
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QByteArray readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

PackageHeader sampleHeader()
{
    PackageHeader h;
    h.kind = PackageKind::Submission;
    h.sender = PackageParty { QUuid::createUuid(), QStringLiteral("101001"), QStringLiteral("喀什市教育局"),
                              AgencyKind::BudgetUnit, QStringLiteral("653101") };
    h.recipient = PackageParty { QUuid::createUuid(), {}, QStringLiteral("喀什市财政局"), AgencyKind::FinanceBureau,
                                 QStringLiteral("653101") };
    h.fiscalYear = 2026;
    h.stages = { QStringLiteral("targets"), QStringLiteral("monitoring") };
    h.sequence = 7;
    h.recordCounts = { { QStringLiteral("subject"), 12 }, { QStringLiteral("indicator"), 96 } };
    return h;
}

// Where the parts of a package file are (docs/package-format.md).
struct Layout
{
    qint64 headerStart, headerEnd, payloadStart, payloadEnd, keyStart, keyEnd, digestStart, signatureStart, end;
};

Layout layoutOf(const QByteArray& file)
{
    Layout l {};
    const qint64 headerSize = qFromBigEndian<quint32>(file.constData() + 9);
    l.headerStart = 13;
    l.headerEnd = l.headerStart + headerSize;
    const qint64 payloadSize = qFromBigEndian<quint64>(file.constData() + l.headerEnd);
    l.payloadStart = l.headerEnd + 8;
    l.payloadEnd = l.payloadStart + payloadSize;
    const qint64 keySize = qFromBigEndian<quint16>(file.constData() + l.payloadEnd);
    l.keyStart = l.payloadEnd + 2;
    l.keyEnd = l.keyStart + keySize;
    l.digestStart = l.keyEnd;
    l.signatureStart = l.digestStart + 32;
    const qint64 signatureSize = qFromBigEndian<quint16>(file.constData() + l.signatureStart);
    l.end = l.signatureStart + 2 + signatureSize;
    return l;
}

} // namespace

class TestPackageContainer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void roundTrip();
    void verifyWithoutExtracting();
    void headerJsonRoundTrip();
    void failedWriteLeavesNothing();
    void handBuiltPackageFollowsTheSpec();
    void newerMinorIsRead();
    void newerMajorIsRefused();
    void flippedByteAnywhere();
    void truncatedAtEveryLength();
    void emptyFile();
    void notAPackage();
    void bytesAfterTheSignature();
    void hugeClaimsRefusedBeforeAllocating();
    void inspectShowsWhatItCan();
    void bigPayloadMemoryFlat();

private:
    QString writeSample(const QString& name, const QByteArray& payload, PackageHeader header = sampleHeader());
    QByteArray build(quint16 major, quint16 minor, const QByteArray& headerJson, const QByteArray& payload) const;
    void expectRefused(const QByteArray& bytes, const QString& expected, const char* what);

    std::optional<SigningKey> m_key;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestPackageContainer::initTestCase()
{
    Result<SigningKey> key = SigningKey::generate();
    QVERIFY2(key, qPrintable(key.message()));
    m_key = *key;
}

void TestPackageContainer::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString TestPackageContainer::writeSample(const QString& name, const QByteArray& payload, PackageHeader header)
{
    const QString payloadPath = m_dir->filePath(name + QStringLiteral(".payload"));
    if (!writeFile(payloadPath, payload))
        return {};
    const QString path = m_dir->filePath(name);
    Result<PackageHeader> written = PackageWriter::write(path, header, payloadPath, *m_key);
    if (!written) {
        qWarning("%s", qPrintable(written.message()));
        return {};
    }
    return path;
}

// A package made from docs/package-format.md alone, not by PackageWriter.
QByteArray TestPackageContainer::build(quint16 major, quint16 minor, const QByteArray& headerJson,
                                       const QByteArray& payload) const
{
    const QByteArray key = m_key->publicKeyDer();
    QByteArray out = QByteArrayLiteral("JXPKG") + be<quint16>(major) + be<quint16>(minor)
        + be<quint32>(quint32(headerJson.size())) + headerJson + be<quint64>(quint64(payload.size())) + payload
        + be<quint16>(quint16(key.size())) + key;
    out += Sm3::hash(out);
    const QByteArray signature = *m_key->sign(out);
    return out + be<quint16>(quint16(signature.size())) + signature;
}

void TestPackageContainer::expectRefused(const QByteArray& bytes, const QString& expected, const char* what)
{
    const QString path = m_dir->filePath(QStringLiteral("refused.jxpkg"));
    QVERIFY(writeFile(path, bytes));
    const Result<VerifiedPackage> package = PackageReader::open(path);
    QVERIFY2(!package, what);
    QVERIFY2(package.message().contains(path), qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(what), package.message())));
    QVERIFY2(package.message().contains(expected),
             qPrintable(QStringLiteral("%1: expected “%2” in: %3").arg(QLatin1String(what), expected, package.message())));
}

void TestPackageContainer::roundTrip()
{
    // Three chunks and a bit: the payload crosses the reader's and writer's chunk boundaries.
    const QByteArray payload = randomBytes((3 << 20) + 12345, 1);
    const QString path = writeSample(QStringLiteral("sample.jxpkg"), payload);
    QVERIFY(!path.isEmpty());

    QString payloadPath;
    {
        Result<VerifiedPackage> package = PackageReader::open(path);
        QVERIFY2(package, qPrintable(package.message()));
        const PackageHeader expected = sampleHeader();
        const PackageHeader& h = package->header;
        QCOMPARE(h.format, PackageFormatVersion::current());
        QVERIFY(!h.packageId.isNull());
        QCOMPARE(h.kind, PackageKind::Submission);
        QCOMPARE(h.sender.agencyName, expected.sender.agencyName);
        QCOMPARE(h.sender.agencyCode, expected.sender.agencyCode);
        QCOMPARE(h.sender.agencyKind, AgencyKind::BudgetUnit);
        QCOMPARE(h.sender.divisionCode, expected.sender.divisionCode);
        QCOMPARE(h.recipient.agencyName, expected.recipient.agencyName);
        QCOMPARE(h.recipient.agencyKind, AgencyKind::FinanceBureau);
        QCOMPARE(h.fiscalYear, 2026);
        QCOMPARE(h.stages, expected.stages);
        QCOMPARE(h.sequence, 7);
        QCOMPARE(h.recordCounts, expected.recordCounts);
        QCOMPARE(h.payloadSize, payload.size());
        QCOMPARE(h.payloadDigest, Sm3::hash(payload));
        QVERIFY(h.createdAt.isValid());
        QCOMPARE(h.createdAt.timeSpec(), Qt::UTC);
        QVERIFY(qAbs(h.createdAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);
        QCOMPARE(package->signerPublicKey, m_key->publicKeyDer());
        QCOMPARE(package->signerFingerprint, m_key->fingerprint());
        QCOMPARE(package->fileSize, QFileInfo(path).size());
        payloadPath = package->payloadPath;
        QVERIFY(!payloadPath.isEmpty());
        QCOMPARE(readFile(payloadPath), payload);

        // Copies share the payload file.
        VerifiedPackage copy = *package;
        QCOMPARE(copy.payloadPath, payloadPath);
    }
    // Removed with the last copy.
    QVERIFY(!QFile::exists(payloadPath));
}

void TestPackageContainer::verifyWithoutExtracting()
{
    const QString path = writeSample(QStringLiteral("sample.jxpkg"), QByteArrayLiteral("payload"));
    Result<VerifiedPackage> package = PackageReader::verify(path);
    QVERIFY2(package, qPrintable(package.message()));
    QVERIFY(package->payloadPath.isEmpty());
    QCOMPARE(package->header.payloadSize, 7);
}

void TestPackageContainer::headerJsonRoundTrip()
{
    PackageHeader h = sampleHeader();
    h.packageId = QUuid::createUuid();
    h.createdAt = QDateTime(QDate(2026, 11, 27), QTime(8, 30, 1, 250), Qt::UTC);
    h.payloadSize = 42;
    h.payloadDigest = Sm3::hash("x");
    Result<PackageHeader> back = PackageHeader::fromJson(h.toJson(), QStringLiteral("f"));
    QVERIFY2(back, qPrintable(back.message()));
    QCOMPARE(back->toJson(), h.toJson());
    QCOMPARE(back->createdAt, h.createdAt);
    QCOMPARE(back->sender, h.sender);
    QCOMPARE(back->recipient, h.recipient);

    // A field missing or wrong is named.
    const Result<PackageHeader> bad =
        PackageHeader::fromJson(h.toJson().replace("\"fiscalYear\":2026", "\"fiscalYear\":\"2026\""), QStringLiteral("f"));
    QVERIFY(!bad);
    QVERIFY2(bad.message().contains(QLatin1String("fiscalYear")), qPrintable(bad.message()));
    QVERIFY(!PackageHeader::fromJson("[]", QStringLiteral("f")));
    // Only a key file may have no recipient.
    h.recipient = {};
    QVERIFY(!PackageHeader::fromJson(h.toJson(), QStringLiteral("f")));
    h.kind = PackageKind::KeyFile;
    QVERIFY(PackageHeader::fromJson(h.toJson(), QStringLiteral("f")));
}

void TestPackageContainer::failedWriteLeavesNothing()
{
    const QString path = m_dir->filePath(QStringLiteral("out.jxpkg"));
    // No payload file: no package.
    QVERIFY(!PackageWriter::write(path, sampleHeader(), m_dir->filePath(QStringLiteral("missing")), *m_key));
    QVERIFY(!QFile::exists(path));

    // An existing file stays as it was when a write is cancelled half way.
    QVERIFY(writeFile(path, "old content"));
    const QString payloadPath = m_dir->filePath(QStringLiteral("payload"));
    QVERIFY(writeFile(payloadPath, randomBytes(3 << 20, 2)));
    int calls = 0;
    const Result<PackageHeader> cancelled = PackageWriter::write(path, sampleHeader(), payloadPath, *m_key,
        [&calls](qint64 done, qint64 total) {
            ++calls;
            return done < total / 2 + (1 << 20);
        });
    QVERIFY(!cancelled);
    QVERIFY2(cancelled.message().contains(QLatin1String("cancelled")), qPrintable(cancelled.message()));
    QVERIFY(calls > 1);
    QCOMPARE(readFile(path), QByteArrayLiteral("old content"));
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files).size(), 2); // no temporary left behind
}

void TestPackageContainer::handBuiltPackageFollowsTheSpec()
{
    const QByteArray payload = QByteArrayLiteral("a payload");
    PackageHeader h = sampleHeader();
    h.packageId = QUuid::createUuid();
    h.createdAt = QDateTime::currentDateTimeUtc();
    h.payloadSize = payload.size();
    h.payloadDigest = Sm3::hash(payload);
    const QString path = m_dir->filePath(QStringLiteral("hand.jxpkg"));
    QVERIFY(writeFile(path, build(1, 0, h.toJson(), payload)));
    Result<VerifiedPackage> package = PackageReader::open(path);
    QVERIFY2(package, qPrintable(package.message()));
    QCOMPARE(package->header.packageId, h.packageId);
    QCOMPARE(readFile(package->payloadPath), payload);

    // And PackageWriter's output has the layout the spec describes.
    const QString written = writeSample(QStringLiteral("w.jxpkg"), payload);
    const QByteArray bytes = readFile(written);
    QVERIFY(bytes.startsWith(QByteArrayLiteral("JXPKG\x00\x01\x00\x00")));
    const Layout l = layoutOf(bytes);
    QCOMPARE(l.end, bytes.size());
    QCOMPARE(bytes.mid(l.payloadStart, l.payloadEnd - l.payloadStart), payload);
    QCOMPARE(bytes.mid(l.keyStart, l.keyEnd - l.keyStart), m_key->publicKeyDer());
    QCOMPARE(bytes.mid(l.digestStart, 32), Sm3::hash(bytes.left(l.digestStart)));
    QVERIFY(SigningKey::verify(m_key->publicKeyDer(), bytes.left(l.signatureStart), bytes.mid(l.signatureStart + 2)));
}

void TestPackageContainer::newerMinorIsRead()
{
    const QByteArray payload = QByteArrayLiteral("payload of 1.7");
    PackageHeader h = sampleHeader();
    h.format = { 1, 7 };
    h.packageId = QUuid::createUuid();
    h.createdAt = QDateTime::currentDateTimeUtc();
    h.payloadSize = payload.size();
    h.payloadDigest = Sm3::hash(payload);
    // A newer minor may add header fields; they are ignored.
    QByteArray json = h.toJson();
    json.insert(1, "\"addedIn17\":{\"x\":1},");
    const QString path = m_dir->filePath(QStringLiteral("minor.jxpkg"));
    QVERIFY(writeFile(path, build(1, 7, json, payload)));
    Result<VerifiedPackage> package = PackageReader::open(path);
    QVERIFY2(package, qPrintable(package.message()));
    QCOMPARE(package->header.format, (PackageFormatVersion { 1, 7 }));
}

void TestPackageContainer::newerMajorIsRefused()
{
    PackageHeader h = sampleHeader();
    h.format = { 2, 0 };
    h.packageId = QUuid::createUuid();
    h.createdAt = QDateTime::currentDateTimeUtc();
    h.payloadDigest = Sm3::hash({});
    const QString path = m_dir->filePath(QStringLiteral("major.jxpkg"));
    QVERIFY(writeFile(path, build(2, 0, h.toJson(), {})));
    const Result<VerifiedPackage> package = PackageReader::open(path);
    QVERIFY(!package);
    QCOMPARE(package.error().code, Error::Code::Version);
    QVERIFY2(package.message().contains(QLatin1String("format version 2.0, newer than")), qPrintable(package.message()));
    QVERIFY(package.message().contains(path));
    // Even when the rest of the file means nothing to this version.
    expectRefused(QByteArrayLiteral("JXPKG\x00\x03\x00\x00whatever"), QStringLiteral("format version 3.0, newer"),
                  "newer major, other framing");
    expectRefused(QByteArrayLiteral("JXPKG\x00\x00\x00\x01whatever"), QStringLiteral("no version of Jixiao ever wrote"),
                  "major 0");
}

void TestPackageContainer::flippedByteAnywhere()
{
    const QString path = writeSample(QStringLiteral("good.jxpkg"), randomBytes(1500, 3));
    const QByteArray good = readFile(path);
    const Layout l = layoutOf(good);
    QCOMPARE(l.end, good.size());
    const QString bad = m_dir->filePath(QStringLiteral("flipped.jxpkg"));
    int refused = 0;
    int tried = 0;
    for (qint64 i = 0; i < good.size(); ++i) {
        // Every byte of the framing, header, key, digest and signature; every fifth of the payload.
        if (i >= l.payloadStart && i < l.payloadEnd && i % 5 != 0)
            continue;
        ++tried;
        QByteArray bytes = good;
        bytes[i] = char(bytes.at(i) ^ (1 << (i % 8)));
        QVERIFY(writeFile(bad, bytes));
        const Result<VerifiedPackage> package = PackageReader::verify(bad);
        const QByteArray where = QByteArray::number(i);
        QVERIFY2(!package, where.constData());
        QVERIFY2(package.message().contains(bad), qPrintable(package.message()));
        // The check that catches it, by where the byte is.
        QString expected;
        if (i < 5)
            expected = QStringLiteral("not a Jixiao package");
        else if ((i >= l.headerStart && i < l.headerEnd) || (i >= l.payloadStart && i < l.payloadEnd)
                 || (i >= l.keyStart && i < l.keyEnd) || (i >= l.digestStart && i < l.signatureStart))
            expected = QStringLiteral("SM3 digest does not match");
        else if (i >= l.signatureStart + 2)
            expected = QStringLiteral("SM2 signature does not verify");
        if (!expected.isEmpty())
            QVERIFY2(package.message().contains(expected), qPrintable(QString::fromLatin1(where) + QLatin1String(": ") + package.message()));
        ++refused;
    }
    QCOMPARE(refused, tried);
    QVERIFY(tried > 1000);
}

void TestPackageContainer::truncatedAtEveryLength()
{
    const QString path = writeSample(QStringLiteral("good.jxpkg"), randomBytes(800, 4));
    const QByteArray good = readFile(path);
    const QString bad = m_dir->filePath(QStringLiteral("truncated.jxpkg"));
    for (qint64 length = 1; length < good.size(); ++length) {
        QVERIFY(writeFile(bad, good.left(length)));
        const Result<VerifiedPackage> package = PackageReader::open(bad);
        QVERIFY2(!package, qPrintable(QString::number(length)));
        QVERIFY2(package.message().contains(QLatin1String("truncated")) && package.message().contains(bad),
                 qPrintable(QString::number(length) + QLatin1String(": ") + package.message()));
    }
}

void TestPackageContainer::emptyFile()
{
    expectRefused({}, QStringLiteral("is empty (0 bytes)"), "empty");
    const Result<VerifiedPackage> missing = PackageReader::open(m_dir->filePath(QStringLiteral("nowhere.jxpkg")));
    QVERIFY(!missing);
    QVERIFY2(missing.message().contains(QLatin1String("does not exist")), qPrintable(missing.message()));
}

void TestPackageContainer::notAPackage()
{
    expectRefused(QByteArrayLiteral("{\"programs\": []}"), QStringLiteral("not a Jixiao package"), "JSON");
    expectRefused(QByteArray("SQLite format 3\0", 16) + QByteArray(4080, '\0'),
                  QStringLiteral("not a Jixiao package"), "SQLite");
    expectRefused(QByteArrayLiteral("PK\x03\x04"), QStringLiteral("not a Jixiao package"), "zip");
    expectRefused(QByteArrayLiteral("J"), QStringLiteral("truncated"), "first byte of the magic");
}

void TestPackageContainer::bytesAfterTheSignature()
{
    const QString path = writeSample(QStringLiteral("good.jxpkg"), QByteArrayLiteral("payload"));
    expectRefused(readFile(path) + "extra", QStringLiteral("5 bytes after its signature"), "trailing bytes");
}

void TestPackageContainer::hugeClaimsRefusedBeforeAllocating()
{
    const qint64 before = peakMiB();
    const QByteArray prefix = QByteArrayLiteral("JXPKG\x00\x01\x00\x00");
    // A header of 4 GiB.
    expectRefused(prefix + be<quint32>(0xFFFFFFF0u) + QByteArray(100, 'x'),
                  QStringLiteral("claims a header of 4294967280 bytes"), "huge header");
    // A header within the limit but beyond the file.
    expectRefused(prefix + be<quint32>(1000) + QByteArray(100, 'x'), QStringLiteral("truncated"), "header beyond file");
    // A payload of 2^63 bytes, then one of 5 GiB in a file of a few hundred bytes.
    const QByteArray json = sampleHeader().toJson();
    const QByteArray framed = prefix + be<quint32>(quint32(json.size())) + json;
    expectRefused(framed + be<quint64>(0x7FFFFFFFFFFFFFFFull) + QByteArray(200, 'x'),
                  QStringLiteral("more than the 68719476736 bytes a package may carry"), "payload beyond the limit");
    expectRefused(framed + be<quint64>(5ull << 30) + QByteArray(200, 'x'),
                  QStringLiteral("claims a payload of 5368709120 bytes, but the file holds only 200 bytes"),
                  "payload beyond the file");
    // A key or a signature length that is no SM2 key or signature.
    expectRefused(framed + be<quint64>(0) + be<quint16>(60000) + QByteArray(200, 'x'),
                  QStringLiteral("signer key of 60000 bytes"), "huge key");
    const QByteArray key = m_key->publicKeyDer();
    expectRefused(framed + be<quint64>(0) + be<quint16>(quint16(key.size())) + key + QByteArray(32, 'd')
                      + be<quint16>(50000) + QByteArray(100, 's'),
                  QStringLiteral("signature of 50000 bytes"), "huge signature");
    // A smaller limit is honoured.
    const QString path = writeSample(QStringLiteral("good.jxpkg"), QByteArray(5000, 'p'));
    PackageLimits limits;
    limits.maxPayloadBytes = 4096;
    const Result<VerifiedPackage> limited = PackageReader::open(path, limits);
    QVERIFY(!limited);
    QVERIFY2(limited.message().contains(QLatin1String("more than the 4096 bytes")), qPrintable(limited.message()));
    QVERIFY2(peakMiB() - before < 16, qPrintable(QString::number(peakMiB() - before)));
}

void TestPackageContainer::inspectShowsWhatItCan()
{
    const QString path = writeSample(QStringLiteral("good.jxpkg"), randomBytes(300, 5));
    PackageReader::Inspection ok = PackageReader::inspect(path);
    QVERIFY(ok.validity);
    QVERIFY(ok.header);
    QCOMPARE(ok.signerFingerprint, m_key->fingerprint());

    QByteArray bytes = readFile(path);
    const Layout l = layoutOf(bytes);
    bytes[l.payloadStart + 10] = char(bytes.at(l.payloadStart + 10) ^ 0x40);
    const QString bad = m_dir->filePath(QStringLiteral("bad.jxpkg"));
    QVERIFY(writeFile(bad, bytes));
    PackageReader::Inspection damaged = PackageReader::inspect(bad);
    QVERIFY(!damaged.validity);
    QVERIFY(damaged.validity.message().contains(QLatin1String("SM3 digest does not match")));
    QVERIFY(damaged.header); // shown, though not trusted
    QCOMPARE(damaged.header->sequence, 7);
    QCOMPARE(damaged.signerFingerprint, m_key->fingerprint());
}

// A big payload is written and read in chunks: memory does not grow with it. JIXIAO_BIG_PACKAGE_MB
// sets the size (default 48 MiB, to keep the suite fast; the benchmark runs hundreds).
void TestPackageContainer::bigPayloadMemoryFlat()
{
    const qint64 mib = qEnvironmentVariableIntValue("JIXIAO_BIG_PACKAGE_MB") > 0
        ? qEnvironmentVariableIntValue("JIXIAO_BIG_PACKAGE_MB")
        : 48;
    const QString payloadPath = m_dir->filePath(QStringLiteral("big.payload"));
    Sm3 expected;
    {
        QFile f(payloadPath);
        QVERIFY(f.open(QIODevice::WriteOnly));
        const QByteArray chunk = randomBytes(1 << 20, 6);
        for (qint64 i = 0; i < mib; ++i) {
            QByteArray c = chunk;
            c[0] = char(i);
            expected.update(c);
            QCOMPARE(f.write(c), c.size());
        }
    }
    const QByteArray digest = expected.finish();
    const qint64 before = peakMiB();
    QElapsedTimer timer;
    timer.start();
    const QString path = m_dir->filePath(QStringLiteral("big.jxpkg"));
    Result<PackageHeader> written = PackageWriter::write(path, sampleHeader(), payloadPath, *m_key);
    QVERIFY2(written, qPrintable(written.message()));
    const qint64 writeMs = timer.restart();
    QFile::remove(payloadPath);
    qint64 progressCalls = 0;
    Result<VerifiedPackage> package = PackageReader::open(path, {}, [&progressCalls](qint64, qint64) {
        ++progressCalls;
        return true;
    });
    QVERIFY2(package, qPrintable(package.message()));
    const qint64 readMs = timer.elapsed();
    QCOMPARE(package->header.payloadSize, mib << 20);
    QCOMPARE(package->header.payloadDigest, digest);
    QCOMPARE(QFileInfo(package->payloadPath).size(), mib << 20);
    QVERIFY(progressCalls >= mib);
    const qint64 grown = peakMiB() - before;
    qInfo("%lld MiB: written in %lld ms, verified and extracted in %lld ms, peak memory grew %lld MiB", mib, writeMs,
          readMs, grown);
    QVERIFY2(grown < 16, qPrintable(QString::number(grown)));
}

QTEST_GUILESS_MAIN(TestPackageContainer)
#include "TestPackageContainer.moc"
