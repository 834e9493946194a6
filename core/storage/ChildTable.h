#pragma once

#include "core/storage/Database.h"
#include "core/storage/Table.h"

#include <QHash>

#include <algorithm>
#include <memory>

namespace jx {

/// Child rows of a record of type @p P, saved and loaded with it (see ChildTable).
template <typename P>
class ChildRows
{
public:
    virtual ~ChildRows() = default;
    /// Writes the children of @p parent; the old ones are deleted first only if the parent @p existed.
    virtual Result<void> save(Database& db, const P& parent, bool existed, const LazyLabel& label) const = 0;
    virtual Result<void> load(Database& db, P& parent) const = 0;
    /// Loads the children of every one of @p parents with one query per ChildStatements::ManyParents of them.
    virtual Result<void> loadAll(Database& db, QList<P>& parents) const = 0;
    virtual TableShape shape() const = 0;
};

/// The statements of a child table, made once from its declaration (ChildTable.cpp).
struct ChildStatements
{
    QString insert;
    QString remove;
    QString select;
    /// The select of the children of ManyParents parents at once, the parent's id first.
    QString selectMany;
    static constexpr qsizetype ManyParents = 256;
    /// INSERTs of 1…MaxBatch rows in one statement (index n − 1): one statement's cursors serve many rows.
    QStringList insertBatch;
    static constexpr qsizetype MaxBatch = 32;

    static ChildStatements make(const QString& table, const QString& parentColumn, const QStringList& columns,
                                const QString& join, const QString& orderBy);
};

/// Deletes the child rows of one parent (@p sql from ChildStatements).
Result<void> deleteChildRows(Database& db, const QString& sql, const QVariant& parentId, const LazyLabel& label);
/// Writes one child row; a broken reference is explained with @p references.
Result<void> writeChildRow(Database& db, const QString& sql, std::span<const SqlValue> values, const LazyLabel& label,
                           const std::function<QList<Reference>()>& references);
/// Inserts a batch of child rows in one statement; false if it failed (and changed nothing).
bool writeChildRows(Database& db, const QString& sql, std::span<const SqlValue> values);
/// Runs the select of a child table for @p parentId; the query is positioned before the first row.
Result<QSqlQuery*> selectChildRows(Database& db, const QString& sql, const QUuid& parentId, const QString& table);
/// Runs ChildStatements::selectMany for @p parentIds (at most ManyParents; the rest bound as NULL).
Result<QSqlQuery*> selectChildRowsOf(
    Database& db, const QString& sql, const QList<QUuid>& parentIds, const QString& table);

/**
 * Rows of table @p name that belong to a parent record (parent column @p parentColumn), held
 * in the parent's list @p list. They carry no meta columns of their own: they travel with the
 * parent's revision and are rewritten whole when it is saved. Read in the order of
 * @p orderBy (columns of the child table are prefixed "c.", of a @p join as it names them).
 */
template <typename P, typename C>
class ChildTable final : public ChildRows<P>
{
public:
    ChildTable(const char* name, const char* parentColumn, QList<C> P::*list, QList<Column<C>> columns,
               const char* orderBy, const char* join = "")
        : m_table(name, std::move(columns))
        , m_parentColumn(QString::fromLatin1(parentColumn))
        , m_list(list)
        , m_sql(ChildStatements::make(m_table.name(), m_parentColumn, m_table.columnNames(),
                                      QString::fromLatin1(join), QString::fromLatin1(orderBy)))
    {
    }

    Result<void> save(Database& db, const P& parent, bool existed, const LazyLabel& label) const override
    {
        if (existed) {
            if (Result<void> r = deleteChildRows(db, m_sql.remove, RecordStore::idValue(parent.meta.id), label); !r)
                return r;
        }
        const SqlValue id = SqlValue::uuid(parent.meta.id);
        const QList<C>& list = parent.*m_list;
        qsizetype done = 0;
        // Full batches in one statement each; a batch that fails is written again row by row
        // (the failed statement changed nothing), so that the error names the row and field.
        // Kept between saves (one per thread: declarations are shared), so a save allocates nothing.
        static thread_local SqlRow values;
        while (list.size() - done > 1) {
            const qsizetype n = std::min(list.size() - done, ChildStatements::MaxBatch);
            values.clear();
            for (qsizetype i = done; i < done + n; ++i) {
                values.push_back(id);
                m_table.appendValues(list.at(i), values);
            }
            if (!writeChildRows(db, m_sql.insertBatch.at(n - 1), values))
                break;
            done += n;
        }
        for (qsizetype i = done; i < list.size(); ++i) {
            const C& child = list.at(i);
            values.clear();
            values.push_back(id);
            m_table.appendValues(child, values);
            if (Result<void> r = writeChildRow(db, m_sql.insert, values, label, [&] { return m_table.references(child); });
                !r) {
                return r;
            }
        }
        return {};
    }

    Result<void> load(Database& db, P& parent) const override
    {
        Result<QSqlQuery*> q = selectChildRows(db, m_sql.select, parent.meta.id, m_table.name());
        if (!q)
            return q.error();
        QList<C>& list = parent.*m_list;
        list.clear();
        while ((*q)->next()) {
            C child;
            if (Result<void> r = m_table.read(child, **q, 0); !r)
                return r;
            list << child;
        }
        return {};
    }

    Result<void> loadAll(Database& db, QList<P>& parents) const override
    {
        QHash<QUuid, qsizetype> index;
        index.reserve(parents.size());
        for (qsizetype i = 0; i < parents.size(); ++i) {
            (parents[i].*m_list).clear();
            index.insert(parents.at(i).meta.id, i);
        }
        for (qsizetype done = 0; done < parents.size(); done += ChildStatements::ManyParents) {
            QList<QUuid> ids;
            for (qsizetype i = done; i < std::min(parents.size(), done + ChildStatements::ManyParents); ++i)
                ids << parents.at(i).meta.id;
            Result<QSqlQuery*> q = selectChildRowsOf(db, m_sql.selectMany, ids, m_table.name());
            if (!q)
                return q.error();
            while ((*q)->next()) {
                C child;
                if (Result<void> r = m_table.read(child, **q, 1); !r)
                    return r;
                const auto it = index.constFind(RecordStore::uuidAt(**q, 0));
                if (it != index.constEnd())
                    (parents[*it].*m_list) << child;
            }
            (*q)->finish();
        }
        return {};
    }

    TableShape shape() const override
    {
        return { m_table.name(), QStringList { m_parentColumn } + m_table.columnNames() };
    }

private:
    Table<C> m_table;
    QString m_parentColumn;
    QList<C> P::*m_list;
    ChildStatements m_sql;
};

/// Declares a child table (see ChildTable) for RecordTable::withChildren().
template <typename P, typename C>
std::shared_ptr<const ChildRows<P>> children(const char* name, const char* parentColumn, QList<C> P::*list,
                                             QList<Column<C>> columns, const char* orderBy, const char* join = "")
{
    return std::make_shared<ChildTable<P, C>>(name, parentColumn, list, std::move(columns), orderBy, join);
}

} // namespace jx
