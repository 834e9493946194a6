#pragma once

#include <QDateTime>
#include <QUuid>

namespace jx {

/**
 * What every record that can travel between installations carries: a UUID, the agency that
 * authors it, a revision counter and the time of the last change. A deleted record stays
 * as a tombstone (deleted = true) so that the deletion can travel too.
 */
struct RecordMeta
{
    QUuid id;
    QUuid ownerId;
    qint64 revision = 0; ///< 0 until first saved
    QDateTime modifiedAt; ///< UTC
    bool deleted = false;
};

} // namespace jx
