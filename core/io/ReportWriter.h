#pragma once

#include "core/domain/Result.h"
#include "core/report/ReportDocument.h"

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <optional>

namespace jx {

/// The file formats the core writes a report in; PDF and print are rendered by ui/report.
enum class ReportFormat
{
    Xlsx, ///< a workbook laid out as the form (merged headers, number formats); streamed sheets in constant memory
    Csv,  ///< UTF-8 with a byte order mark; one block per sheet
    Html, ///< one self-contained page, tables with the form's merges
};

/**
 * Writes a ReportDocument to a file. The file appears only when complete (written beside it,
 * then renamed); a failure or a cancel leaves no file and names the file at fault.
 */
class ReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(ReportWriter)

public:
    /// Rows written and rows expected (0 when unknown); return false to cancel.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    /// Writes @p document; the number of rows written, streamed rows included.
    static Result<qint64> write(const ReportDocument& document, ReportFormat format, const QString& path,
                                const Progress& progress = {});
    /// The format named by @p path's suffix (.xlsx, .csv, .html / .htm).
    static std::optional<ReportFormat> formatOf(const QString& path);

    // Added for the writers and the renderers of ui/report (backward compatible): how a cell reads,
    // said once, so that a workbook, a page and a print show the same figures.

    /// A cell as people read it: amounts in @p unit with thousands separators and 2 decimals
    /// (万元 rounded half away from zero, as Money::format), numbers with their decimals,
    /// percentages with "%"; empty for Empty and Covered cells.
    static QString text(const ReportCell& cell, MoneyUnit unit);
    /// The same without thousands separators (for .csv, where a spreadsheet reads it as a number).
    static QString plainText(const ReportCell& cell, MoneyUnit unit);
    /// The value a spreadsheet holds for a figure: amounts in @p unit exactly as text() rounds them,
    /// numbers divided by 10^decimals, percentages as a fraction (85.23% is 0.8523, shown with a
    /// "0.00%" number format); none for text and empty cells.
    static std::optional<double> value(const ReportCell& cell, MoneyUnit unit);
};

} // namespace jx
