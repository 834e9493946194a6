#pragma once

#include "core/domain/Agency.h"
#include "core/domain/Result.h"
#include "core/exchange/PackagePayload.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QUuid>
#include <QVariantList>

#include <functional>

namespace jx {

class Database;

/// Which way a package goes: up to the finance department above, or back down.
enum class ExchangeDirection
{
    Submission, ///< 上报: a unit to its finance department, a finance department to the one above
    Return,     ///< 下发: reviews, grades, approvals, orders and decisions back to the level below
};

/// What a payload holds (see PayloadWriter::write()).
struct PayloadScope
{
    ExchangeDirection direction = ExchangeDirection::Submission;
    QUuid recipientId;
    int fiscalYear = 0;
    /// Stage codes (PayloadWriter::stages()); empty: every stage.
    QStringList stages;
    /// Per travelling table, the last change sequence the recipient acknowledged: only records
    /// changed here after it travel (and what they refer to). Empty: everything in scope.
    QHash<QString, qint64> since;
    /// Written into payload_info besides what the writer writes itself.
    QHash<QString, QString> info;
};

/// What a payload was written with: rows per table, and this database's change sequence of
/// every travelling table when it was read (what the recipient has once it acknowledges).
struct PayloadContent
{
    QMap<QString, qint64> counts;
    QHash<QString, qint64> marks;
    qint64 records() const;
};

/**
 * Writes the payload of a package (PackagePayload) from this database: the travelling records
 * in scope, chosen by one set of rules for every record kind, in SQL:
 *
 * - **Submission**: the subjects of the year that this agency owns, and, for a finance
 *   department, those of the agencies in its area (its division and below, and sub-units) that
 *   have a record it approved; of their records, this agency's own and the others' approved ones.
 * - **Return**: the subjects of the year of the recipient and the agencies under it; of their
 *   records, this agency's own (reviews, orders, payments, decisions) and theirs that the
 *   workflow moved past draft here (submitted, returned, approved).
 * - Records that follow others (indicators their target set, reviews and workflow steps the
 *   record they are about, child rows their parent) follow them; what the records refer to
 *   (agencies, divisions, categories, predecessors) is added until nothing refers outside.
 *
 * Reading is one snapshot of the database; nothing in it changes (temporary tables only).
 */
class PayloadWriter
{
    Q_DECLARE_TR_FUNCTIONS(PayloadWriter)

public:
    PayloadWriter(Database& db, Agency self);

    /// The stage codes a package can be limited to: assessment, targets, monitoring, evaluation, application.
    static QStringList stages();
    /// The tables a stage selects (the records that follow them come along).
    static QStringList tablesOf(const QString& stage);

    /**
     * Writes the payload to @p path (which must not exist). @p goOn is asked between tables and
     * inside long statements; when it returns false the writing stops, the file is removed and
     * cancelled() says so.
     */
    Result<PayloadContent> write(const PayloadScope& scope, const QString& path,
                                 const std::function<bool()>& goOn = {});
    /// Whether the last write() stopped because @p goOn said so.
    bool cancelled() const { return m_cancelled; }

private:
    Result<int> run(const QString& sql, const QVariantList& binds = {});
    Result<void> selectScope(const PayloadScope& scope, const QList<PayloadTable>& tables);
    Result<void> copyRecords(const PayloadScope& scope, const QList<PayloadTable>& tables, PayloadContent& content);
    void dropTemporary(const QList<PayloadTable>& tables);

    Database& m_db;
    Agency m_self;
    bool m_cancelled = false;
};

} // namespace jx
