// Keys of the file exchange: SM2 signatures with SM3, the encrypted private key, key files and
// the registry of known keys (core/exchange), with real OpenSSL.
#include "TestSupport.h"
#include "core/exchange/KeyFile.h"
#include "core/exchange/KeyRegistry.h"
#include "core/exchange/KeyStore.h"
#include "core/exchange/PackageReader.h"
#include "core/exchange/PackageWriter.h"
#include "core/exchange/SigningKey.h"
#include "core/exchange/Sm3.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryFile>
#include <QTest>

using namespace jx;

namespace {

const QByteArray Passphrase = QByteArrayLiteral("喀什财政 2026 passphrase");

SigningKey newKey()
{
    Result<SigningKey> key = SigningKey::generate();
    if (!key)
        qFatal("%s", qPrintable(key.message()));
    return *key;
}

} // namespace

class TestPackageKeys : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void sm3KnownAnswer();
    void signAndVerify();
    void signatureCheckedByOpenSslTool();
    void encryptedPrivateKey();
    void fingerprint();
    void ownKeyInDatabase();
    void keyFileRoundTrip();
    void keyFileSignedByAnotherKey();
    void keyFileThatIsAnotherPackage();
    void registry();
    void checkSigner();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_county;
    std::unique_ptr<Database> m_unit;
};

void TestPackageKeys::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_county = test::createInstallation(*m_dir, QStringLiteral("county.jixiao"));
    QVERIFY(m_county);
    InstallationRequest request;
    request.divisionCode = QStringLiteral("653101");
    request.agencyName = QStringLiteral("喀什市教育局");
    request.agencyKind = AgencyKind::BudgetUnit;
    request.agencyCode = QStringLiteral("101001");
    Result<std::unique_ptr<Database>> unit = Installation::create(m_dir->filePath(QStringLiteral("unit.jixiao")), request);
    QVERIFY2(unit, qPrintable(unit.message()));
    m_unit = std::move(unit.value());
}

void TestPackageKeys::sm3KnownAnswer()
{
    // GB/T 32905-2016, example 1: SM3("abc").
    QCOMPARE(Sm3::hash(QByteArrayLiteral("abc")).toHex(),
             QByteArrayLiteral("66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0"));
    // The same in pieces.
    Sm3 sm3;
    sm3.update(QByteArrayLiteral("a"));
    sm3.update(QByteArrayLiteral("bc"));
    QCOMPARE(sm3.finish(), Sm3::hash(QByteArrayLiteral("abc")));
}

void TestPackageKeys::signAndVerify()
{
    const SigningKey key = newKey();
    const QByteArray data = QByteArrayLiteral("上报包 content");
    Result<QByteArray> signature = key.sign(data);
    QVERIFY2(signature, qPrintable(signature.message()));
    QVERIFY(SigningKey::verify(key.publicKeyDer(), data, *signature));

    // Changed data, another key, a damaged signature: each refused.
    QVERIFY(!SigningKey::verify(key.publicKeyDer(), data + 'x', *signature));
    QVERIFY(!SigningKey::verify(newKey().publicKeyDer(), data, *signature));
    QByteArray damaged = *signature;
    damaged[damaged.size() / 2] = char(damaged.at(damaged.size() / 2) ^ 0x01);
    const Result<void> bad = SigningKey::verify(key.publicKeyDer(), data, damaged);
    QVERIFY(!bad);
    QVERIFY2(bad.message().contains(QLatin1String("does not match")), qPrintable(bad.message()));
    // A public key that is no SM2 key.
    const Result<void> noKey = SigningKey::verify(QByteArrayLiteral("not a key"), data, *signature);
    QVERIFY(!noKey);
    QVERIFY2(noKey.message().contains(QLatin1String("not an SM2 public key")), qPrintable(noKey.message()));

    // Signed in pieces is signed the same.
    Result<SigningKey::Signer> signer = key.signer();
    QVERIFY(signer);
    signer->update(data.constData(), 5);
    signer->update(data.constData() + 5, data.size() - 5);
    Result<QByteArray> pieces = signer->finish();
    QVERIFY(pieces);
    QVERIFY(SigningKey::verify(key.publicKeyDer(), data, *pieces));
}

