#pragma once

#include "core/domain/Agency.h"
#include "core/domain/Result.h"
#include "core/exchange/KeyFile.h"
#include "core/exchange/SigningKey.h"

#include <QCoreApplication>
#include <QDateTime>

#include <optional>

namespace jx {

class Database;

/// This installation's own key as stored (its private part encrypted).
struct OwnKey
{
    QString fingerprint;
    QUuid agencyId;
    QByteArray publicKeyDer;
    QByteArray encryptedPrivateKey; ///< PKCS#8 PEM, encrypted under the passphrase
    QDateTime createdAt;
    QDateTime retiredAt;            ///< set when a newer key replaced it
};

/**
 * This installation's signing keys in its database (table signing_key, docs/schema.md): the
 * current one signs; generating a new one retires the old (kept so that old key files still
 * make sense). The private key is stored only encrypted under a passphrase.
 */
class KeyStore
{
    Q_DECLARE_TR_FUNCTIONS(KeyStore)

public:
    explicit KeyStore(Database& db);

    /// Generates a key for @p self, stores it encrypted under @p passphrase, makes it current.
    Result<OwnKey> generate(const Agency& self, const QByteArray& passphrase);
    /// The current key; nothing when none was generated.
    Result<std::optional<OwnKey>> current();
    /// Every key, the current first.
    Result<QList<OwnKey>> list();
    /// The current key decrypted with @p passphrase (refused: no key; wrong passphrase).
    Result<SigningKey> unlock(const QByteArray& passphrase);
    /// What the key file of the current key for @p self says (no passphrase needed to read it).
    Result<KeyFile> keyFile(const Agency& self);
    /// Writes the key file of the current key to @p path; @p passphrase unlocks the key that signs it.
    Result<KeyFile> exportKeyFile(const Agency& self, const QByteArray& passphrase, const QString& path);

private:
    Database& m_db;
};

} // namespace jx
