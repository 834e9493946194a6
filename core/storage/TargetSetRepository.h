#pragma once

#include "core/domain/Indicator.h"
#include "core/domain/Result.h"
#include "core/storage/RecordStore.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace jx {

/// 绩效目标: target sets with their indicators.
class TargetSetRepository
{
    Q_DECLARE_TR_FUNCTIONS(TargetSetRepository)

public:
    explicit TargetSetRepository(Database& db);

    /**
     * Saves the set and its indicators in one transaction. Indicators no longer in the list
     * become tombstones; new ones get ids. All or nothing.
     */
    Result<void> save(TargetSet& set);
    /// The set with its live indicators in order.
    Result<std::optional<TargetSet>> find(const QUuid& id);
    Result<std::optional<TargetSet>> ofSubject(const QUuid& subjectId, int fiscalYear);
    Result<QList<Indicator>> indicators(const QUuid& targetSetId);
    Result<void> remove(const QUuid& id);

private:
    Result<void> saveIndicator(Indicator& indicator, const QUuid& ownerId);

    RecordStore m_sets;
    RecordStore m_indicators;
};

} // namespace jx
