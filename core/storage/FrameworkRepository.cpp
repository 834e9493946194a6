#include "core/storage/FrameworkRepository.h"

#include "core/domain/Validation.h"

namespace jx {

FrameworkRepository::FrameworkRepository(Database& db)
    : m_categories(db, Tables::indicatorCategory())
    , m_entries(db, Tables::libraryEntry())
{
}

Result<void> FrameworkRepository::save(IndicatorCategory& c)
{
    if (Result<void> r = Validation::check(c); !r)
        return r;
    return m_categories.save(c, tr("indicator category “%1”").arg(c.name));
}

Result<void> FrameworkRepository::save(IndicatorLibraryEntry& e)
{
    if (Result<void> r = Validation::check(e); !r)
        return r;
    return m_entries.save(e, tr("library indicator “%1”").arg(e.name));
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
    return m_categories.list(
        QStringLiteral("WHERE framework = ? AND deleted = 0 AND fiscal_year = (SELECT max(fiscal_year) FROM"
                       " indicator_category WHERE framework = ? AND fiscal_year <= ? AND deleted = 0)"
                       " ORDER BY level, sort_order, name"),
        { static_cast<int>(kind), static_cast<int>(kind), fiscalYear });
}

Result<QList<IndicatorLibraryEntry>> FrameworkRepository::library(const QUuid& categoryId)
{
    return m_entries.list(QStringLiteral("WHERE category_id = ? AND deleted = 0 ORDER BY name, id"),
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
    return m_categories.remove(id, tr("indicator category %1").arg(id.toString(QUuid::WithoutBraces)));
}

Result<void> FrameworkRepository::removeEntry(const QUuid& id)
{
    return m_entries.remove(id, tr("library indicator %1").arg(id.toString(QUuid::WithoutBraces)));
}

} // namespace jx
