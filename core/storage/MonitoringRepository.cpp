#include "core/storage/MonitoringRepository.h"

#include "core/domain/Validation.h"
#include "core/storage/Database.h"

namespace jx {

namespace {

MonitoringReport readReport(const QSqlQuery& q)
{
    constexpr int b = RecordStore::MetaColumnCount;
    MonitoringReport r;
    r.meta = RecordStore::readMeta(q);
    r.subjectId = RecordStore::uuidAt(q, b);
    r.fiscalYear = q.value(b + 1).toInt();
    r.month = q.value(b + 2).toInt();
    r.budget = Money::fromFen(q.value(b + 3).toLongLong());
    r.executed = Money::fromFen(q.value(b + 4).toLongLong());
    r.forecastYearEnd = Money::fromFen(q.value(b + 5).toLongLong());
    r.note = q.value(b + 6).toString();
    r.status = static_cast<RecordStatus>(q.value(b + 7).toInt());
    return r;
}

} // namespace

MonitoringRepository::MonitoringRepository(Database& db)
    : m_store(db, QStringLiteral("monitoring_report"),
              { QStringLiteral("subject_id"), QStringLiteral("fiscal_year"), QStringLiteral("month"),
                QStringLiteral("budget"), QStringLiteral("executed"), QStringLiteral("forecast_year_end"),
                QStringLiteral("note"), QStringLiteral("status") })
{
    m_store.setStatusColumn(QStringLiteral("status"));
}

Result<void> MonitoringRepository::save(MonitoringReport& report)
{
    if (Result<void> r = Validation::check(report); !r)
        return r;
    Database& db = m_store.database();
    Database::Transaction tx(db);
    if (!tx.started())
        return tx.startError();
    RecordMeta meta = report.meta;
    const QString label = tr("monitoring report for month %1").arg(report.month);
    const QList<Reference> refs = {
        { tr("subject"), QStringLiteral("subject"), QStringLiteral("id"), RecordStore::idValue(report.subjectId) },
        { tr("owner"), QStringLiteral("agency"), QStringLiteral("id"), RecordStore::idValue(report.meta.ownerId) },
    };
    if (Result<void> r = m_store.save(meta,
                                      { RecordStore::idValue(report.subjectId), report.fiscalYear, report.month,
                                        report.budget.fen(), report.executed.fen(), report.forecastYearEnd.fen(),
                                        textOrNull(report.note), static_cast<int>(report.status) },
                                      label, refs);
        !r) {
        return r;
    }
    if (Result<void> r = m_store.deleteChildren(QStringLiteral("monitoring_entry"), QStringLiteral("report_id"), meta.id, label);
        !r)
        return r;
    for (const MonitoringEntry& e : report.entries) {
        Result<QSqlQuery*> ins = db.prepared(QStringLiteral(
            "INSERT INTO monitoring_entry (report_id, indicator_id, progress_value, progress_text, forecast_value,"
            " likelihood, cause, measures) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
        if (!ins)
            return ins.error();
        QSqlQuery& q = **ins;
        q.addBindValue(RecordStore::idValue(meta.id));
        q.addBindValue(RecordStore::idValue(e.indicatorId));
        q.addBindValue(realOrNull(e.progressValue));
        q.addBindValue(textOrNull(e.progressText));
        q.addBindValue(realOrNull(e.forecastValue));
        q.addBindValue(static_cast<int>(e.likelihood));
        q.addBindValue(e.cause ? QVariant(static_cast<int>(*e.cause)) : QVariant(QMetaType::fromType<int>()));
        q.addBindValue(textOrNull(e.measures));
        if (Result<void> r = m_store.insertIndicatorChild(q, label, e.indicatorId); !r)
            return r;
    }
    if (Result<void> r = tx.commit(); !r)
        return r;
    report.meta = meta;
    return {};
}

Result<void> MonitoringRepository::loadEntries(MonitoringReport& report)
{
    Database& db = m_store.database();
    Result<QSqlQuery*> q = db.prepared(QStringLiteral(
        "SELECT e.indicator_id, e.progress_value, e.progress_text, e.forecast_value, e.likelihood, e.cause, e.measures"
        " FROM monitoring_entry e JOIN indicator i ON i.id = e.indicator_id WHERE e.report_id = ?"
        " ORDER BY i.sort_order, i.id"));
    if (!q)
        return q.error();
    (*q)->addBindValue(RecordStore::idValue(report.meta.id));
    if (Result<void> r = db.run(**q, tr("reading monitoring entries")); !r)
        return r;
    report.entries.clear();
    while ((*q)->next()) {
        const QSqlQuery& row = **q;
        MonitoringEntry e;
        e.indicatorId = RecordStore::uuidAt(row, 0);
        e.progressValue = optionalRealAt(row, 1);
        e.progressText = row.value(2).toString();
        e.forecastValue = optionalRealAt(row, 3);
        e.likelihood = static_cast<Likelihood>(row.value(4).toInt());
        if (!row.value(5).isNull())
            e.cause = static_cast<DeviationCause>(row.value(5).toInt());
        e.measures = row.value(6).toString();
        report.entries << e;
    }
    return {};
}

Result<std::optional<MonitoringReport>> MonitoringRepository::find(const QUuid& id)
{
    Result<QSqlQuery*> q = m_store.select(QStringLiteral("WHERE id = ?"), { RecordStore::idValue(id) });
    if (!q)
        return q.error();
    if (!(*q)->next())
        return std::optional<MonitoringReport>();
    MonitoringReport r = readReport(**q);
    if (Result<void> res = loadEntries(r); !res)
        return res.error();
    return std::optional<MonitoringReport>(r);
}

Result<QList<MonitoringReport>> MonitoringRepository::ofSubject(const QUuid& subjectId, int fiscalYear)
{
    Result<QSqlQuery*> q = m_store.select(
        QStringLiteral("WHERE subject_id = ? AND fiscal_year = ? AND deleted = 0 ORDER BY month"),
        { RecordStore::idValue(subjectId), fiscalYear });
    if (!q)
        return q.error();
    QList<MonitoringReport> out;
    while ((*q)->next())
        out << readReport(**q);
    for (MonitoringReport& r : out) {
        if (Result<void> res = loadEntries(r); !res)
            return res.error();
    }
    return out;
}

Result<void> MonitoringRepository::remove(const QUuid& id)
{
    return m_store.tombstone(id, tr("monitoring report %1").arg(id.toString(QUuid::WithoutBraces)));
}

} // namespace jx
