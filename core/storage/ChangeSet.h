#pragma once

#include <QHash>
#include <QList>
#include <QMetaType>
#include <QSet>
#include <QString>
#include <QUuid>

namespace jx {

enum class ChangeType
{
    Created,
    Updated,
    Removed, ///< deleted, or left as a tombstone
};

/// One record that a committed transaction changed: its kind (the table it lives in) and id.
struct RecordChange
{
    QString table; ///< e.g. "subject", "target_set" (core/storage/Tables.h names them)
    QUuid id;
    ChangeType type = ChangeType::Updated;

    bool operator==(const RecordChange&) const = default;
};

/**
 * What one transaction changed, each record once, in the order first touched. A record
 * created and updated in the same transaction is Created; created and removed, it is not
 * there at all (nobody saw it); updated and then removed, it is Removed.
 *
 * A bulk transaction (an import, the demo) would otherwise hold an entry for every record it
 * wrote: past MaxRecords the set keeps only which tables changed (isSummary()), so that its
 * memory stays bounded; listeners then read those tables again as a whole.
 */
class ChangeSet
{
public:
    static constexpr qsizetype MaxRecords = 20'000;

    void add(const QString& table, const QUuid& id, ChangeType type);
    void clear();
    bool isEmpty() const { return size() == 0 && m_summaryTables.isEmpty(); }
    /// Records listed (0 once the set is only a summary).
    qsizetype size() const { return m_changes.size() - m_dropped; }
    /// True when the transaction changed too many records to list: only touches() answers.
    bool isSummary() const { return !m_summaryTables.isEmpty(); }
    /// The changes in the order first touched.
    QList<RecordChange> changes() const;

    /// The ids of @p table changed as @p type (none once the set is a summary).
    QList<QUuid> ids(const QString& table, ChangeType type) const;
    /// Whether any record of @p table changed.
    bool touches(const QString& table) const;

private:
    void summarize();

    QList<RecordChange> m_changes;
    QSet<QString> m_summaryTables; ///< tables changed, once the set is a summary
    QHash<QUuid, qsizetype> m_index; ///< id → position in m_changes
    qsizetype m_dropped = 0; ///< entries created and removed again (marked with a null id)
};

} // namespace jx

Q_DECLARE_METATYPE(jx::ChangeSet)
