// libFuzzer target: any bytes as a database file, opened as a user's File > Open or --db would.
// Opening must refuse or succeed, never crash.
#include "FuzzSupport.h"

#include "core/workspace/Workspace.h"

#include <QFile>
#include <QStringList>

using namespace jx;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    QTemporaryDir& dir = fuzz::setUp();
    const QString path = dir.filePath(QStringLiteral("open.jixiao"));
    for (const QString& p : QStringList { path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm"),
             path + QStringLiteral("-journal") })
        QFile::remove(p);
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return 0;
        f.write(reinterpret_cast<const char*>(data), qint64(size));
    }
    Result<std::unique_ptr<Workspace>> ws = Workspace::open(path);
    return 0;
}
