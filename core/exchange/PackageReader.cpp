#include "core/exchange/PackageReader.h"

#include "core/exchange/PackageFormat_p.h"
#include "core/exchange/SigningKey.h"
#include "core/exchange/Sm3.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

namespace jx {

namespace {

using namespace PackageFormat;

// Where the parts of a package are, as its framing says; every number checked against the file.
struct Framing
{
    PackageFormatVersion version;
    qint64 headerOffset = 0;
    qint64 headerSize = 0;
    qint64 payloadOffset = 0;
    qint64 payloadSize = 0;
    qint64 keyOffset = 0;
    qint64 digestOffset = 0;
    qint64 signatureOffset = 0;
    QByteArray header;
    QByteArray publicKey;
    QByteArray digest;
    QByteArray signature;
    QByteArray payloadDigest; ///< computed by checkContent()
};

Error invalid(const QString& message)
{
    return makeError(Error::Code::Invalid, message);
}

// One reading of one package file, in the order of the checks.
class Reading
{
public:
    Reading(const QString& path, const PackageLimits& limits, const PackageProgress& progress)
        : m_path(path), m_limits(limits), m_progress(progress)
    {
    }

    Result<Framing> frame(PackageReader::Inspection& inspection);
    /// With @p payloadOut, the payload is copied there in the same pass (the bytes checked are the bytes kept).
    Result<void> checkContent(Framing& framing, QTemporaryFile* payloadOut = nullptr);
    Result<PackageHeader> checkHeader(const Framing& framing) const;
    /// A temporary file for the payload, opened for writing.
    Result<std::shared_ptr<QTemporaryFile>> payloadFile() const;

    void setTotal(qint64 total) { m_total = total; }
    qint64 size() const { return m_size; }

private:
    // Reads exactly @p size bytes at @p offset.
    Result<QByteArray> readAt(qint64 offset, qint64 size, const char* part);
    Error truncated(qint64 needed, const char* part) const
    {
        return invalid(PackageReader::tr("Package “%1” is truncated: it has %2 bytes, but its %3 needs at least %4.")
                           .arg(m_path)
                           .arg(m_size)
                           .arg(PackageReader::tr(part))
                           .arg(needed));
    }
    bool report(qint64 done) const { return !m_progress || m_progress(done, m_total); }
    Error cancelled() const { return invalid(PackageReader::tr("Reading package “%1” was cancelled.").arg(m_path)); }

