#include "core/storage/Database.h"

#include "core/storage/Backup.h"
#include "core/storage/Migrations.h"
#include "core/storage/SeedData.h"
#include "core/storage/Statement.h"
#include "core/storage/SubjectQuery.h"
#include "core/storage/Tables.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QSqlError>
#include <QSqlDriver>
#include <QThread>
#include <QVarLengthArray>

#include <sqlite3.h>

#include <algorithm>

namespace jx {

namespace {

QAtomicInt connectionCounter;

QString newConnectionName()
{
    return QStringLiteral("jixiao-%1").arg(connectionCounter.fetchAndAddRelaxed(1));
}

} // namespace

int Database::currentSchemaVersion()
{
    return migrations().constLast().version;
}

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
{
}

Database::~Database()
{
    qDeleteAll(m_statements);
    m_statements.clear();
    m_writesByText.clear();
    m_writes.clear(); // finalized before the connection closes
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        // No forced checkpoint here: it would wait for, and block, the other windows and
        // processes on the file. SQLite folds the WAL back into the file when the last
        // connection closes, and the backup API copies a consistent state at any time.
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, OpenMode mode)
{
    return openImpl(path, mode, currentSchemaVersion(), true);
}

Result<std::unique_ptr<Database>> Database::openAtVersion(const QString& path, int schemaVersion)
{
    return openImpl(path, OpenMode::CreateIfMissing, schemaVersion, false);
}

Result<std::unique_ptr<Database>> Database::openImpl(const QString& path, OpenMode mode, int targetVersion,
                                                     bool loadSeedData)
{
    const QString shown = QFileInfo(path).fileName();
    // Read-only first: nothing is written to a file that is not known to be ours and sound.
    const DatabaseFile::Purpose purpose = mode == OpenMode::CreateIfMissing ? DatabaseFile::Purpose::Create
        : mode == OpenMode::ReadOnly                                         ? DatabaseFile::Purpose::Read
                                                                             : DatabaseFile::Purpose::Open;
    Result<FileFacts> facts = DatabaseFile::inspect(path, purpose);
    if (!facts)
        return facts.error();
    const bool upgrading = !facts->isNew && facts->schemaVersion < targetVersion;
    std::optional<Upgrade> upgrade;
    if (upgrading && loadSeedData) {
        // The file as it was, before the first byte of the upgrade is written.
        Result<QString> backup = Backup::rotate(path, QStringLiteral("upgrade"));
        if (!backup) {
            return makeError(backup.error().code,
                tr("“%1” was not upgraded, because no backup of it could be made: %2").arg(shown, backup.message()));
        }
        upgrade = Upgrade { facts->schemaVersion, targetVersion, *backup };
    }

    Result<std::unique_ptr<Database>> opened = connect(path, mode == OpenMode::ReadOnly);
    if (!opened)
        return opened.error();
    std::unique_ptr<Database> database = std::move(*opened);
    if (Result<void> r = database->configure(); !r)
        return r.error();
    if (mode == OpenMode::ReadOnly) {
        // Nothing may be written, so an older file cannot be brought up to date here.
        if (facts->schemaVersion != currentSchemaVersion()) {
            return makeError(Error::Code::Storage,
                tr("“%1” is read-only and of an older schema (%2), which Jixiao can only read after upgrading it; "
                   "copy it to a folder of yours and open the copy.")
                    .arg(shown)
                    .arg(facts->schemaVersion));
        }
        if (Result<void> r = Tables::check(*database); !r)
            return r.error();
        return database;
    }
    // First migrate to the schema of this build, then load or refresh the seed data of this build:
    // the steps are frozen, the seed data is not, so seed loading is never part of a step. Both
    // in one transaction, so that a file is never left at a new schema without its seed data.
    // A historical fixture (openAtVersion) gets no seed data. At the current schema, every
    // declared column must exist (Tables::check) before anything reads or writes records.
    const bool current = targetVersion == currentSchemaVersion();
    if (database->schemaVersion() < targetVersion) {
        Transaction tx(*database);
        if (!tx.started())
            return tx.startError();
        if (Result<void> r = database->migrate(targetVersion); !r)
            return r.error();
        if (Result<void> r = current ? Tables::check(*database) : Result<void>(); !r)
            return r.error();
        if (loadSeedData) {
            if (Result<void> r = SeedData::loadAll(*database); !r)
                return r.error();
        }
        if (Result<void> r = tx.commit(); !r)
            return r.error();
    } else if (Result<void> r = current ? Tables::check(*database) : Result<void>(); !r) {
        return r.error();
    }
    database->m_upgrade = upgrade;
    // The lists' summary of the latest monitoring reports follows every write of a report (step 15).
    if (current)
        database->addCommitStep(&SubjectQuery::updateMonitoringSummary,
                                { QStringLiteral("monitoring_report"), QStringLiteral("subject") });
    return database;
}

Result<std::unique_ptr<Database>> Database::connect(const QString& path, bool readOnly)
{
    const QString shown = QFileInfo(path).fileName();
    const QString name = newConnectionName();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(BusyTimeoutMs);
        if (readOnly)
            options += QStringLiteral(";QSQLITE_OPEN_READONLY");
        db.setConnectOptions(options);
        if (!db.open()) {
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(name);
            // SQLite's own words are English; the file is named, which is what a user acts on.
            return makeError(Error::Code::Storage,
                tr("“%1” cannot be opened (in the folder “%2”); check that the file and the folder may be read.")
                    .arg(shown, QDir::toNativeSeparators(QFileInfo(path).absolutePath())));
        }
    }
    std::unique_ptr<Database> database(new Database(path, name));
    database->m_readOnly = readOnly;
    const QVariant handle = database->connection().driver()->handle();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        database->m_handle = *static_cast<sqlite3* const*>(handle.constData());
    if (!database->m_handle)
        return makeError(Error::Code::Storage, tr("Cannot open “%1”: the SQLite driver gives no handle.").arg(shown));
    return database;
}

