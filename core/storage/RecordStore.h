#pragma once

#include "core/domain/RecordMeta.h"
#include "core/domain/Result.h"
#include "core/domain/Types.h"
#include "core/storage/SqlValue.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <functional>
#include <optional>
#include <span>

namespace jx {

class Database;

/// A column that refers to another table, described for error messages.
struct Reference
{
    QString what;   ///< translated, e.g. "agency"
    QString table;
    QString column; ///< key column in @c table
    QVariant value; ///< null values are not checked
};

/// What errors call a record, made only when there is an error (labels are translated sentences).
using LazyLabel = std::function<QString()>;
/// The references of a record, listed only to explain a failed write.
using LazyReferences = std::function<QList<Reference>()>;

/// The statements of one table of travelling records, made once per declaration.
struct RecordStatements
{
    QString table;
    QStringList columns; ///< after the meta columns
    QString select;
    QString insert;
    QString update;
    QString exists; ///< one row if a record (live or a tombstone) has the id
    QString statusColumn; ///< empty: the table has no workflow status

    static RecordStatements make(const QString& table, const QStringList& columns);
};

/// A travelling record as the package exchange sees it: which revision, and whether a tombstone.
struct ChangedRecord
{
    QString table; ///< the record's kind
    QUuid id;
    qint64 revision = 0;
    qint64 modifiedAtMs = 0;
    bool deleted = false;
    qint64 changeSeq = 0; ///< this database's change sequence of the record's table when it last changed here
};

/**
 * Reads and writes one table of travelling records: the meta columns (id, owner_id,
 * revision, modified_at, deleted) followed by the table's own columns, always through
 * prepared statements. Updates are optimistic (they name the revision they change) and
 * deletions leave tombstones. Errors name the record and, for a broken reference, the
 * field that points nowhere.
 */
class RecordStore
{
    Q_DECLARE_TR_FUNCTIONS(RecordStore)

public:
    RecordStore(Database& db, QString table, QStringList columns);
    /// A store over statements made once (RecordTable::statements()).
    RecordStore(Database& db, const RecordStatements& statements);

    /**
     * Declares the workflow status column (one of @c columns). Updates through save() are
     * then refused once the record is submitted or approved, and save() never changes the
     * status: that is what setStatus() is for (core/workflow).
     */
    void setStatusColumn(const QString& column);
    /// Moves a record from one status to another, bumping its revision; false if it was not in @p from.
    Result<bool> setStatus(const QUuid& id, int from, int to);

    static constexpr int MetaColumnCount = 5;
    /// id, owner_id, revision, modified_at, deleted: the leading columns of every travelling table.
    static const QStringList& metaColumns();

    /**
     * The records of this table that changed in this database after change @p sequence, oldest
     * change first: created, updated, moved in the workflow, deleted (tombstones) or written by
     * an import, whatever their own modified_at says. Every write stamps the record with the
     * table's next change sequence (change_seq, since schema 9), so "everything since the last
     * package" is `changedSince(the highest changeSeq it held)`.
     */
    Result<QList<ChangedRecord>> changedSince(qint64 sequence);
    /// SQL for the next change sequence of @p table, for writes that bypass save().
    static QString nextChangeSeq(const QString& table);

    /// "SELECT <meta>, <columns> FROM <table>" for callers to extend with WHERE / ORDER BY.
    QString selectSql() const;
    /// Runs selectSql() + @p tail with @p binds; the query is positioned before the first row.
    Result<QSqlQuery*> select(const QString& tail, const QVariantList& binds);

    /**
     * Inserts when meta.revision is 0, else updates; fills in id, revision and time. @p values
     * are the declared columns (Table::appendValues()); the label and the references are made
     * only when there is an error.
     */
    Result<void> save(RecordMeta& meta, std::span<const SqlValue> values, const LazyLabel& label,
                      const LazyReferences& references);
    /// Writes a record exactly as given (meta included) as a new row; for import and seeds.
    Result<void> put(const RecordMeta& meta, std::span<const SqlValue> values, const LazyLabel& label,
                     const LazyReferences& references);
    /// Whether a record (live or a tombstone) has @p id: a look-up without reading the record.
    Result<bool> contains(const QUuid& id);
    /// Marks the record deleted (a tombstone that travels) and bumps its revision.
    Result<void> tombstone(const QUuid& id, const QString& label);

    /**
     * Explains a failed write of @p label: for a broken foreign key, names the first of
     * @p references that points nowhere; any other error is returned as it is.
     */
    static Error explain(Database& db, const Error& error, const QString& label, const QList<Reference>& references);

    static RecordMeta readMeta(const QSqlQuery& query);
    static QVariant idValue(const QUuid& id);
    static QUuid uuidAt(const QSqlQuery& query, int column);
    /// A bound key as users read it: a UUID in text form, or the value itself.
    static QString displayValue(const QVariant& value);
    static qint64 timeValue(const QDateTime& time);
    static QDateTime timeAt(const QSqlQuery& query, int column);

    const QString& table() const { return m_sql.table; }
    Database& database() const { return m_db; }

private:
    Result<void> insert(RecordMeta& meta, std::span<const SqlValue> values, const LazyLabel& label,
                        const LazyReferences& references);
    Result<void> update(RecordMeta& meta, std::span<const SqlValue> values, const LazyLabel& label,
                        const LazyReferences& references);
    /// The stored status of a record (of a live one only if @p liveOnly); nothing if there is none.
    std::optional<RecordStatus> storedStatus(const QUuid& id, bool liveOnly);

    Database& m_db;
    RecordStatements m_sql;
    qsizetype m_statusIndex = -1;
    SqlRow m_row; ///< the bound values of the last write, reused so that a write allocates nothing
};

} // namespace jx
