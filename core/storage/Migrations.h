#pragma once

#include "core/domain/Result.h"

#include <QList>
#include <QString>

namespace jx {

class Database;

/// One cumulative schema step; applied inside a transaction, then PRAGMA user_version = version.
struct Migration
{
    int version;
    QString description;
    Result<void> (*apply)(Database&);
};

/// All steps in order; the last one is the current schema version.
const QList<Migration>& migrations();

} // namespace jx
