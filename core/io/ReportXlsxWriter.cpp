#include "core/io/ReportXlsxWriter.h"

#include "core/io/ReportWriter_p.h"
#include "core/io/XlsxPartFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>

#include <xlsxwriter.h>

namespace jx {

using namespace reportwriter;

namespace {

constexpr lxw_color_t HeaderFill = 0xD9D9D9;

QString sheetNameOf(const ReportSheet& sheet, int index, QSet<QString>& taken)
{
    QString name = sheet.name.isEmpty() ? sheet.title : sheet.name;
    for (QChar c : QStringLiteral("[]:*?/\\"))
        name.remove(c);
    name = name.trimmed().left(31);
    if (name.isEmpty() || name.startsWith(QLatin1Char('\'')))
        name = QStringLiteral("Sheet%1").arg(index + 1);
    // Excel compares sheet names without case; a second sheet of the same name gets a number.
    QString unique = name;
    for (int n = 2; taken.contains(unique.toLower()); ++n) {
        const QString suffix = QStringLiteral(" (%1)").arg(n);
        unique = name.left(31 - suffix.size()) + suffix;
    }
    taken.insert(unique.toLower());
    return unique;
}

/**
 * One workbook in constant-memory mode: each worksheet keeps only its current row and writes
 * the rows before it to a temporary file when a cell of a later row is written. A row once left
 * cannot be written again, so every sheet is written top to bottom, and a merged range is
 * registered when its last row is reached. worksheet_merge_range also writes its first cell (blank)
 * and pads the range with blanks: a range within one row is registered before the row's cells,
 * which then write the value again; a range over several rows after the cells of its last row,
 * when the writes into the rows already left are refused (and ignored) and those into the current
 * row only blank cells that are covered anyway.
 */
class XlsxBook
{
public:
    XlsxBook(const ReportDocument& document, const QString& path, const ReportWriter::Progress& progress)
        : m_document(document)
        , m_path(path)
        , m_part(path + QStringLiteral(".part"))
        , m_progress(progress, document)
    {
    }
    ~XlsxBook()
    {
        if (m_book) {
            workbook_close(m_book);
            QFile::remove(m_part);
        }
    }

    Result<qint64> write()
    {
        // libxlsxwriter creates the file only when the workbook is closed, after every row: a folder
        // that is not there is named before the rows are read.
        const QFileInfo folder(QFileInfo(m_path).absolutePath());
        if (!folder.isDir() || !folder.isWritable())
            return writeError(m_path, ReportWriter::tr("the folder %1 does not exist or cannot be written")
                                          .arg(QDir::toNativeSeparators(folder.filePath())));
        lxw_workbook_options options {};
        options.constant_memory = LXW_TRUE;
        const QByteArray part = QFile::encodeName(m_part);
        m_book = workbook_new_opt(part.constData(), &options);
        if (!m_book)
            return writeError(m_path);
        const QByteArray title = m_document.title.toUtf8();
        lxw_doc_properties properties {};
        properties.title = const_cast<char*>(title.constData());
        workbook_set_properties(m_book, &properties);

        QSet<QString> taken;
        for (int i = 0; i < m_document.sheets.size(); ++i) {
            if (!m_progress.check())
                return cancelledError();
            if (Result<void> r = sheet(m_document.sheets.at(i), sheetNameOf(m_document.sheets.at(i), i, taken)); !r)
                return r.error();
        }
        // workbook_close writes the file; only a complete one is renamed to the name asked for.
        if (std::optional<QString> why = closeWorkbookInto(m_book, m_part, m_path))
            return writeError(m_path, *why);
        m_progress.finish();
        return m_progress.done();
    }

private:
    struct Merge
    {
        int firstRow;
        int firstColumn;
        int lastRow;
        int lastColumn;
        ReportCellRole role;
        lxw_format* format;
    };

