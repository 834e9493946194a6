#pragma once

#include "core/domain/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <memory>

namespace jx {

/**
 * One Jixiao database file: an embedded SQLite file opened on a named connection of its own.
 *
 * Opening checks, before anything is written, that the file is an SQLite file of this
 * application and not from a newer schema version; only then is it opened for writing,
 * switched to WAL with foreign keys on, and migrated to the current schema; a file that was
 * created or upgraded then gets the seed data of this build (SeedData), in the same
 * transaction. A file that fails a check is left exactly as it was.
 *
 * A Database belongs to the thread that opened it.
 */
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    enum class OpenMode
    {
        OpenExisting,   ///< the file must exist
        CreateIfMissing ///< create an empty database if the file does not exist
    };

    /// The schema version this build writes (PRAGMA user_version).
    static int currentSchemaVersion();
    /// PRAGMA application_id of Jixiao files.
    static constexpr int ApplicationId = 0x4A58414F; // "JXAO"

    static Result<std::unique_ptr<Database>> open(const QString& path, OpenMode mode = OpenMode::OpenExisting);
    /// Opens and migrates only up to @p schemaVersion, without seed data; for historical test fixtures.
    static Result<std::unique_ptr<Database>> openAtVersion(const QString& path, int schemaVersion);

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    QString path() const { return m_path; }
    QSqlDatabase connection() const;
    int schemaVersion() const;

    /// A prepared statement for @p sql, prepared once per connection and reused.
    Result<QSqlQuery*> prepared(const QString& sql);
    /// Runs one statement with no result rows.
    Result<void> exec(const QString& sql);
    /// Runs a prepared statement; on failure a translated error naming @p what.
    Result<void> run(QSqlQuery& query, const QString& what);

    /// Error text for a failed query: the translated context and SQLite's own words.
    Error queryError(const QSqlQuery& query, const QString& what) const;

    /// A nestable transaction (outermost BEGIN IMMEDIATE, inner SAVEPOINTs). Rolls back unless committed.
    class Transaction
    {
    public:
        explicit Transaction(Database& db);
        ~Transaction();
        Transaction(const Transaction&) = delete;
        Transaction& operator=(const Transaction&) = delete;

        bool started() const { return m_started; }
        const Error& startError() const { return m_error; }
        Result<void> commit();

    private:
        Database& m_db;
        int m_depth = 0;
        bool m_started = false;
        bool m_done = false;
        Error m_error;
    };

    /// Key/value settings of the installation stored in the file (table meta).
    QString metaValue(const QString& key) const;
    Result<void> setMetaValue(const QString& key, const QString& value);

private:
    Database(QString path, QString connectionName);
    static Result<std::unique_ptr<Database>> openImpl(const QString& path, OpenMode mode, int targetVersion,
                                                      bool loadSeedData);
    Result<void> configure();
    Result<void> migrate(int targetVersion);

    QString m_path;
    QString m_connectionName;
    QHash<QString, QSqlQuery*> m_statements;
    int m_transactionDepth = 0;
};

} // namespace jx
