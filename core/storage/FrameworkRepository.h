#pragma once

#include "core/storage/RecordRepository.h"

#include <QHash>

namespace jx {

/// The common indicator framework (共性指标框架) and the indicator libraries inside it.
class FrameworkRepository
{
public:
    explicit FrameworkRepository(Database& db);

    Result<void> save(IndicatorCategory& category);
    Result<void> save(IndicatorLibraryEntry& entry);
    Result<std::optional<IndicatorCategory>> findCategory(const QUuid& id);
    Result<std::optional<IndicatorLibraryEntry>> findEntry(const QUuid& id);
    /// The framework in force in @p fiscalYear: that of the latest year not after it.
    Result<QList<IndicatorCategory>> categories(FrameworkKind kind, int fiscalYear);
    Result<QList<IndicatorLibraryEntry>> library(const QUuid& categoryId);
    /// The level-1 class name of each category (level 1 or 2, of any year); unknown ids are left out.
    Result<QHash<QUuid, QString>> levelOneNames(const QList<QUuid>& categoryIds);
    Result<void> removeCategory(const QUuid& id);
    Result<void> removeEntry(const QUuid& id);

private:
    RecordRepository<IndicatorCategory> m_categories;
    RecordRepository<IndicatorLibraryEntry> m_entries;
};

} // namespace jx
