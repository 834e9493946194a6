#pragma once

#include "core/storage/SubjectRecords.h"

#include <QCoreApplication>

namespace jx {

/// Finance orders (整改, 暂缓, 停止) on programs; those of a subject oldest first.
class FinanceOrderRepository : public SubjectRecords<FinanceOrder>
{
    Q_DECLARE_TR_FUNCTIONS(FinanceOrderRepository)

public:
    using SubjectRecords::SubjectRecords;

    /// Saves an order, which needs a reason; one with no time is issued now.
    Result<void> save(FinanceOrder& order);
    /// The strongest order in force on a subject, if any.
    Result<std::optional<OrderKind>> inForce(const QUuid& subjectId);

private:
    using SubjectRecords::remove; // an order is lifted (FinanceOrders), never removed
};

} // namespace jx
