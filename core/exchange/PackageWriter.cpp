#include "core/exchange/PackageWriter.h"

namespace jx {

Result<PackageHeader> PackageWriter::write(const QString& path, PackageHeader header, const QString& payloadPath,
                                           const SigningKey& key, const PackageProgress& progress)
{
    Q_UNUSED(path) Q_UNUSED(header) Q_UNUSED(payloadPath) Q_UNUSED(key) Q_UNUSED(progress)
    return makeError(Error::Code::Invalid, QStringLiteral("PackageWriter: not implemented yet"));
}

} // namespace jx
