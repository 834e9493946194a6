#pragma once

#include "core/storage/TableStore.h"
#include "core/storage/Tables.h"

#include <QCoreApplication>

namespace jx {

/// 财政审核: reviews by finance bureaus of submitted records.
class ReviewRepository
{
    Q_DECLARE_TR_FUNCTIONS(ReviewRepository)

public:
    explicit ReviewRepository(Database& db);

    Result<void> save(Review& review);
    Result<std::optional<Review>> find(const QUuid& id);
    /// The reviews of one record, oldest first.
    Result<QList<Review>> ofRecord(RecordKind kind, const QUuid& recordId);
    Result<void> remove(const QUuid& id);

private:
    TableStore<Review> m_store;
};

} // namespace jx
