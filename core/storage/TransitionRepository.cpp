#include "core/storage/TransitionRepository.h"

namespace jx {

TransitionRepository::TransitionRepository(Database& db)
    : m_store(db, Tables::of<Transition>())
{
}

Result<void> TransitionRepository::save(Transition& t)
{
    if (t.meta.ownerId.isNull())
        t.meta.ownerId = t.actor.agencyId;
    if (!t.at.isValid())
        t.at = QDateTime::currentDateTimeUtc();
    if (t.step == 0) {
        Database& db = m_store.store().database();
        Result<QSqlQuery*> last = db.prepared(QStringLiteral(
            "SELECT coalesce(max(step), 0) FROM transition WHERE record_kind = ? AND record_id = ?"));
        if (!last)
            return last.error();
        (*last)->addBindValue(static_cast<int>(t.recordKind));
        (*last)->addBindValue(RecordStore::idValue(t.recordId));
        if (Result<void> r = db.run(**last, tr("numbering a workflow step")); !r)
            return r;
        t.step = (*last)->next() ? (*last)->value(0).toInt() + 1 : 1;
        (*last)->finish();
    }
    return m_store.save(t);
}

Result<QList<Transition>> TransitionRepository::ofRecord(RecordKind kind, const QUuid& recordId)
{
    return m_store.list(QStringLiteral("WHERE record_kind = ? AND record_id = ? AND deleted = 0 ORDER BY step"),
                        { static_cast<int>(kind), RecordStore::idValue(recordId) });
}

} // namespace jx
