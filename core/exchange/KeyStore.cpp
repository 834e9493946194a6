#include "core/exchange/KeyStore.h"

#include "core/storage/Database.h"

namespace jx {

KeyStore::KeyStore(Database& db) : m_db(db) {}

Result<OwnKey> KeyStore::generate(const Agency& self, const QByteArray& passphrase)
{
    Q_UNUSED(self) Q_UNUSED(passphrase)
    return makeError(Error::Code::Invalid, QStringLiteral("KeyStore: not implemented yet"));
}

Result<std::optional<OwnKey>> KeyStore::current()
{
    return std::optional<OwnKey>();
}

Result<QList<OwnKey>> KeyStore::list()
{
    return QList<OwnKey>();
}

Result<SigningKey> KeyStore::unlock(const QByteArray& passphrase)
{
    Q_UNUSED(passphrase)
    return makeError(Error::Code::Invalid, QStringLiteral("KeyStore: not implemented yet"));
}

Result<KeyFile> KeyStore::keyFile(const Agency& self)
{
    Q_UNUSED(self)
    return makeError(Error::Code::Invalid, QStringLiteral("KeyStore: not implemented yet"));
}

Result<KeyFile> KeyStore::exportKeyFile(const Agency& self, const QByteArray& passphrase, const QString& path)
{
    Q_UNUSED(self) Q_UNUSED(passphrase) Q_UNUSED(path)
    return makeError(Error::Code::Invalid, QStringLiteral("KeyStore: not implemented yet"));
}

} // namespace jx
