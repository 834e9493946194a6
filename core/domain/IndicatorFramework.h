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
    QUuid parentId; ///< null for level 1
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

} // namespace jx
