#include "core/io/ReportWriter.h"

#include "core/io/ReportCsvWriter.h"
#include "core/io/ReportHtmlWriter.h"
#include "core/io/ReportXlsxWriter.h"

#include <QFileInfo>

#include <cmath>

namespace jx {

namespace {

qint64 powerOfTen(int decimals)
{
    qint64 p = 1;
    for (int i = 0; i < decimals; ++i)
        p *= 10;
    return p;
}

// The digits of number / 10^decimals, exactly (no floating point), with or without separators.
QString scaledText(qint64 number, int decimals, bool grouped)
{
    decimals = std::clamp(decimals, 0, 9);
    const bool negative = number < 0;
    const quint64 magnitude = negative ? quint64(0) - quint64(number) : quint64(number);
    const quint64 scale = quint64(powerOfTen(decimals));
    QString whole = QString::number(magnitude / scale);
    if (grouped) {
        for (qsizetype i = whole.size() - 3; i > 0; i -= 3)
            whole.insert(i, QLatin1Char(','));
    }
    QString out = (negative ? QStringLiteral("-") : QString()) + whole;
    if (decimals > 0)
        out += QLatin1Char('.') + QStringLiteral("%1").arg(magnitude % scale, decimals, 10, QLatin1Char('0'));
    return out;
}

// Hundredths of the unit, as Money::format rounds them.
qint64 hundredths(qint64 fen, MoneyUnit unit)
{
    return unit == MoneyUnit::TenThousandYuan ? divideRounded(fen, 10'000) : fen;
}

QString cellText(const ReportCell& cell, MoneyUnit unit, bool grouped)
{
    switch (cell.kind) {
    case ReportCellKind::Empty:
    case ReportCellKind::Covered:
        return {};
    case ReportCellKind::Text:
        return cell.text;
    case ReportCellKind::Money:
        return scaledText(hundredths(cell.number, unit), 2, grouped);
    case ReportCellKind::Number:
        return scaledText(cell.number, cell.decimals, grouped);
    case ReportCellKind::Percent:
        return scaledText(cell.number, cell.decimals, false) + QLatin1Char('%');
    }
    return {};
}

} // namespace

Result<qint64> ReportWriter::write(const ReportDocument& document, ReportFormat format, const QString& path,
                                   const Progress& progress)
{
    if (document.sheets.isEmpty())
        return makeError(Error::Code::Invalid, tr("The report has nothing to write."));
    switch (format) {
    case ReportFormat::Xlsx:
        return ReportXlsxWriter::write(document, path, progress);
    case ReportFormat::Csv:
        return ReportCsvWriter::write(document, path, progress);
    case ReportFormat::Html:
        return ReportHtmlWriter::write(document, path, progress);
    }
    return makeError(Error::Code::Invalid, tr("Unknown report format."));
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

QString ReportWriter::text(const ReportCell& cell, MoneyUnit unit)
{
    return cellText(cell, unit, true);
}

QString ReportWriter::plainText(const ReportCell& cell, MoneyUnit unit)
{
    return cellText(cell, unit, false);
}

std::optional<double> ReportWriter::value(const ReportCell& cell, MoneyUnit unit)
{
    switch (cell.kind) {
    case ReportCellKind::Money:
        // The rounded hundredths divided once: the double nearest to the decimal shown.
        return double(hundredths(cell.number, unit)) / 100.0;
    case ReportCellKind::Number:
        return double(cell.number) / double(powerOfTen(std::clamp(cell.decimals, 0, 9)));
    case ReportCellKind::Percent:
        return double(cell.number) / double(powerOfTen(std::clamp(cell.decimals, 0, 9) + 2));
    default:
        return std::nullopt;
    }
}

} // namespace jx