    lxw_format* format(const ReportCell& cell)
    {
        const int decimals = cell.kind == ReportCellKind::Money ? 2 : std::clamp(cell.decimals, 0, 9);
        const bool figure = cell.kind == ReportCellKind::Money || cell.kind == ReportCellKind::Number
            || cell.kind == ReportCellKind::Percent;
        const int key = int(cell.role) * 1000 + (figure ? int(cell.kind) * 10 + decimals : 0);
        if (lxw_format* f = m_formats.value(key))
            return f;
        lxw_format* f = workbook_add_format(m_book);
        format_set_border(f, LXW_BORDER_THIN);
        format_set_align(f, LXW_ALIGN_VERTICAL_CENTER);
        switch (cell.role) {
        case ReportCellRole::Header:
            format_set_bold(f);
            format_set_align(f, LXW_ALIGN_CENTER);
            format_set_bg_color(f, HeaderFill);
            format_set_pattern(f, LXW_PATTERN_SOLID);
            format_set_text_wrap(f);
            break;
        case ReportCellRole::Label:
            format_set_bold(f);
            format_set_align(f, LXW_ALIGN_CENTER);
            format_set_text_wrap(f);
            break;
        case ReportCellRole::Total:
            format_set_bold(f);
            format_set_align(f, figure ? LXW_ALIGN_RIGHT : LXW_ALIGN_CENTER);
            break;
        case ReportCellRole::Note:
            format_set_align(f, LXW_ALIGN_LEFT);
            format_set_text_wrap(f);
            format_set_font_size(f, 9);
            break;
        case ReportCellRole::Body:
            format_set_align(f, figure ? LXW_ALIGN_RIGHT : LXW_ALIGN_LEFT);
            format_set_text_wrap(f);
            break;
        }
        if (figure) {
            QString pattern;
            if (cell.kind == ReportCellKind::Percent)
                pattern = QStringLiteral("0");
            else
                pattern = QStringLiteral("#,##0");
            if (decimals > 0)
                pattern += QLatin1Char('.') + QString(decimals, QLatin1Char('0'));
            if (cell.kind == ReportCellKind::Percent)
                pattern += QLatin1Char('%');
            format_set_num_format(f, pattern.toUtf8().constData());
        }
        m_formats.insert(key, f);
        return f;
    }

    lxw_format* plainFormat(int key, int size, bool bold, uint8_t align)
    {
        if (lxw_format* f = m_formats.value(-key))
            return f;
        lxw_format* f = workbook_add_format(m_book);
        if (bold)
            format_set_bold(f);
        format_set_font_size(f, size);
        format_set_align(f, align);
        format_set_align(f, LXW_ALIGN_VERTICAL_CENTER);
        m_formats.insert(-key, f);
        return f;
    }

    Result<void> check(lxw_error e)
    {
        if (e != LXW_NO_ERROR)
            return writeError(m_path, QString::fromUtf8(lxw_strerror(e)));
        return {};
    }

    /// A text across the columns [@p first, @p last] of row @p row (merged when wider than one).
    Result<void> band(lxw_worksheet* ws, int row, int first, int last, const QString& text, lxw_format* f)
    {
        const QByteArray utf8 = text.toUtf8();
        if (last > first) {
            if (Result<void> r = check(worksheet_merge_range(ws, lxw_row_t(row), lxw_col_t(first), lxw_row_t(row),
                                                             lxw_col_t(last), "", f));
                !r)
                return r;
        }
        if (text.isEmpty())
            return {};
        return check(worksheet_write_string(ws, lxw_row_t(row), lxw_col_t(first), utf8.constData(), f));
    }

    Result<void> cell(lxw_worksheet* ws, int row, int column, const ReportCell& c)
    {
        lxw_format* f = format(c);
        const lxw_row_t r = lxw_row_t(row);
        const lxw_col_t col = lxw_col_t(column);
        switch (c.kind) {
        case ReportCellKind::Empty:
        case ReportCellKind::Covered:
            return check(worksheet_write_blank(ws, r, col, f));
        case ReportCellKind::Text: {
            if (c.text.isEmpty())
                return check(worksheet_write_blank(ws, r, col, f));
            const QByteArray utf8 = c.text.toUtf8();
            return check(worksheet_write_string(ws, r, col, utf8.constData(), f));
        }
        case ReportCellKind::Money:
        case ReportCellKind::Number:
        case ReportCellKind::Percent:
            return check(worksheet_write_number(ws, r, col, *ReportWriter::value(c, m_document.unit), f));
        }
        return {};
    }

