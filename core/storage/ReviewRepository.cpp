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

Result<QHash<QUuid, QList<Review>>> ReviewRepository::ofEvaluationsOfYear(int fiscalYear)
{
    Result<QList<Review>> reviews = m_store.list(
        QStringLiteral("WHERE record_kind = ? AND deleted = 0 AND record_id IN (SELECT id FROM self_evaluation"
                       " WHERE fiscal_year = ? AND deleted = 0) ORDER BY step, reviewed_at, id"),
        { static_cast<int>(RecordKind::SelfEvaluation), fiscalYear });
    if (!reviews)
        return reviews.error();
    QHash<QUuid, QList<Review>> byRecord;
    for (Review& r : *reviews)
        byRecord[r.recordId] << std::move(r);
    return byRecord;
}

} // namespace jx
