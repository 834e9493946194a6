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
};

} // namespace jx
