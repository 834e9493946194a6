#include "core/storage/Database.h"


#include "core/storage/Migrations.h"
#include "core/storage/SeedData.h"
#include "core/storage/Statement.h"
#include "core/storage/Tables.h"

#include <QAtomicInt>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlDriver>
#include <QThread>
#include <QVarLengthArray>

#include <sqlite3.h>

namespace jx {

namespace {

QAtomicInt connectionCounter;

QString newConnectionName()
{
    return QStringLiteral("jixiao-%1").arg(connectionCounter.fetchAndAddRelaxed(1));
}

// What the header of the file says, read without SQLite so that nothing is written.
enum class FileKind
{
    Missing,
    Empty,
    Sqlite,
    NotSqlite,
    Unreadable
};

FileKind inspectFile(const QString& path)
{
    QFileInfo info(path);
    if (!info.exists())
        return FileKind::Missing;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return FileKind::Unreadable;
    if (file.size() == 0)
        return FileKind::Empty;
    static const QByteArray magic("SQLite format 3\0", 16);
    return file.read(16) == magic ? FileKind::Sqlite : FileKind::NotSqlite;
}

struct Probe
{
    int applicationId = 0;
    int userVersion = 0;
    int tableCount = 0;
};

// Reads the identifying pragmas over a read-only connection.
Result<Probe> probe(const QString& path)
{
    const QString name = newConnectionName();
    Result<Probe> result = Probe {};
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open()) {
            result = makeError(Error::Code::Storage, db.lastError().text());
        } else {
            QSqlQuery q(db);
            Probe p;
            bool ok = q.exec(QStringLiteral("PRAGMA application_id")) && q.next();
            if (ok)
                p.applicationId = q.value(0).toInt();
            ok = ok && q.exec(QStringLiteral("PRAGMA user_version")) && q.next();
            if (ok)
                p.userVersion = q.value(0).toInt();
            ok = ok && q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) && q.next();
            if (ok)
                p.tableCount = q.value(0).toInt();
            if (ok)
                result = p;
            else
                result = makeError(Error::Code::Storage, q.lastError().text());
            q.finish();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
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
        if (db.isOpen()) {
            // Fold the WAL back into the file so that a closed database is one file to copy.
            QSqlQuery(db).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
            db.close();
        }
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
    switch (inspectFile(path)) {
    case FileKind::Missing:
        if (mode == OpenMode::OpenExisting) {
            return makeError(Error::Code::NotFound,
                tr("The database file “%1” does not exist; create it with “init” or open another file.").arg(path));
        }
        break;
    case FileKind::Unreadable:
        return makeError(Error::Code::Storage, tr("The file “%1” cannot be read.").arg(path));
    case FileKind::NotSqlite:
        return makeError(Error::Code::Invalid, tr("“%1” is not a Jixiao database (it is not an SQLite file).").arg(shown));
    case FileKind::Empty:
        break;
    case FileKind::Sqlite: {
        Result<Probe> p = probe(path);
        if (!p) {
            return makeError(Error::Code::Storage,
                tr("“%1” cannot be read as a database: %2").arg(shown, p.message()));
        }
        if (p->applicationId != ApplicationId && (p->applicationId != 0 || p->tableCount > 0)) {
            return makeError(Error::Code::Invalid,
                tr("“%1” is an SQLite file of another application, not a Jixiao database.").arg(shown));
        }
        if (p->userVersion > currentSchemaVersion()) {
            return makeError(Error::Code::Version,
                tr("“%1” was written by a newer version of Jixiao (schema %2; this version reads up to %3). "
                   "Please update Jixiao.")
                    .arg(shown)
                    .arg(p->userVersion)
                    .arg(currentSchemaVersion()));
        }
        break;
    }
    }

    const QString name = newConnectionName();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open()) {
            const QString reason = db.lastError().text();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(name);
            return makeError(Error::Code::Storage, tr("Cannot open “%1”: %2").arg(shown, reason));
        }
    }
    std::unique_ptr<Database> database(new Database(path, name));
    const QVariant handle = database->connection().driver()->handle();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        database->m_handle = *static_cast<sqlite3* const*>(handle.constData());
    if (!database->m_handle)
        return makeError(Error::Code::Storage, tr("Cannot open “%1”: the SQLite driver gives no handle.").arg(shown));
    if (Result<void> r = database->configure(); !r)
        return r.error();
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
    return database;
}

Result<void> Database::configure()
{
    const QStringList pragmas = {
        QStringLiteral("PRAGMA foreign_keys = ON"),
        QStringLiteral("PRAGMA busy_timeout = 5000"),
        QStringLiteral("PRAGMA journal_mode = WAL"),
        QStringLiteral("PRAGMA synchronous = NORMAL"),
        QStringLiteral("PRAGMA trusted_schema = OFF"),
        // Statement journals and temporary indexes in memory, never in scratch files on disk,
        // and a page cache (32 MB) that holds the indexes of a county's bulk writes.
        QStringLiteral("PRAGMA temp_store = MEMORY"),
        QStringLiteral("PRAGMA cache_size = -32768"),
    };
    for (const QString& pragma : pragmas) {
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
    QVarLengthArray<SqlValue, 16> bound;
    bound.reserve(qsizetype(values.size()));
    for (const QVariant& v : values)
        bound.append(SqlValue::variant(v));
    return write(sql, std::span<const SqlValue>(bound.constData(), std::size_t(bound.size())), what);
}

Result<int> Database::write(const QString& sql, std::span<const SqlValue> values, const std::function<QString()>& what)
{
    Statement* statement = nullptr;
    if (auto known = m_writesByText.find(sql.constData()); known != m_writesByText.end())
        statement = known->second;
    else
        statement = writeStatement(sql);
    if (!statement) {
        return sqliteError(sqlite3_extended_errcode(m_handle), QString::fromUtf8(sqlite3_errmsg(m_handle)),
                           tr("preparing a statement"));
    }
    statement->bind(values);
    if (!statement->execute())
        return sqliteError(statement->errorCode(), statement->errorText(), what());
    return statement->changes();
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

void Database::noteChange(const QString& table, const QUuid& id, ChangeType type)
{
    m_pending.add(table, id, type);
    if (m_transactionDepth == 0)
        announce();
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
    if (m_depth == 0) {
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
    // Statements still holding read cursors would block COMMIT.
    for (QSqlQuery* q : std::as_const(m_db.m_statements))
        q->finish();
    if (Result<void> r = m_db.exec(QStringLiteral("COMMIT")); !r)
        return r; // the destructor rolls back
    m_done = true;
    --m_db.m_transactionDepth;
    m_db.announce();
    return {};
}

} // namespace jx
