#include "core/report/IndicatorGrid.h"

#include "core/domain/IndicatorFramework.h"
#include "core/storage/FrameworkRepository.h"

#include <QHash>

#include <algorithm>
#include <limits>

namespace jx {

Result<IndicatorGrid> IndicatorGrid::arrange(
    Database& db, FrameworkKind framework, int fiscalYear, const QList<Indicator>& indicators)
{
    FrameworkRepository frameworks(db);
    Result<QList<IndicatorCategory>> categories = frameworks.categories(framework, fiscalYear);
    if (!categories)
        return categories.error();
    QHash<QUuid, IndicatorCategory> byId;
    QHash<QUuid, int> rank; // position in the framework's order (level 1 first, then level 2)
    for (const IndicatorCategory& c : *categories) {
        byId.insert(c.meta.id, c);
        rank.insert(c.meta.id, int(rank.size()));
    }
    auto category = [&](const QUuid& id) -> Result<std::optional<IndicatorCategory>> {
        if (id.isNull())
            return std::optional<IndicatorCategory>();
        if (const auto it = byId.constFind(id); it != byId.constEnd())
            return std::optional<IndicatorCategory>(*it);
        Result<std::optional<IndicatorCategory>> found = frameworks.findCategory(id);
        if (!found)
            return found.error();
        if (found->has_value()) {
            byId.insert(id, **found);
            rank.insert(id, int(rank.size())); // not of this year's framework: after it, in the order met
        }
        return found;
    };

    struct Keyed
    {
        int levelOneRank;
        int levelTwoRank;
        int position;
        IndicatorLine line;
    };
    QList<Keyed> keyed;
    const int none = std::numeric_limits<int>::max();
    for (int k = 0; k < indicators.size(); ++k) {
        IndicatorLine line;
        line.indicator = indicators.at(k);
        Result<std::optional<IndicatorCategory>> c = category(line.indicator.categoryId);
        if (!c)
            return c.error();
        int oneRank = none;
        int twoRank = none;
        if (c->has_value()) {
            const IndicatorCategory& cat = **c;
            if (cat.level >= 2) {
                line.levelTwoId = cat.meta.id;
                line.levelTwo = cat.name;
                twoRank = rank.value(cat.meta.id, none);
                Result<std::optional<IndicatorCategory>> parent = category(cat.parentId);
                if (!parent)
                    return parent.error();
                if (parent->has_value()) {
                    line.levelOneId = (*parent)->meta.id;
                    line.levelOne = (*parent)->name;
                    oneRank = rank.value(line.levelOneId, none);
                }
            } else {
                line.levelOneId = cat.meta.id;
                line.levelOne = cat.name;
                oneRank = rank.value(cat.meta.id, none);
            }
        }
        keyed.append({ oneRank, twoRank, k, line });
    }
    std::stable_sort(keyed.begin(), keyed.end(), [](const Keyed& a, const Keyed& b) {
        if (a.levelOneRank != b.levelOneRank)
            return a.levelOneRank < b.levelOneRank;
        if (a.levelTwoRank != b.levelTwoRank)
            return a.levelTwoRank < b.levelTwoRank;
        return a.position < b.position;
    });
    IndicatorGrid grid;
    for (Keyed& k : keyed)
        grid.m_lines.append(std::move(k.line));
    return grid;
}

void IndicatorGrid::writeLevels(ReportSheet& sheet, int firstRow, int levelOneColumn, int levelTwoColumn) const
{
    auto cell = [](const QString& name, int span) {
        ReportCell c = name.isEmpty() ? ReportCell::empty(ReportCellRole::Label)
                                      : ReportCell::textCell(name, ReportCellRole::Label);
        c.rowSpan = span;
        return c;
    };
    // A run is a stretch of lines of the same category; uncategorised lines stand alone.
    for (int start = 0; start < m_lines.size();) {
        int end = start + 1;
        const QUuid one = m_lines.at(start).levelOneId;
        while (!one.isNull() && end < m_lines.size() && m_lines.at(end).levelOneId == one)
            ++end;
        sheet.set(firstRow + start, levelOneColumn, cell(m_lines.at(start).levelOne, end - start));
        for (int s = start; s < end;) {
            int e = s + 1;
            const QUuid two = m_lines.at(s).levelTwoId;
            while (!two.isNull() && e < end && m_lines.at(e).levelTwoId == two)
                ++e;
            sheet.set(firstRow + s, levelTwoColumn, cell(m_lines.at(s).levelTwo, e - s));
            s = e;
        }
        start = end;
    }
}

} // namespace jx
