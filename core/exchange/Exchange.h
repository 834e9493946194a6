#pragma once

#include "core/domain/Agency.h"
#include "core/domain/Result.h"
#include "core/exchange/ExchangeLog.h"
#include "core/exchange/ExchangeSummary.h"
#include "core/exchange/PackageImporter.h"
#include "core/exchange/PackageReader.h"
#include "core/exchange/PayloadWriter.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <functional>

namespace jx {

class Workspace;

/// What to put in a package (Exchange::exportPackage()).
struct ExportOptions
{
    /// The agency it goes to: its id, or its local code (an agency known here).
    QString recipient;
    int fiscalYear = 0;
    /// Stage codes (PayloadWriter::stages()); empty: every stage.
    QStringList stages;
    /// Only what changed since the last package the recipient acknowledged (else everything in scope).
    bool sinceAcknowledged = false;
    /// The package file to write (replaced only when the package is complete).
    QString outputPath;
    /// Unlocks this installation's signing key.
    QString passphrase;
};

/// A package written (Exchange::exportPackage()).
struct ExportResult
{
    QUuid packageId;
    qint64 sequence = 0;
    ExchangeDirection direction = ExchangeDirection::Submission;
    QUuid recipientId;
    QString recipientName;
    QMap<QString, qint64> counts;
    QString path;
};

/// Where a long export or import is (ExchangeProgress).
enum class ExchangeStep
{
    Verifying, ///< reading the package file: digest and signature (bytes)
    Importing, ///< writing its records, or a dry run of it (record tables)
    Collecting, ///< collecting the records of an export into its payload (not counted)
    Signing,   ///< writing and signing the package file (bytes)
};

/**
 * Called as an export or an import goes: the step, and what of it is done of how much (a total
 * of 0: not counted). Returning false cancels: an import then changes nothing, an export leaves
 * no file. It is also asked inside long statements, on the thread doing the work.
 */
using ExchangeProgress = std::function<bool(ExchangeStep step, qint64 done, qint64 total)>;

/// The exchange history of this installation (Exchange::history()).
struct ExchangeHistory
{
    QList<SentPackage> sent;
    QList<ReceivedPackage> received;
};

/**
 * Package exchange for one workspace, the entry point for the CLI and the GUI: export a signed
 * package for another agency, import (or preview) one, read the history.
 *
 * Export: the direction follows from the recipient (an agency in this one's area gets a return,
 * any other a submission); the payload (PayloadWriter) is signed into the package with this
 * installation's key; the package is logged as sent with the next sequence number and the
 * change sequences it carried. Nothing else in the database changes.
 *
 * Import, in this order: the container (size, format, digest, signature) and its signer against
 * the registry of known keys; the recipient is this installation; the sequence (a package
 * already imported, or older than one imported from the same sender, changes nothing and says
 * so); a backup of the database (not for a dry run); then the records in one transaction
 * (PackageImporter), with the history (ExchangeLog) in the same transaction.
 */
class Exchange
{
    Q_DECLARE_TR_FUNCTIONS(Exchange)

public:
    explicit Exchange(Workspace& workspace);

    /**
     * Writes a signed package for options.recipient to options.outputPath. @p progress follows
     * the work and may cancel it (then no file is written and nothing is logged as sent).
     */
    Result<ExportResult> exportPackage(const ExportOptions& options, const ExchangeProgress& progress = {});
    /**
     * Imports (or with @p dryRun previews) the package file @p path; the summary says what
     * happened. An error means nothing changed: the package was refused (its message says why),
     * or @p progress cancelled the import.
     */
    Result<ExchangeSummary> importPackage(const QString& path, bool dryRun = false, const ExchangeProgress& progress = {});
    Result<ExchangeHistory> history();

    /// The agency @p codeOrId names (an id, or the local code): one known here, else one whose key is registered.
    Result<Agency> findAgency(const QString& codeOrId);
    /// Submission when @p recipient is outside this agency's area, return when in it.
    ExchangeDirection directionTo(const Agency& recipient);

    // Below the signed container: the payload itself (used by the two above, and by tests).

    /// Writes the payload for @p recipient to @p payloadPath and the info the header needs.
    Result<ExportResult> writePayload(const Agency& recipient, const ExportOptions& options, const QUuid& packageId,
                                      const QString& payloadPath, PayloadContent* content = nullptr,
                                      const std::function<bool()>& goOn = {});
    /// Records @p result (written with @p content) as sent.
    Result<void> recordSent(const ExportResult& result, const ExportOptions& options, const PayloadContent& content);
    /**
     * Checks the sequence of a verified package and imports its payload. @p header is kept in the
     * history; @p sequence is the sender's sequence number from the signed header.
     */
    Result<ExchangeSummary> importPayload(const QString& payloadPath, const PayloadOrigin& origin, qint64 sequence,
                                          const QJsonObject& header, const QString& fileName, bool dryRun,
                                          const PackageProgress& progress = {});

private:
    Workspace& m_workspace;
};

} // namespace jx
