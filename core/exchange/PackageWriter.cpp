#include "core/exchange/PackageWriter.h"

#include "core/exchange/PackageFormat_p.h"
#include "core/exchange/Sm3.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace jx {

namespace {

// Everything written goes to the file, the digest and the signature at once.
class SignedOutput
{
public:
    SignedOutput(QSaveFile& file, SigningKey::Signer& signer) : m_file(file), m_signer(signer) {}

    bool write(const char* data, qint64 size)
    {
        m_sm3.update(data, size);
        m_signer.update(data, size);
        return m_file.write(data, size) == size;
    }
    bool write(const QByteArray& data) { return write(data.constData(), data.size()); }
    QByteArray digest() { return m_sm3.finish(); }

private:
    QSaveFile& m_file;
    SigningKey::Signer& m_signer;
    Sm3 m_sm3;
};

} // namespace

Result<PackageHeader> PackageWriter::write(const QString& path, PackageHeader header, const QString& payloadPath,
                                           const SigningKey& key, const PackageProgress& progress)
{
    using namespace PackageFormat;
    const auto cannotWrite = [&path](const QString& why) {
        return makeError(Error::Code::Storage, tr("Cannot write package “%1”: %2").arg(path, why));
    };
    const auto cancelled = [&path] {
        return makeError(Error::Code::Invalid, tr("Writing package “%1” was cancelled; no file was written.").arg(path));
    };

    QFile payload(payloadPath);
    if (!payload.open(QIODevice::ReadOnly))
        return cannotWrite(tr("cannot read the payload “%1”: %2").arg(payloadPath, payload.errorString()));
    const qint64 payloadSize = payload.size();
    const qint64 total = 2 * payloadSize;
    QByteArray buffer;

    // First pass: the payload's own digest, which the header (written before it) carries.
    Sm3 payloadSm3;
    for (qint64 done = 0; done < payloadSize;) {
        buffer = payload.read(qMin(ChunkSize, payloadSize - done));
        if (buffer.isEmpty())
            return cannotWrite(tr("the payload “%1” could not be read to its end").arg(payloadPath));
        payloadSm3.update(buffer);
        done += buffer.size();
        if (progress && !progress(done, total))
            return cancelled();
    }
    header.format = PackageFormatVersion::current();
    header.payloadSize = payloadSize;
    header.payloadDigest = payloadSm3.finish();
    if (header.packageId.isNull())
        header.packageId = QUuid::createUuid();
    if (!header.createdAt.isValid())
        header.createdAt = QDateTime::currentDateTimeUtc();
    header.createdAt = header.createdAt.toUTC();
    const QByteArray json = header.toJson();
    if (json.size() > PackageLimits().maxHeaderBytes)
        return cannotWrite(tr("its header would be %1 bytes, more than readers accept").arg(json.size()));

    const QByteArray publicKey = key.publicKeyDer();
    if (publicKey.isEmpty())
        return cannotWrite(tr("the signing key has no public key"));
    Result<SigningKey::Signer> signer = key.signer();
    if (!signer)
        return signer.error();

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return cannotWrite(file.errorString());
    SignedOutput out(file, *signer);
    bool ok = out.write(QByteArray(Magic, MagicSize)) && out.write(bigEndian<quint16>(quint16(header.format.major)))
        && out.write(bigEndian<quint16>(quint16(header.format.minor)))
        && out.write(bigEndian<quint32>(quint32(json.size()))) && out.write(json)
        && out.write(bigEndian<quint64>(quint64(payloadSize)));

    // Second pass: the payload itself, checked against the first so that a payload changed in
    // between cannot go out under a header that describes another.
    payload.seek(0);
    Sm3 again;
    for (qint64 done = 0; ok && done < payloadSize;) {
        buffer = payload.read(qMin(ChunkSize, payloadSize - done));
        if (buffer.isEmpty()) {
            file.cancelWriting();
            return cannotWrite(tr("the payload “%1” could not be read to its end").arg(payloadPath));
        }
        again.update(buffer);
        ok = out.write(buffer);
        done += buffer.size();
        if (progress && !progress(payloadSize + done, total)) {
            file.cancelWriting();
            return cancelled();
        }
    }
    if (ok && (!payload.atEnd() || again.finish() != header.payloadDigest)) {
        file.cancelWriting();
        return cannotWrite(tr("the payload “%1” changed while it was being written").arg(payloadPath));
    }
    ok = ok && out.write(bigEndian<quint16>(quint16(publicKey.size()))) && out.write(publicKey);
    if (ok) {
        const QByteArray digest = out.digest();
        ok = out.write(digest);
    }
    if (!ok) {
        file.cancelWriting();
        return cannotWrite(file.errorString());
    }
    Result<QByteArray> signature = signer->finish();
    if (!signature) {
        file.cancelWriting();
        return signature.error();
    }
    // The signature covers everything before its length; it is not itself digested.
    if (file.write(bigEndian<quint16>(quint16(signature->size()))) != SignatureLengthSize
        || file.write(*signature) != signature->size() || !file.commit()) {
        return cannotWrite(file.errorString());
    }
    return header;
}

} // namespace jx
