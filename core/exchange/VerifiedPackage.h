#pragma once

#include "core/exchange/PackageHeader.h"

#include <QByteArray>
#include <QString>

#include <memory>

class QTemporaryFile;

namespace jx {

/**
 * A package whose format, version, digest and SM2 signature (by the key embedded in it) have
 * been checked (PackageReader::open()). Whether the signer may send it is the registry's
 * question (KeyRegistry::checkSigner()). The payload, when extracted, is a temporary file
 * owned by this object (shared by its copies) and removed when the last copy is destroyed.
 */
struct VerifiedPackage
{
    QString path;                ///< the package file
    PackageHeader header;
    QByteArray signerPublicKey;  ///< DER SubjectPublicKeyInfo
    QString signerFingerprint;   ///< SigningKey::fingerprint(signerPublicKey)
    QString payloadPath;         ///< the extracted payload; empty when not extracted
    qint64 fileSize = 0;

    /// Keeps the temporary payload file alive.
    std::shared_ptr<QTemporaryFile> payloadFile;
};

} // namespace jx
