#include "core/storage/DivisionRepository.h"

#include "core/storage/Database.h"
#include "core/storage/Tables.h"

#include <QSqlQuery>

namespace jx {

namespace {

// The statements over Tables::division(), made once.
struct DivisionSql
{
    QString select;
    QString upsert;
};

const DivisionSql& sql()
{
    static const DivisionSql statements = [] {
        const Table<Division>& table = Tables::division();
        const QStringList& columns = table.columnNames();
        QStringList marks;
        marks.fill(QStringLiteral("?"), columns.size());
        QStringList sets;
        for (const QString& c : columns.mid(1)) // the code is the key
            sets << QStringLiteral("%1 = excluded.%1").arg(c);
        const QString list = columns.join(QStringLiteral(", "));
        return DivisionSql {
            QStringLiteral("SELECT %1 FROM %2").arg(list, table.name()),
            QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT (%4) DO UPDATE SET %5")
                .arg(table.name(), list, marks.join(QStringLiteral(", ")), columns.first(),
                     sets.join(QStringLiteral(", "))),
        };
    }();
    return statements;
}

} // namespace

DivisionRepository::DivisionRepository(Database& db)
    : m_db(db)
{
}

Result<void> DivisionRepository::save(const Division& d)
{
    SqlRow values;
    Tables::division().appendValues(d, values);
    if (Result<int> r = m_db.write(sql().upsert, values, [&d] { return tr("saving division %1").arg(d.code); }); !r)
        return r.error();
    return {};
}

Result<QList<Division>> DivisionRepository::read(const QString& tail, const QVariant& bind, const QString& what)
{
    Result<QSqlQuery*> q = m_db.read(sql().select + tail, { bind }, what);
    if (!q)
        return q.error();
    QList<Division> out;
    while ((*q)->next()) {
        Division d;
        if (Result<void> r = Tables::division().read(d, **q, 0); !r)
            return r.error();
        out << d;
    }
    return out;
}

Result<std::optional<Division>> DivisionRepository::find(const QString& code)
{
    Result<QList<Division>> found = read(QStringLiteral(" WHERE code = ?"), code, tr("reading division %1").arg(code));
    if (!found)
        return found.error();
    return found->isEmpty() ? std::optional<Division>() : std::optional<Division>(found->constFirst());
}

Result<QList<Division>> DivisionRepository::children(const QString& parentCode, int year)
{
    Result<QList<Division>> all = read(QStringLiteral(" WHERE parent_code = ? ORDER BY code"), parentCode,
                                       tr("reading divisions under %1").arg(parentCode));
    if (!all || year == 0)
        return all;
    QList<Division> out;
    for (const Division& d : *all) {
        if (d.validIn(year))
            out << d;
    }
    return out;
}

Result<QList<Division>> DivisionRepository::lineage(const QString& code)
{
    QList<Division> chain;
    QString next = code;
    while (!next.isEmpty() && chain.size() < 16) {
        Result<std::optional<Division>> d = find(next);
        if (!d)
            return d.error();
        if (!d->has_value())
            break;
        chain << **d;
        next = (*d)->parentCode;
    }
    return chain;
}

Result<QList<Division>> DivisionRepository::countiesUnder(const QString& code, int year)
{
    QList<Division> out;
    QList<QString> pending { code };
    while (!pending.isEmpty()) {
        Result<QList<Division>> kids = children(pending.takeFirst(), year);
        if (!kids)
            return kids.error();
        for (const Division& d : *kids) {
            if (d.rank == DivisionRank::County)
                out << d;
            else
                pending << d.code;
        }
    }
    return out;
}

} // namespace jx
