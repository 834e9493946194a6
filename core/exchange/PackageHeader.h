#pragma once

#include "core/domain/Result.h"
#include "core/domain/Types.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QUuid>

namespace jx {

/// The version of the package format (docs/package-format.md): major.minor.
struct PackageFormatVersion
{
    int major = 1;
    int minor = 0;

    /// The version this build writes.
    static PackageFormatVersion current() { return { 1, 0 }; }
    QString toString() const { return QStringLiteral("%1.%2").arg(major).arg(minor); }
    friend bool operator==(const PackageFormatVersion&, const PackageFormatVersion&) = default;
};

/// What a package carries.
enum class PackageKind
{
    Submission = 1, ///< 上报包: up to the level above
    Return = 2,     ///< 下发包: reviews and decisions back down
    KeyFile = 3,    ///< an agency's public key (self-signed), for the level above to register
};

/// One end of a package: the agency (id, code, name, kind) and its division.
struct PackageParty
{
    QUuid agencyId;
    QString agencyCode;
    QString agencyName;
    AgencyKind agencyKind = AgencyKind::FinanceBureau;
    QString divisionCode;

    bool isNull() const { return agencyId.isNull(); }
    friend bool operator==(const PackageParty&, const PackageParty&) = default;
};

/**
 * The self-describing header of a package, stored as JSON (docs/package-format.md). The
 * writer fills payloadSize and payloadDigest; everything else is the exporter's.
 */
struct PackageHeader
{
    Q_DECLARE_TR_FUNCTIONS(PackageHeader)

public:
    PackageFormatVersion format = PackageFormatVersion::current();
    QUuid packageId;
    PackageKind kind = PackageKind::Submission;
    PackageParty sender;
    PackageParty recipient; ///< null for a key file
    int fiscalYear = 0;
    QStringList stages;     ///< the record kinds / stages in scope (codes of the exporter)
    QDateTime createdAt;    ///< UTC
    qint64 sequence = 0;    ///< per sender, counted by the sender
    QMap<QString, qint64> recordCounts; ///< per record kind
    qint64 payloadSize = 0;
    QByteArray payloadDigest; ///< SM3 of the payload bytes (32 bytes, raw)

    /// Compact JSON (UTF-8), keys in a fixed order.
    QByteArray toJson() const;
    /// Reads a header; @p fileName names the file in messages.
    static Result<PackageHeader> fromJson(const QByteArray& json, const QString& fileName);

    /// Stable code of a kind ("submission", "return", "keyfile") and back.
    static QString kindCode(PackageKind kind);
    static std::optional<PackageKind> kindFromCode(const QString& code);
    /// Translated name of a kind (上报包, 下发包, 密钥文件).
    static QString kindName(PackageKind kind);
};

} // namespace jx
