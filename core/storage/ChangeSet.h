#pragma once

#include <QHash>
#include <QList>
#include <QMetaType>
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
 */
class ChangeSet
{
public:
    void add(const QString& table, const QUuid& id, ChangeType type);
    void clear();
    bool isEmpty() const { return size() == 0; }
    qsizetype size() const { return m_changes.size() - m_dropped; }
    /// The changes in the order first touched.
    QList<RecordChange> changes() const;

    /// The ids of @p table changed as @p type.
    QList<QUuid> ids(const QString& table, ChangeType type) const;
    /// Whether any record of @p table changed.
    bool touches(const QString& table) const;

private:
    QList<RecordChange> m_changes;
    QHash<QUuid, qsizetype> m_index; ///< id → position in m_changes
    qsizetype m_dropped = 0;         ///< entries created and removed again (marked with a null id)
};

} // namespace jx

Q_DECLARE_METATYPE(jx::ChangeSet)
