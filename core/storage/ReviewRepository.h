#pragma once

#include "core/storage/RecordRepository.h"

namespace jx {

/// 财政审核: reviews by finance bureaus of submitted records.
class ReviewRepository : public RecordRepository<Review>
{
public:
    using RecordRepository::RecordRepository;

    /// Validates and saves; a review with no time is made now.
    Result<void> save(Review& review);
    /// The reviews of one record, oldest first.
    Result<QList<Review>> ofRecord(RecordKind kind, const QUuid& recordId);
    /// The reviews of every self-evaluation of @p fiscalYear, oldest first, keyed by self-evaluation id.
    Result<QHash<QUuid, QList<Review>>> ofEvaluationsOfYear(int fiscalYear);
};

} // namespace jx
