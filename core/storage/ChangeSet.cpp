#include "core/storage/ChangeSet.h"

#include <algorithm>

namespace jx {

void ChangeSet::add(const QString& table, const QUuid& id, ChangeType type)
{
    if (isSummary()) {
        m_summaryTables.insert(table);
        return;
    }
    const auto found = m_index.constFind(id);
    if (found != m_index.cend() && m_changes.at(*found).table == table) {
        RecordChange& c = m_changes[*found];
        if (c.type == ChangeType::Created && type == ChangeType::Removed) {
            c.id = QUuid();
            ++m_dropped;
            m_index.remove(id);
        } else if (c.type != ChangeType::Created) {
            c.type = type;
        }
        return;
    }
    m_index.insert(id, m_changes.size());
    m_changes.append(RecordChange { table, id, type });
    if (size() > MaxRecords)
        summarize();
}

void ChangeSet::summarize()
{
    for (const RecordChange& c : std::as_const(m_changes)) {
        if (!c.id.isNull())
            m_summaryTables.insert(c.table);
    }
    m_changes = {};
    m_index = {};
    m_dropped = 0;
}

void ChangeSet::clear()
{
    m_changes = {};
    m_index = {};
    m_dropped = 0;
    m_summaryTables.clear();
}

QList<RecordChange> ChangeSet::changes() const
{
    if (m_dropped == 0)
        return m_changes;
    QList<RecordChange> out;
    out.reserve(size());
    std::copy_if(m_changes.cbegin(), m_changes.cend(), std::back_inserter(out),
        [](const RecordChange& c) { return !c.id.isNull(); });
    return out;
}

QList<QUuid> ChangeSet::ids(const QString& table, ChangeType type) const
{
    QList<QUuid> out;
    for (const RecordChange& c : m_changes) {
        if (!c.id.isNull() && c.table == table && c.type == type)
            out << c.id;
    }
    return out;
}

bool ChangeSet::touches(const QString& table) const
{
    if (m_summaryTables.contains(table))
        return true;
    return std::any_of(m_changes.cbegin(), m_changes.cend(),
        [&](const RecordChange& c) { return !c.id.isNull() && c.table == table; });
}

} // namespace jx
