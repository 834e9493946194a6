// package verify, and the dispatcher of the package verb: export, import and history are
// PackageVerbs.cpp's (packageExchangeVerb). docs/cli.md.
#include "app/cli/CliContext.h"
#include "app/cli/CliVerbs.h"
#include "core/domain/EnumTable.h"
#include "core/exchange/KeyRegistry.h"
#include "core/exchange/PackageReader.h"
#include "core/workspace/Workspace.h"

#include <QJsonArray>
#include <QLocale>

namespace jx {

namespace {

QJsonObject partyJson(const PackageParty& p)
{
    if (p.isNull())
        return {};
    return { { QStringLiteral("agencyId"), p.agencyId.toString(QUuid::WithoutBraces) },
        { QStringLiteral("agencyCode"), p.agencyCode }, { QStringLiteral("agencyName"), p.agencyName },
        { QStringLiteral("agencyKind"), codeOf(p.agencyKind) }, { QStringLiteral("divisionCode"), p.divisionCode } };
}

QString partyText(const PackageParty& p)
{
    if (p.isNull())
        return Cli::tr("(none)");
    QString out = p.agencyName;
    if (!p.agencyCode.isEmpty())
        out += QStringLiteral(" (%1)").arg(p.agencyCode);
    return out + QStringLiteral(", %1, %2").arg(Names::of(p.agencyKind), p.divisionCode);
}

} // namespace

// Verifies a package without a database; with --db, also whether this installation knows its signer.
int packageVerifyVerb(CliContext& cli)
{
    const QString path = cli.positional().value(1);
    if (path.isEmpty())
        return cli.fail(Cli::tr("package verify needs a file: package verify FILE [--db DB]"), Cli::Usage);
    PackageReader::Inspection found = PackageReader::inspect(path);
    Result<void> validity = found.validity;
    QString signerStatus;
    if (validity && !cli.dbPath().isEmpty()) {
        Result<std::unique_ptr<Workspace>> workspace = cli.openWorkspace();
        if (!workspace)
            return cli.fail(workspace.error());
        VerifiedPackage package;
        package.path = path;
        package.header = *found.header;
        package.signerPublicKey = found.signerPublicKey;
        package.signerFingerprint = found.signerFingerprint;
        validity = KeyRegistry((*workspace)->database()).checkSigner(package);
        if (validity)
            signerStatus = Cli::tr("registered key of %1").arg(package.header.sender.agencyName);
    }

    if (cli.json()) {
        QJsonObject o { { QStringLiteral("file"), path }, { QStringLiteral("size"), found.fileSize },
            { QStringLiteral("valid"), validity.ok() } };
        if (!validity)
            o.insert(QStringLiteral("problem"), validity.message());
        if (!found.signerFingerprint.isEmpty())
            o.insert(QStringLiteral("signerFingerprint"), found.signerFingerprint);
        if (!signerStatus.isEmpty())
            o.insert(QStringLiteral("signerRegistered"), true);
        if (found.header) {
            const PackageHeader& h = *found.header;
            QJsonObject counts;
            for (auto it = h.recordCounts.cbegin(); it != h.recordCounts.cend(); ++it)
                counts.insert(it.key(), it.value());
            o.insert(QStringLiteral("header"),
                QJsonObject { { QStringLiteral("format"), h.format.toString() },
                    { QStringLiteral("packageId"), h.packageId.toString(QUuid::WithoutBraces) },
                    { QStringLiteral("kind"), PackageHeader::kindCode(h.kind) },
                    { QStringLiteral("sender"), partyJson(h.sender) },
                    { QStringLiteral("recipient"), partyJson(h.recipient) },
                    { QStringLiteral("fiscalYear"), h.fiscalYear },
                    { QStringLiteral("stages"), QJsonArray::fromStringList(h.stages) },
                    { QStringLiteral("createdAt"), h.createdAt.toString(Qt::ISODate) },
                    { QStringLiteral("sequence"), h.sequence }, { QStringLiteral("recordCounts"), counts },
                    { QStringLiteral("payloadSize"), h.payloadSize },
                    { QStringLiteral("payloadSm3"), QString::fromLatin1(h.payloadDigest.toHex()) } });
        }
        cli.printJson(o);
    } else {
        QTextStream& out = cli.out();
        out << Cli::tr("Package:      %1 (%2 bytes)").arg(path).arg(found.fileSize) << Qt::endl;
        if (found.header) {
            const PackageHeader& h = *found.header;
            if (!validity)
                out << Cli::tr("(the header below is shown as the file says; it is not verified)") << Qt::endl;
            out << Cli::tr("Format:       %1").arg(h.format.toString()) << Qt::endl
                << Cli::tr("Kind:         %1").arg(PackageHeader::kindName(h.kind)) << Qt::endl
                << Cli::tr("Package ID:   %1").arg(h.packageId.toString(QUuid::WithoutBraces)) << Qt::endl
                << Cli::tr("Sender:       %1").arg(partyText(h.sender)) << Qt::endl
                << Cli::tr("Recipient:    %1").arg(partyText(h.recipient)) << Qt::endl
                << Cli::tr("Fiscal year:  %1").arg(h.fiscalYear) << Qt::endl
                << Cli::tr("Stages:       %1").arg(h.stages.isEmpty() ? Cli::tr("(none)") : h.stages.join(QStringLiteral(", ")))
                << Qt::endl
                << Cli::tr("Created:      %1 UTC").arg(h.createdAt.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")))
                << Qt::endl
                << Cli::tr("Sequence:     %1").arg(h.sequence) << Qt::endl;
            QStringList counts;
            for (auto it = h.recordCounts.cbegin(); it != h.recordCounts.cend(); ++it)
                counts << QStringLiteral("%1 %2").arg(it.key()).arg(it.value());
            out << Cli::tr("Records:      %1").arg(counts.isEmpty() ? Cli::tr("(none)") : counts.join(QStringLiteral(", ")))
                << Qt::endl
                << Cli::tr("Payload:      %1 bytes, SM3 %2").arg(h.payloadSize).arg(QString::fromLatin1(h.payloadDigest.toHex()))
                << Qt::endl;
        }
        if (!found.signerFingerprint.isEmpty())
            out << Cli::tr("Signer key:   %1").arg(found.signerFingerprint) << Qt::endl;
        if (!signerStatus.isEmpty())
            out << Cli::tr("Signer:       %1").arg(signerStatus) << Qt::endl;
        out << (validity ? Cli::tr("Result:       valid") : Cli::tr("Result:       NOT VALID")) << Qt::endl;
    }
    if (!validity)
        return cli.fail(validity.error());
    return Cli::Success;
}

int packageVerb(CliContext& cli)
{
    const QString sub = cli.positional().value(0);
    if (sub == QLatin1String("verify"))
        return packageVerifyVerb(cli);
    return packageExchangeVerb(cli);
}

} // namespace jx
