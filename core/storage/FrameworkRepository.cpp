#include "core/storage/FrameworkRepository.h"

namespace jx {

FrameworkRepository::FrameworkRepository(Database& db)
    : m_categories(db)
    , m_entries(db)
{
}

Result<void> FrameworkRepository::save(IndicatorCategory& c)
{
    return m_categories.save(c);
}

Result<void> FrameworkRepository::save(IndicatorLibraryEntry& e)
{
    return m_entries.save(e);
}

Result<std::optional<IndicatorCategory>> FrameworkRepository::findCategory(const QUuid& id)
{
    return m_categories.find(id);
}

Result<std::optional<IndicatorLibraryEntry>> FrameworkRepository::findEntry(const QUuid& id)
{
    return m_entries.find(id);
}

Result<QList<IndicatorCategory>> FrameworkRepository::categories(FrameworkKind kind, int fiscalYear)
{
    return m_categories.store().list(
        QStringLiteral("WHERE framework = ? AND deleted = 0 AND fiscal_year = (SELECT max(fiscal_year) FROM"
                       " indicator_category WHERE framework = ? AND fiscal_year <= ? AND deleted = 0)"
                       " ORDER BY level, sort_order, name"),
        { static_cast<int>(kind), static_cast<int>(kind), fiscalYear });
}

Result<QList<IndicatorLibraryEntry>> FrameworkRepository::library(const QUuid& categoryId)
{
    return m_entries.store().list(QStringLiteral("WHERE category_id = ? AND deleted = 0 ORDER BY name, id"),
                          { RecordStore::idValue(categoryId) });
}

Result<QHash<QUuid, QString>> FrameworkRepository::levelOneNames(const QList<QUuid>& categoryIds)
{
    QHash<QUuid, QString> out;
    QHash<QUuid, IndicatorCategory> seen;
    for (const QUuid& start : categoryIds) {
        if (start.isNull() || out.contains(start))
            continue;
        QUuid id = start;
        for (int depth = 0; depth < 3 && !id.isNull(); ++depth) {
            if (!seen.contains(id)) {
                Result<std::optional<IndicatorCategory>> c = findCategory(id);
                if (!c)
                    return c.error();
                if (!c->has_value())
                    break;
                seen.insert(id, **c);
            }
            const IndicatorCategory& c = seen[id];
            if (c.level == 1) {
                out.insert(start, c.name);
                break;
            }
            id = c.parentId;
        }
    }
    return out;
}

Result<void> FrameworkRepository::removeCategory(const QUuid& id)
{
    return m_categories.remove(id);
}

Result<void> FrameworkRepository::removeEntry(const QUuid& id)
{
    return m_entries.remove(id);
}

} // namespace jx
