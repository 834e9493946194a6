#pragma once

#include "core/domain/Result.h"
#include "core/report/ReportDocument.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

namespace jx {

/**
 * Writes a ReportDocument as a PDF laid out by ReportRenderer. Needs a QGuiApplication (fonts);
 * the command line runs one on the offscreen platform. The file appears only when complete
 * (written beside it, then renamed); a failure or a cancel leaves no file.
 */
class ReportPdf
{
    Q_DECLARE_TR_FUNCTIONS(ReportPdf)

public:
    /// Rows laid out and rows expected (0 when unknown); return false to cancel.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    /// Writes @p document to @p path; the number of pages.
    static Result<int> write(const ReportDocument& document, const QString& path, const Progress& progress = {});
};

} // namespace jx
