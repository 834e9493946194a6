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

/**
 * A new record id: a time-ordered UUID (version 7: 48 bits of Unix milliseconds, then random
 * bits, RFC 9562), increasing within this process even inside one millisecond. Records are
 * keyed by id in B-trees everywhere; ids that grow with time append to those trees instead of
 * scattering writes over them (a county's bulk writes touch far fewer pages), and they still
 * never collide between installations.
 */
QUuid newRecordId();

/// A version-7 UUID from @p unixMs and 74 bits of @p random (for deterministic ids, e.g. the demo).
QUuid recordIdAt(qint64 unixMs, quint64 randomHigh, quint64 randomLow);

} // namespace jx
