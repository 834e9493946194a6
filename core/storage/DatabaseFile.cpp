#include "core/storage/DatabaseFile.h"

#include "core/storage/Database.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>

#include <functional>

#include <sqlite3.h>

namespace jx {

namespace {

// A read-only SQLite connection of its own (not QSqlDatabase: nothing here may write, and the
// connection is configured before the schema of the file is read).
class ReadOnlyConnection
{
public:
    ~ReadOnlyConnection() { sqlite3_close_v2(m_handle); }

    bool open(const QString& path)
    {
        const int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &m_handle, SQLITE_OPEN_READONLY, nullptr);
        if (rc != SQLITE_OK)
            return false;
        Database::harden(m_handle);
        return true;
    }

    QString errorText() const { return m_handle ? QString::fromUtf8(sqlite3_errmsg(m_handle)) : QString(); }
    int errorCode() const { return m_handle ? sqlite3_extended_errcode(m_handle) : SQLITE_NOMEM; }

    /// Every row of @p sql as text; false on an error (errorText()).
    bool rows(const char* sql, QList<QStringList>& out)
    {
        sqlite3_stmt* statement = nullptr;
        if (sqlite3_prepare_v2(m_handle, sql, -1, &statement, nullptr) != SQLITE_OK)
            return false;
        int rc = SQLITE_OK;
        while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
            QStringList row;
            for (int i = 0; i < sqlite3_column_count(statement); ++i) {
                const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(statement, i));
                row << (text ? QString::fromUtf8(text) : QString());
            }
            out << row;
        }
        sqlite3_finalize(statement);
        return rc == SQLITE_DONE;
    }

    /// The columns of @p table, in order (bound, never pasted into the SQL).
    QStringList columns(const QString& table)
    {
        QStringList out;
        sqlite3_stmt* statement = nullptr;
        if (sqlite3_prepare_v2(m_handle, "SELECT name FROM pragma_table_info(?1)", -1, &statement, nullptr) != SQLITE_OK)
            return out;
        const QByteArray name = table.toUtf8();
        sqlite3_bind_text(statement, 1, name.constData(), int(name.size()), SQLITE_TRANSIENT);
        while (sqlite3_step(statement) == SQLITE_ROW)
            out << QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(statement, 0)));
        sqlite3_finalize(statement);
        return out;
    }

    bool integer(const char* sql, qint64& value)
    {
        QList<QStringList> out;
        if (!rows(sql, out) || out.isEmpty() || out.first().isEmpty())
            return false;
        value = out.first().first().toLongLong();
        return true;
    }

private:
    sqlite3* m_handle = nullptr;
};

QString kindName(const QString& type)
{
    if (type == QLatin1String("table"))
        return DatabaseFile::tr("table");
    if (type == QLatin1String("index"))
        return DatabaseFile::tr("index");
    if (type == QLatin1String("trigger"))
        return DatabaseFile::tr("trigger");
    if (type == QLatin1String("view"))
        return DatabaseFile::tr("view");
    return type;
}

// Statistics tables that ANALYZE may add; they hold numbers only and are never executed.
bool ignored(const SchemaObject& o)
{
    return o.name.startsWith(QLatin1String("sqlite_stat"));
}

