#pragma once

#include "core/domain/RecordMeta.h"
#include "core/domain/Types.h"

#include <QList>
#include <QString>

#include <optional>

namespace jx {

/// 绩效指标: a level-3 indicator in a target set.
struct Indicator
{
    RecordMeta meta;
    QUuid targetSetId;
    QUuid categoryId; ///< level-2 category
    QUuid libraryEntryId; ///< when picked from the library
    QString name;
    IndicatorOperator op = IndicatorOperator::AtLeast;
    std::optional<double> targetValue; ///< quantitative indicators
    QString targetText;                ///< qualitative indicators, or the value as written
    QString unit;
    double weight = 0;                 ///< score points
    QString content;                   ///< 指标内容 / 解释
    EvaluationStandard standard = EvaluationStandard::Plan;
    QString baseline;
    QString dataSource;
    int sortOrder = 0;

    /// Lower values are better for ≤ and ＜ indicators.
    bool lowerIsBetter() const { return op == IndicatorOperator::AtMost || op == IndicatorOperator::LessThan; }
    bool isQualitative() const { return op == IndicatorOperator::Qualitative; }
};

} // namespace jx
