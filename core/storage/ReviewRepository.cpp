#include "core/storage/ReviewRepository.h"

namespace jx {

Result<void> ReviewRepository::save(Review& r)
{
    if (!r.reviewedAt.isValid())
        r.reviewedAt = QDateTime::currentDateTimeUtc();
    return RecordRepository::save(r);
}

Result<QList<Review>> ReviewRepository::ofRecord(RecordKind kind, const QUuid& recordId)
{
    return m_store.list(
        QStringLiteral("WHERE record_kind = ? AND record_id = ? AND deleted = 0 ORDER BY step, reviewed_at, id"),
        { static_cast<int>(kind), RecordStore::idValue(recordId) });
}

} // namespace jx
