#pragma once

#include "core/io/ReportWriter.h"

namespace jx {

/// The Xlsx form of ReportWriter::write (see ReportWriter and docs/reports.md).
class ReportXlsxWriter
{
public:
    static Result<qint64> write(const ReportDocument& document, const QString& path,
                                const ReportWriter::Progress& progress);
};

} // namespace jx
