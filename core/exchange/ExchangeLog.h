#pragma once

#include "core/domain/Result.h"
#include "core/exchange/ExchangeSummary.h"
#include "core/exchange/PayloadWriter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QUuid>

#include <optional>

namespace jx {

class Database;

/// A package this installation wrote.
struct SentPackage
{
    QUuid id;
    QUuid recipientId;
    ExchangeDirection direction = ExchangeDirection::Submission;
    qint64 sequence = 0;
    int fiscalYear = 0;
    QStringList stages;
    QString scope; ///< "all" or "since-ack"
    QHash<QString, qint64> marks; ///< change sequence per table when it was written
    QMap<QString, qint64> counts;
    QDateTime createdAt;
    QString fileName;
    QDateTime acknowledgedAt; ///< invalid until the recipient's package back named it
};

/// A package this installation imported (a dry run is not kept).
struct ReceivedPackage
{
    QUuid id;
    QUuid senderId;
    ExchangeDirection direction = ExchangeDirection::Submission;
    qint64 sequence = 0;
    int fiscalYear = 0;
    QJsonObject header;
    ExchangeSummary summary;
    QDateTime importedAt;
    QString fileName;
};

/**
 * The exchange history in the database (schema step 12): packages sent with the change
 * sequences they carried, packages received with their header and summary, and per other
 * agency the last sequence received from it and the last package of ours it acknowledged.
 *
 * Acknowledgement: every package names the last package its sender imported from its
 * recipient (payload_info "acknowledges"). When that package comes back, the one it names is
 * acknowledged: its recipient has everything it carried, and the next "since the last
 * acknowledged" export starts from the change sequences recorded with it.
 */
class ExchangeLog
{
    Q_DECLARE_TR_FUNCTIONS(ExchangeLog)

public:
    explicit ExchangeLog(Database& db);

    /// The sequence number of the next package this installation writes (1, 2, …; never reused).
    Result<qint64> nextSequence();
    Result<void> recordSent(const SentPackage& package);
    /// The change sequences of the last package @p recipientId acknowledged (empty: none).
    Result<QHash<QString, qint64>> acknowledgedMarks(const QUuid& recipientId);
    /// The last package imported from @p agencyId (null: none), which the next package to it acknowledges.
    Result<QUuid> lastReceivedFrom(const QUuid& agencyId);
    /// Whether a package with @p id was imported here.
    Result<std::optional<ReceivedPackage>> received(const QUuid& id);
    /// The highest sequence imported from @p senderId (0: none).
    Result<qint64> lastSequenceFrom(const QUuid& senderId);
    /// Records an import (inside its transaction) and what it acknowledges.
    Result<void> recordReceived(const ReceivedPackage& package, const QUuid& acknowledges);

    Result<QList<SentPackage>> sent();
    Result<QList<ReceivedPackage>> receivedAll();

private:
    Database& m_db;
};

} // namespace jx
