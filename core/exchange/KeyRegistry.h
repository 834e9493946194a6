#pragma once

#include "core/domain/Result.h"
#include "core/exchange/KeyFile.h"
#include "core/exchange/VerifiedPackage.h"

#include <QCoreApplication>
#include <QDateTime>

#include <optional>

namespace jx {

class Database;

/// A key of another agency that this installation knows (table known_key, docs/schema.md).
struct KnownKey
{
    QString fingerprint;
    PackageParty agency;
    QByteArray publicKeyDer;
    QDateTime createdAt;    ///< when the sender made the key
    QDateTime registeredAt; ///< when it was registered here
    QDateTime revokedAt;    ///< invalid while the key is valid
    QString revokeReason;

    bool revoked() const { return revokedAt.isValid(); }
};

/**
 * The receiving level's registry of known keys: only a package signed by a registered,
 * unrevoked key of the agency named as its sender is accepted (checkSigner()).
 */
class KeyRegistry
{
    Q_DECLARE_TR_FUNCTIONS(KeyRegistry)

public:
    explicit KeyRegistry(Database& db);

    /// Registers the key of @p file. Refuses a key already registered and a key of this installation's own agency.
    Result<KnownKey> add(const KeyFile& file);
    /// Reads and registers a key file (KeyFile::read(), then add()).
    Result<KnownKey> addFile(const QString& path);
    /// Every known key, by agency name, then registration time.
    Result<QList<KnownKey>> list();
    /// The key of @p fingerprint (as typed: SigningKey::normalizedFingerprint()); nothing when unknown.
    Result<std::optional<KnownKey>> find(const QString& fingerprint);
    /// Revokes a key; packages it signed are refused from now on. Needs a reason; a revoked key stays revoked.
    Result<void> revoke(const QString& fingerprint, const QString& reason);
    /**
     * Accepts @p package only if its signer key is registered, not revoked, and belongs to the
     * agency named as the package's sender; each refusal its own message (unknown key; revoked
     * key, with when and why; a key of another agency).
     */
    Result<void> checkSigner(const VerifiedPackage& package);

private:
    Database& m_db;
};

} // namespace jx