    QString m_path;
    PackageLimits m_limits;
    PackageProgress m_progress;
    QFile m_file;
    qint64 m_size = 0;
    qint64 m_total = 0;
    qint64 m_done = 0;
};

Result<QByteArray> Reading::readAt(qint64 offset, qint64 size, const char* part)
{
    if (offset + size > m_size)
        return truncated(offset + size, part);
    if (!m_file.seek(offset))
        return makeError(Error::Code::Storage, PackageReader::tr("Cannot read package “%1”: %2").arg(m_path, m_file.errorString()));
    QByteArray out = m_file.read(size);
    if (out.size() != size)
        return truncated(offset + size, part);
    return out;
}

Result<Framing> Reading::frame(PackageReader::Inspection& inspection)
{
    m_file.setFileName(m_path);
    if (!m_file.exists())
        return makeError(Error::Code::NotFound, PackageReader::tr("Package “%1” does not exist.").arg(m_path));
    if (!m_file.open(QIODevice::ReadOnly))
        return makeError(Error::Code::Storage, PackageReader::tr("Cannot read package “%1”: %2").arg(m_path, m_file.errorString()));
    m_size = m_file.size();
    inspection.fileSize = m_size;
    if (m_size == 0)
        return invalid(PackageReader::tr("“%1” is empty (0 bytes): it is not a package.").arg(m_path));

    // The magic first: a file that does not begin with it is no package at all, whatever its size.
    const QByteArray magic = m_file.read(MagicSize);
    if (magic.isEmpty() || !QByteArray(Magic, MagicSize).startsWith(magic))
        return invalid(PackageReader::tr("“%1” is not a Jixiao package: it does not begin with “JXPKG”.").arg(m_path));

    Framing f;
    Result<QByteArray> version = readAt(MagicSize, VersionSize, QT_TRANSLATE_NOOP("PackageReader", "format version"));
    if (!version)
        return version.error();
    f.version.major = fromBigEndian<quint16>(*version, 0);
    f.version.minor = fromBigEndian<quint16>(*version, 2);
    // The version before the rest of the framing: a newer major may frame its parts differently.
    const PackageFormatVersion current = PackageFormatVersion::current();
    if (f.version.major > current.major) {
        return makeError(Error::Code::Version,
            PackageReader::tr("Package “%1” has format version %2, newer than this version of Jixiao reads (%3.x). "
               "Update Jixiao to read it.")
                .arg(m_path, f.version.toString())
                .arg(current.major));
    }
    if (f.version.major < 1) {
        return makeError(Error::Code::Version,
            PackageReader::tr("Package “%1” has format version %2, which no version of Jixiao ever wrote.")
                .arg(m_path, f.version.toString()));
    }

    Result<QByteArray> headerLength = readAt(MagicSize + VersionSize, 4, QT_TRANSLATE_NOOP("PackageReader", "header length"));
    if (!headerLength)
        return headerLength.error();
    f.headerOffset = PrefixSize;
    f.headerSize = fromBigEndian<quint32>(*headerLength);
    if (f.headerSize > m_limits.maxHeaderBytes) {
        return invalid(PackageReader::tr("Package “%1” claims a header of %2 bytes, more than the %3 bytes a header may have.")
                           .arg(m_path)
                           .arg(f.headerSize)
                           .arg(m_limits.maxHeaderBytes));
    }
    if (f.headerSize == 0)
        return invalid(PackageReader::tr("Package “%1” has an empty header.").arg(m_path));
    f.payloadOffset = f.headerOffset + f.headerSize + PayloadLengthSize;
    if (f.payloadOffset > m_size)
        return truncated(f.payloadOffset, QT_TRANSLATE_NOOP("PackageReader", "header"));
    Result<QByteArray> payloadLength =
        readAt(f.headerOffset + f.headerSize, PayloadLengthSize, QT_TRANSLATE_NOOP("PackageReader", "payload length"));
    if (!payloadLength)
        return payloadLength.error();
    const quint64 claimed = fromBigEndian<quint64>(*payloadLength);
    if (claimed > quint64(m_limits.maxPayloadBytes)) {
        return invalid(PackageReader::tr("Package “%1” claims a payload of %2 bytes, more than the %3 bytes a package may carry.")
                           .arg(m_path)
                           .arg(claimed)
                           .arg(m_limits.maxPayloadBytes));
    }
    f.payloadSize = qint64(claimed);
    if (f.payloadSize > m_size - f.payloadOffset - MinTrailerSize) {
        return invalid(PackageReader::tr("Package “%1” claims a payload of %2 bytes, but the file holds only %3 bytes after its "
                          "header: it is truncated or damaged.")
                           .arg(m_path)
                           .arg(f.payloadSize)
                           .arg(m_size - f.payloadOffset));
    }

    f.keyOffset = f.payloadOffset + f.payloadSize;
    Result<QByteArray> keyLength = readAt(f.keyOffset, KeyLengthSize, QT_TRANSLATE_NOOP("PackageReader", "signer key"));
    if (!keyLength)
        return keyLength.error();
    const qint64 keySize = fromBigEndian<quint16>(*keyLength);
    if (keySize == 0 || keySize > m_limits.maxKeyBytes) {
        return invalid(
            PackageReader::tr("Package “%1” has a signer key of %2 bytes, which is no SM2 public key.").arg(m_path).arg(keySize));
    }
    f.digestOffset = f.keyOffset + KeyLengthSize + keySize;
    Result<QByteArray> key = readAt(f.keyOffset + KeyLengthSize, keySize, QT_TRANSLATE_NOOP("PackageReader", "signer key"));
    if (!key)
        return key.error();
    f.publicKey = *key;
    inspection.signerPublicKey = f.publicKey;
    inspection.signerFingerprint = SigningKey::fingerprint(f.publicKey);
    Result<QByteArray> digest = readAt(f.digestOffset, DigestSize, QT_TRANSLATE_NOOP("PackageReader", "digest"));
    if (!digest)
        return digest.error();
    f.digest = *digest;
    f.signatureOffset = f.digestOffset + DigestSize;
    Result<QByteArray> signatureLength = readAt(f.signatureOffset, SignatureLengthSize, QT_TRANSLATE_NOOP("PackageReader", "signature"));
    if (!signatureLength)
        return signatureLength.error();
    const qint64 signatureSize = fromBigEndian<quint16>(*signatureLength);
    if (signatureSize == 0 || signatureSize > m_limits.maxSignatureBytes) {
        return invalid(PackageReader::tr("Package “%1” has a signature of %2 bytes, which is no SM2 signature.")
                           .arg(m_path)
                           .arg(signatureSize));
    }
    const qint64 end = f.signatureOffset + SignatureLengthSize + signatureSize;
    if (end > m_size)
        return truncated(end, QT_TRANSLATE_NOOP("PackageReader", "signature"));
    if (end < m_size) {
        return invalid(PackageReader::tr("Package “%1” has %2 bytes after its signature: it is damaged or not a package.")
                           .arg(m_path)
                           .arg(m_size - end));
    }
    Result<QByteArray> signature =
        readAt(f.signatureOffset + SignatureLengthSize, signatureSize, QT_TRANSLATE_NOOP("PackageReader", "signature"));
    if (!signature)
        return signature.error();
    f.signature = *signature;
    Result<QByteArray> header = readAt(f.headerOffset, f.headerSize, QT_TRANSLATE_NOOP("PackageReader", "header"));
    if (!header)
        return header.error();
    f.header = *header;
    // Shown by `package verify` even when a later check fails; trusted only after the signature.
    Result<PackageHeader> unverified = PackageHeader::fromJson(f.header, m_path);
    if (unverified)
        inspection.header = *unverified;
    return f;
}

// One pass over everything before the digest: the digest, the signature, the payload's digest
// and, when asked, the payload's copy. Copying in the same pass keeps exactly the bytes that were
// verified (a file changed after this pass cannot slip in) and reads a package once, not twice.
Result<void> Reading::checkContent(Framing& f, QTemporaryFile* payloadOut)
{
    // A key that does not parse is reported after the digest: a damaged file is damaged first.
    Result<SigningKey::Verifier> verifier = SigningKey::verifier(f.publicKey);
    if (!m_file.seek(0))
        return makeError(Error::Code::Storage, PackageReader::tr("Cannot read package “%1”: %2").arg(m_path, m_file.errorString()));
    Sm3 all;
    Sm3 payload;
    QByteArray buffer;
    for (qint64 at = 0; at < f.digestOffset;) {
        buffer = m_file.read(qMin(ChunkSize, f.digestOffset - at));
        if (buffer.isEmpty())
            return truncated(f.digestOffset, QT_TRANSLATE_NOOP("PackageReader", "content"));
        all.update(buffer);
        if (verifier)
            verifier->update(buffer.constData(), buffer.size());
        const qint64 from = qMax(at, f.payloadOffset);
        const qint64 to = qMin(at + buffer.size(), f.payloadOffset + f.payloadSize);
        if (to > from) {
            payload.update(buffer.constData() + (from - at), to - from);
            if (payloadOut && payloadOut->write(buffer.constData() + (from - at), to - from) != to - from) {
                return makeError(Error::Code::Storage, PackageReader::tr("Cannot extract the payload of package “%1”: %2")
                                                           .arg(m_path, payloadOut->errorString()));
            }
        }
        at += buffer.size();
        if (!report(m_done + at))
            return cancelled();
    }
    m_done += f.digestOffset;
    if (all.finish() != f.digest) {
        return invalid(PackageReader::tr("Package “%1” is damaged: its SM3 digest does not match its content (changed after it was "
                          "signed, or corrupted on the way).")
                           .arg(m_path));
    }
    if (!verifier)
        return invalid(PackageReader::tr("Package “%1”: the signer key embedded in it is not an SM2 public key.").arg(m_path));
    verifier->update(f.digest.constData(), f.digest.size());
    if (!verifier->finish(f.signature)) {
        return invalid(PackageReader::tr("Package “%1” is not authentic: its SM2 signature does not verify with the signer key "
                          "embedded in it (changed or forged).")
                           .arg(m_path));
    }
    f.payloadDigest = payload.finish();
    if (payloadOut && !payloadOut->flush()) {
        return makeError(Error::Code::Storage,
            PackageReader::tr("Cannot extract the payload of package “%1”: %2").arg(m_path, payloadOut->errorString()));
    }
    return {};
}

// The header, now that the signature vouches for it, and its agreement with the framing.
Result<PackageHeader> Reading::checkHeader(const Framing& f) const
{
    Result<PackageHeader> header = PackageHeader::fromJson(f.header, m_path);
    if (!header)
        return header.error();
    if (!(header->format == f.version)) {
        return invalid(PackageReader::tr("Package “%1” is inconsistent: its header says format %2, its framing %3.")
                           .arg(m_path, header->format.toString(), f.version.toString()));
    }
    if (header->payloadSize != f.payloadSize || header->payloadDigest != f.payloadDigest) {
        return invalid(PackageReader::tr("Package “%1” is inconsistent: its header describes another payload (%2 bytes) than the "
                          "one it carries (%3 bytes).")
                           .arg(m_path)
                           .arg(header->payloadSize)
                           .arg(f.payloadSize));
    }
    return header;
}

Result<std::shared_ptr<QTemporaryFile>> Reading::payloadFile() const
{
    auto out = std::make_shared<QTemporaryFile>(QDir::temp().filePath(QStringLiteral("jixiao-payload-XXXXXX")));
    if (!out->open()) {
        return makeError(Error::Code::Storage,
            PackageReader::tr("Cannot extract the payload of package “%1”: %2").arg(m_path, out->errorString()));
    }
    return out;
}

Result<VerifiedPackage> read(const QString& path, const PackageLimits& limits, const PackageProgress& progress,
                             bool extract, PackageReader::Inspection& inspection)
{
    Reading reading(path, limits, progress);
    Result<Framing> framing = reading.frame(inspection);
    if (!framing)
        return framing.error();
    reading.setTotal(reading.size());
    std::shared_ptr<QTemporaryFile> payload;
    if (extract) {
        Result<std::shared_ptr<QTemporaryFile>> file = reading.payloadFile();
        if (!file)
            return file.error();
        payload = std::move(*file);
    }
    // A refused package takes its temporary copy with it (QTemporaryFile removes it).
    if (Result<void> r = reading.checkContent(*framing, payload.get()); !r)
        return r.error();
    Result<PackageHeader> header = reading.checkHeader(*framing);
    if (!header)
        return header.error();
    VerifiedPackage package;
    package.path = path;
    package.header = *header;
    package.signerPublicKey = framing->publicKey;
    package.signerFingerprint = SigningKey::fingerprint(framing->publicKey);
    package.fileSize = reading.size();
    if (payload) {
        payload->close();
        package.payloadPath = payload->fileName();
        package.payloadFile = std::move(payload);
    }
    return package;
}

} // namespace

Result<VerifiedPackage> PackageReader::open(const QString& path, const PackageLimits& limits,
                                            const PackageProgress& progress)
{
    Inspection ignored;
    return read(path, limits, progress, true, ignored);
}

Result<VerifiedPackage> PackageReader::verify(const QString& path, const PackageLimits& limits,
                                              const PackageProgress& progress)
{
    Inspection ignored;
    return read(path, limits, progress, false, ignored);
}

PackageReader::Inspection PackageReader::inspect(const QString& path, const PackageLimits& limits,
                                                 const PackageProgress& progress)
{
    Inspection out;
    Result<VerifiedPackage> package = read(path, limits, progress, false, out);
    if (!package)
        out.validity = package.error();
    else
        out.header = package->header;
    return out;
}

} // namespace jx
