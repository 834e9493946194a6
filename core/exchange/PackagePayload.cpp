#include "core/exchange/PackagePayload.h"

#include "core/storage/Database.h"
#include "core/storage/Tables.h"

#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QSqlQuery>
#include <QUrl>

#include <sqlite3.h>

namespace jx {

namespace {

// A read-only connection of its own to a payload: nothing in the file is trusted to run.
class PayloadConnection
{
public:
    ~PayloadConnection() { sqlite3_close_v2(m_handle); }

    bool open(const QString& path)
    {
        if (sqlite3_open_v2(QFile::encodeName(path).constData(), &m_handle, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK)
            return false;
        Database::harden(m_handle);
        return true;
    }

    QString errorText() const { return m_handle ? QString::fromUtf8(sqlite3_errmsg(m_handle)) : QString(); }

    /// Every row of @p sql (with @p bind as its one parameter, when given) as text; false on an error.
    bool rows(const QString& sql, QList<QStringList>& out, const QString& bind = {})
    {
        sqlite3_stmt* statement = nullptr;
        const QByteArray text = sql.toUtf8();
        if (sqlite3_prepare_v2(m_handle, text.constData(), int(text.size()), &statement, nullptr) != SQLITE_OK)
            return false;
        const QByteArray value = bind.toUtf8();
        if (!bind.isNull())
            sqlite3_bind_text(statement, 1, value.constData(), int(value.size()), SQLITE_TRANSIENT);
        int rc = SQLITE_OK;
        while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
            QStringList row;
            for (int i = 0; i < sqlite3_column_count(statement); ++i) {
                const auto* t = reinterpret_cast<const char*>(sqlite3_column_text(statement, i));
                row << (t ? QString::fromUtf8(t) : QString());
            }
            out << row;
        }
        sqlite3_finalize(statement);
        return rc == SQLITE_DONE;
    }

private:
    sqlite3* m_handle = nullptr;
};

} // namespace

QString PackagePayload::infoCreateSql(const QString& schema)
{
    return QStringLiteral("CREATE TABLE %1%2 (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
        .arg(schema.isEmpty() ? QString() : schema + QLatin1Char('.'), InfoTable);
}

QString PayloadTable::createSql(const QString& schema) const
{
    QStringList defs;
    for (qsizetype i = 0; i < columns.size(); ++i) {
        QString def = columns.at(i) + QLatin1Char(' ') + types.at(i);
        if (travelling && i == 0)
            def += QStringLiteral(" PRIMARY KEY");
        defs << def;
    }
    return QStringLiteral("CREATE TABLE %1%2 (%3)")
        .arg(schema.isEmpty() ? QString() : schema + QLatin1Char('.'), name, defs.join(QStringLiteral(", ")));
}

QString PayloadTable::columnList(const QString& prefix) const
{
    if (prefix.isEmpty())
        return columns.join(QStringLiteral(", "));
    QStringList out;
    for (const QString& c : columns)
        out << prefix + c;
    return out.join(QStringLiteral(", "));
}

Result<QList<PayloadTable>> PackagePayload::tables(Database& db)
{
    const QStringList travelling = Tables::travelling();
    QStringList children;
    for (const TableShape& shape : Tables::shapes()) {
        if (!travelling.contains(shape.table) && shape.table != QLatin1String("division"))
            children << shape.table;
    }
    auto describe = [&db](const QString& name) -> Result<PayloadTable> {
        PayloadTable t;
        t.name = name;
        QSqlQuery q(db.connection());
        if (!q.exec(QStringLiteral("PRAGMA table_info(%1)").arg(name)))
            return db.queryError(q, tr("reading the columns of %1").arg(name));
        while (q.next()) {
            const QString column = q.value(1).toString();
            if (column == QLatin1String("change_seq"))
                continue; // each database's own
            t.columns << column;
            t.types << q.value(2).toString().toUpper();
        }
        if (t.columns.isEmpty())
            return makeError(Error::Code::Storage, tr("The database has no table “%1”.").arg(name));
        if (!q.exec(QStringLiteral("PRAGMA foreign_key_list(%1)").arg(name)))
            return db.queryError(q, tr("reading the references of %1").arg(name));
        while (q.next()) {
            const PayloadReference ref { q.value(3).toString(), q.value(2).toString(), q.value(4).toString() };
            if (q.value(6).toString() == QLatin1String("CASCADE")) {
                t.parentTable = ref.table;
                t.parentColumn = ref.column;
            } else {
                t.references << ref;
            }
        }
        t.statusColumn = t.columns.contains(QStringLiteral("status")) ? QStringLiteral("status") : QString();
        t.hasSubject = t.columns.contains(QStringLiteral("subject_id"));
        t.refersToRecord = t.columns.contains(QStringLiteral("record_kind")) && t.columns.contains(QStringLiteral("record_id"));
        return t;
    };

    QList<PayloadTable> out;
    Result<PayloadTable> division = describe(QStringLiteral("division"));
    if (!division)
        return division.error();
    out << *division;
    for (const QString& name : travelling) {
        Result<PayloadTable> t = describe(name);
        if (!t)
            return t.error();
        t->travelling = true;
        out << *t;
        for (const QString& child : std::as_const(children)) {
            Result<PayloadTable> c = describe(child);
            if (!c)
                return c.error();
            if (c->parentTable == name)
                out << *c;
        }
    }
    return out;
}

QString PackagePayload::uri(const QString& path, bool readOnly)
{
    // A file name is percent-encoded into the URI, so that no character of it reads as a parameter.
    return QStringLiteral("file:%1?mode=%2")
        .arg(QString::fromLatin1(QUrl::toPercentEncoding(path, "/")), readOnly ? QStringLiteral("ro") : QStringLiteral("rwc"));
}

Result<QHash<QString, QString>> PackagePayload::inspect(const QString& path, const QList<PayloadTable>& expected)
{
    const auto refused = [](const QString& why) {
        return makeError(Error::Code::Invalid, tr("The package's records are not in the expected form: %1").arg(why));
    };
    PayloadConnection c;
    if (!c.open(path))
        return refused(c.errorText());
    QList<QStringList> rows;
    if (!c.rows(QStringLiteral("PRAGMA application_id"), rows) || rows.size() != 1)
        return refused(tr("it is not an SQLite database (%1).").arg(c.errorText()));
    if (rows.at(0).value(0).toLongLong() != ApplicationId)
        return refused(tr("it is not a Jixiao payload."));
    rows.clear();
    if (!c.rows(QStringLiteral("PRAGMA user_version"), rows) || rows.size() != 1)
        return refused(c.errorText());
    const int version = rows.at(0).value(0).toInt();
    if (version > FormatVersion) {
        return makeError(Error::Code::Version,
            tr("The package's records are in payload format %1; this version of Jixiao reads up to %2. Update Jixiao.")
                .arg(version)
                .arg(FormatVersion));
    }
    if (version < 1)
        return refused(tr("payload format %1 does not exist.").arg(version));
    // quick_check reads the whole file (about 3 s per GB): done for payloads up to 256 MB, as
    // for databases (DatabaseFile); a larger one is read with cell_size_check on, and SQLite
    // stops with SQLITE_CORRUPT at a damaged page either way (the import then fails whole).
    if (QFileInfo(path).size() <= QuickCheckLimit) {
        rows.clear();
        if (!c.rows(QStringLiteral("PRAGMA quick_check"), rows) || rows.size() != 1 || rows.at(0).value(0) != QLatin1String("ok"))
            return refused(tr("the file is damaged (%1).").arg(rows.isEmpty() ? c.errorText() : rows.at(0).value(0)));
    }

    // Exactly the expected objects: each table as this build creates it, and the index of its key.
    QHash<QString, QString> want { { InfoTable, infoCreateSql({}) } };
    QSet<QString> autoIndexes { QStringLiteral("sqlite_autoindex_%1_1").arg(InfoTable) };
    for (const PayloadTable& t : expected) {
        want.insert(t.name, t.createSql({}));
        if (t.travelling)
            autoIndexes.insert(QStringLiteral("sqlite_autoindex_%1_1").arg(t.name));
    }
    rows.clear();
    if (!c.rows(QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_schema"), rows))
        return refused(c.errorText());
    QSet<QString> seen;
    for (const QStringList& row : std::as_const(rows)) {
        const QString& type = row.at(0);
        const QString& name = row.at(1);
        if (type == QLatin1String("index") && autoIndexes.contains(name) && row.at(3).isNull())
            continue;
        if (type != QLatin1String("table") || !want.contains(name))
            return refused(tr("it holds %1 “%2”, which a payload never has.").arg(type, name));
        if (row.at(3) != want.value(name))
            return refused(tr("table “%1” is not defined as this version of Jixiao defines it.").arg(name));
        seen.insert(name);
    }
    for (auto it = want.cbegin(); it != want.cend(); ++it) {
        if (!seen.contains(it.key()))
            return refused(tr("table “%1” is missing.").arg(it.key()));
    }
    // No hidden or generated columns can hide in a definition that matched, but check anyway.
    for (const PayloadTable& t : expected) {
        rows.clear();
        if (!c.rows(QStringLiteral("SELECT name FROM pragma_table_xinfo(?) WHERE hidden <> 0"), rows, t.name) || !rows.isEmpty())
            return refused(tr("table “%1” has hidden columns.").arg(t.name));
    }
    rows.clear();
    if (!c.rows(QStringLiteral("SELECT key, value FROM %1").arg(InfoTable), rows))
        return refused(c.errorText());
    QHash<QString, QString> info;
    for (const QStringList& row : std::as_const(rows))
        info.insert(row.at(0), row.at(1));
    return info;
}

} // namespace jx
