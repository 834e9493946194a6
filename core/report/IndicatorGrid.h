#pragma once

#include "core/domain/Indicator.h"
#include "core/domain/Result.h"
#include "core/domain/Types.h"
#include "core/report/ReportDocument.h"

#include <QList>
#include <QString>
#include <QUuid>

namespace jx {

class Database;

/// One row of an indicator grid: the level-1 and level-2 categories and the indicator (level 3).
struct IndicatorLine
{
    QUuid levelOneId;
    QString levelOne;
    QUuid levelTwoId; ///< null when the indicator is filed directly under a level-1 class
    QString levelTwo;
    Indicator indicator;
};

/**
 * The indicators of a target set as the forms list them: grouped by level-1 and level-2 category
 * in the order of the year's framework (categories of another year's framework, or none, after
 * them in the order met), the set's own order inside a category. Writes the level-1 and level-2
 * cells merged down over their indicators.
 */
class IndicatorGrid
{
public:
    static Result<IndicatorGrid> arrange(Database& db, FrameworkKind framework, int fiscalYear,
                                         const QList<Indicator>& indicators);

    const QList<IndicatorLine>& lines() const { return m_lines; }

    /// Puts the level-1 cells in @p levelOneColumn and the level-2 cells in @p levelTwoColumn of the
    /// rows from @p firstRow on (one per line), each merged down over its run of indicators.
    void writeLevels(ReportSheet& sheet, int firstRow, int levelOneColumn, int levelTwoColumn) const;

private:
    QList<IndicatorLine> m_lines;
};

} // namespace jx
