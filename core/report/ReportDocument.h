#pragma once

#include "core/domain/Money.h"
#include "core/domain/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <functional>

namespace jx {

/**
 * What a report is, independent of how it is rendered: sheets of cells laid out as the
 * official forms lay them out (merged headers, label columns, signature lines). The core
 * assembles documents from the database (core/report); writers turn them into .xlsx, .csv
 * and .html (core/io) and the GUI into PDF, print and preview (ui/report). A renderer never
 * computes a figure: every number in a report is in its cells.
 */

/// How a cell's value reads and is written.
enum class ReportCellKind
{
    Empty,   ///< nothing (a blank field of a form, e.g. a signature to be written by hand)
    Covered, ///< part of a merged range whose value is in the range's top-left cell
    Text,    ///< text
    Money,   ///< an amount: number is 分; shown in the document's unit, 2 decimals
    Number,  ///< a decimal: number / 10^decimals (scores, indicator values, counts)
    Percent, ///< a percentage: number / 10^decimals percent, e.g. 8523 with 2 decimals = 85.23%
};

/// What part of a form a cell is; renderers map roles to fonts, fills, borders and alignment.
enum class ReportCellRole
{
    Body,   ///< a value (left for text, right for figures)
    Header, ///< a column or block header: bold, centred, shaded
    Label,  ///< a row label inside the grid (e.g. "年度资金总额"): bold, centred
    Total,  ///< a total row's value: bold
    Note,   ///< a remark inside the grid (small, left, wrapped)
};

struct ReportCell
{
    ReportCellKind kind = ReportCellKind::Empty;
    ReportCellRole role = ReportCellRole::Body;
    QString text;         ///< Text: the text
    qint64 number = 0;    ///< Money: 分; Number / Percent: the scaled value
    int decimals = 2;     ///< Number / Percent: digits after the point
    int rowSpan = 1;      ///< a merged range starting here; the cells it covers are Covered
    int colSpan = 1;

    static ReportCell empty(ReportCellRole role = ReportCellRole::Body)
    {
        ReportCell c;
        c.role = role;
        return c;
    }
    static ReportCell textCell(const QString& text, ReportCellRole role = ReportCellRole::Body)
    {
        ReportCell c;
        c.kind = ReportCellKind::Text;
        c.role = role;
        c.text = text;
        return c;
    }
    static ReportCell money(jx::Money amount, ReportCellRole role = ReportCellRole::Body)
    {
        ReportCell c;
        c.kind = ReportCellKind::Money;
        c.role = role;
        c.number = amount.fen();
        return c;
    }
    static ReportCell decimal(qint64 scaled, int decimals, ReportCellRole role = ReportCellRole::Body)
    {
        ReportCell c;
        c.kind = ReportCellKind::Number;
        c.role = role;
        c.number = scaled;
        c.decimals = decimals;
        return c;
    }
    static ReportCell percent(qint64 scaled, int decimals, ReportCellRole role = ReportCellRole::Body)
    {
        ReportCell c = decimal(scaled, decimals, role);
        c.kind = ReportCellKind::Percent;
        return c;
    }
};

using ReportRow = QList<ReportCell>;

/// Receives streamed rows one at a time; returns false to stop (cancel).
using ReportRowSink = std::function<bool(const ReportRow& row)>;

/**
 * One sheet of a workbook, one table of a printed form. Layout from top to bottom:
 * title, the preamble line (left: e.g. "填报单位（盖章）：…", right: e.g. "单位：万元"), the grid
 * (its first headerRows rows repeat on every printed page), the streamed rows if any, then the
 * footer lines (signature lines such as "单位负责人：        填表人：        填报日期：").
 */
struct ReportSheet
{
    QString name;                ///< the sheet's tab name (≤ 31 characters, no []:*?/\)
    QString title;               ///< the form's title, e.g. "项目支出绩效自评表"
    QString subtitle;            ///< e.g. "（2025年度）"; may be empty
    QString preambleLeft;        ///< e.g. "填报单位（盖章）：县教育局"
    QString preambleRight;       ///< e.g. "单位：万元"
    QList<int> columnWidths;     ///< per column, in characters (≈ width of one CJK character = 2)
    int headerRows = 0;          ///< how many leading grid rows are headers (repeated on each page)
    QList<ReportRow> rows;       ///< every row has one cell per column (Covered inside merges)
    QStringList footerLines;     ///< signature lines and notes under the grid
    bool landscape = false;      ///< printed across the page

    /**
     * Rows too many to hold (a region-wide list): produced after rows, one at a time, each with
     * one cell per column and no merges. Returns the rows produced or an error; stops early when
     * the sink returns false. Null when the sheet has no streamed part.
     */
    std::function<Result<qint64>(const ReportRowSink& sink)> stream;
    qint64 streamRowEstimate = 0; ///< for progress; 0 when unknown

    int columnCount() const { return int(columnWidths.size()); }

    /// Puts @p cell at (@p row, @p column) with its span, growing the grid and marking the
    /// cells the span covers as Covered.
    void set(int row, int column, ReportCell cell)
    {
        const int needRows = row + cell.rowSpan;
        const int columns = std::max(columnCount(), column + cell.colSpan);
        while (columnWidths.size() < columns)
            columnWidths.append(10);
        while (rows.size() < needRows)
            rows.append(ReportRow(columns));
        for (ReportRow& r : rows)
            while (r.size() < columns)
                r.append(ReportCell{});
        for (int r = row; r < row + cell.rowSpan; ++r)
            for (int c = column; c < column + cell.colSpan; ++c)
                if (r != row || c != column) {
                    ReportCell covered = ReportCell::empty(cell.role);
                    covered.kind = ReportCellKind::Covered;
                    rows[r][c] = covered;
                }
        rows[row][column] = std::move(cell);
    }
};

/// A whole report: one or more sheets (one workbook, one printed document).
struct ReportDocument
{
    QString name;                ///< the catalog name, e.g. "self-evaluation"
    QString title;               ///< the translated title, used as the file's title
    MoneyUnit unit = MoneyUnit::TenThousandYuan; ///< how Money cells read
    QDateTime generatedAt;       ///< when it was assembled (shown in the footer of a print)
    QList<ReportSheet> sheets;
};

} // namespace jx
