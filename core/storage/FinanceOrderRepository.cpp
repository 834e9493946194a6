#include "core/storage/FinanceOrderRepository.h"

#include "core/storage/Database.h"

namespace jx {

namespace {

FinanceOrder readOrder(const QSqlQuery& q)
{
    constexpr int b = RecordStore::MetaColumnCount;
    FinanceOrder o;
    o.meta = RecordStore::readMeta(q);
    o.subjectId = RecordStore::uuidAt(q, b);
    o.reportId = RecordStore::uuidAt(q, b + 1);
    o.kind = static_cast<OrderKind>(q.value(b + 2).toInt());
    o.reason = q.value(b + 3).toString();
    o.issuedBy = q.value(b + 4).toString();
    o.issuedAt = RecordStore::timeAt(q, b + 5);
    if (!q.value(b + 6).isNull())
        o.liftedAt = RecordStore::timeAt(q, b + 6);
    o.liftReason = q.value(b + 7).toString();
    return o;
}

} // namespace

FinanceOrderRepository::FinanceOrderRepository(Database& db)
    : m_store(db, QStringLiteral("finance_order"),
              { QStringLiteral("subject_id"), QStringLiteral("report_id"), QStringLiteral("kind"), QStringLiteral("reason"),
                QStringLiteral("issued_by"), QStringLiteral("issued_at"), QStringLiteral("lifted_at"),
                QStringLiteral("lift_reason") })
{
}

Result<void> FinanceOrderRepository::save(FinanceOrder& o)
{
    if (o.reason.trimmed().isEmpty())
        return makeError(Error::Code::Invalid, tr("An order (%1) needs a reason.").arg(Names::of(o.kind)));
    if (!o.issuedAt.isValid())
        o.issuedAt = QDateTime::currentDateTimeUtc();
    const QList<Reference> refs = {
        { tr("program"), QStringLiteral("subject"), QStringLiteral("id"), RecordStore::idValue(o.subjectId) },
        { tr("monitoring report"), QStringLiteral("monitoring_report"), QStringLiteral("id"), RecordStore::idValue(o.reportId) },
        { tr("ordering finance department"), QStringLiteral("agency"), QStringLiteral("id"), RecordStore::idValue(o.meta.ownerId) },
    };
    return m_store.save(o.meta,
                        { RecordStore::idValue(o.subjectId), RecordStore::idValue(o.reportId), static_cast<int>(o.kind),
                          o.reason, textOrNull(o.issuedBy), RecordStore::timeValue(o.issuedAt),
                          o.liftedAt.isValid() ? QVariant(RecordStore::timeValue(o.liftedAt)) : QVariant(QMetaType::fromType<qint64>()),
                          textOrNull(o.liftReason) },
                        Names::of(o.kind), refs);
}

Result<std::optional<FinanceOrder>> FinanceOrderRepository::find(const QUuid& id)
{
    Result<QSqlQuery*> q = m_store.select(QStringLiteral("WHERE id = ?"), { RecordStore::idValue(id) });
    if (!q)
        return q.error();
    if (!(*q)->next())
        return std::optional<FinanceOrder>();
    return std::optional<FinanceOrder>(readOrder(**q));
}

Result<QList<FinanceOrder>> FinanceOrderRepository::ofSubject(const QUuid& subjectId)
{
    Result<QSqlQuery*> q = m_store.select(QStringLiteral("WHERE subject_id = ? AND deleted = 0 ORDER BY issued_at, id"),
                                          { RecordStore::idValue(subjectId) });
    if (!q)
        return q.error();
    QList<FinanceOrder> out;
    while ((*q)->next())
        out << readOrder(**q);
    return out;
}

Result<std::optional<OrderKind>> FinanceOrderRepository::inForce(const QUuid& subjectId)
{
    Database& db = m_store.database();
    Result<QSqlQuery*> q = db.prepared(QStringLiteral(
        "SELECT max(kind) FROM finance_order WHERE subject_id = ? AND lifted_at IS NULL AND deleted = 0"));
    if (!q)
        return q.error();
    (*q)->addBindValue(RecordStore::idValue(subjectId));
    if (Result<void> r = db.run(**q, tr("reading orders")); !r)
        return r.error();
    if (!(*q)->next() || (*q)->value(0).isNull())
        return std::optional<OrderKind>();
    return std::optional<OrderKind>(static_cast<OrderKind>((*q)->value(0).toInt()));
}

} // namespace jx
