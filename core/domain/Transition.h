#pragma once

#include "core/domain/Actor.h"
#include "core/domain/RecordMeta.h"
#include "core/domain/Types.h"

#include <QDateTime>
#include <QString>

namespace jx {

/// One step of a record's workflow, with who took it, when and why.
struct Transition
{
    RecordMeta meta; ///< owner: the acting agency
    RecordKind recordKind = RecordKind::TargetSet;
    QUuid recordId;
    RecordStatus from = RecordStatus::Draft;
    RecordStatus to = RecordStatus::Submitted;
    Actor actor;
    QString comment;
    QDateTime at; ///< UTC
    /// Place in the record's history (1, 2, …): orders steps taken in the same instant. 0 until saved.
    int step = 0;
};

} // namespace jx
