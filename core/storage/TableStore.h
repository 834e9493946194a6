#pragma once

#include "core/storage/RecordTable.h"

#include <optional>
#include <utility>

namespace jx {

/**
 * Reads and writes the records of one declared RecordTable: the whole of what a repository
 * does for a record kind, less its own queries and rules. Children are saved in the same
 * transaction as their record; the old ones are deleted only when the record existed before.
 */
template <typename R>
class TableStore
{
public:
    TableStore(Database& db, const RecordTable<R>& table)
        : m_table(table)
        , m_store(db, table.statements())
    {
    }

    /// Inserts (revision 0) or updates @p record and its children; @p record changes only on success.
    Result<void> save(R& record, const QString& label)
    {
        return save(record, LazyLabel([&label] { return label; }));
    }

    /// As above, called in errors what the declaration calls it (RecordTable::called()).
    Result<void> save(R& record)
    {
        // The label is a translated sentence: made only when there is an error to tell.
        return save(record, LazyLabel([this, &record] { return m_table.label(record); }));
    }

    /// As above, with the label made only when there is an error.
    Result<void> save(R& record, const LazyLabel& label)
    {
        m_values.clear();
        m_table.appendValues(record, m_values);
        if (m_table.childTables().isEmpty())
            return m_store.save(record.meta, m_values, label, [this, &record] { return m_table.recordReferences(record); });
        Database& db = m_store.database();
        Database::Transaction tx(db);
        if (!tx.started())
            return tx.startError();
        const bool existed = record.meta.revision != 0;
        // Only the meta changes in a save: the children are written from the record as it is.
        RecordMeta meta = record.meta;
        Result<void> written
            = m_store.save(meta, m_values, label, [this, &record] { return m_table.recordReferences(record); });
        if (!written)
            return written;
        const RecordMeta before = std::exchange(record.meta, meta);
        // Errors call the record as it was before the save (a new one by no id yet).
        const LazyLabel labelBefore = [&] {
            const RecordMeta now = std::exchange(record.meta, before);
            QString text = label();
            record.meta = now;
            return text;
        };
        for (const auto& children : m_table.childTables()) {
            if (Result<void> r = children->save(db, record, existed, labelBefore); !r) {
                record.meta = before;
                return r;
            }
        }
        if (Result<void> r = tx.commit(); !r) {
            record.meta = before;
            return r;
        }
        return {};
    }

    /// The record with @p id (live or a tombstone), with its children.
    Result<std::optional<R>> find(const QUuid& id)
    {
        return first(QStringLiteral("WHERE id = ?"), { RecordStore::idValue(id) });
    }

    /// The first record that RecordStore::selectSql() + @p tail selects, with its children.
    Result<std::optional<R>> first(const QString& tail, const QVariantList& binds)
    {
        Result<QList<R>> found = list(tail, binds, 1);
        if (!found)
            return found.error();
        return found->isEmpty() ? std::optional<R>() : std::optional<R>(found->constFirst());
    }

    /// The records that RecordStore::selectSql() + @p tail selects (at most @p limit), with their children.
    Result<QList<R>> list(const QString& tail, const QVariantList& binds, qsizetype limit = -1)
    {
        Result<QSqlQuery*> q = m_store.select(tail, binds);
        if (!q)
            return q.error();
        QList<R> out;
        while ((limit < 0 || out.size() < limit) && (*q)->next()) {
            Result<R> record = m_table.readRow(**q);
            if (!record)
                return record.error();
            out << *std::move(record);
        }
        (*q)->finish();
        Database& db = m_store.database();
        for (const auto& children : m_table.childTables()) {
            // Many records (a year's self-evaluations): their children in a few queries, not one each.
            if (out.size() > 1) {
                if (Result<void> r = children->loadAll(db, out); !r)
                    return r.error();
                continue;
            }
            for (R& record : out) {
                if (Result<void> r = children->load(db, record); !r)
                    return r.error();
            }
        }
        return out;
    }

    /// Leaves a tombstone (see RecordStore::tombstone()).
    Result<void> remove(const QUuid& id, const QString& label) { return m_store.tombstone(id, label); }
    Result<void> remove(const QUuid& id) { return remove(id, m_table.labelOf(id)); }

    RecordStore& store() { return m_store; }
    const RecordTable<R>& table() const { return m_table; }

private:
    const RecordTable<R>& m_table;
    RecordStore m_store;
    SqlRow m_values; ///< the declared columns of the record being saved, reused
};

} // namespace jx
