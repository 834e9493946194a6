#pragma once

#include "core/io/TemplateLayout.h"
#include "core/io/XlsxReader.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace jx {

class Workspace;

/// What is wrong with one cell (or a row, a column, a sheet, the file) of a filled-in template.
struct TemplateProblem
{
    QString sheet;   ///< empty for the file as a whole
    int row = 0;     ///< Excel's 1-based row; 0 for a sheet or the file
    int column = 0;  ///< 1-based; 0 for a whole row or sheet
    QString header;  ///< the column's header text
    QString reason;  ///< translated

    /// "G5", or "" when the problem is not in one cell.
    QString cell() const;
    /// "sheet!G5: header: reason", the CLI's line.
    QString line() const;
};

/// What an import did, or (dry run, or problems) would have done.
struct TemplateImportResult
{
    std::optional<TemplateKind> kind;
    int fiscalYear = 0;
    int month = 0;
    QString agencyName;
    int programs = 0; ///< programs in the workbook
    int rows = 0;     ///< data rows read
    int created = 0;  ///< records (target sets, reports, self-evaluations) created
    int updated = 0;
    int unchanged = 0;
    bool dryRun = false;
    bool written = false; ///< committed to the database
    QList<TemplateProblem> problems;

    bool ok() const { return problems.isEmpty(); }
};

/**
 * Imports a filled-in template written by TemplateWorkbook. Every sheet, header and row is checked
 * first and every problem collected (sheet, row, column, reason), not only the first; with any
 * problem nothing is written. Otherwise every changed record is saved through the Workspace (the
 * same checks as the editors: who acts, editable state, Validation) in one transaction: all of it
 * lands or none. A record whose revision changed since the export is a problem (a stale template),
 * never silently overwritten; an unchanged template changes nothing. A dry run does the same work
 * and rolls it back.
 */
class TemplateImporter
{
    Q_DECLARE_TR_FUNCTIONS(TemplateImporter)

public:
    /// Steps done and in all; return false to cancel.
    using Progress = std::function<bool(int done, int total)>;

    struct Options
    {
        bool dryRun = false;
        XlsxReader::Limits limits;
        Progress progress;
    };

    static TemplateImportResult run(Workspace& workspace, const QString& path, const Options& options);
    static TemplateImportResult run(Workspace& workspace, const QString& path, bool dryRun = false)
    {
        Options o;
        o.dryRun = dryRun;
        return run(workspace, path, o);
    }
};

} // namespace jx
