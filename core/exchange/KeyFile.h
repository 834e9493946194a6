#pragma once

#include "core/domain/Result.h"
#include "core/exchange/PackageHeader.h"
#include "core/exchange/SigningKey.h"

#include <QCoreApplication>
#include <QDateTime>

namespace jx {

/**
 * An agency's public key as handed to the level above: the agency (id, code, name, kind), its
 * division, the public key, when the key was made, and the fingerprint people compare by phone.
 * On disk it is a package of kind KeyFile, signed by the very key it carries (self-signed:
 * proof that the sender holds the private key); its payload is a small JSON document
 * (docs/package-format.md, "Key files").
 */
struct KeyFile
{
    Q_DECLARE_TR_FUNCTIONS(KeyFile)

public:
    PackageParty agency;       ///< agency and division
    QByteArray publicKeyDer;   ///< DER SubjectPublicKeyInfo
    QDateTime createdAt;       ///< when the key was generated (UTC)

    QString fingerprint() const { return SigningKey::fingerprint(publicKeyDer); }

    /// Writes the key file for @p key (whose public key must be publicKeyDer) to @p path.
    Result<void> write(const QString& path, const SigningKey& key) const;
    /// Reads and verifies a key file: a valid package of kind KeyFile signed by the key it carries.
    static Result<KeyFile> read(const QString& path);
};

} // namespace jx
