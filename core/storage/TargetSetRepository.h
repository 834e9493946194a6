#pragma once

#include "core/storage/TableStore.h"
#include "core/storage/Tables.h"

namespace jx {

/// 绩效目标: target sets with their indicators.
class TargetSetRepository
{
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
    /**
     * The live sets of a year with their indicators, read in two queries: for each subject the
     * one ofSubject() gives (the latest), keyed by subject id.
     */
    Result<QHash<QUuid, TargetSet>> ofYear(int fiscalYear);
    Result<void> remove(const QUuid& id);

private:
    Result<std::optional<TargetSet>> withIndicators(Result<std::optional<TargetSet>> set);

    TableStore<TargetSet> m_sets;
    TableStore<Indicator> m_indicators;
};

} // namespace jx
