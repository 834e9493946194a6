#pragma once

#include "core/domain/Result.h"
#include "core/storage/SubjectQuery.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

namespace jx {

class Database;

enum class ListFileFormat
{
    Csv,  ///< UTF-8 with a byte order mark, so that Excel reads Chinese correctly
    Xlsx, ///< Office Open XML workbook, written as a stream (libxlsxwriter, constant memory)
};

/// A list as it is shown: its filter, its order, its columns and the unit of its amounts.
struct ListExportRequest
{
    SubjectFilter filter;
    SubjectSort sort;
    QList<SubjectField> fields;
    MoneyUnit unit = MoneyUnit::TenThousandYuan;
    ListFileFormat format = ListFileFormat::Xlsx;
    QString path;
    QString title; ///< the sheet's name (xlsx)
};

/**
 * Writes a subject list to a .csv or .xlsx file, row by row: the ids in the list's order are read
 * once, then the rows in windows, so that memory stays small at 300,000 rows. The file appears
 * only when it is complete (written beside it, then renamed); a failure or a cancel leaves no file.
 */
class SubjectListExporter
{
    Q_DECLARE_TR_FUNCTIONS(SubjectListExporter)

public:
    /// Rows done and rows in all; return false to cancel.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    /// Writes the list; the number of rows written.
    static Result<qint64> write(Database& db, const ListExportRequest& request, const Progress& progress = {});
    /// Whether @p path names a format by its suffix (.csv, .xlsx).
    static std::optional<ListFileFormat> formatOf(const QString& path);
};

} // namespace jx
