#include "core/storage/Backup.h"

#include "core/storage/Database.h"
#include "core/storage/DatabaseFile.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <sqlite3.h>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace jx {

namespace {

// One SQLite connection of its own, closed on every path.
class Connection
{
public:
    ~Connection() { sqlite3_close_v2(m_handle); }

    bool open(const QString& path, int flags)
    {
        if (sqlite3_open_v2(QFile::encodeName(path).constData(), &m_handle, flags, nullptr) != SQLITE_OK)
            return false;
        Database::harden(m_handle);
        return true;
    }
    sqlite3* handle() const { return m_handle; }
    QString errorText() const { return m_handle ? QString::fromUtf8(sqlite3_errmsg(m_handle)) : QString(); }

    /// Closes now; false when SQLite could not finish (the text is then in @p error).
    bool close(QString& error)
    {
        const int rc = sqlite3_close(m_handle);
        if (rc != SQLITE_OK) {
            error = errorText();
            return false;
        }
        m_handle = nullptr;
        return true;
    }

private:
    sqlite3* m_handle = nullptr;
};

// Pushes what was written to @p path through to the disk (the file, or a folder's entries).
void sync(const QString& path)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
#else
    Q_UNUSED(path);
#endif
}

Result<void> runBackup(sqlite3* source, sqlite3* destination, const QString& what)
{
    sqlite3_backup* backup = sqlite3_backup_init(destination, "main", source, "main");
    if (!backup) {
        return makeError(Error::Code::Storage,
            Backup::tr("Copying %1 failed: %2").arg(what, QString::fromUtf8(sqlite3_errmsg(destination))));
    }
    QElapsedTimer waited;
    waited.start();
    int rc = SQLITE_OK;
    do {
        // All pages in one step: one consistent snapshot of the source, one transaction on the destination.
        rc = sqlite3_backup_step(backup, -1);
        if ((rc == SQLITE_BUSY || rc == SQLITE_LOCKED) && waited.elapsed() < Database::BusyTimeoutMs)
            sqlite3_sleep(50);
        else if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
            break;
    } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
    sqlite3_backup_finish(backup);
    if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
        return makeError(Error::Code::Storage,
            Backup::tr("Copying %1 failed: the database is in use by another window or process (waited %2 "
                       "seconds); try again when it is done.")
                .arg(what)
                .arg(Database::BusyTimeoutMs / 1000));
    }
    if (rc != SQLITE_DONE) {
        return makeError(Error::Code::Storage,
            Backup::tr("Copying %1 failed: %2").arg(what, QString::fromUtf8(sqlite3_errstr(rc))));
    }
    return {};
}

// A complete copy of @p source at @p target, or none: written as TARGET.partial, synced, renamed.
Result<void> writeCopy(sqlite3* source, const QString& target)
{
    const QString shown = QFileInfo(target).fileName();
    if (QFileInfo::exists(target)) {
        return makeError(Error::Code::Conflict,
            Backup::tr("“%1” already exists; a backup never overwrites a file.").arg(QDir::toNativeSeparators(target)));
    }
    const QString partial = target + QStringLiteral(".partial");
    for (const QString& stale : QStringList { partial, partial + QStringLiteral("-journal") })
        QFile::remove(stale); // left by a copy that was killed
    Result<void> result;
    {
        Connection destination;
        if (!destination.open(partial, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE)) {
            result = makeError(Error::Code::Storage,
                Backup::tr("Cannot write “%1”: %2").arg(QDir::toNativeSeparators(target), destination.errorText()));
        }
        if (result)
            result = runBackup(source, destination.handle(), shown);
        // A copy is one self-contained file, without a write-ahead log beside it.
        if (result && sqlite3_exec(destination.handle(), "PRAGMA journal_mode = DELETE", nullptr, nullptr, nullptr)
                != SQLITE_OK) {
            result = makeError(Error::Code::Storage, Backup::tr("Copying %1 failed: %2").arg(shown, destination.errorText()));
        }
        QString error;
        if (result && !destination.close(error))
            result = makeError(Error::Code::Storage, Backup::tr("Copying %1 failed: %2").arg(shown, error));
    }
    if (result) {
        sync(partial);
        if (!QFile::rename(partial, target)) {
            result = makeError(Error::Code::Storage,
                Backup::tr("Cannot write “%1”: the copy could not be renamed into place.")
                    .arg(QDir::toNativeSeparators(target)));
        }
        sync(QFileInfo(target).absolutePath());
    }
    if (!result)
        QFile::remove(partial);
    return result;
}

QString newBackupPath(const QString& databasePath, const QString& reason)
{
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmsszzz"));
    QString path = QStringLiteral("%1.%2.%3.bak").arg(databasePath, stamp, reason);
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = QStringLiteral("%1.%2-%3.%4.bak").arg(databasePath, stamp).arg(n).arg(reason);
    return path;
}