// An independent check of the scheme (SM2 with SM3 and the ID 1234567812345678): the openssl tool
// verifies our signature, and refuses it under another ID.
void TestPackageKeys::signatureCheckedByOpenSslTool()
{
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (openssl.isEmpty())
        QSKIP("the openssl tool is not installed");
    const SigningKey key = newKey();
    const QByteArray data = QByteArrayLiteral("signed by Jixiao");
    Result<QByteArray> signature = key.sign(data);
    QVERIFY(signature);
    const auto writeFile = [this](const QString& name, const QByteArray& bytes) {
        QFile f(m_dir->filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    };
    writeFile(QStringLiteral("data.bin"), data);
    writeFile(QStringLiteral("sig.der"), *signature);
    writeFile(QStringLiteral("pub.der"), key.publicKeyDer());
    const auto verifyWithId = [&](const QString& id) {
        QProcess p;
        p.setWorkingDirectory(m_dir->path());
        p.start(openssl, { QStringLiteral("pkeyutl"), QStringLiteral("-verify"), QStringLiteral("-pubin"),
                             QStringLiteral("-keyform"), QStringLiteral("DER"), QStringLiteral("-inkey"),
                             QStringLiteral("pub.der"), QStringLiteral("-rawin"), QStringLiteral("-digest"),
                             QStringLiteral("sm3"), QStringLiteral("-pkeyopt"), QStringLiteral("distid:") + id,
                             QStringLiteral("-in"), QStringLiteral("data.bin"), QStringLiteral("-sigfile"),
                             QStringLiteral("sig.der") });
        p.waitForFinished();
        return p.exitCode() == 0 && p.readAllStandardOutput().contains("Signature Verified Successfully");
    };
    QVERIFY(verifyWithId(QStringLiteral("1234567812345678")));
    QVERIFY(!verifyWithId(QStringLiteral("8765432187654321")));
}

void TestPackageKeys::encryptedPrivateKey()
{
    const SigningKey key = newKey();
    Result<QByteArray> pem = key.toEncryptedPem(Passphrase);
    QVERIFY2(pem, qPrintable(pem.message()));
    QVERIFY(pem->startsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----"));

    Result<SigningKey> back = SigningKey::fromEncryptedPem(*pem, Passphrase);
    QVERIFY2(back, qPrintable(back.message()));
    QCOMPARE(back->publicKeyDer(), key.publicKeyDer());
    // The key read back signs what the public key verifies.
    Result<QByteArray> signature = back->sign(QByteArrayLiteral("x"));
    QVERIFY(signature);
    QVERIFY(SigningKey::verify(key.publicKeyDer(), QByteArrayLiteral("x"), *signature));

    const Result<SigningKey> wrong = SigningKey::fromEncryptedPem(*pem, QByteArrayLiteral("wrong passphrase"));
    QVERIFY(!wrong);
    QVERIFY2(wrong.message().contains(QLatin1String("Wrong passphrase")), qPrintable(wrong.message()));
    const Result<SigningKey> damaged = SigningKey::fromEncryptedPem(QByteArrayLiteral("garbage"), Passphrase);
    QVERIFY(!damaged);
    QVERIFY2(damaged.message().contains(QLatin1String("damaged")), qPrintable(damaged.message()));
    const Result<QByteArray> shortOne = key.toEncryptedPem(QByteArrayLiteral("short"));
    QVERIFY(!shortOne);
    QVERIFY2(shortOne.message().contains(QLatin1String("too short")), qPrintable(shortOne.message()));

    // Encrypted with scrypt and AES-256-CBC (PKCS#5 v2), as docs/schema.md says; checked with the tool when present.
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (!openssl.isEmpty()) {
        QProcess p;
        p.start(openssl, { QStringLiteral("asn1parse") });
        p.write(*pem);
        p.closeWriteChannel();
        p.waitForFinished();
        const QByteArray parsed = p.readAllStandardOutput();
        QVERIFY2(parsed.contains(":scrypt"), parsed.constData());
        QVERIFY2(parsed.contains("aes-256-cbc"), parsed.constData());
    }
}

void TestPackageKeys::fingerprint()
{
    const SigningKey key = newKey();
    const QString fp = key.fingerprint();
    QVERIFY2(QRegularExpression(QStringLiteral("^([0-9A-F]{4} ){7}[0-9A-F]{4}$")).match(fp).hasMatch(), qPrintable(fp));
    // Stable: the SM3 of the public key's DER, its first 16 bytes.
    QCOMPARE(fp, SigningKey::fingerprint(key.publicKeyDer()));
    QCOMPARE(QString(fp).remove(QLatin1Char(' ')).toLatin1(), Sm3::hash(key.publicKeyDer()).left(16).toHex().toUpper());
    QVERIFY(newKey().fingerprint() != fp);
    // As typed by a person.
    QCOMPARE(SigningKey::normalizedFingerprint(QString(fp).remove(QLatin1Char(' ')).toLower()), fp);
    QCOMPARE(SigningKey::normalizedFingerprint(QString(fp).replace(QLatin1Char(' '), QLatin1Char('-'))), fp);
    QVERIFY(SigningKey::normalizedFingerprint(fp.left(20)).isEmpty());
    QVERIFY(SigningKey::normalizedFingerprint(QString(fp).replace(0, 1, QLatin1Char('G'))).isEmpty());
}

void TestPackageKeys::ownKeyInDatabase()
{
    KeyStore store(*m_county);
    Result<std::optional<OwnKey>> none = store.current();
    QVERIFY(none);
    QVERIFY(!none->has_value());
    const Result<SigningKey> noKey = store.unlock(Passphrase);
    QVERIFY(!noKey);
    QVERIFY2(noKey.message().contains(QLatin1String("no signing key")), qPrintable(noKey.message()));

    Result<Agency> self = Installation::selfAgency(*m_county);
    QVERIFY(self);
    QVERIFY(!store.generate(*self, QByteArrayLiteral("short")));
    Result<OwnKey> first = store.generate(*self, Passphrase);
    QVERIFY2(first, qPrintable(first.message()));
    QCOMPARE(first->agencyId, self->meta.id);

    // Stored encrypted: the database holds no plain private key, nor the passphrase.
    const QString stored = test::scalar(*m_county, QStringLiteral("SELECT private_key FROM signing_key")).toString();
    QVERIFY(stored.startsWith(QLatin1String("-----BEGIN ENCRYPTED PRIVATE KEY-----")));
    QVERIFY(!stored.contains(QString::fromUtf8(Passphrase)));

    Result<SigningKey> unlocked = store.unlock(Passphrase);
    QVERIFY2(unlocked, qPrintable(unlocked.message()));
    QCOMPARE(unlocked->fingerprint(), first->fingerprint);
    const Result<SigningKey> wrong = store.unlock(QByteArrayLiteral("not the passphrase"));
    QVERIFY(!wrong);
    QVERIFY2(wrong.message().contains(QLatin1String("Wrong passphrase")), qPrintable(wrong.message()));

    // A new key retires the old one, which is kept.
    Result<OwnKey> second = store.generate(*self, Passphrase);
    QVERIFY(second);
    Result<std::optional<OwnKey>> current = store.current();
    QVERIFY(current && current->has_value());
    QCOMPARE((*current)->fingerprint, second->fingerprint);
    Result<QList<OwnKey>> all = store.list();
    QVERIFY(all);
    QCOMPARE(all->size(), 2);
    QVERIFY(!all->at(0).retiredAt.isValid());
    QVERIFY(all->at(1).retiredAt.isValid());
    QCOMPARE(all->at(1).fingerprint, first->fingerprint);
}

void TestPackageKeys::keyFileRoundTrip()
{
    KeyStore store(*m_unit);
    Result<Agency> self = Installation::selfAgency(*m_unit);
    QVERIFY(self);
    Result<OwnKey> own = store.generate(*self, Passphrase);
    QVERIFY(own);
    const QString path = m_dir->filePath(QStringLiteral("unit.jxkey"));
    QVERIFY(!store.exportKeyFile(*self, QByteArrayLiteral("wrong passphrase"), path));
    QVERIFY(!QFile::exists(path));
    Result<KeyFile> written = store.exportKeyFile(*self, Passphrase, path);
    QVERIFY2(written, qPrintable(written.message()));

    Result<KeyFile> read = KeyFile::read(path);
    QVERIFY2(read, qPrintable(read.message()));
    QCOMPARE(read->agency.agencyId, self->meta.id);
    QCOMPARE(read->agency.agencyName, QStringLiteral("喀什市教育局"));
    QCOMPARE(read->agency.agencyCode, QStringLiteral("101001"));
    QCOMPARE(read->agency.agencyKind, AgencyKind::BudgetUnit);
    QCOMPARE(read->agency.divisionCode, QStringLiteral("653101"));
    QCOMPARE(read->publicKeyDer, own->publicKeyDer);
    QCOMPARE(read->createdAt, own->createdAt);
    QCOMPARE(read->fingerprint(), own->fingerprint);

    // A key file is a package: `package verify` reads it.
    Result<VerifiedPackage> package = PackageReader::verify(path);
    QVERIFY(package);
    QCOMPARE(package->header.kind, PackageKind::KeyFile);
    QCOMPARE(package->signerFingerprint, own->fingerprint);
}

void TestPackageKeys::keyFileSignedByAnotherKey()
{
    const SigningKey carried = newKey();
    const SigningKey signer = newKey();
    KeyFile file;
    file.agency = PackageParty { QUuid::createUuid(), {}, QStringLiteral("某单位"), AgencyKind::BudgetUnit,
                                 QStringLiteral("653101") };
    file.publicKeyDer = carried.publicKeyDer();
    file.createdAt = QDateTime::currentDateTimeUtc();
    const QString path = m_dir->filePath(QStringLiteral("forged.jxkey"));
    // The writer refuses to sign a key file with another key than the one it carries…
    QVERIFY(!file.write(path, signer));
    QVERIFY(!QFile::exists(path));
    // … and a file made so anyway (its payload written by hand) is refused by the reader.
    QVERIFY(file.write(path, carried));
    Result<VerifiedPackage> original = PackageReader::open(path);
    QVERIFY(original);
    PackageHeader header = original->header;
    const QString forged = m_dir->filePath(QStringLiteral("forged2.jxkey"));
    QVERIFY(PackageWriter::write(forged, header, original->payloadPath, signer));
    const Result<KeyFile> read = KeyFile::read(forged);
    QVERIFY(!read);
    QVERIFY2(read.message().contains(QLatin1String("signed by another key")), qPrintable(read.message()));
}

void TestPackageKeys::keyFileThatIsAnotherPackage()
{
    const SigningKey key = newKey();
    PackageHeader header;
    header.kind = PackageKind::Submission;
    header.sender = PackageParty { QUuid::createUuid(), {}, QStringLiteral("某单位"), AgencyKind::BudgetUnit,
                                   QStringLiteral("653101") };
    header.recipient = header.sender;
    header.fiscalYear = 2026;
    QTemporaryFile payload;
    QVERIFY(payload.open());
    payload.write("{}");
    payload.flush();
    const QString path = m_dir->filePath(QStringLiteral("submission.jxpkg"));
    QVERIFY(PackageWriter::write(path, header, payload.fileName(), key));
    const Result<KeyFile> read = KeyFile::read(path);
    QVERIFY(!read);
    QVERIFY2(read.message().contains(QLatin1String("not a key file")), qPrintable(read.message()));
}

void TestPackageKeys::registry()
{
    // The unit hands its key file to the county.
    KeyStore unitKeys(*m_unit);
    Result<Agency> unit = Installation::selfAgency(*m_unit);
    QVERIFY(unit);
    Result<OwnKey> unitKey = unitKeys.generate(*unit, Passphrase);
    QVERIFY(unitKey);
    const QString unitFile = m_dir->filePath(QStringLiteral("unit.jxkey"));
    QVERIFY(unitKeys.exportKeyFile(*unit, Passphrase, unitFile));

    KeyRegistry registry(*m_county);
    Result<QList<KnownKey>> empty = registry.list();
    QVERIFY(empty);
    QVERIFY(empty->isEmpty());
    Result<KnownKey> added = registry.addFile(unitFile);
    QVERIFY2(added, qPrintable(added.message()));
    QCOMPARE(added->fingerprint, unitKey->fingerprint);
    QCOMPARE(added->agency.agencyId, unit->meta.id);

    Result<QList<KnownKey>> listed = registry.list();
    QVERIFY(listed);
    QCOMPARE(listed->size(), 1);
    QCOMPARE(listed->at(0).fingerprint, unitKey->fingerprint);
    QCOMPARE(listed->at(0).agency.agencyName, QStringLiteral("喀什市教育局"));
    QCOMPARE(listed->at(0).agency.agencyKind, AgencyKind::BudgetUnit);
    QCOMPARE(listed->at(0).publicKeyDer, unitKey->publicKeyDer);
    QVERIFY(!listed->at(0).revoked());

    // Twice: refused.
    const Result<KnownKey> again = registry.addFile(unitFile);
    QVERIFY(!again);
    QVERIFY2(again.message().contains(QLatin1String("already registered")), qPrintable(again.message()));

    // The county's own key is not a known key.
    KeyStore countyKeys(*m_county);
    Result<Agency> county = Installation::selfAgency(*m_county);
    QVERIFY(county && countyKeys.generate(*county, Passphrase));
    const QString countyFile = m_dir->filePath(QStringLiteral("county.jxkey"));
    QVERIFY(countyKeys.exportKeyFile(*county, Passphrase, countyFile));
    const Result<KnownKey> own = registry.addFile(countyFile);
    QVERIFY(!own);
    QVERIFY2(own.message().contains(QLatin1String("own agency")), qPrintable(own.message()));

    // Found as a person types it.
    Result<std::optional<KnownKey>> found = registry.find(QString(unitKey->fingerprint).remove(QLatin1Char(' ')).toLower());
    QVERIFY(found && found->has_value());
    QVERIFY(!registry.find(QStringLiteral("12")));

    // Revoked with a reason, once.
    const Result<void> noReason = registry.revoke(unitKey->fingerprint, QStringLiteral("  "));
    QVERIFY(!noReason);
    QVERIFY2(noReason.message().contains(QLatin1String("reason")), qPrintable(noReason.message()));
    const Result<void> unknown = registry.revoke(QStringLiteral("0000 0000 0000 0000 0000 0000 0000 0000"),
                                                 QStringLiteral("lost"));
    QVERIFY(!unknown);
    QVERIFY2(unknown.message().contains(QLatin1String("No known key")), qPrintable(unknown.message()));
    QVERIFY(registry.revoke(unitKey->fingerprint, QStringLiteral("U盘丢失")));
    const Result<void> twice = registry.revoke(unitKey->fingerprint, QStringLiteral("again"));
    QVERIFY(!twice);
    QVERIFY2(twice.message().contains(QLatin1String("already revoked")), qPrintable(twice.message()));
    listed = registry.list();
    QVERIFY(listed);
    QVERIFY(listed->at(0).revoked());
    QCOMPARE(listed->at(0).revokeReason, QStringLiteral("U盘丢失"));
    // A revoked key stays registered: registering it again is refused and says it was revoked.
    const Result<KnownKey> revokedAgain = registry.addFile(unitFile);
    QVERIFY(!revokedAgain);
    QVERIFY2(revokedAgain.message().contains(QLatin1String("revoked")), qPrintable(revokedAgain.message()));
}

void TestPackageKeys::checkSigner()
{
    KeyStore unitKeys(*m_unit);
    Result<Agency> unit = Installation::selfAgency(*m_unit);
    QVERIFY(unit);
    QVERIFY(unitKeys.generate(*unit, Passphrase));
    Result<SigningKey> unitKey = unitKeys.unlock(Passphrase);
    QVERIFY(unitKey);
    Result<Agency> county = Installation::selfAgency(*m_county);
    QVERIFY(county);

    const auto party = [](const Agency& a) {
        return PackageParty { a.meta.id, a.code, a.name, a.kind, a.divisionCode };
    };
    QTemporaryFile payload;
    QVERIFY(payload.open());
    payload.write("payload");
    payload.flush();
    const auto package = [&](const QString& name, const PackageParty& sender, const SigningKey& key) {
        PackageHeader header;
        header.kind = PackageKind::Submission;
        header.sender = sender;
        header.recipient = party(*county);
        header.fiscalYear = 2026;
        header.sequence = 1;
        const QString path = m_dir->filePath(name);
        Result<PackageHeader> written = PackageWriter::write(path, header, payload.fileName(), key);
        if (!written)
            qWarning("%s", qPrintable(written.message()));
        return PackageReader::verify(path);
    };

    Result<VerifiedPackage> fromUnit = package(QStringLiteral("unit.jxpkg"), party(*unit), *unitKey);
    QVERIFY2(fromUnit, qPrintable(fromUnit.message()));
    KeyRegistry registry(*m_county);

    // Not registered yet.
    Result<void> r = registry.checkSigner(*fromUnit);
    QVERIFY(!r);
    QVERIFY2(r.message().contains(QLatin1String("unknown key")), qPrintable(r.message()));
    QVERIFY2(r.message().contains(fromUnit->signerFingerprint), qPrintable(r.message()));

    Result<KeyFile> keyFile = unitKeys.keyFile(*unit);
    QVERIFY(keyFile);
    QVERIFY(registry.add(*keyFile));
    r = registry.checkSigner(*fromUnit);
    QVERIFY2(r, qPrintable(r.message()));

    // A valid signature by the unit's key on a package that names another agency as sender.
    PackageParty other = party(*unit);
    other.agencyId = QUuid::createUuid();
    other.agencyName = QStringLiteral("喀什市卫生健康委员会");
    Result<VerifiedPackage> wrongAgency = package(QStringLiteral("other.jxpkg"), other, *unitKey);
    QVERIFY(wrongAgency);
    r = registry.checkSigner(*wrongAgency);
    QVERIFY(!r);
    QVERIFY2(r.message().contains(QLatin1String("another agency")), qPrintable(r.message()));
    QVERIFY2(r.message().contains(QStringLiteral("喀什市卫生健康委员会")), qPrintable(r.message()));

    // Revoked: refused, saying when and why.
    QVERIFY(registry.revoke(fromUnit->signerFingerprint, QStringLiteral("密钥泄露")));
    r = registry.checkSigner(*fromUnit);
    QVERIFY(!r);
    QVERIFY2(r.message().contains(QLatin1String("revoked on")), qPrintable(r.message()));
    QVERIFY2(r.message().contains(QStringLiteral("密钥泄露")), qPrintable(r.message()));
    QVERIFY2(r.message().contains(QDate::currentDate().toString(QStringLiteral("yyyy-MM-dd"))), qPrintable(r.message()));
}

QTEST_GUILESS_MAIN(TestPackageKeys)
#include "TestPackageKeys.moc"