Result<std::unique_ptr<Database>> Database::openReader(const QString& path)
{
    Result<std::unique_ptr<Database>> database = connect(path, true);
    if (!database)
        return database.error();
    if (Result<void> r = (*database)->configure(); !r)
        return r.error();
    return database;
}

QString Database::readOnlyMessage() const
{
    return tr("“%1” is open read-only (the file or its folder cannot be written); nothing can be saved. Copy it to "
              "a folder of yours and open the copy to work in it.")
        .arg(QFileInfo(m_path).fileName());
}

QString Database::upgradeReport() const
{
    if (!m_upgrade)
        return {};
    return tr("“%1” was upgraded from schema %2 to %3; the file as it was is kept as “%4”.")
        .arg(QFileInfo(m_path).fileName())
        .arg(m_upgrade->fromVersion)
        .arg(m_upgrade->toVersion)
        .arg(QDir::toNativeSeparators(m_upgrade->backupPath));
}

Result<QList<SchemaObject>> Database::referenceSchema(int version)
{
    static QMutex mutex;
    static QHash<int, QList<SchemaObject>> cache;
    QMutexLocker lock(&mutex);
    if (const auto found = cache.constFind(version); found != cache.constEnd())
        return *found;
    const QString name = newConnectionName();
    Result<QList<SchemaObject>> result = QList<SchemaObject>();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(QStringLiteral(":memory:"));
        if (!db.open())
            return makeError(Error::Code::Storage, db.lastError().text());
    }
    {
        // The same steps as every file ran, on a scratch database in memory.
        Database reference(QStringLiteral(":memory:"), name);
        if (Result<void> r = reference.migrate(version); !r) {
            result = r.error();
        } else {
            QSqlQuery q(reference.connection());
            QList<SchemaObject> objects;
            if (!q.exec(QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY rowid")))
                result = reference.queryError(q, tr("reading the reference schema"));
            while (q.next()) {
                objects << SchemaObject { q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                          q.value(3).toString(), {} };
            }
            for (SchemaObject& o : objects) {
                if (o.type != QLatin1String("table"))
                    continue;
                QSqlQuery columns(reference.connection());
                columns.prepare(QStringLiteral("SELECT name FROM pragma_table_info(?)"));
                columns.addBindValue(o.name);
                columns.exec();
                while (columns.next())
                    o.columns << columns.value(0).toString();
            }
            if (result)
                result = objects;
        }
    }
    if (result)
        cache.insert(version, *result);
    return result;
}

void Database::harden(sqlite3* handle)
{
    // No triggers or views at all: Jixiao creates none; the file check refuses any that are
    // planted, and here they could not run anyway.
    sqlite3_db_config(handle, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    sqlite3_db_config(handle, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
    sqlite3_db_config(handle, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, nullptr);
    sqlite3_db_config(handle, SQLITE_DBCONFIG_ENABLE_VIEW, 0, nullptr);
    sqlite3_busy_timeout(handle, BusyTimeoutMs);
}

Result<void> Database::configure()
{
    harden(m_handle);
    const QStringList pragmas = {
        QStringLiteral("PRAGMA foreign_keys = ON"),
        QStringLiteral("PRAGMA busy_timeout = %1").arg(BusyTimeoutMs),
        QStringLiteral("PRAGMA journal_mode = WAL"),
        // Every commit is on the disk when the command or the window says it is done, even
        // across a power cut (NORMAL may lose the last commits then); docs/benchmarks.md
        // measures the cost.
        QStringLiteral("PRAGMA synchronous = FULL"),
        QStringLiteral("PRAGMA trusted_schema = OFF"),
        QStringLiteral("PRAGMA cell_size_check = ON"),
        // Statement journals and temporary indexes in memory, never in scratch files on disk,
        // and a page cache (32 MB) that holds the indexes of a county's bulk writes.
        QStringLiteral("PRAGMA temp_store = MEMORY"),
        QStringLiteral("PRAGMA cache_size = -32768"),
    };
    for (const QString& pragma : pragmas) {
        // A read-only connection cannot change the journal mode; it reads the file as it is.
        if (m_readOnly && (pragma.contains(QLatin1String("journal_mode")) || pragma.contains(QLatin1String("synchronous"))))
            continue;
        if (Result<void> r = exec(pragma); !r)
            return r;
    }
    return {};
}

Result<void> Database::migrate(int targetVersion)
{
    const int from = schemaVersion();
    for (const Migration& step : migrations()) {
        if (step.version <= from || step.version > targetVersion)
            continue;
        Transaction tx(*this);
        if (!tx.started())
            return tx.startError();
        if (Result<void> r = step.apply(*this); !r) {
            return makeError(r.error().code,
                tr("Upgrading the database to schema %1 (%2) failed: %3")
                    .arg(step.version)
                    .arg(step.description, r.message()));
        }
        if (Result<void> r = exec(QStringLiteral("PRAGMA user_version = %1").arg(step.version)); !r)
            return r;
        if (Result<void> r = tx.commit(); !r)
            return r;
    }
    return {};
}

int Database::schemaVersion() const
{
    QSqlQuery q(connection());
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        return q.value(0).toInt();
    return -1;
}

Result<QSqlQuery*> Database::prepared(const QString& sql)
{
    if (QSqlQuery* q = m_statements.value(sql)) {
        q->finish();
        return q;
    }
    auto* q = new QSqlQuery(connection());
    if (!q->prepare(sql)) {
        Error e = queryError(*q, tr("preparing a statement"));
        delete q;
        return e;
    }
    m_statements.insert(sql, q);
    return q;
}

void Database::releaseReads()
{
    for (QSqlQuery* q : std::as_const(m_statements))
        q->finish();
}

Result<void> Database::exec(const QString& sql)
{
    QSqlQuery q(connection());
    if (!q.exec(sql))
        return queryError(q, sql.left(60));
    return {};
}

Result<void> Database::run(QSqlQuery& query, const QString& what)
{
    if (!query.exec())
        return queryError(query, what);
    return {};
}

Result<QSqlQuery*> Database::read(const QString& sql, const QVariantList& binds, const QString& what)
{
    Result<QSqlQuery*> q = prepared(sql);
    if (!q)
        return q;
    for (const QVariant& v : binds)
        (*q)->addBindValue(v);
    if (Result<void> r = run(**q, what); !r)
        return r.error();
    return q;
}

Result<int> Database::write(const QString& sql, std::span<const QVariant> values, const QString& what)
{
    return write(sql, values, [&what] { return what; });
}

Result<int> Database::write(const QString& sql, std::span<const QVariant> values, const std::function<QString()>& what)
{
    if (m_readOnly)
        return makeError(Error::Code::Storage, readOnlyMessage());
    QVarLengthArray<SqlValue, 16> bound;
    bound.reserve(qsizetype(values.size()));
    for (const QVariant& v : values)
        bound.append(SqlValue::variant(v));
    return write(sql, std::span<const SqlValue>(bound.constData(), std::size_t(bound.size())), what);
}

Result<Statement*> Database::cachedStatement(const QString& sql)
{
    if (auto known = m_writesByText.find(sql.constData()); known != m_writesByText.end())
        return known->second;
    if (Statement* statement = writeStatement(sql))
        return statement;
    return sqliteError(sqlite3_extended_errcode(m_handle), QString::fromUtf8(sqlite3_errmsg(m_handle)),
                       tr("preparing a statement"));
}

Result<int> Database::write(const QString& sql, std::span<const SqlValue> values, const std::function<QString()>& what)
{
    if (m_readOnly)
        return makeError(Error::Code::Storage, readOnlyMessage());
    Result<Statement*> found = cachedStatement(sql);
    if (!found)
        return found.error();
    Statement* statement = *found;
    if (m_transactionDepth == 0)
        releaseReads(); // a write on its own needs the newest snapshot, as Transaction does
    statement->bind(values);
    if (!statement->execute())
        return sqliteError(statement->errorCode(), statement->errorText(), what());
    return statement->changes();
}

Result<bool> Database::exists(const QString& sql, std::span<const SqlValue> values,
                              const std::function<QString()>& what)
{
    Result<Statement*> found = cachedStatement(sql);
    if (!found)
        return found.error();
    Statement* statement = *found;
    statement->bind(values);
    const std::optional<bool> row = statement->hasRow();
    if (!row)
        return sqliteError(statement->errorCode(), statement->errorText(), what());
    return *row;
}

Statement* Database::writeStatement(const QString& sql)
{
    auto found = m_writes.find(sql);
    if (found == m_writes.end()) {
        sqlite3_stmt* raw = nullptr;
        const QByteArray utf8 = sql.toUtf8();
        const int rc = sqlite3_prepare_v3(m_handle, utf8.constData(), int(utf8.size()), SQLITE_PREPARE_PERSISTENT,
                                          &raw, nullptr);
        if (rc != SQLITE_OK) {
            sqlite3_finalize(raw);
            return nullptr;
        }
        found = m_writes.emplace(sql, std::make_unique<Statement>(m_handle, raw)).first;
    }
    // Keyed by the text of the map's own key, which lives as long as the statement; a caller's
    // temporary text gets its statement through the text, as above.
    if (!found->first.isNull())
        m_writesByText.emplace(found->first.constData(), found->second.get());
    return found->second.get();
}

Error Database::sqliteError(int code, const QString& text, const QString& what) const
{
    if ((code & 0xff) == SQLITE_BUSY || (code & 0xff) == SQLITE_LOCKED) {
        // Only after the busy wait (BusyTimeoutMs) has run out.
        return makeError(Error::Code::Storage,
            tr("The database “%1” is in use by another window or process (waited %2 seconds while %3); try again "
               "when it is done.")
                .arg(QFileInfo(m_path).fileName())
                .arg(BusyTimeoutMs / 1000)
                .arg(what));
    }
    Error::Code kind = Error::Code::Storage;
    switch (code) {
    case SQLITE_CONSTRAINT_FOREIGNKEY: kind = Error::Code::Reference; break;
    case SQLITE_CONSTRAINT_UNIQUE:
    case SQLITE_CONSTRAINT_PRIMARYKEY: kind = Error::Code::Conflict; break;
    case SQLITE_CONSTRAINT_CHECK:
    case SQLITE_CONSTRAINT_NOTNULL:
    case SQLITE_CONSTRAINT: kind = Error::Code::Invalid; break;
    default: break;
    }
    return makeError(kind, tr("Database error while %1: %2").arg(what, text));
}

int Database::addChangeListener(ChangeListener listener)
{
    const int id = m_nextListener++;
    m_listeners.append({ id, std::move(listener) });
    return id;
}

void Database::removeChangeListener(int id)
{
    m_listeners.removeIf([id](const auto& entry) { return entry.first == id; });
}

void Database::addCommitStep(CommitStep step, QStringList tables)
{
    m_commitSteps << std::move(step);
    m_commitStepTables << std::move(tables);
}

void Database::noteChange(const QString& table, const QUuid& id, ChangeType type)
{
    m_pending.add(table, id, type);
    if (m_transactionDepth == 0) {
        // A write of its own (autocommit, already stored): the steps that follow one of the
        // tables it changed run at once, in a transaction of their own when one can be begun, so
        // that another process's write cannot come between their statements. Should they fail,
        // the next write of those tables catches up: the steps follow the change sequences
        // stored, not this change.
        bool needed = false;
        for (const QStringList& tables : std::as_const(m_commitStepTables)) {
            needed = needed || tables.isEmpty()
                || std::any_of(tables.cbegin(), tables.cend(), [this](const QString& t) { return m_pending.touches(t); });
        }
        if (needed) {
            Result<void> begun = exec(QStringLiteral("BEGIN IMMEDIATE"));
            if (!begun)
                qWarning("%s", qPrintable(begun.message()));
            ++m_transactionDepth;
            bool ok = true;
            for (const CommitStep& step : std::as_const(m_commitSteps)) {
                if (Result<void> r = step(*this, m_pending); !r) {
                    qWarning("%s", qPrintable(r.message()));
                    ok = false;
                    break;
                }
            }
            --m_transactionDepth;
            if (begun) {
                Result<void> ended = ok ? exec(QStringLiteral("COMMIT")) : exec(QStringLiteral("ROLLBACK"));
                if (!ended) {
                    qWarning("%s", qPrintable(ended.message()));
                    (void)exec(QStringLiteral("ROLLBACK")); // never left open for the next write
                }
            }
        }
        announce();
    }
}

void Database::announce()
{
    if (m_pending.isEmpty())
        return;
    const ChangeSet changes = std::exchange(m_pending, ChangeSet());
    // A copy, so that a listener may remove itself.
    const auto listeners = m_listeners;
    for (const auto& [id, listener] : listeners)
        listener(changes);
}

Error Database::queryError(const QSqlQuery& query, const QString& what) const
{
    // The driver reports SQLite's extended result code as text; one mapping serves both paths.
    const QSqlError e = query.lastError();
    return sqliteError(e.nativeErrorCode().toInt(), e.databaseText(), what);
}

QString Database::metaValue(const QString& key) const
{
    QSqlQuery q(connection());
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.addBindValue(key);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return {};
}

Result<void> Database::setMetaValue(const QString& key, const QString& value)
{
    Result<QSqlQuery*> q = prepared(QStringLiteral(
        "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    if (!q)
        return q.error();
    (*q)->addBindValue(key);
    (*q)->addBindValue(value);
    return run(**q, tr("saving setting %1").arg(key));
}

Database::Transaction::Transaction(Database& db)
    : m_db(db)
{
    m_depth = m_db.m_transactionDepth;
    if (m_db.m_readOnly) {
        m_error = makeError(Error::Code::Storage, m_db.readOnlyMessage());
        return;
    }
    if (m_depth == 0) {
        // A read statement left open holds an old snapshot, which SQLite cannot turn into a
        // write lock by waiting (SQLITE_BUSY_SNAPSHOT): every cached read is reset first.
        m_db.releaseReads();
        if (Result<void> r = m_db.exec(QStringLiteral("BEGIN IMMEDIATE")); !r) {
            m_error = r.error();
            return;
        }
        m_db.m_doomed = false;
        m_db.m_pending.clear();
    }
    m_started = true;
    ++m_db.m_transactionDepth;
}

Database::Transaction::~Transaction()
{
    if (!m_started || m_done)
        return;
    --m_db.m_transactionDepth;
    if (m_depth == 0) {
        (void)m_db.exec(QStringLiteral("ROLLBACK"));
        m_db.m_pending.clear();
        m_db.m_doomed = false;
    } else {
        m_db.m_doomed = true;
    }
}

Result<void> Database::Transaction::commit()
{
    Q_ASSERT(m_started && !m_done);
    if (m_depth > 0) {
        m_done = true;
        --m_db.m_transactionDepth;
        return {};
    }
    if (m_db.m_doomed)
        return makeError(Error::Code::Storage, tr("A step of this change failed; nothing was saved."));
    for (const CommitStep& step : std::as_const(m_db.m_commitSteps)) {
        if (Result<void> r = step(m_db, m_db.m_pending); !r)
            return r; // the destructor rolls back
    }
    // Statements still holding read cursors would block COMMIT.
    m_db.releaseReads();
    if (Result<void> r = m_db.exec(QStringLiteral("COMMIT")); !r)
        return r; // the destructor rolls back
    m_done = true;
    --m_db.m_transactionDepth;
    m_db.announce();
    return {};
}

} // namespace jx
