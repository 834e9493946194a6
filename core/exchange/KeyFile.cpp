#include "core/exchange/KeyFile.h"

#include "core/exchange/PackageReader.h"
#include "core/exchange/PackageWriter.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryFile>

namespace jx {

namespace {

// The payload of a key file names its own format, so that it cannot be taken for another payload.
const QString PayloadFormat = QStringLiteral("jixiao-keyfile");
// A key file's payload is a few hundred bytes; anything near this is no key file.
constexpr qint64 MaxPayloadBytes = 64 * 1024;

} // namespace

Result<void> KeyFile::write(const QString& path, const SigningKey& key) const
{
    if (key.publicKeyDer() != publicKeyDer) {
        return makeError(Error::Code::Invalid,
            tr("Cannot write key file “%1”: the key that would sign it is not the key it carries.").arg(path));
    }
    if (agency.isNull()) {
        return makeError(Error::Code::Invalid, tr("Cannot write key file “%1”: it names no agency.").arg(path));
    }
    const QJsonObject payload {
        { QStringLiteral("format"), PayloadFormat },
        { QStringLiteral("publicKey"), QString::fromLatin1(publicKeyDer.toBase64()) },
        { QStringLiteral("fingerprint"), fingerprint() },
        { QStringLiteral("createdAt"), createdAt.toUTC().toString(Qt::ISODateWithMs) },
    };
    QTemporaryFile payloadFile;
    if (!payloadFile.open() || payloadFile.write(QJsonDocument(payload).toJson(QJsonDocument::Compact)) < 0
        || !payloadFile.flush()) {
        return makeError(Error::Code::Storage,
            tr("Cannot write key file “%1”: %2").arg(path, payloadFile.errorString()));
    }
    PackageHeader header;
    header.kind = PackageKind::KeyFile;
    header.sender = agency;
    header.fiscalYear = createdAt.toUTC().date().year();
    header.createdAt = QDateTime::currentDateTimeUtc();
    header.recordCounts.insert(QStringLiteral("key"), 1);
    Result<PackageHeader> written = PackageWriter::write(path, header, payloadFile.fileName(), key);
    if (!written)
        return written.error();
    return {};
}

Result<KeyFile> KeyFile::read(const QString& path)
{
    PackageLimits limits;
    limits.maxPayloadBytes = MaxPayloadBytes;
    Result<VerifiedPackage> package = PackageReader::open(path, limits);
    if (!package)
        return package.error();
    if (package->header.kind != PackageKind::KeyFile) {
        return makeError(Error::Code::Invalid, tr("“%1” is a %2, not a key file.")
                                                   .arg(path, PackageHeader::kindName(package->header.kind)));
    }
    QFile file(package->payloadPath);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(Error::Code::Storage, tr("Cannot read key file “%1”: %2").arg(path, file.errorString()));
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll());
    const QJsonObject o = doc.object();
    KeyFile out;
    out.agency = package->header.sender;
    out.publicKeyDer = QByteArray::fromBase64(o.value(QStringLiteral("publicKey")).toString().toLatin1(),
                                              QByteArray::AbortOnBase64DecodingErrors);
    out.createdAt = QDateTime::fromString(o.value(QStringLiteral("createdAt")).toString(), Qt::ISODateWithMs);
    if (!doc.isObject() || o.value(QStringLiteral("format")).toString() != PayloadFormat || out.publicKeyDer.isEmpty()
        || !out.createdAt.isValid()) {
        return makeError(Error::Code::Invalid, tr("Key file “%1” is not valid: its content is not a key.").arg(path));
    }
    out.createdAt = out.createdAt.toUTC();
    // Self-signed: whoever made the file holds the private key of the key it hands over.
    if (out.publicKeyDer != package->signerPublicKey) {
        return makeError(Error::Code::Invalid,
            tr("Key file “%1” is not valid: it was signed by another key than the one it carries.").arg(path));
    }
    if (o.value(QStringLiteral("fingerprint")).toString() != out.fingerprint()) {
        return makeError(Error::Code::Invalid,
            tr("Key file “%1” is not valid: the fingerprint written in it is not its key's.").arg(path));
    }
    return out;
}

} // namespace jx
