#include "core/storage/TransitionRepository.h"

#include "core/storage/Database.h"

namespace jx {

TransitionRepository::TransitionRepository(Database& db)
    : m_store(db, QStringLiteral("transition"),
              { QStringLiteral("record_kind"), QStringLiteral("record_id"), QStringLiteral("from_status"),
                QStringLiteral("to_status"), QStringLiteral("actor_name"), QStringLiteral("actor_role"),
                QStringLiteral("actor_agency_id"), QStringLiteral("comment"), QStringLiteral("at"),
                QStringLiteral("step") })
{
}

Result<void> TransitionRepository::save(Transition& t)
{
    if (t.meta.ownerId.isNull())
        t.meta.ownerId = t.actor.agencyId;
    if (!t.at.isValid())
        t.at = QDateTime::currentDateTimeUtc();
    if (t.step == 0) {
        Result<QSqlQuery*> last = m_store.database().prepared(QStringLiteral(
            "SELECT coalesce(max(step), 0) FROM transition WHERE record_kind = ? AND record_id = ?"));
        if (!last)
            return last.error();
        (*last)->addBindValue(static_cast<int>(t.recordKind));
        (*last)->addBindValue(RecordStore::idValue(t.recordId));
        if (Result<void> r = m_store.database().run(**last, tr("numbering a workflow step")); !r)
            return r;
        t.step = (*last)->next() ? (*last)->value(0).toInt() + 1 : 1;
        (*last)->finish();
    }
    const QList<Reference> refs = {
        { tr("acting agency"), QStringLiteral("agency"), QStringLiteral("id"), RecordStore::idValue(t.actor.agencyId) },
    };
    return m_store.save(t.meta,
                        { static_cast<int>(t.recordKind), RecordStore::idValue(t.recordId), static_cast<int>(t.from),
                          static_cast<int>(t.to), t.actor.name, static_cast<int>(t.actor.role),
                          RecordStore::idValue(t.actor.agencyId), textOrNull(t.comment), RecordStore::timeValue(t.at),
                          t.step },
                        tr("workflow step of %1").arg(Names::of(t.recordKind)), refs);
}

Result<QList<Transition>> TransitionRepository::ofRecord(RecordKind kind, const QUuid& recordId)
{
    Result<QSqlQuery*> q = m_store.select(
        QStringLiteral("WHERE record_kind = ? AND record_id = ? AND deleted = 0 ORDER BY step"),
        { static_cast<int>(kind), RecordStore::idValue(recordId) });
    if (!q)
        return q.error();
    QList<Transition> out;
    constexpr int b = RecordStore::MetaColumnCount;
    while ((*q)->next()) {
        const QSqlQuery& row = **q;
        Transition t;
        t.meta = RecordStore::readMeta(row);
        t.recordKind = static_cast<RecordKind>(row.value(b).toInt());
        t.recordId = RecordStore::uuidAt(row, b + 1);
        t.from = static_cast<RecordStatus>(row.value(b + 2).toInt());
        t.to = static_cast<RecordStatus>(row.value(b + 3).toInt());
        t.actor.name = row.value(b + 4).toString();
        t.actor.role = static_cast<Role>(row.value(b + 5).toInt());
        t.actor.agencyId = RecordStore::uuidAt(row, b + 6);
        t.comment = row.value(b + 7).toString();
        t.at = RecordStore::timeAt(row, b + 8);
        t.step = row.value(b + 9).toInt();
        out << t;
    }
    return out;
}

} // namespace jx
