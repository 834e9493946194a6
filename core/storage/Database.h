#pragma once

#include "core/domain/Result.h"
#include "core/storage/ChangeSet.h"
#include "core/storage/DatabaseFile.h"
#include "core/storage/SqlValue.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <unordered_map>

struct sqlite3;

namespace jx {

class Statement;

/**
 * One Jixiao database file: an embedded SQLite file opened on a named connection of its own.
 *
 * Opening inspects the file read-only first (DatabaseFile: header, application id, schema
 * version, every schema object, quick_check); a file that fails is refused and left exactly as
 * it was. Only then is it opened for writing, defensively (SQLITE_DBCONFIG_DEFENSIVE, no
 * trusted schema, triggers and views off), in WAL with foreign keys on. An older file is first
 * copied into the rotating backup set (Backup) and then migrated to the current schema in one
 * transaction, together with the seed data of this build (SeedData); upgrade() reports it.
 *
 * A Database belongs to the thread that opened it.
 */
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    enum class OpenMode
    {
        OpenExisting,    ///< the file must exist
        CreateIfMissing, ///< create an empty database if the file does not exist
        /**
         * The file must exist and be a current Jixiao database; it is inspected like any other
         * but need not be writable, and is opened read-only: no upgrade, and every write is
         * refused with a translated message (readOnly()). For a file or folder one may not write.
         */
        ReadOnly
    };

    /// The schema version this build writes (PRAGMA user_version).
    static int currentSchemaVersion();
    /// PRAGMA application_id of Jixiao files (docs/schema.md): set by schema step 1, checked on every open.
    static constexpr int ApplicationId = 0x4A58414F; // "JXAO"
    /// How long a statement waits for another connection's lock before it fails (PRAGMA busy_timeout).
    static constexpr int BusyTimeoutMs = 10000;
    /**
     * Makes a connection defensive against a file that was changed by somebody else (SQLite's
     * guidance for untrusted database files): no writes to the schema or shadow tables, nothing
     * in the schema trusted to run, no triggers or views at all, and the busy wait. Every
     * connection Jixiao opens gets it: the working one, the file check's and the backup's.
     */
    static void harden(sqlite3* handle);

    /// An upgrade done by open(): from which schema, and where the file as it was is kept.
    struct Upgrade
    {
        int fromVersion = 0;
        int toVersion = 0;
        QString backupPath;
    };

    static Result<std::unique_ptr<Database>> open(const QString& path, OpenMode mode = OpenMode::OpenExisting);
    /**
     * A second, read-only connection to @p path, already opened and inspected by a Database of
     * this process: for reads on another thread (a connection belongs to the thread that opened
     * it), such as the dashboard's figures. No inspection, no upgrade; every write is refused.
     */
    static Result<std::unique_ptr<Database>> openReader(const QString& path);
    /// Opens and migrates only up to @p schemaVersion, without seed data; for historical test fixtures.
    static Result<std::unique_ptr<Database>> openAtVersion(const QString& path, int schemaVersion);

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    QString path() const { return m_path; }
    /// Opened with OpenMode::ReadOnly or openReader(): every write is refused.
    bool readOnly() const { return m_readOnly; }
    /// The translated refusal of a write to a read-only database, naming the file.
    QString readOnlyMessage() const;
    /// Set when open() upgraded an older file.
    const std::optional<Upgrade>& upgrade() const { return m_upgrade; }
    /// One translated line about upgrade(), empty when there was none.
    QString upgradeReport() const;
    /// The SQLite handle of the connection, for the backup API (Backup).
    sqlite3* handle() const { return m_handle; }
    /// Resets every cached read statement, so that this connection holds no read snapshot.
    void releaseReads();

    /// The schema objects of a file of @p version as the migrations create it (built once in memory).
    static Result<QList<SchemaObject>> referenceSchema(int version);
    QSqlDatabase connection() const;
    int schemaVersion() const;

