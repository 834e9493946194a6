#include "core/storage/FrameworkRepository.h"

#include "core/domain/Validation.h"
#include "core/storage/Database.h"

namespace jx {

namespace {

IndicatorCategory readCategory(const QSqlQuery& q)
{
    constexpr int b = RecordStore::MetaColumnCount;
    IndicatorCategory c;
    c.meta = RecordStore::readMeta(q);
    c.framework = static_cast<FrameworkKind>(q.value(b).toInt());
    c.fiscalYear = q.value(b + 1).toInt();
    c.parentId = RecordStore::uuidAt(q, b + 2);
    c.level = q.value(b + 3).toInt();
    c.name = q.value(b + 4).toString();
    c.weight = q.value(b + 5).toDouble();
    c.required = q.value(b + 6).toBool();
    c.sortOrder = q.value(b + 7).toInt();
    return c;
}

IndicatorLibraryEntry readEntry(const QSqlQuery& q)
{
    constexpr int b = RecordStore::MetaColumnCount;
    IndicatorLibraryEntry e;
    e.meta = RecordStore::readMeta(q);
    e.categoryId = RecordStore::uuidAt(q, b);
    e.sector = q.value(b + 1).toString();
    e.name = q.value(b + 2).toString();
    e.op = static_cast<IndicatorOperator>(q.value(b + 3).toInt());
    e.unit = q.value(b + 4).toString();
    e.description = q.value(b + 5).toString();
    return e;
}

} // namespace

FrameworkRepository::FrameworkRepository(Database& db)
    : m_categories(db, QStringLiteral("indicator_category"),
                   { QStringLiteral("framework"), QStringLiteral("fiscal_year"), QStringLiteral("parent_id"),
                     QStringLiteral("level"), QStringLiteral("name"), QStringLiteral("weight"),
                     QStringLiteral("required"), QStringLiteral("sort_order") })
    , m_entries(db, QStringLiteral("indicator_library_entry"),
                { QStringLiteral("category_id"), QStringLiteral("sector"), QStringLiteral("name"),
                  QStringLiteral("operator"), QStringLiteral("unit"), QStringLiteral("description") })
{
}

Result<void> FrameworkRepository::save(IndicatorCategory& c)
{
    if (Result<void> r = Validation::check(c); !r)
        return r;
    const QList<Reference> refs = {
        { tr("parent category"), QStringLiteral("indicator_category"), QStringLiteral("id"),
          RecordStore::idValue(c.parentId) },
        { tr("owner"), QStringLiteral("agency"), QStringLiteral("id"), RecordStore::idValue(c.meta.ownerId) },
    };
    return m_categories.save(c.meta,
                             { static_cast<int>(c.framework), c.fiscalYear, RecordStore::idValue(c.parentId), c.level,
                               c.name, c.weight, c.required ? 1 : 0, c.sortOrder },
                             tr("indicator category “%1”").arg(c.name), refs);
}

Result<void> FrameworkRepository::save(IndicatorLibraryEntry& e)
{
    if (Result<void> r = Validation::check(e); !r)
        return r;
    const QList<Reference> refs = {
        { tr("category"), QStringLiteral("indicator_category"), QStringLiteral("id"),
          RecordStore::idValue(e.categoryId) },
        { tr("owner"), QStringLiteral("agency"), QStringLiteral("id"), RecordStore::idValue(e.meta.ownerId) },
    };
    return m_entries.save(e.meta,
                          { RecordStore::idValue(e.categoryId), textOrNull(e.sector), e.name, static_cast<int>(e.op),
                            textOrNull(e.unit), textOrNull(e.description) },
                          tr("library indicator “%1”").arg(e.name), refs);
}

Result<std::optional<IndicatorCategory>> FrameworkRepository::findCategory(const QUuid& id)
{
    Result<QSqlQuery*> q = m_categories.select(QStringLiteral("WHERE id = ?"), { RecordStore::idValue(id) });
    if (!q)
        return q.error();
    if (!(*q)->next())
        return std::optional<IndicatorCategory>();
    return std::optional<IndicatorCategory>(readCategory(**q));
}

Result<std::optional<IndicatorLibraryEntry>> FrameworkRepository::findEntry(const QUuid& id)
{
    Result<QSqlQuery*> q = m_entries.select(QStringLiteral("WHERE id = ?"), { RecordStore::idValue(id) });
    if (!q)
        return q.error();
    if (!(*q)->next())
        return std::optional<IndicatorLibraryEntry>();
    return std::optional<IndicatorLibraryEntry>(readEntry(**q));
}

Result<QList<IndicatorCategory>> FrameworkRepository::categories(FrameworkKind kind, int fiscalYear)
{
    Result<QSqlQuery*> q = m_categories.select(
        QStringLiteral("WHERE framework = ? AND deleted = 0 AND fiscal_year = (SELECT max(fiscal_year) FROM"
                       " indicator_category WHERE framework = ? AND fiscal_year <= ? AND deleted = 0)"
                       " ORDER BY level, sort_order, name"),
        { static_cast<int>(kind), static_cast<int>(kind), fiscalYear });
    if (!q)
        return q.error();
    QList<IndicatorCategory> out;
    while ((*q)->next())
        out << readCategory(**q);
    return out;
}

Result<QList<IndicatorLibraryEntry>> FrameworkRepository::library(const QUuid& categoryId)
{
    Result<QSqlQuery*> q = m_entries.select(QStringLiteral("WHERE category_id = ? AND deleted = 0 ORDER BY name, id"),
                                            { RecordStore::idValue(categoryId) });
    if (!q)
        return q.error();
    QList<IndicatorLibraryEntry> out;
    while ((*q)->next())
        out << readEntry(**q);
    return out;
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
    return m_categories.tombstone(id, tr("indicator category %1").arg(id.toString(QUuid::WithoutBraces)));
}

Result<void> FrameworkRepository::removeEntry(const QUuid& id)
{
    return m_entries.tombstone(id, tr("library indicator %1").arg(id.toString(QUuid::WithoutBraces)));
}

} // namespace jx
