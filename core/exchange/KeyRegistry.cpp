#include "core/exchange/KeyRegistry.h"

#include "core/storage/Database.h"

namespace jx {

KeyRegistry::KeyRegistry(Database& db) : m_db(db) {}

Result<KnownKey> KeyRegistry::add(const KeyFile& file)
{
    Q_UNUSED(file)
    return makeError(Error::Code::Invalid, QStringLiteral("KeyRegistry: not implemented yet"));
}

Result<KnownKey> KeyRegistry::addFile(const QString& path)
{
    Q_UNUSED(path)
    return makeError(Error::Code::Invalid, QStringLiteral("KeyRegistry: not implemented yet"));
}

Result<QList<KnownKey>> KeyRegistry::list()
{
    return QList<KnownKey>();
}

Result<std::optional<KnownKey>> KeyRegistry::find(const QString& fingerprint)
{
    Q_UNUSED(fingerprint)
    return std::optional<KnownKey>();
}

Result<void> KeyRegistry::revoke(const QString& fingerprint, const QString& reason)
{
    Q_UNUSED(fingerprint) Q_UNUSED(reason)
    return makeError(Error::Code::Invalid, QStringLiteral("KeyRegistry: not implemented yet"));
}

Result<void> KeyRegistry::checkSigner(const VerifiedPackage& package)
{
    Q_UNUSED(package)
    return makeError(Error::Code::Invalid, QStringLiteral("KeyRegistry: not implemented yet"));
}

} // namespace jx
