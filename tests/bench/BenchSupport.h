#pragma once

// What every benchmark needs: stop with a message, unwrap a Result, time work, take medians
// and read the peak resident memory of the process.

#include "core/domain/Result.h"

#include <QElapsedTimer>
#include <QFile>
#include <QList>
#include <QString>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <functional>

namespace jx::bench {

/// The benchmark's name in its messages (set first thing in main()).
inline const char*& name()
{
    static const char* n = "bench";
    return n;
}

[[noreturn]] inline void die(const QString& what)
{
    std::fprintf(stderr, "%s: %s\n", name(), qPrintable(what));
    std::exit(1);
}

template <typename T> T check(Result<T> r, const char* what)
{
    if (!r)
        die(QStringLiteral("%1: %2").arg(QLatin1String(what), r.message()));
    return std::move(r.value());
}

inline void check(Result<void> r, const char* what)
{
    if (!r)
        die(QStringLiteral("%1: %2").arg(QLatin1String(what), r.message()));
}

inline double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

inline double seconds(const std::function<void()>& work)
{
    QElapsedTimer t;
    t.start();
    work();
    return t.nsecsElapsed() / 1e9;
}

/// Peak resident memory of this process so far, in MB (-1 when unknown).
inline double peakMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1;
}

} // namespace jx::bench