    /// A prepared statement for @p sql, prepared once per connection and reused.
    Result<QSqlQuery*> prepared(const QString& sql);
    /// Runs one statement with no result rows.
    Result<void> exec(const QString& sql);
    /**
     * Runs a write (INSERT, UPDATE, DELETE) with @p values bound by position, through a
     * statement prepared once per connection; returns the number of rows changed. On failure
     * a translated error naming @p what. The fast path for storage; reads use prepared().
     */
    Result<int> write(const QString& sql, std::span<const QVariant> values, const QString& what);
    /// The same, with the context of an error message made only when there is an error (hot paths).
    Result<int> write(const QString& sql, std::span<const QVariant> values, const std::function<QString()>& what);
    /// The same with values that point into the record being written (the storage declarations' path).
    Result<int> write(const QString& sql, std::span<const SqlValue> values, const std::function<QString()>& what);
    /**
     * Whether the query @p sql returns a row for @p values: a look-up through the same cached
     * statements as write(), without QSqlQuery's result cache (hot paths such as an import).
     */
    Result<bool> exists(const QString& sql, std::span<const SqlValue> values, const std::function<QString()>& what);
    /// Runs a prepared statement; on failure a translated error naming @p what.
    Result<void> run(QSqlQuery& query, const QString& what);
    /**
     * Runs the read @p sql (prepared once per connection) with @p binds bound by position; the
     * query is left before its first row. On failure a translated error naming @p what.
     */
    Result<QSqlQuery*> read(const QString& sql, const QVariantList& binds, const QString& what);

    /// Error text for a failed query: the translated context and SQLite's own words.
    Error queryError(const QSqlQuery& query, const QString& what) const;

    /**
     * A transaction (BEGIN IMMEDIATE … COMMIT) that rolls back unless committed. Transactions
     * nest flat: an inner one joins the outermost, and an inner one that ends without commit
     * dooms the whole, whose commit then fails and rolls back. (No SAVEPOINT: a write never
     * needs a partial rollback here, and savepoints cost a journal of their own.)
     */
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

    /**
     * Change notification: the storage layer notes every record it creates, updates or
     * removes (noteChange()); when the outermost transaction commits, each listener receives
     * what it changed, each record once. A rollback announces nothing. A write outside any
     * transaction is announced at once.
     */
    using ChangeListener = std::function<void(const ChangeSet&)>;
    int addChangeListener(ChangeListener listener);
    void removeChangeListener(int id);
    void noteChange(const QString& table, const QUuid& id, ChangeType type);
    /**
     * A step run in the outermost transaction just before it commits, with what it changed:
     * keeps derived tables such as the monitoring summary current in the same transaction as
     * the records; a failure rolls the whole back. After a write outside any transaction (already
     * stored) the steps that follow one of the @p tables it changed (none named: any) run at
     * once in a transaction of their own; a failure there is logged and leaves the record
     * written. Steps write no records (they note no changes).
     */
    using CommitStep = std::function<Result<void>(Database&, const ChangeSet&)>;
    void addCommitStep(CommitStep step, QStringList tables = {});
    bool inTransaction() const { return m_transactionDepth > 0; }

    /// Key/value settings of the installation stored in the file (table meta).
    QString metaValue(const QString& key) const;
    Result<void> setMetaValue(const QString& key, const QString& value);

private:
    Database(QString path, QString connectionName);
    static Result<std::unique_ptr<Database>> openImpl(const QString& path, OpenMode mode, int targetVersion,
                                                      bool loadSeedData);
    /// Opens the connection (read-only when m_readOnly) and finds its SQLite handle.
    static Result<std::unique_ptr<Database>> connect(const QString& path, bool readOnly);
    Result<void> configure();
    Result<void> migrate(int targetVersion);

    QString m_path;
    QString m_connectionName;
    Error sqliteError(int code, const QString& text, const QString& what) const;
    /// The cached statement for @p sql, prepared on first use; null if it does not prepare.
    Statement* writeStatement(const QString& sql);
    /// The same, found by the address of its text first; an error if it does not prepare.
    Result<Statement*> cachedStatement(const QString& sql);
    void announce();

    QHash<QString, QSqlQuery*> m_statements;
    std::unordered_map<QString, std::unique_ptr<Statement>> m_writes;
    /// The same statements by the address of their SQL text: the declarations pass the same
    /// QString every time, so most writes find their statement without hashing the text. The
    /// keys of m_writes share those texts and keep them alive, so an address cannot be reused
    /// by another text while it is a key here.
    std::unordered_map<const QChar*, Statement*> m_writesByText;
    sqlite3* m_handle = nullptr;
    int m_transactionDepth = 0;
    bool m_doomed = false; ///< an inner transaction ended without commit
    ChangeSet m_pending;
    QList<std::pair<int, ChangeListener>> m_listeners;
    QList<CommitStep> m_commitSteps;
    QList<QStringList> m_commitStepTables; ///< per step, the tables it follows (empty: any)
    int m_nextListener = 1;
    std::optional<Upgrade> m_upgrade;
    bool m_readOnly = false;
};

} // namespace jx
