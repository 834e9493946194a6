#include "core/exchange/KeyStore.h"

#include "core/storage/Column.h"
#include "core/storage/Database.h"
#include "core/storage/Tables.h"

namespace jx {

namespace {

QString selectSql()
{
    return QStringLiteral("SELECT %1 FROM signing_key").arg(Tables::signingKey().columns.join(QStringLiteral(", ")));
}

OwnKey ownKeyFrom(const QSqlQuery& q)
{
    OwnKey k;
    k.fingerprint = q.value(0).toString();
    k.agencyId = uuidFromStored(q.value(1));
    k.publicKeyDer = q.value(2).toByteArray();
    k.encryptedPrivateKey = q.value(3).toString().toLatin1();
    k.createdAt = QDateTime::fromMSecsSinceEpoch(q.value(4).toLongLong(), Qt::UTC);
    if (!q.value(5).isNull())
        k.retiredAt = QDateTime::fromMSecsSinceEpoch(q.value(5).toLongLong(), Qt::UTC);
    return k;
}

} // namespace

KeyStore::KeyStore(Database& db) : m_db(db) {}

Result<OwnKey> KeyStore::generate(const Agency& self, const QByteArray& passphrase)
{
    if (passphrase.size() < SigningKey::MinPassphraseLength) {
        return makeError(Error::Code::Invalid,
            tr("The passphrase is too short: at least %1 characters.").arg(SigningKey::MinPassphraseLength));
    }
    Result<SigningKey> key = SigningKey::generate();
    if (!key)
        return key.error();
    Result<QByteArray> pem = key->toEncryptedPem(passphrase);
    if (!pem)
        return pem.error();
    OwnKey own;
    own.fingerprint = key->fingerprint();
    own.agencyId = self.meta.id;
    own.publicKeyDer = key->publicKeyDer();
    own.encryptedPrivateKey = *pem;
    // Whole milliseconds, as stored.
    own.createdAt = QDateTime::fromMSecsSinceEpoch(QDateTime::currentMSecsSinceEpoch(), Qt::UTC);

    Database::Transaction tx(m_db);
    if (!tx.started())
        return tx.startError();
    const QVariant now = own.createdAt.toMSecsSinceEpoch();
    if (Result<int> r = m_db.write(QStringLiteral("UPDATE signing_key SET retired_at = ? WHERE retired_at IS NULL"),
                                   std::span<const QVariant>(&now, 1), tr("retiring the current signing key"));
        !r) {
        return r.error();
    }
    const QVariant values[] = { own.fingerprint, storedUuid(own.agencyId), own.publicKeyDer,
                                QString::fromLatin1(own.encryptedPrivateKey), now, QVariant() };
    const QString insert = QStringLiteral("INSERT INTO signing_key (%1) VALUES (?, ?, ?, ?, ?, ?)")
                               .arg(Tables::signingKey().columns.join(QStringLiteral(", ")));
    if (Result<int> r = m_db.write(insert, values, tr("storing the new signing key")); !r)
        return r.error();
    if (Result<void> r = tx.commit(); !r)
        return r.error();
    return own;
}

Result<QList<OwnKey>> KeyStore::list()
{
    Result<QSqlQuery*> q = m_db.read(selectSql() + QStringLiteral(" ORDER BY retired_at IS NOT NULL, created_at DESC"),
                                     {}, tr("reading the signing keys"));
    if (!q)
        return q.error();
    QList<OwnKey> out;
    while ((*q)->next())
        out << ownKeyFrom(**q);
    return out;
}

Result<std::optional<OwnKey>> KeyStore::current()
{
    Result<QList<OwnKey>> all = list();
    if (!all)
        return all.error();
    if (all->isEmpty() || all->constFirst().retiredAt.isValid())
        return std::optional<OwnKey>();
    return std::optional<OwnKey>(all->constFirst());
}

Result<SigningKey> KeyStore::unlock(const QByteArray& passphrase)
{
    Result<std::optional<OwnKey>> own = current();
    if (!own)
        return own.error();
    if (!own->has_value()) {
        return makeError(Error::Code::NotFound,
            tr("This installation has no signing key yet: generate one first (keys generate)."));
    }
    Result<SigningKey> key = SigningKey::fromEncryptedPem((*own)->encryptedPrivateKey, passphrase);
    if (!key)
        return key.error();
    if (key->publicKeyDer() != (*own)->publicKeyDer) {
        return makeError(Error::Code::Invalid,
            tr("The stored signing key is damaged: its private key does not belong to its public key."));
    }
    return key;
}

Result<KeyFile> KeyStore::keyFile(const Agency& self)
{
    Result<std::optional<OwnKey>> own = current();
    if (!own)
        return own.error();
    if (!own->has_value()) {
        return makeError(Error::Code::NotFound,
            tr("This installation has no signing key yet: generate one first (keys generate)."));
    }
    KeyFile file;
    file.agency = PackageParty { self.meta.id, self.code, self.name, self.kind, self.divisionCode };
    file.publicKeyDer = (*own)->publicKeyDer;
    file.createdAt = (*own)->createdAt;
    return file;
}

Result<KeyFile> KeyStore::exportKeyFile(const Agency& self, const QByteArray& passphrase, const QString& path)
{
    Result<KeyFile> file = keyFile(self);
    if (!file)
        return file;
    Result<SigningKey> key = unlock(passphrase);
    if (!key)
        return key.error();
    if (Result<void> r = file->write(path, *key); !r)
        return r.error();
    return file;
}

} // namespace jx
