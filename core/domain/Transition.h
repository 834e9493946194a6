#pragma once

#include "core/domain/RecordMeta.h"
#include "core/domain/Types.h"

#include <QDateTime>
#include <QString>

namespace jx {

/// Who acts: a named user with a role inside an agency.
struct Actor
{
    QString name;
    Role role = Role::UnitPreparer;
    QUuid agencyId;
};

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
