#include "core/exchange/PackageReader.h"

namespace jx {

Result<VerifiedPackage> PackageReader::open(const QString& path, const PackageLimits& limits,
                                            const PackageProgress& progress)
{
    Q_UNUSED(path) Q_UNUSED(limits) Q_UNUSED(progress)
    return makeError(Error::Code::Invalid, QStringLiteral("PackageReader: not implemented yet"));
}

Result<VerifiedPackage> PackageReader::verify(const QString& path, const PackageLimits& limits,
                                              const PackageProgress& progress)
{
    Q_UNUSED(path) Q_UNUSED(limits) Q_UNUSED(progress)
    return makeError(Error::Code::Invalid, QStringLiteral("PackageReader: not implemented yet"));
}

PackageReader::Inspection PackageReader::inspect(const QString& path, const PackageLimits& limits)
{
    Q_UNUSED(path) Q_UNUSED(limits)
    Inspection out;
    out.validity = makeError(Error::Code::Invalid, QStringLiteral("PackageReader: not implemented yet"));
    return out;
}

} // namespace jx
