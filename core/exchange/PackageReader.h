#pragma once

#include "core/domain/Result.h"
#include "core/exchange/VerifiedPackage.h"

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <optional>

namespace jx {

/// What a reader accepts before it reads further (sizes in bytes).
struct PackageLimits
{
    qint64 maxHeaderBytes = 1 << 20;              ///< 1 MiB of header JSON
    qint64 maxPayloadBytes = 64LL << 30;          ///< 64 GiB of payload
    qint64 maxKeyBytes = 4096;                    ///< the embedded public key
    qint64 maxSignatureBytes = 256;
};

/// Called as a long read goes: bytes done of total; return false to cancel.
using PackageProgress = std::function<bool(qint64 done, qint64 total)>;

/**
 * Reads a package file (docs/package-format.md) and trusts nothing in it until checked, in
 * this order: size and framing (empty, not a package, the version, truncated, a header or a
 * payload claimed larger than the file or a limit: refused before anything is allocated),
 * the SM3 digest over the content, the SM2 signature by the embedded key, the header itself.
 * Only then is the payload copied out to a temporary file. Memory stays flat in the package
 * size (the file is read in fixed chunks). Every refusal is its own translated message naming
 * the file.
 */
class PackageReader
{
    Q_DECLARE_TR_FUNCTIONS(PackageReader)

public:
    /// Verifies @p path and extracts its payload (VerifiedPackage::payloadPath).
    static Result<VerifiedPackage> open(const QString& path, const PackageLimits& limits = {},
                                        const PackageProgress& progress = {});
    /// Verifies @p path without extracting the payload (payloadPath stays empty).
    static Result<VerifiedPackage> verify(const QString& path, const PackageLimits& limits = {},
                                          const PackageProgress& progress = {});

    /// What `package verify` shows: as much as could be read, and whether the package is valid.
    struct Inspection
    {
        std::optional<PackageHeader> header; ///< when the header could be read (even if unverified)
        QByteArray signerPublicKey;          ///< when the framing could be read
        QString signerFingerprint;
        qint64 fileSize = 0;
        Result<void> validity;               ///< ok, or why not
    };
    /// Verifies @p path and reports what it found, also for an invalid package (nothing extracted).
    static Inspection inspect(const QString& path, const PackageLimits& limits = {}, const PackageProgress& progress = {});
};

} // namespace jx
