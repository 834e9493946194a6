#pragma once

#include "core/domain/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace jx {

class Database;

/**
 * Copies of a database made with SQLite's online backup API: consistent while other windows
 * and processes go on working, and never a half-written file under the final name (a copy is
 * written beside its target as TARGET.partial, synced, then renamed into place).
 *
 * The rotating set: before every import and every schema upgrade, and before a restore
 * replaces the database, a copy is kept beside the database as
 * `FILE.YYYYMMDD-HHMMSSZZZ.REASON.bak` (REASON: import, upgrade, restore, manual); only the
 * newest Kept are kept, older ones are removed (docs/cli.md, "backup").
 */
class Backup
{
    Q_DECLARE_TR_FUNCTIONS(Backup)

public:
    static constexpr int Kept = 5;

    /// Copies the open database @p db to @p target, which must not exist.
    static Result<void> copy(Database& db, const QString& target);
    /// Copies the database file @p source (opened read-only) to @p target, which must not exist.
    static Result<void> copyFile(const QString& source, const QString& target);

    /// A copy of @p db into the rotating set beside it; the path of the copy.
    static Result<QString> rotate(Database& db, const QString& reason);
    /// The same for a database file not open here (read through a read-only connection).
    static Result<QString> rotate(const QString& databasePath, const QString& reason);
    /// The copies of the rotating set of @p databasePath, newest first.
    static QStringList existing(const QString& databasePath);

    struct Restored
    {
        QString keptAs; ///< where the replaced database is kept (empty when there was none)
        int schemaVersion = 0;
    };
    /**
     * Replaces the database at @p target with the backup @p source. The backup is checked
     * first (a Jixiao file, schema not newer than this build, integrity, foreign keys); the
     * database it replaces is kept in the rotating set. An existing sound target is replaced
     * online in one transaction (other processes wait, and see either the old or the new
     * content); a missing one is created; a damaged one is moved aside and replaced.
     */
    static Result<Restored> restore(const QString& source, const QString& target);
};

} // namespace jx
