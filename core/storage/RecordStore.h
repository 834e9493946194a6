#pragma once

#include "core/domain/RecordMeta.h"
#include "core/domain/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

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

    /**
     * Declares the workflow status column (one of @c columns). Updates through save() are
     * then refused once the record is submitted or approved, and save() never changes the
     * status: that is what setStatus() is for (core/workflow).
     */
    void setStatusColumn(const QString& column);
    /// Moves a record from one status to another, bumping its revision; false if it was not in @p from.
    Result<bool> setStatus(const QUuid& id, int from, int to);

    static constexpr int MetaColumnCount = 5;

    /// "SELECT <meta>, <columns> FROM <table>" for callers to extend with WHERE / ORDER BY.
    QString selectSql() const;
    /// Runs selectSql() + @p tail with @p binds; the query is positioned before the first row.
    Result<QSqlQuery*> select(const QString& tail, const QVariantList& binds);

    /// Inserts when meta.revision is 0, else updates; fills in id, revision and time.
    Result<void> save(RecordMeta& meta, const QVariantList& values, const QString& label,
                      const QList<Reference>& references = {});
    /// Writes a record exactly as given (meta included), replacing any older revision; for import and seeds.
    Result<void> put(const RecordMeta& meta, const QVariantList& values, const QString& label,
                     const QList<Reference>& references = {});
    /// Marks the record deleted (a tombstone that travels) and bumps its revision.
    Result<void> tombstone(const QUuid& id, const QString& label);

    /// Deletes the child rows of a parent record in @p table (they are rewritten with the parent).
    Result<void> deleteChildren(const QString& table, const QString& parentColumn, const QUuid& parentId,
                                const QString& label);
    /// Runs a prepared insert of a child row about an indicator; a broken reference names the indicator.
    Result<void> insertIndicatorChild(QSqlQuery& query, const QString& label, const QUuid& indicatorId);

    static RecordMeta readMeta(const QSqlQuery& query);
    static QVariant idValue(const QUuid& id);
    static QUuid uuidAt(const QSqlQuery& query, int column);
    /// A bound key as users read it: a UUID in text form, or the value itself.
    static QString displayValue(const QVariant& value);
    static qint64 timeValue(const QDateTime& time);
    static QDateTime timeAt(const QSqlQuery& query, int column);

    const QString& table() const { return m_table; }
    Database& database() const { return m_db; }

private:
    Result<void> insert(RecordMeta& meta, const QVariantList& values, const QString& label,
                        const QList<Reference>& references);
    Result<void> update(RecordMeta& meta, const QVariantList& values, const QString& label,
                        const QList<Reference>& references);
    Error explain(const Error& error, const QString& label, const QList<Reference>& references);

    Database& m_db;
    QString m_table;
    QStringList m_columns;
    QString m_insertSql;
    QString m_updateSql;
    qsizetype m_statusIndex = -1;
};

/// Binds a nullable text: empty strings are stored as NULL.
QVariant textOrNull(const QString& text);
/// Binds a required text: a null string is stored as ''.
QVariant textNotNull(const QString& text);
/// Binds an optional number: nothing is stored as NULL.
QVariant realOrNull(const std::optional<double>& value);
/// Reads an optional number (NULL is nothing).
std::optional<double> optionalRealAt(const QSqlQuery& query, int column);

} // namespace jx
