#pragma once

#include "core/domain/Agency.h"
#include "core/domain/Result.h"
#include "core/exchange/ExchangeSummary.h"
#include "core/exchange/PackagePayload.h"
#include "core/exchange/PackageReader.h"
#include "core/exchange/PayloadWriter.h"

#include <QCoreApplication>
#include <QUuid>
#include <QVariantList>

#include <functional>

namespace jx {

class Database;

/// Who a verified package comes from and what it claims (from its signed header).
struct PayloadOrigin
{
    ExchangeDirection direction = ExchangeDirection::Submission;
    QUuid packageId;
    QUuid senderId;
    QUuid recipientId;
    int fiscalYear = 0;
};

/**
 * Applies the payload of a verified package to this database in one transaction, or not at all.
 *
 * The payload is checked first (PackagePayload::inspect(): read-only, defensive, exactly the
 * expected tables), must agree with the signed header (sender, recipient, direction, year), and
 * is then attached read-only. Every value is checked against the type of its column; SQLite's
 * constraints (NOT NULL, CHECK, foreign keys) check the rest as the records are written, and a
 * record that breaks one refuses the whole package, named with its field.
 *
 * Each incoming record, by the same rules for every kind:
 * - its owner must be the sender or an agency in the sender's area (a submission) or the sender
 *   (a return); a record whose local copy has another owner is ignored;
 * - a record of this installation (or of an agency under it) is never changed from outside,
 *   except that a newer revision may move its workflow (status, budget stage): the approval,
 *   return or arrangement by the finance department above;
 * - a new record is created; a newer revision replaces the local copy (child rows included);
 *   an older one changes nothing; the same revision with other content is a conflict, reported
 *   with the field and both values, and nothing is overwritten;
 * - tombstones are records like any other (deleted = 1) and travel the same way.
 */
class PackageImporter
{
    Q_DECLARE_TR_FUNCTIONS(PackageImporter)

public:
    PackageImporter(Database& db, Agency self);

    /// Called inside the import's transaction before it commits (not for a dry run): the history.
    using BeforeCommit = std::function<Result<void>(const ExchangeSummary&)>;

    /**
     * Imports @p payloadPath from @p origin. A dry run does everything and writes nothing. The
     * summary tells what was done; an error means nothing was (its message names the record and field).
     * @p progress counts the record tables done of all; it is asked inside long statements too, and
     * when it returns false the import stops and nothing is written (cancelled() says so).
     */
    Result<ExchangeSummary> import(const QString& payloadPath, const PayloadOrigin& origin, bool dryRun,
                                   const BeforeCommit& beforeCommit = {}, const PackageProgress& progress = {});
    /// Whether the last import() stopped because its progress callback said so.
    bool cancelled() const { return m_cancelled; }

    /// The payload_info of the last payload inspected (what its sender wrote besides the records).
    const QHash<QString, QString>& info() const { return m_info; }

    /// The environment variable of the test hook that pauses an import once it has started writing.
    static inline const char* PauseHook = "JIXIAO_TEST_IMPORT_PAUSE_FILE";

private:
    Result<int> run(const QString& sql, const QVariantList& binds = {});
    Result<void> checkInfo(const QHash<QString, QString>& info, const PayloadOrigin& origin);
    Result<void> checkTypes(const QList<PayloadTable>& tables);
    Result<void> computeOwners(const PayloadOrigin& origin);
    Result<void> importDivisions(const PayloadTable& division, ExchangeSummary& summary);
    Result<void> importTable(const PayloadTable& table, const QList<PayloadTable>& tables, ExchangeSummary& summary);
    Result<void> reportProblems(const PayloadTable& table, const QList<PayloadTable>& tables, ExchangeSummary& summary);
    /// After a bulk write failed: the record (and field) that breaks a constraint.
    Error explainFailure(const PayloadTable& table, const QString& insertOne, const Error& bulk);

    Database& m_db;
    Agency m_self;
    QHash<QString, QString> m_info;
    bool m_cancelled = false;
};

} // namespace jx