void prune(const QString& databasePath)
{
    const QStringList copies = Backup::existing(databasePath);
    for (qsizetype i = Backup::Kept; i < copies.size(); ++i)
        QFile::remove(copies.at(i));
}

} // namespace

Result<void> Backup::copy(Database& db, const QString& target)
{
    db.releaseReads();
    return writeCopy(db.handle(), target);
}

Result<void> Backup::copyFile(const QString& source, const QString& target)
{
    Connection from;
    if (!from.open(source, SQLITE_OPEN_READONLY)) {
        return makeError(Error::Code::Storage,
            tr("“%1” cannot be read as a database: %2").arg(QFileInfo(source).fileName(), from.errorText()));
    }
    return writeCopy(from.handle(), target);
}

Result<QString> Backup::rotate(Database& db, const QString& reason)
{
    const QString target = newBackupPath(db.path(), reason);
    if (Result<void> r = copy(db, target); !r)
        return r.error();
    prune(db.path());
    return target;
}

Result<QString> Backup::rotate(const QString& databasePath, const QString& reason)
{
    const QString target = newBackupPath(databasePath, reason);
    if (Result<void> r = copyFile(databasePath, target); !r)
        return r.error();
    prune(databasePath);
    return target;
}

QStringList Backup::existing(const QString& databasePath)
{
    const QFileInfo info(databasePath);
    static const QRegularExpression pattern(QStringLiteral("^\\.\\d{8}-\\d{9}(-\\d+)?\\.[a-z]+\\.bak$"));
    QStringList out;
    const QDir dir = info.absoluteDir();
    const QString prefix = info.fileName();
    for (const QString& name : dir.entryList(QDir::Files, QDir::Name | QDir::Reversed)) {
        if (name.startsWith(prefix) && pattern.match(QStringView(name).mid(prefix.size())).hasMatch())
            out << dir.filePath(name);
    }
    return out;
}

Result<Backup::Restored> Backup::restore(const QString& source, const QString& target)
{
    Result<FileFacts> checked = DatabaseFile::inspect(source, DatabaseFile::Purpose::Source);
    if (!checked)
        return makeError(checked.error().code, tr("Nothing was restored: %1").arg(checked.message()));
    const QFileInfo info(target);
    Restored restored;
    restored.schemaVersion = checked->schemaVersion;

    Connection from;
    if (!from.open(source, SQLITE_OPEN_READONLY)) {
        return makeError(Error::Code::Storage,
            tr("Nothing was restored: “%1” cannot be read as a database: %2").arg(QFileInfo(source).fileName(),
                                                                                 from.errorText()));
    }
    if (!info.exists() || info.size() == 0) {
        QFile::remove(target); // 0 bytes: nothing to keep
        if (Result<void> r = writeCopy(from.handle(), target); !r)
            return r.error();
        return restored;
    }

    Result<FileFacts> current = DatabaseFile::inspect(target, DatabaseFile::Purpose::Open);
    if (current) {
        // A sound database: kept in the set, then replaced online, in one transaction on it.
        Result<QString> kept = rotate(target, QStringLiteral("restore"));
        if (!kept)
            return makeError(kept.error().code, tr("Nothing was restored: %1").arg(kept.message()));
        restored.keptAs = *kept;
        Connection to;
        if (!to.open(target, SQLITE_OPEN_READWRITE)) {
            return makeError(Error::Code::Storage,
                tr("Nothing was restored: cannot open “%1”: %2").arg(info.fileName(), to.errorText()));
        }
        if (Result<void> r = runBackup(from.handle(), to.handle(), info.fileName()); !r)
            return makeError(r.error().code, tr("Nothing was restored: %1").arg(r.message()));
        return restored;
    }
    if (current.error().code == Error::Code::NotFound || !info.isWritable()
        || !QFileInfo(info.absolutePath()).isWritable()) {
        return makeError(current.error().code, tr("Nothing was restored: %1").arg(current.message()));
    }
    // A damaged or foreign file: moved aside whole (with its journal files), never deleted.
    const QString aside = newBackupPath(target, QStringLiteral("replaced"));
    if (!QFile::rename(target, aside)) {
        return makeError(Error::Code::Storage,
            tr("Nothing was restored: “%1” could not be moved aside.").arg(info.fileName()));
    }
    for (const QString& suffix : { QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal") }) {
        if (QFileInfo::exists(target + suffix))
            QFile::rename(target + suffix, aside + suffix);
    }
    restored.keptAs = aside;
    if (Result<void> r = writeCopy(from.handle(), target); !r)
        return r.error();
    return restored;
}

} // namespace jx