    Result<void> sheet(const ReportSheet& s, const QString& name)
    {
        lxw_worksheet* ws = workbook_add_worksheet(m_book, name.toUtf8().constData());
        if (!ws)
            return writeError(m_path);
        const int columns = std::max(1, s.columnCount());
        const int last = columns - 1;
        for (int c = 0; c < s.columnCount(); ++c)
            worksheet_set_column(ws, lxw_col_t(c), lxw_col_t(c), std::max(2, s.columnWidths.at(c)), nullptr);
        worksheet_set_paper(ws, 9); // A4
        if (s.landscape)
            worksheet_set_landscape(ws);
        worksheet_fit_to_pages(ws, 1, 0);
        worksheet_center_horizontally(ws);
        const QByteArray footer = ReportWriter::tr("&CPage &P of &N").toUtf8();
        worksheet_set_footer(ws, footer.constData());

        int row = 0;
        worksheet_set_row(ws, lxw_row_t(row), 30, nullptr);
        if (Result<void> r = band(ws, row++, 0, last, s.title, plainFormat(1, 16, true, LXW_ALIGN_CENTER)); !r)
            return r;
        if (!s.subtitle.isEmpty()) {
            if (Result<void> r = band(ws, row++, 0, last, s.subtitle, plainFormat(2, 11, false, LXW_ALIGN_CENTER)); !r)
                return r;
        }
        if (!s.preambleLeft.isEmpty() || !s.preambleRight.isEmpty()) {
            if (columns == 1) {
                const QString both = s.preambleLeft + QStringLiteral("    ") + s.preambleRight;
                if (Result<void> r = band(ws, row, 0, 0, both.trimmed(), plainFormat(3, 11, false, LXW_ALIGN_LEFT));
                    !r)
                    return r;
            } else {
                const int half = (columns + 1) / 2;
                if (Result<void> r = band(ws, row, 0, half - 1, s.preambleLeft, plainFormat(3, 11, false, LXW_ALIGN_LEFT));
                    !r)
                    return r;
                if (Result<void> r = band(ws, row, half, last, s.preambleRight, plainFormat(4, 11, false, LXW_ALIGN_RIGHT));
                    !r)
                    return r;
            }
            ++row;
        }

        const int gridTop = row;
        if (s.headerRows > 0 && !s.rows.isEmpty())
            worksheet_repeat_rows(ws, lxw_row_t(gridTop), lxw_row_t(gridTop + std::min<int>(s.headerRows, s.rows.size()) - 1));
        QList<Merge> merges;
        for (int i = 0; i < s.rows.size(); ++i) {
            const ReportRow& cells = s.rows.at(i);
            for (int c = 0; c < cells.size(); ++c) {
                const ReportCell& cell = cells.at(c);
                if (cell.kind != ReportCellKind::Covered && (cell.rowSpan > 1 || cell.colSpan > 1)) {
                    merges << Merge { gridTop + i, c, gridTop + i + std::max(1, cell.rowSpan) - 1,
                                      c + std::max(1, cell.colSpan) - 1, cell.role, format(cell) };
                }
            }
            // A range within this row is registered before its cells are written (its first cell is then
            // written again with the value); a range over several rows after the cells of its last row,
            // when its first row has been left and its first cell cannot be overwritten (see the class).
            const auto registerMerges = [&](bool singleRow) -> Result<void> {
                for (const Merge& m : std::as_const(merges)) {
                    if (m.lastRow != gridTop + i || (m.firstRow == m.lastRow) != singleRow)
                        continue;
                    if (Result<void> r = check(worksheet_merge_range(ws, lxw_row_t(m.firstRow), lxw_col_t(m.firstColumn),
                                                                     lxw_row_t(m.lastRow), lxw_col_t(m.lastColumn), "",
                                                                     m.format));
                        !r)
                        return r;
                }
                return {};
            };
            if (Result<void> r = registerMerges(true); !r)
                return r;
            for (int c = 0; c < cells.size(); ++c) {
                if (Result<void> r = cell(ws, gridTop + i, c, cells.at(c)); !r)
                    return r;
            }
            if (Result<void> r = registerMerges(false); !r)
                return r;
            merges.removeIf([&](const Merge& m) { return m.lastRow == gridTop + i; });
            if (!m_progress.step())
                return cancelledError();
        }
        row = gridTop + int(s.rows.size());

        if (s.stream) {
            std::optional<Error> failure;
            Result<qint64> streamed = s.stream([&](const ReportRow& cells) {
                for (int c = 0; c < cells.size(); ++c) {
                    if (Result<void> r = cell(ws, row, c, cells.at(c)); !r) {
                        failure = r.error();
                        return false;
                    }
                }
                ++row;
                return m_progress.step();
            });
            if (failure)
                return *failure;
            if (m_progress.cancelled())
                return cancelledError();
            if (!streamed)
                return streamed.error();
        }

        if (!s.footerLines.isEmpty())
            ++row; // a blank line between the grid and the signatures
        for (const QString& line : s.footerLines) {
            if (Result<void> r = band(ws, row++, 0, last, line, plainFormat(5, 11, false, LXW_ALIGN_LEFT)); !r)
                return r;
        }
        return {};
    }

    const ReportDocument& m_document;
    QString m_path;
    QString m_part;
    RowProgress m_progress;
    lxw_workbook* m_book = nullptr;
    QHash<int, lxw_format*> m_formats;
};

} // namespace

Result<qint64> ReportXlsxWriter::write(const ReportDocument& document, const QString& path,
                                       const ReportWriter::Progress& progress)
{
    XlsxBook book(document, path, progress);
    return book.write();
}

} // namespace jx
