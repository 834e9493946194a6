#pragma once

#include "core/domain/Types.h"

#include <QString>
#include <QUuid>

namespace jx {

/// Who acts: a named user with a role inside an agency.
struct Actor
{
    QString name;
    Role role = Role::UnitPreparer;
    QUuid agencyId;
};

} // namespace jx
