#pragma once

#include "core/domain/Indicator.h"
#include "core/domain/RecordMeta.h"
#include "core/domain/Types.h"

#include <QList>
#include <QString>

#include <optional>

namespace jx {

/// 绩效目标: the overall objective and the indicators of one subject for one year.
struct TargetSet
{
    RecordMeta meta;
    QUuid subjectId;
    int fiscalYear = 0;
    QString receivingDivisionCode; ///< special transfers: the division receiving the funds
    QString objectiveAnnual; ///< 年度总体目标
    QString objectiveMidTerm; ///< 中期目标
    RecordStatus status = RecordStatus::Draft;
    QList<Indicator> indicators;
};

} // namespace jx
