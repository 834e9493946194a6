#include "core/exchange/KeyFile.h"

namespace jx {

Result<void> KeyFile::write(const QString& path, const SigningKey& key) const
{
    Q_UNUSED(path) Q_UNUSED(key)
    return makeError(Error::Code::Invalid, QStringLiteral("KeyFile: not implemented yet"));
}

Result<KeyFile> KeyFile::read(const QString& path)
{
    Q_UNUSED(path)
    return makeError(Error::Code::Invalid, QStringLiteral("KeyFile: not implemented yet"));
}

} // namespace jx
