#include "core/storage/DivisionRepository.h"

#include "core/storage/Database.h"

#include <QSqlQuery>

namespace jx {

namespace {

const QString selectColumns = QStringLiteral("SELECT code, name, rank, parent_code, valid_from, valid_to FROM division");

Division readDivision(const QSqlQuery& q)
{
    Division d;
    d.code = q.value(0).toString();
    d.name = q.value(1).toString();
    d.rank = static_cast<DivisionRank>(q.value(2).toInt());
    d.parentCode = q.value(3).toString();
    d.validFrom = q.value(4).toInt();
    d.validTo = q.value(5).toInt();
    return d;
}

} // namespace

DivisionRepository::DivisionRepository(Database& db)
    : m_db(db)
{
}

Result<void> DivisionRepository::save(const Division& d)
{
    Result<QSqlQuery*> q = m_db.prepared(QStringLiteral(
        "INSERT INTO division (code, name, rank, parent_code, valid_from, valid_to) VALUES (?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (code) DO UPDATE SET name = excluded.name, rank = excluded.rank,"
        " parent_code = excluded.parent_code, valid_from = excluded.valid_from, valid_to = excluded.valid_to"));
    if (!q)
        return q.error();
    QSqlQuery& query = **q;
    query.addBindValue(d.code);
    query.addBindValue(d.name);
    query.addBindValue(static_cast<int>(d.rank));
    query.addBindValue(d.parentCode.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(d.parentCode));
    query.addBindValue(d.validFrom);
    query.addBindValue(d.validTo == 0 ? QVariant(QMetaType::fromType<int>()) : QVariant(d.validTo));
    return m_db.run(query, tr("saving division %1").arg(d.code));
}

Result<std::optional<Division>> DivisionRepository::find(const QString& code)
{
    Result<QSqlQuery*> q = m_db.prepared(selectColumns + QStringLiteral(" WHERE code = ?"));
    if (!q)
        return q.error();
    (*q)->addBindValue(code);
    if (Result<void> r = m_db.run(**q, tr("reading division %1").arg(code)); !r)
        return r.error();
    if (!(*q)->next())
        return std::optional<Division>();
    return std::optional<Division>(readDivision(**q));
}

Result<QList<Division>> DivisionRepository::children(const QString& parentCode, int year)
{
    Result<QSqlQuery*> q = m_db.prepared(selectColumns + QStringLiteral(" WHERE parent_code = ? ORDER BY code"));
    if (!q)
        return q.error();
    (*q)->addBindValue(parentCode);
    if (Result<void> r = m_db.run(**q, tr("reading divisions under %1").arg(parentCode)); !r)
        return r.error();
    QList<Division> out;
    while ((*q)->next()) {
        Division d = readDivision(**q);
        if (year == 0 || d.validIn(year))
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
