#include "core/storage/ReviewRepository.h"

#include "core/domain/Validation.h"

namespace jx {

ReviewRepository::ReviewRepository(Database& db)
    : m_store(db, Tables::review())
{
}

Result<void> ReviewRepository::save(Review& r)
{
    if (Result<void> v = Validation::check(r); !v)
        return v;
    if (!r.reviewedAt.isValid())
        r.reviewedAt = QDateTime::currentDateTimeUtc();
    return m_store.save(r, tr("review of %1").arg(Names::of(r.recordKind)));
}

Result<std::optional<Review>> ReviewRepository::find(const QUuid& id)
{
    return m_store.find(id);
}

Result<QList<Review>> ReviewRepository::ofRecord(RecordKind kind, const QUuid& recordId)
{
    return m_store.list(
        QStringLiteral("WHERE record_kind = ? AND record_id = ? AND deleted = 0 ORDER BY step, reviewed_at, id"),
        { static_cast<int>(kind), RecordStore::idValue(recordId) });
}

Result<void> ReviewRepository::remove(const QUuid& id)
{
    return m_store.remove(id, tr("review %1").arg(id.toString(QUuid::WithoutBraces)));
}

} // namespace jx
