#include "core/domain/RecordMeta.h"

#include <QDateTime>
#include <QMutex>
#include <QRandomGenerator>

namespace jx {

QUuid recordIdAt(qint64 unixMs, quint64 randomHigh, quint64 randomLow)
{
    const quint64 ms = quint64(unixMs) & 0xFFFF'FFFF'FFFFULL;
    return QUuid(uint(ms >> 16), ushort(ms & 0xFFFF), ushort(0x7000 | (randomHigh & 0x0FFF)),
        uchar(0x80 | ((randomLow >> 56) & 0x3F)), uchar(randomLow >> 48), uchar(randomLow >> 40),
        uchar(randomLow >> 32), uchar(randomLow >> 24), uchar(randomLow >> 16), uchar(randomLow >> 8),
        uchar(randomLow));
}

QUuid newRecordId()
{
    // Within one millisecond the 12 bits after the version count up (then borrow the next
    // millisecond), so that ids made by this process always increase.
    static QMutex mutex;
    static qint64 lastMs = 0;
    static quint64 sequence = 0;
    qint64 ms = QDateTime::currentMSecsSinceEpoch();
    quint64 seq = 0;
    {
        QMutexLocker lock(&mutex);
        if (ms <= lastMs) {
            ms = lastMs;
            if (++sequence > 0x0FFF) {
                ++ms;
                sequence = 0;
            }
        } else {
            sequence = QRandomGenerator::global()->bounded(0x0800u); // leaves room to count up
        }
        lastMs = ms;
        seq = sequence;
    }
    return recordIdAt(ms, seq, QRandomGenerator::global()->generate64());
}

} // namespace jx
