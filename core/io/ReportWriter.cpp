#include "core/io/ReportWriter.h"

#include <QFileInfo>

namespace jx {

Result<qint64> ReportWriter::write(const ReportDocument& document, ReportFormat format, const QString& path,
                                   const Progress& progress)
{
    Q_UNUSED(document)
    Q_UNUSED(format)
    Q_UNUSED(progress)
    return makeError(Error::Code::Invalid, tr("Reports cannot be written yet: %1").arg(path));
}

std::optional<ReportFormat> ReportWriter::formatOf(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("xlsx"))
        return ReportFormat::Xlsx;
    if (suffix == QLatin1String("csv"))
        return ReportFormat::Csv;
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm"))
        return ReportFormat::Html;
    return std::nullopt;
}

} // namespace jx
