#include "core/io/XlsxPartFile.h"

#include <QFile>

#include <xlsxwriter.h>

namespace jx {

std::optional<QString> closeWorkbookInto(lxw_workbook*& book, const QString& part, const QString& path)
{
    const lxw_error e = workbook_close(book);
    book = nullptr;
    if (e != LXW_NO_ERROR) {
        QFile::remove(part);
        return QString::fromUtf8(lxw_strerror(e));
    }
    QFile::remove(path);
    if (!QFile::rename(part, path)) {
        QFile::remove(part);
        return QString();
    }
    return std::nullopt;
}

} // namespace jx
