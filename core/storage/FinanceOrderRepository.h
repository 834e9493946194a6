#pragma once

#include "core/storage/TableStore.h"
#include "core/storage/Tables.h"

#include <QCoreApplication>

namespace jx {

/// Finance orders (整改, 暂缓, 停止) on programs.
class FinanceOrderRepository
{
    Q_DECLARE_TR_FUNCTIONS(FinanceOrderRepository)

public:
    explicit FinanceOrderRepository(Database& db);

    Result<void> save(FinanceOrder& order);
    Result<std::optional<FinanceOrder>> find(const QUuid& id);
    /// The orders of a subject, oldest first.
    Result<QList<FinanceOrder>> ofSubject(const QUuid& subjectId);
    /// The strongest order in force on a subject, if any.
    Result<std::optional<OrderKind>> inForce(const QUuid& subjectId);

private:
    TableStore<FinanceOrder> m_store;
};

} // namespace jx
