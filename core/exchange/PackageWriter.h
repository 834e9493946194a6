#pragma once

#include "core/domain/Result.h"
#include "core/exchange/PackageHeader.h"
#include "core/exchange/PackageReader.h"
#include "core/exchange/SigningKey.h"

#include <QCoreApplication>
#include <QString>

namespace jx {

/**
 * Writes a package file (docs/package-format.md): the header, the payload copied from a file
 * in fixed chunks (it may be hundreds of megabytes; it is never held in memory), the signer's
 * public key, the SM3 digest and the SM2 signature. Through QSaveFile: a failed or cancelled
 * write leaves no file (and an existing file as it was).
 */
class PackageWriter
{
    Q_DECLARE_TR_FUNCTIONS(PackageWriter)

public:
    /**
     * Writes @p header (its format, payloadSize and payloadDigest filled in here; a null
     * packageId or createdAt filled in too) with the payload of @p payloadPath, signed by
     * @p key. Returns the header as written.
     */
    static Result<PackageHeader> write(const QString& path, PackageHeader header, const QString& payloadPath,
                                       const SigningKey& key, const PackageProgress& progress = {});
};

} // namespace jx
