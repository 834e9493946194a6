#include "ui/report/ReportPdf.h"

#include "ui/report/ReportRenderer.h"

#include <QDir>
#include <QPdfWriter>
#include <QSaveFile>

namespace jx {

Result<int> ReportPdf::write(const ReportDocument& document, const QString& path, const Progress& progress)
{
    const QString shown = QDir::toNativeSeparators(path);
    // QSaveFile writes beside the target and renames on commit: a cancel leaves nothing behind.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(Error::Code::Storage, tr("%1 could not be written: %2").arg(shown, file.errorString()));
    Result<int> pages = makeError(Error::Code::Invalid, QString());
    {
        QPdfWriter writer(&file);
        writer.setResolution(300);
        writer.setTitle(document.title);
        writer.setCreator(QStringLiteral("Jixiao"));
        pages = ReportRenderer::paint(document, writer, progress);
    }
    if (!pages) {
        file.cancelWriting();
        return pages;
    }
    if (!file.commit())
        return makeError(Error::Code::Storage, tr("%1 could not be written: %2").arg(shown, file.errorString()));
    return pages;
}

} // namespace jx
