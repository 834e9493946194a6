#include "core/storage/ProgramListing.h"

#include "core/storage/Column.h"
#include "core/storage/Database.h"
#include "core/storage/RecordStore.h"

namespace jx {

namespace {

// The conditions of a filter, with the values to bind in order.
QString whereClause(const ProgramFilter& filter, QVariantList& binds)
{
    QString where = QStringLiteral("s.kind = %1 AND s.deleted = 0").arg(static_cast<int>(SubjectKind::Program));
    if (filter.fiscalYear != 0) {
        where += QStringLiteral(" AND s.fiscal_year = ?");
        binds << filter.fiscalYear;
    }
    if (!filter.text.isEmpty()) {
        QString escaped = filter.text;
        escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
            .replace(QLatin1Char('%'), QStringLiteral("\\%"))
            .replace(QLatin1Char('_'), QStringLiteral("\\_"));
        const QString pattern = QLatin1Char('%') + escaped + QLatin1Char('%');
        where += QStringLiteral(" AND (s.name LIKE ? ESCAPE '\\' OR s.code LIKE ? ESCAPE '\\')");
        binds << pattern << pattern;
    }
    return where;
}

} // namespace

ProgramListing::ProgramListing(Database& db)
    : m_db(db)
{
}

Result<qint64> ProgramListing::count(const ProgramFilter& filter)
{
    QVariantList binds;
    const QString where = whereClause(filter, binds);
    Result<QSqlQuery*> q = m_db.read(QStringLiteral("SELECT count(*) FROM subject s WHERE ") + where, binds,
                                     tr("counting programs"));
    if (!q)
        return q.error();
    (*q)->next();
    return (*q)->value(0).toLongLong();
}

Result<QList<ProgramRow>> ProgramListing::page(const ProgramFilter& filter, const std::optional<ProgramRow>& after,
                                               int limit)
{
    QVariantList binds;
    QString where = whereClause(filter, binds);
    if (after) {
        // A row value comparison, so that the index seeks straight to the key (SQLite and PostgreSQL).
        where += QStringLiteral(" AND (s.name, s.id) > (?, ?)");
        binds << after->name << RecordStore::idValue(after->id);
    }
    binds << limit;
    Result<QSqlQuery*> q = m_db.read(
        QStringLiteral("SELECT s.id, s.code, s.name, a.name, s.fiscal_year, s.book, s.program_kind, s.amount,"
                       " (SELECT max(o.kind) FROM finance_order o WHERE o.subject_id = s.id AND o.lifted_at IS NULL"
                       " AND o.deleted = 0),"
                       " d.decision, d.amount_change, d.status, s.predecessor_id"
                       " FROM subject s JOIN agency a ON a.id = s.agency_id"
                       // The predecessor's decision for this program's year (one live decision per subject and year).
                       " LEFT JOIN result_application d ON d.id = (SELECT r.id FROM result_application r"
                       " WHERE r.subject_id = s.predecessor_id AND r.next_year = s.fiscal_year AND r.deleted = 0"
                       " ORDER BY r.status DESC LIMIT 1)"
                       " WHERE ")
            + where + QStringLiteral(" ORDER BY s.name, s.id LIMIT ?"),
        binds, tr("listing programs"));
    if (!q)
        return q.error();
    QList<ProgramRow> rows;
    rows.reserve(limit);
    while ((*q)->next()) {
        const QSqlQuery& row = **q;
        ProgramRow p;
        p.id = RecordStore::uuidAt(row, 0);
        p.code = row.value(1).toString();
        p.name = row.value(2).toString();
        p.agencyName = row.value(3).toString();
        p.fiscalYear = row.value(4).toInt();
        if (!StoredValue<BudgetBook>::read(p.book, row.value(5)))
            return unknownStoredValue(QStringLiteral("subject"), QStringLiteral("book"), row.value(5));
        if (!StoredValue<ProgramKind>::read(p.kind, row.value(6)))
            return unknownStoredValue(QStringLiteral("subject"), QStringLiteral("program_kind"), row.value(6));
        p.amount = Money::fromFen(row.value(7).toLongLong());
        if (!StoredValue<std::optional<OrderKind>>::read(p.order, row.value(8)))
            return unknownStoredValue(QStringLiteral("finance_order"), QStringLiteral("kind"), row.value(8));
        if (!row.value(9).isNull()) {
            const QString table = QStringLiteral("result_application");
            ApplicationDecision decision {};
            if (!StoredValue<ApplicationDecision>::read(decision, row.value(9)))
                return unknownStoredValue(table, QStringLiteral("decision"), row.value(9));
            RecordStatus status {};
            if (!StoredValue<RecordStatus>::read(status, row.value(11)))
                return unknownStoredValue(table, QStringLiteral("status"), row.value(11));
            p.predecessorDecision
                = PredecessorDecision { decision, Money::fromFen(row.value(10).toLongLong()), status };
        }
        p.predecessorId = RecordStore::uuidAt(row, 12);
        rows << p;
    }
    return rows;
}

} // namespace jx
