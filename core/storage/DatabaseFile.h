#pragma once

#include "core/domain/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace jx {

/// One object of a database schema as sqlite_master holds it.
struct SchemaObject
{
    QString type; ///< table, index, trigger, view
    QString name;
    QString table;
    QString sql; ///< empty for an automatic index
    QStringList columns; ///< of a table, in order
};

/// What a read-only inspection found out about a file that passed it.
struct FileFacts
{
    bool isNew = false;    ///< missing or 0 bytes: a database is to be created there
    int schemaVersion = 0; ///< PRAGMA user_version of an existing file
};

/**
 * A database file inspected read-only, before anything writes to it (SQLite's guidance for
 * application file formats and untrusted database files): the header, the application id,
 * the schema version, every object of the schema against the one the migrations create for
 * that version (so no trigger, view or table of anybody else's is ever used), and SQLite's own
 * consistency check. A file that fails is refused with a translated one-line message naming
 * it, and no byte of it has changed: the inspection opens it with SQLITE_OPEN_READONLY,
 * defensive and with triggers and views off.
 */
class DatabaseFile
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseFile)

public:
    enum class Purpose
    {
        Open,   ///< to open for work: must be writable with its folder; quick consistency check
        Create, ///< may be missing or 0 bytes (then isNew); otherwise as Open
        Source, ///< to read from (restore): need not be writable; full integrity and foreign key check
        Read    ///< to open read-only for work: as Open, but need not be writable
    };

    static Result<FileFacts> inspect(const QString& path, Purpose purpose);

    /// Files up to this size get quick_check when opened (Purpose::Open); larger ones do not.
    static constexpr qint64 QuickCheckUpTo = qint64(256) * 1024 * 1024;

    /// The schema a file of @p version holds, as the migrations make it (built once in memory).
    static Result<QList<SchemaObject>> expectedSchema(int version);
    /// The tables of the current schema in the order the migrations create them.
    static QStringList currentTables();
    /// @p name quoted as an SQL identifier.
    static QString quoteIdentifier(const QString& name);
};

} // namespace jx