Result<void> compareSchema(const QString& shown, const QList<SchemaObject>& actual, int version,
                           const std::function<QStringList(const QString&)>& columnsOf)
{
    Result<QList<SchemaObject>> expected = DatabaseFile::expectedSchema(version);
    if (!expected)
        return expected.error();
    QHash<QString, SchemaObject> wanted;
    for (const SchemaObject& o : *expected)
        wanted.insert(o.type + QLatin1Char(' ') + o.name, o);
    QSet<QString> seen;
    for (const SchemaObject& o : actual) {
        if (ignored(o))
            continue;
        const QString key = o.type + QLatin1Char(' ') + o.name;
        seen.insert(key);
        if (o.type == QLatin1String("trigger")) {
            return makeError(Error::Code::Invalid,
                DatabaseFile::tr("“%1” contains a trigger (“%2”) that Jixiao never creates; the file is refused so "
                                 "that it cannot run.")
                    .arg(shown, o.name));
        }
        if (o.type == QLatin1String("view")) {
            return makeError(Error::Code::Invalid,
                DatabaseFile::tr("“%1” contains a view (“%2”) that Jixiao never creates; the file is refused.")
                    .arg(shown, o.name));
        }
        const auto found = wanted.constFind(key);
        if (found == wanted.constEnd()) {
            return makeError(Error::Code::Invalid,
                DatabaseFile::tr("“%1” contains the %2 “%3”, which is not part of a Jixiao database of schema %4; "
                                 "the file is refused.")
                    .arg(shown, kindName(o.type), o.name)
                    .arg(version));
        }
        if (found->sql.simplified() != o.sql.simplified() || found->table != o.table) {
            if (o.type == QLatin1String("table")) {
                // Name the column, when a column is what differs.
                const QStringList present = columnsOf(o.name);
                for (const QString& column : found->columns) {
                    if (!present.contains(column)) {
                        return makeError(Error::Code::Invalid,
                            DatabaseFile::tr("The table “%2” of “%1” lacks the column “%3” of a Jixiao database of "
                                             "schema %4; the file was changed by another program and is refused.")
                                .arg(shown, o.name, column)
                                .arg(version));
                    }
                }
                for (const QString& column : present) {
                    if (!found->columns.contains(column)) {
                        return makeError(Error::Code::Invalid,
                            DatabaseFile::tr("The table “%2” of “%1” has a column “%3” that a Jixiao database of "
                                             "schema %4 does not have; the file was changed by another program and is "
                                             "refused.")
                                .arg(shown, o.name, column)
                                .arg(version));
                    }
                }
            }
            return makeError(Error::Code::Invalid,
                DatabaseFile::tr("The %2 “%3” of “%1” differs from that of a Jixiao database of schema %4; the file "
                                 "was changed by another program and is refused.")
                    .arg(shown, kindName(o.type), o.name)
                    .arg(version));
        }
    }
    for (const SchemaObject& o : *expected) {
        if (!seen.contains(o.type + QLatin1Char(' ') + o.name)) {
            return makeError(Error::Code::Invalid,
                DatabaseFile::tr("“%1” lacks the %2 “%3” of a Jixiao database of schema %4; the file is damaged or "
                                 "was changed by another program.")
                    .arg(shown, kindName(o.type), o.name)
                    .arg(version));
        }
    }
    return {};
}

Error damaged(const QString& shown, const QString& detail)
{
    QString oneLine = detail;
    oneLine.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return makeError(Error::Code::Storage,
        DatabaseFile::tr("“%1” is damaged (%2); restore it from a backup (jixiao-cli restore).")
            .arg(shown, oneLine.simplified()));
}

} // namespace

