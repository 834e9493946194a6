#pragma once

#include "core/domain/RecordMeta.h"
#include "core/domain/Types.h"

#include <QList>
#include <QString>

#include <optional>

namespace jx {

/// A level-1 or level-2 category of an indicator framework (共性指标框架), per fiscal year.
struct IndicatorCategory
{
    RecordMeta meta;
    FrameworkKind framework = FrameworkKind::ProgramTargets;
    int fiscalYear = 0;
    QUuid parentId;    ///< null for level 1
    int level = 1;
    QString name;
    double weight = 0; ///< default weight of a level-1 class in self-evaluation (points), 0 if none
    bool required = false; ///< a level-1 class every target set must have an indicator in
    int sortOrder = 0;
};

/// An entry of a department or sector indicator library (指标库), inside a level-2 category.
struct IndicatorLibraryEntry
{
    RecordMeta meta;
    QUuid categoryId;
    QString sector; ///< function class code the library serves, empty for all
    QString name;
    IndicatorOperator op = IndicatorOperator::AtLeast;
    QString unit;
    QString description;
};

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

/// 绩效目标: the overall objective and the indicators of one subject for one year.
struct TargetSet
{
    RecordMeta meta;
    QUuid subjectId;
    int fiscalYear = 0;
    QString receivingDivisionCode; ///< special transfers: the division receiving the funds
    QString objectiveAnnual;       ///< 年度总体目标
    QString objectiveMidTerm;      ///< 中期目标
    RecordStatus status = RecordStatus::Draft;
    QList<Indicator> indicators;
};

} // namespace jx
