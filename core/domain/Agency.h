#pragma once

#include "core/domain/RecordMeta.h"
#include "core/domain/Types.h"

#include <QString>

namespace jx {

/// 财政部门 or 部门单位, in a division; a unit may belong to a parent unit (所属单位).
struct Agency
{
    RecordMeta meta;
    QString code; ///< local code
    QString name;
    AgencyKind kind = AgencyKind::BudgetUnit;
    QString divisionCode;
    QUuid parentId; ///< null when none
};

} // namespace jx