QString DatabaseFile::quoteIdentifier(const QString& name)
{
    QString quoted = name;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

Result<QList<SchemaObject>> DatabaseFile::expectedSchema(int version)
{
    return Database::referenceSchema(version);
}

QStringList DatabaseFile::currentTables()
{
    QStringList out;
    Result<QList<SchemaObject>> schema = expectedSchema(Database::currentSchemaVersion());
    if (schema) {
        for (const SchemaObject& o : *schema) {
            if (o.type == QLatin1String("table"))
                out << o.name;
        }
    }
    return out;
}

Result<FileFacts> DatabaseFile::inspect(const QString& path, Purpose purpose)
{
    const QFileInfo info(path);
    const QString shown = info.fileName();
    if (!info.exists()) {
        if (purpose == Purpose::Create)
            return FileFacts { true, 0 };
        return makeError(Error::Code::NotFound,
            tr("The database file “%1” does not exist; create it with “init” or open another file.").arg(path));
    }
    if (info.isDir())
        return makeError(Error::Code::Invalid, tr("“%1” is a folder, not a Jixiao database.").arg(shown));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(Error::Code::Storage, tr("The file “%1” cannot be read.").arg(path));
    const QByteArray header = file.read(100);
    file.close();
    if (header.isEmpty()) {
        if (purpose == Purpose::Create)
            return FileFacts { true, 0 };
        return makeError(Error::Code::Invalid,
            tr("“%1” is empty (0 bytes), not a Jixiao database; create one with “init” or open another file.")
                .arg(shown));
    }
    static const QByteArray magic("SQLite format 3\0", 16);
    if (!header.startsWith(magic))
        return makeError(Error::Code::Invalid, tr("“%1” is not a Jixiao database (it is not an SQLite file).").arg(shown));
    if (header.size() < 100)
        return damaged(shown, tr("it ends inside its header, after %1 bytes").arg(header.size()));
    if (purpose != Purpose::Source && purpose != Purpose::Read) {
        // Jixiao writes the file, its journal beside it and its backups: both must be writable,
        // which is better said now than as a failed write later.
        const QFileInfo folder(info.absolutePath());
        // The permission bits count too: a file marked read-only stays so, even for root.
        const auto writable = [](const QFileInfo& i) { return i.isWritable() && (i.permissions() & QFile::WriteOwner); };
        if (!writable(info) || !writable(folder)) {
            return makeError(Error::Code::Storage,
                tr("“%1” is read-only (the file or its folder cannot be written); copy it to a folder of yours "
                   "and open the copy.")
                    .arg(shown));
        }
    }

    ReadOnlyConnection db;
    if (!db.open(path))
        return makeError(Error::Code::Storage, tr("“%1” cannot be read as a database: %2").arg(shown, db.errorText()));
    qint64 applicationId = 0;
    qint64 version = 0;
    qint64 objects = 0;
    if (!db.integer("PRAGMA application_id", applicationId) || !db.integer("PRAGMA user_version", version)
        || !db.integer("SELECT count(*) FROM sqlite_master", objects)) {
        const int code = db.errorCode() & 0xff;
        if (code == SQLITE_CORRUPT || code == SQLITE_NOTADB)
            return damaged(shown, db.errorText());
        return makeError(Error::Code::Storage, tr("“%1” cannot be read as a database: %2").arg(shown, db.errorText()));
    }
    if (applicationId != Database::ApplicationId) {
        if (applicationId == 0 && objects == 0) {
            return makeError(Error::Code::Invalid,
                tr("“%1” is an empty SQLite file, not a Jixiao database; it is left as it is.").arg(shown));
        }
        return makeError(Error::Code::Invalid,
            tr("“%1” is an SQLite file of another application, not a Jixiao database.").arg(shown));
    }
    if (version > Database::currentSchemaVersion()) {
        return makeError(Error::Code::Version,
            tr("“%1” was written by a newer version of Jixiao (schema %2; this version reads up to %3). "
               "Please update Jixiao.")
                .arg(shown)
                .arg(version)
                .arg(Database::currentSchemaVersion()));
    }
    if (version < 1) {
        return makeError(Error::Code::Invalid,
            tr("“%1” is an unfinished Jixiao database (its creation was interrupted); create a new one.").arg(shown));
    }

    QList<QStringList> rows;
    if (!db.rows("SELECT type, name, tbl_name, sql FROM sqlite_master", rows))
        return damaged(shown, db.errorText());
    QList<SchemaObject> actual;
    for (const QStringList& r : std::as_const(rows))
        actual << SchemaObject { r.value(0), r.value(1), r.value(2), r.value(3) };
    if (Result<void> r = compareSchema(shown, actual, int(version), [&db](const QString& t) { return db.columns(t); });
        !r)
        return r.error();

    // Only now, with a known schema, is the content read: quick_check (pages, records, indexes
    // in order) when opening; the full integrity check and the foreign keys for a file that is
    // to replace another. quick_check reads the whole file, about 4 s per GB here: a large file
    // (a prefecture or the region) is opened without it, every time, and relies on SQLite's own
    // checks of each page it reads (cell_size_check, a damaged page is an error, never a crash);
    // its backups and restores still get the full check.
    if (purpose != Purpose::Source && info.size() > QuickCheckUpTo)
        return FileFacts { false, int(version) };
    QList<QStringList> problems;
    const char* check = purpose == Purpose::Source ? "PRAGMA integrity_check(5)" : "PRAGMA quick_check(5)";
    if (!db.rows(check, problems))
        return damaged(shown, db.errorText());
    if (problems.size() != 1 || problems.first().value(0) != QLatin1String("ok")) {
        QStringList lines;
        for (const QStringList& p : std::as_const(problems))
            lines << p.value(0);
        return damaged(shown, lines.join(QStringLiteral("; ")));
    }
    if (purpose == Purpose::Source) {
        QList<QStringList> dangling;
        if (!db.rows("PRAGMA foreign_key_check", dangling))
            return damaged(shown, db.errorText());
        if (!dangling.isEmpty()) {
            return damaged(shown,
                tr("%1 rows of table %2 refer to rows that do not exist").arg(dangling.size()).arg(dangling.first().value(0)));
        }
    }
    return FileFacts { false, int(version) };
}

} // namespace jx
