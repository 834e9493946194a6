#pragma once

#include "core/domain/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace jx {

class Database;

/// A foreign key of a payload table: @c column refers to @c table (@c key).
struct PayloadReference
{
    QString column;
    QString table;
    QString key;
};

/// One table of a payload (docs/package-payload.md).
struct PayloadTable
{
    QString name;
    QStringList columns; ///< every column of the database's table but change_seq, in order
    QStringList types;   ///< the declared type of each column (INTEGER, TEXT, BLOB, REAL)
    bool travelling = false; ///< meta columns id, owner_id, revision, modified_at, deleted first
    QString parentTable;  ///< child tables: the travelling table they belong to
    QString parentColumn;
    QList<PayloadReference> references; ///< foreign keys (owner_id included)
    QString statusColumn; ///< the workflow's columns: status (records with a workflow)
    bool hasSubject = false; ///< a subject_id column
    bool refersToRecord = false; ///< record_kind and record_id (reviews, transitions)

    /// The CREATE TABLE of the payload: the columns and their types, the id as primary key.
    QString createSql(const QString& schema) const;
    QString columnList(const QString& prefix = {}) const;
};

/**
 * The payload of a package: one SQLite file ("SQLite as an application file format") with the
 * travelling records in scope, their child rows and the divisions they refer to, in tables
 * shaped exactly like the database's own (without change_seq, which is each database's own),
 * plus `payload_info` (key, value). The tables come from the declarations (Tables::travelling(),
 * Tables::shapes()) and the database's schema, so every record kind travels through the same
 * code. The payload is read only after the package's signature verified, and then through a
 * read-only, defensive connection that trusts nothing in it but exactly these tables.
 */
class PackagePayload
{
    Q_DECLARE_TR_FUNCTIONS(PackagePayload)

public:
    /// The payload format (PRAGMA user_version of the payload); a newer one is refused.
    static constexpr int FormatVersion = 1;
    /// PRAGMA application_id of a payload: "JXPL".
    static constexpr int ApplicationId = 0x4A58504C;
    /// Payloads up to this size get PRAGMA quick_check before they are read.
    static constexpr qint64 QuickCheckLimit = 256LL << 20;
    static inline const QString InfoTable = QStringLiteral("payload_info");

    /**
     * Every table a payload holds, in the order they are written and applied: division, then
     * each travelling table followed by its child tables. Read once per database schema.
     */
    static Result<QList<PayloadTable>> tables(Database& db);

    /**
     * Checks the payload file @p path before a record is read: a read-only connection with
     * SQLite's defensive settings, the application id and format version, `PRAGMA
     * quick_check`, and exactly the tables of @p expected (and payload_info) with exactly their
     * columns, types and no other object (no trigger, view or index). Returns payload_info.
     */
    static Result<QHash<QString, QString>> inspect(const QString& path, const QList<PayloadTable>& expected);

    static QString infoCreateSql(const QString& schema);
    /// @p path as an SQLite URI opened read-only (or read-write), for ATTACH.
    static QString uri(const QString& path, bool readOnly);
};

} // namespace jx
