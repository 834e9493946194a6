#include "ui/report/ReportRenderer.h"

#include <QFontMetricsF>
#include <QMarginsF>
#include <QPagedPaintDevice>
#include <QPageSize>
#include <QPainter>

#include <algorithm>
#include <cmath>
#include <memory>
#include <vector>

namespace jx {

namespace {

// The margins of the printed forms, in millimetres; the bottom one holds the page number.
constexpr qreal MarginSide = 15;
constexpr qreal MarginTop = 15;
constexpr qreal MarginBottom = 12;

QString groupThousands(quint64 value)
{
    QString digits = QString::number(value);
    for (int i = int(digits.size()) - 3; i > 0; i -= 3)
        digits.insert(i, QLatin1Char(','));
    return digits;
}

QString scaledDecimal(qint64 number, int decimals)
{
    decimals = std::clamp(decimals, 0, 9);
    quint64 scale = 1;
    for (int i = 0; i < decimals; ++i)
        scale *= 10;
    const bool negative = number < 0;
    const quint64 magnitude = negative ? quint64(0) - quint64(number) : quint64(number);
    QString text = groupThousands(magnitude / scale);
    if (decimals > 0)
        text += QLatin1Char('.') + QStringLiteral("%1").arg(magnitude % scale, decimals, 10, QLatin1Char('0'));
    return negative ? QLatin1Char('-') + text : text;
}

bool isFigure(const ReportCell& cell)
{
    return cell.kind == ReportCellKind::Money || cell.kind == ReportCellKind::Number
        || cell.kind == ReportCellKind::Percent;
}

/// The fonts of a form: the body in a serif CJK face as the printed forms are, titles in sans.
struct Fonts
{
    QFont title;
    QFont subtitle;
    QFont text;
    QFont bold;
    QFont note;
    QFont small;
};

Fonts makeFonts()
{
    const QStringList serif { QStringLiteral("Noto Serif CJK SC"), QStringLiteral("Noto Sans CJK SC"),
                              QStringLiteral("serif") };
    const QStringList sans { QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Noto Serif CJK SC"),
                             QStringLiteral("sans-serif") };
    Fonts f;
    f.title.setFamilies(sans);
    f.title.setPointSizeF(16);
    f.title.setBold(true);
    f.subtitle.setFamilies(serif);
    f.subtitle.setPointSizeF(11);
    f.text.setFamilies(serif);
    f.text.setPointSizeF(10);
    f.bold.setFamilies(sans);
    f.bold.setPointSizeF(10);
    f.bold.setBold(true);
    f.note.setFamilies(serif);
    f.note.setPointSizeF(8.5);
    // The page footer in sans: its digits then keep their text in the PDF (pdftotext, search).
    f.small.setFamilies(sans);
    f.small.setPointSizeF(8.5);
    return f;
}

/// Where the pages go: a paged device, page images, or nowhere (counting).
class Target
{
public:
    virtual ~Target() = default;
    /// The device text is measured against (its resolution).
    virtual QPaintDevice* measure() = 0;
    virtual qreal dpi() const = 0;
    /// Starts a page laid out as @p layout; the painter paints it from the top left of its paint rect.
    virtual Result<void> startPage(const QPageLayout& layout) = 0;
    /// Null when counting.
    virtual QPainter* painter() = 0;
    /// Finishes the page; false to stop painting (enough pages).
    virtual bool finishPage(int number, int count) = 0;
    virtual Result<void> finish() = 0;
};

class CountingTarget : public Target
{
public:
    explicit CountingTarget(QPaintDevice* measure, qreal dpi) : m_measure(measure), m_dpi(dpi) {}
    QPaintDevice* measure() override { return m_measure; }
    qreal dpi() const override { return m_dpi; }
    Result<void> startPage(const QPageLayout&) override { return {}; }
    QPainter* painter() override { return nullptr; }
    bool finishPage(int, int) override { return true; }
    Result<void> finish() override { return {}; }

private:
    QPaintDevice* m_measure;
    qreal m_dpi;
};

class PagedTarget : public Target
{
public:
    explicit PagedTarget(QPagedPaintDevice& device) : m_device(device) {}
    QPaintDevice* measure() override { return &m_device; }
    qreal dpi() const override { return m_device.logicalDpiY(); }
    Result<void> startPage(const QPageLayout& layout) override
    {
        m_device.setPageLayout(layout);
        if (!m_painter.isActive()) {
            if (!m_painter.begin(&m_device))
                return makeError(Error::Code::Storage, ReportRenderer::tr("The pages could not be started."));
        } else if (!m_device.newPage()) {
            return makeError(Error::Code::Storage, ReportRenderer::tr("A new page could not be started."));
        }
        return {};
    }
    QPainter* painter() override { return &m_painter; }
    bool finishPage(int, int) override { return true; }
    Result<void> finish() override
    {
        if (m_painter.isActive() && !m_painter.end())
            return makeError(Error::Code::Storage, ReportRenderer::tr("The pages could not be finished."));
        return {};
    }

private:
    QPagedPaintDevice& m_device;
    QPainter m_painter;
};

class ImageTarget : public Target
{
public:
    ImageTarget(qreal dpi, ReportRenderer::PageSink sink, int maxPages)
        : m_dpi(dpi)
        , m_sink(std::move(sink))
        , m_maxPages(maxPages)
        , m_measure(1, 1, QImage::Format_RGB32)
    {
        setDpi(m_measure);
    }
    QPaintDevice* measure() override { return &m_measure; }
    qreal dpi() const override { return m_dpi; }
    Result<void> startPage(const QPageLayout& layout) override
    {
        const int dpi = int(std::lround(m_dpi));
        m_image = QImage(layout.fullRectPixels(dpi).size(), QImage::Format_RGB32);
        if (m_image.isNull())
            return makeError(Error::Code::Storage, ReportRenderer::tr("There is not enough memory for a page image."));
        setDpi(m_image);
        m_image.fill(Qt::white);
        m_painter.begin(&m_image);
        m_painter.translate(layout.paintRectPixels(dpi).topLeft());
        return {};
    }
    QPainter* painter() override { return &m_painter; }
    bool finishPage(int number, int count) override
    {
        m_painter.end();
        const bool more = !m_sink || m_sink(m_image, number, count);
        m_image = QImage();
        return more && (m_maxPages <= 0 || number < m_maxPages);
    }
    Result<void> finish() override
    {
        if (m_painter.isActive())
            m_painter.end();
        return {};
    }

private:
    void setDpi(QImage& image) const
    {
        const int dpm = int(std::lround(m_dpi / 0.0254));
        image.setDotsPerMeterX(dpm);
        image.setDotsPerMeterY(dpm);
    }

    qreal m_dpi;
    ReportRenderer::PageSink m_sink;
    int m_maxPages;
    QImage m_measure;
    QImage m_image;
    QPainter m_painter;
};

/// Lays out and (with a painter) paints a document; the same code counts pages and paints them.
class Engine
{
public:
    Engine(const ReportDocument& document, Target& target, int pageCount, const ReportRenderer::Progress& progress,
           qint64 progressBase, qint64 progressTotal)
        : m_doc(document)
        , m_target(target)
        , m_pageCount(pageCount)
        , m_progress(progress)
        , m_progressBase(progressBase)
        , m_progressTotal(progressTotal)
        , m_fonts(makeFonts())
    {
    }

    Result<int> run()
    {
        for (const ReportSheet& sheet : m_doc.sheets) {
            if (m_stopped)
                break;
            if (Result<void> r = runSheet(sheet); !r) {
                (void)m_target.finish();
                return r.error();
            }
        }
        if (m_pageOpen && !m_stopped)
            closePage();
        if (m_cancelled) {
            (void)m_target.finish();
            return makeError(Error::Code::Invalid, ReportRenderer::cancelledMessage());
        }
        if (Result<void> r = m_target.finish(); !r)
            return r.error();
        return m_page;
    }

    qint64 rowsDone() const { return m_rowsDone; }

private:
    struct Row
    {
        const ReportRow* cells = nullptr;
        qreal height = 0;
    };

    qreal mm(qreal millimetres) const { return millimetres / 25.4 * m_target.dpi(); }
    qreal pt(qreal points) const { return points / 72.0 * m_target.dpi(); }

    const QFont& fontOf(const ReportCell& cell) const
    {
        switch (cell.role) {
        case ReportCellRole::Header:
        case ReportCellRole::Label:
        case ReportCellRole::Total:
            return m_fonts.bold;
        case ReportCellRole::Note:
            return m_fonts.note;
        case ReportCellRole::Body:
            break;
        }
        return m_fonts.text;
    }

    int alignmentOf(const ReportCell& cell) const
    {
        if (cell.role == ReportCellRole::Header || cell.role == ReportCellRole::Label)
            return Qt::AlignCenter;
        if (isFigure(cell))
            return Qt::AlignRight | Qt::AlignVCenter;
        return Qt::AlignLeft | Qt::AlignVCenter;
    }

    qreal textHeight(const QFont& font, qreal width, const QString& text, int flags) const
    {
        const QFontMetricsF fm(font, m_target.measure());
        if (text.isEmpty())
            return fm.height();
        return fm.boundingRect(QRectF(0, 0, std::max<qreal>(width, 1), 1e9), flags | Qt::TextWordWrap, text).height();
    }

    qreal spanWidth(int column, int span) const
    {
        qreal w = 0;
        for (int c = column; c < column + span && c < int(m_colX.size()) - 1; ++c)
            w += m_colX[c + 1] - m_colX[c];
        return w;
    }

    /// A figure or a code: never broken over lines or cut, but set smaller when the column is narrow.
    static bool unbreakable(const ReportCell& cell, const QString& text)
    {
        if (cell.kind == ReportCellKind::Money || cell.kind == ReportCellKind::Number
            || cell.kind == ReportCellKind::Percent)
            return true;
        if (cell.kind != ReportCellKind::Text || text.isEmpty() || text.size() > 40)
            return false;
        for (const QChar ch : text)
            if (ch.isSpace() || ch.unicode() >= 0x2E80)
                return false;
        return true;
    }

    /// The cell's font, smaller (down to half) when an unbreakable text is wider than @p width.
    QFont fittedFont(const ReportCell& cell, const QString& text, qreal width) const
    {
        QFont font = fontOf(cell);
        if (!unbreakable(cell, text))
            return font;
        const qreal need = QFontMetricsF(font, m_target.measure()).horizontalAdvance(text);
        const qreal room = width - 2 * m_pad;
        if (need > room && need > 0 && room > 0)
            font.setPointSizeF(font.pointSizeF() * std::max(0.5, room / need * 0.9));
        return font;
    }

    /// The height one cell needs in @p width.
    qreal cellHeight(const ReportCell& cell, qreal width) const
    {
        const QString text = ReportRenderer::cellText(cell, m_doc.unit);
        if (unbreakable(cell, text))
            return QFontMetricsF(fittedFont(cell, text, width), m_target.measure()).height() + 2 * m_pad;
        return textHeight(fontOf(cell), width - 2 * m_pad, text, alignmentOf(cell)) + 2 * m_pad;
    }

    /// Heights of @p rows[first, last): each row as tall as its tallest cell, merged cells spread over their rows.
    std::vector<qreal> heights(const QList<ReportRow>& rows, int first, int last) const
    {
        std::vector<qreal> out(size_t(std::max(0, last - first)), m_minRow);
        for (int r = first; r < last; ++r) {
            for (int c = 0; c < rows[r].size(); ++c) {
                const ReportCell& cell = rows[r][c];
                if (cell.kind == ReportCellKind::Covered || cell.rowSpan > 1)
                    continue;
                out[size_t(r - first)] = std::max(out[size_t(r - first)], cellHeight(cell, spanWidth(c, cell.colSpan)));
            }
        }
        // A merged cell taller than its rows together grows the last of them.
        for (int r = first; r < last; ++r) {
            for (int c = 0; c < rows[r].size(); ++c) {
                const ReportCell& cell = rows[r][c];
                if (cell.kind == ReportCellKind::Covered || cell.rowSpan <= 1)
                    continue;
                const int end = std::min(last, r + cell.rowSpan);
                qreal have = 0;
                for (int k = r; k < end; ++k)
                    have += out[size_t(k - first)];
                const qreal need = cellHeight(cell, spanWidth(c, cell.colSpan));
                if (need > have)
                    out[size_t(end - 1 - first)] += need - have;
            }
        }
        return out;
    }

    void paintCells(const QList<Row>& rows, qreal top)
    {
        QPainter* p = m_target.painter();
        if (!p)
            return;
        std::vector<qreal> tops;
        qreal y = top;
        for (const Row& row : rows) {
            tops.push_back(y);
            y += row.height;
        }
        tops.push_back(y);
        p->save();
        QPen pen(Qt::black);
        pen.setWidthF(pt(0.6));
        // Merges that began on an earlier page: their part on this one, with their text again.
        if (!rows.isEmpty()) {
            const ReportRow& first = *rows[0].cells;
            for (int c = 0; c < first.size() && c < int(m_colX.size()) - 1; ++c) {
                if (first[c].kind != ReportCellKind::Covered || coveredFromLeft(first, c))
                    continue;
                const ReportCell* anchor = anchorAbove(rows[0].cells, c);
                if (!anchor)
                    continue;
                const qsizetype anchorRow = [&] {
                    for (qsizetype k = rows[0].cells - m_sheetRows->constData() - 1; k >= 0; --k)
                        if (&(*m_sheetRows)[k][c] == anchor)
                            return k;
                    return qsizetype(0);
                }();
                const qsizetype startRow = rows[0].cells - m_sheetRows->constData();
                const int rowEnd = std::min<int>(int(rows.size()), int(anchorRow + anchor->rowSpan - startRow));
                const int colEnd = std::min<int>(int(m_colX.size()) - 1, c + std::max(1, anchor->colSpan));
                const QRectF rect(QPointF(m_colX[c], tops[0]), QPointF(m_colX[colEnd], tops[std::max(1, rowEnd)]));
                if (anchor->role == ReportCellRole::Header)
                    p->fillRect(rect, QColor(0xe4, 0xe4, 0xe4));
                p->setPen(pen);
                p->setBrush(Qt::NoBrush);
                p->drawRect(rect);
                const QString text = ReportRenderer::cellText(*anchor, m_doc.unit);
                if (!text.isEmpty()) {
                    p->setFont(fontOf(*anchor));
                    p->drawText(rect.adjusted(m_pad, m_pad, -m_pad, -m_pad), alignmentOf(*anchor) | Qt::TextWordWrap,
                                text);
                }
            }
        }
        for (int r = 0; r < rows.size(); ++r) {
            const ReportRow& cells = *rows[r].cells;
            for (int c = 0; c < cells.size() && c < int(m_colX.size()) - 1; ++c) {
                const ReportCell& cell = cells[c];
                if (cell.kind == ReportCellKind::Covered)
                    continue;
                const int rowEnd = std::min<int>(int(rows.size()), r + std::max(1, cell.rowSpan));
                const int colEnd = std::min<int>(int(m_colX.size()) - 1, c + std::max(1, cell.colSpan));
                const QRectF rect(QPointF(m_colX[c], tops[r]), QPointF(m_colX[colEnd], tops[rowEnd]));
                if (cell.role == ReportCellRole::Header)
                    p->fillRect(rect, QColor(0xe4, 0xe4, 0xe4));
                p->setPen(pen);
                p->setBrush(Qt::NoBrush);
                p->drawRect(rect);
                const QString text = ReportRenderer::cellText(cell, m_doc.unit);
                if (!text.isEmpty()) {
                    const bool whole = unbreakable(cell, text);
                    p->setFont(fittedFont(cell, text, rect.width()));
                    p->drawText(rect.adjusted(m_pad, m_pad, -m_pad, -m_pad),
                                alignmentOf(cell) | (whole ? Qt::TextSingleLine : Qt::TextWordWrap), text);
                }
            }
        }
        p->restore();
    }

    Result<void> newPage()
    {
        if (m_pageOpen)
            closePage();
        if (m_stopped)
            return {};
        if (Result<void> r = m_target.startPage(m_layout); !r)
            return r;
        ++m_page;
        m_pageOpen = true;
        // The footer goes where this page's own layout puts it, even when the next sheet turns
        // the paper the other way before this page is closed.
        m_openFooterTop = m_pageHeight + mm(2);
        m_openWidth = m_width;
        m_y = 0;
        return {};
    }

    void closePage()
    {
        if (QPainter* p = m_target.painter()) {
            p->save();
            p->setPen(Qt::black);
            p->setFont(m_fonts.small);
            const qreal h = QFontMetricsF(m_fonts.small, m_target.measure()).height();
            const QRectF band(0, m_openFooterTop, m_openWidth, h);
            const QString number = m_pageCount > 0 ? ReportRenderer::tr("Page %1 of %2").arg(m_page).arg(m_pageCount)
                                                   : ReportRenderer::tr("Page %1").arg(m_page);
            p->drawText(band, Qt::AlignHCenter | Qt::AlignTop, number);
            if (m_doc.generatedAt.isValid()) {
                p->drawText(band, Qt::AlignLeft | Qt::AlignTop,
                            ReportRenderer::tr("Generated %1")
                                .arg(m_doc.generatedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
            }
            p->restore();
        }
        m_pageOpen = false;
        if (!m_target.finishPage(m_page, m_pageCount))
            m_stopped = true;
    }

    /// Paints a line of @p font text across the page at the current position.
    void textLine(const QFont& font, const QString& text, int alignment)
    {
        const qreal h = textHeight(font, m_width, text, alignment);
        if (QPainter* p = m_target.painter()) {
            p->save();
            p->setPen(Qt::black);
            p->setFont(font);
            p->drawText(QRectF(0, m_y, m_width, h), alignment | Qt::TextWordWrap, text);
            p->restore();
        }
        m_y += h;
    }

    Result<void> headerAtTop()
    {
        if (m_header.isEmpty())
            return {};
        paintCells(m_header, m_y);
        m_y += m_headerHeight;
        return {};
    }

    /// Places a block of rows that stay together (merged across them), breaking the page first if needed.
    Result<void> place(const QList<Row>& block)
    {
        qreal height = 0;
        for (const Row& row : block)
            height += row.height;
        if (m_y + height > m_pageHeight && m_y > m_pageTopOfGrid + 0.5) {
            // A small block moves to the next page whole; a large one (a whole indicator grid under
            // one merged "绩效指标" cell) starts here and continues there, as printed forms do,
            // instead of leaving half a page blank.
            if (block.size() > 1 && height > m_pageHeight / 3)
                return split(block);
            if (Result<void> r = newPage(); !r)
                return r;
            if (m_stopped)
                return {};
            if (Result<void> r = headerAtTop(); !r)
                return r;
            // A row taller than what is left under the header is painted there anyway, not pushed on.
            m_pageTopOfGrid = m_y;
        }
        if (m_y + height <= m_pageHeight || block.size() == 1) {
            paintCells(block, m_y);
            m_y += height;
            return {};
        }
        // Taller than a page: split over pages.
        return split(block);
    }

    Result<void> breakPage()
    {
        if (Result<void> r = newPage(); !r)
            return r;
        if (m_stopped)
            return {};
        if (Result<void> r = headerAtTop(); !r)
            return r;
        m_pageTopOfGrid = m_y;
        return {};
    }

    /// Places a block over as many pages as it needs, as many of its rows on each page as fit; a
    /// merged cell cut by a page break is drawn again on the next page with its text.
    Result<void> split(const QList<Row>& block)
    {
        int i = 0;
        while (i < block.size() && !m_stopped) {
            QList<Row> chunk;
            qreal h = 0;
            while (i < block.size()) {
                const bool atTop = m_y <= m_pageTopOfGrid + 0.5;
                if (m_y + h + block[i].height > m_pageHeight && !(chunk.isEmpty() && atTop))
                    break;
                chunk << block[i];
                h += block[i].height;
                ++i;
            }
            if (!chunk.isEmpty()) {
                paintCells(chunk, m_y);
                m_y += h;
            }
            if (i < block.size()) {
                if (Result<void> r = breakPage(); !r)
                    return r;
            }
        }
        return {};
    }

    /// The cell whose merge covers (@p cells, @p column) from a row above, or null.
    const ReportCell* anchorAbove(const ReportRow* cells, int column) const
    {
        if (!m_sheetRows || m_sheetRows->isEmpty())
            return nullptr;
        const ReportRow* first = m_sheetRows->constData();
        const qsizetype index = cells - first;
        if (index <= 0 || index >= m_sheetRows->size())
            return nullptr;
        for (qsizetype k = index - 1; k >= 0; --k) {
            if (column >= first[k].size())
                return nullptr;
            const ReportCell& cell = first[k][column];
            if (cell.kind != ReportCellKind::Covered)
                return k + cell.rowSpan > index ? &cell : nullptr;
        }
        return nullptr;
    }

    /// Whether (@p cells, @p column) is covered by a merge starting to its left in the same row.
    static bool coveredFromLeft(const ReportRow& cells, int column)
    {
        for (int c = column - 1; c >= 0; --c) {
            if (cells[c].kind != ReportCellKind::Covered)
                return c + std::max(1, cells[c].colSpan) > column;
        }
        return false;
    }

    bool tick()
    {
        ++m_rowsDone;
        if (m_progress && (m_rowsDone % 64) == 0 && !m_progress(m_progressBase + m_rowsDone, m_progressTotal))
            m_cancelled = true;
        return !m_cancelled && !m_stopped;
    }

    Result<void> runSheet(const ReportSheet& sheet)
    {
        m_layout = ReportRenderer::pageLayout(sheet);
        const QRect paint = m_layout.paintRectPixels(int(std::lround(m_target.dpi())));
        m_width = paint.width();
        m_pad = mm(1.2);
        const qreal footerBand = QFontMetricsF(m_fonts.small, m_target.measure()).height() + mm(2);
        m_pageHeight = paint.height() - footerBand;
        m_minRow = QFontMetricsF(m_fonts.text, m_target.measure()).height() + 2 * m_pad;

        // Column widths from the sheet's character widths, scaled to the page.
        int columns = sheet.columnCount();
        for (const ReportRow& row : sheet.rows)
            columns = std::max(columns, int(row.size()));
        qreal total = 0;
        for (int c = 0; c < columns; ++c)
            total += std::max(1, c < sheet.columnWidths.size() ? sheet.columnWidths[c] : 10);
        m_colX.assign(size_t(columns) + 1, 0);
        for (int c = 0; c < columns; ++c) {
            const int w = std::max(1, c < sheet.columnWidths.size() ? sheet.columnWidths[c] : 10);
            m_colX[size_t(c) + 1] = m_colX[size_t(c)] + m_width * w / std::max<qreal>(total, 1);
        }

        // Every sheet starts on a page of its own (its own orientation).
        if (Result<void> r = newPage(); !r)
            return r;
        if (m_stopped)
            return {};
        textLine(m_fonts.title, sheet.title, Qt::AlignHCenter);
        if (!sheet.subtitle.isEmpty()) {
            m_y += mm(1);
            textLine(m_fonts.subtitle, sheet.subtitle, Qt::AlignHCenter);
        }
        m_y += mm(3);
        if (!sheet.preambleLeft.isEmpty() || !sheet.preambleRight.isEmpty()) {
            const qreal h = std::max(textHeight(m_fonts.text, m_width * 0.7, sheet.preambleLeft, Qt::AlignLeft),
                                     textHeight(m_fonts.text, m_width * 0.3, sheet.preambleRight, Qt::AlignRight));
            if (QPainter* p = m_target.painter()) {
                p->save();
                p->setPen(Qt::black);
                p->setFont(m_fonts.text);
                p->drawText(QRectF(0, m_y, m_width * 0.7, h), Qt::AlignLeft | Qt::TextWordWrap, sheet.preambleLeft);
                p->drawText(QRectF(m_width * 0.7, m_y, m_width * 0.3, h), Qt::AlignRight | Qt::TextWordWrap,
                            sheet.preambleRight);
                p->restore();
            }
            m_y += h + mm(1);
        }

        const QList<ReportRow>& rows = sheet.rows;
        m_sheetRows = &rows;
        const std::vector<qreal> rowHeights = heights(rows, 0, int(rows.size()));
        const int headerRows = std::clamp(sheet.headerRows, 0, int(rows.size()));
        m_header.clear();
        m_headerHeight = 0;
        for (int r = 0; r < headerRows; ++r) {
            m_header.append({ &rows[r], rowHeights[size_t(r)] });
            m_headerHeight += rowHeights[size_t(r)];
        }
        m_pageTopOfGrid = m_y;
        if (!m_header.isEmpty()) {
            // The header stays with at least its first row of figures.
            if (Result<void> r = place(m_header); !r)
                return r;
        }
        for (int r = headerRows; r < rows.size() && !m_stopped;) {
            // A block: this row and every row a merge starting in the block reaches.
            int end = r + 1;
            for (int k = r; k < end; ++k)
                for (const ReportCell& cell : rows[k])
                    if (cell.kind != ReportCellKind::Covered)
                        end = std::max(end, std::min<int>(int(rows.size()), k + std::max(1, cell.rowSpan)));
            QList<Row> block;
            for (int k = r; k < end; ++k)
                block.append({ &rows[k], rowHeights[size_t(k)] });
            if (Result<void> res = place(block); !res)
                return res;
            for (int k = r; k < end; ++k)
                if (!tick())
                    return {};
            r = end;
        }
        if (sheet.stream && !m_stopped && !m_cancelled) {
            Result<void> failed;
            const Result<qint64> streamed = sheet.stream([this, &failed](const ReportRow& row) {
                const std::vector<qreal> h = heights({ row }, 0, 1);
                if (Result<void> r = place({ Row { &row, h[0] } }); !r) {
                    failed = r;
                    return false;
                }
                return tick();
            });
            if (!failed)
                return failed;
            if (!streamed && !m_cancelled && !m_stopped)
                return streamed.error();
        }
        if (m_stopped || m_cancelled)
            return {};
        // The signature lines under the grid, kept with the grid when they fit.
        if (!sheet.footerLines.isEmpty()) {
            qreal need = mm(4);
            for (const QString& line : sheet.footerLines)
                need += textHeight(m_fonts.text, m_width, line, Qt::AlignLeft) + mm(2);
            if (m_y + need > m_pageHeight) {
                if (Result<void> r = newPage(); !r)
                    return r;
                if (m_stopped)
                    return {};
            }
            m_y += mm(4);
            for (const QString& line : sheet.footerLines) {
                textLine(m_fonts.text, line, Qt::AlignLeft);
                m_y += mm(2);
            }
        }
        return {};
    }

    const ReportDocument& m_doc;
    Target& m_target;
    int m_pageCount;
    ReportRenderer::Progress m_progress;
    qint64 m_progressBase;
    qint64 m_progressTotal;
    Fonts m_fonts;

    QPageLayout m_layout;
    qreal m_width = 0;
    qreal m_pageHeight = 0;
    qreal m_pad = 0;
    qreal m_minRow = 0;
    qreal m_y = 0;
    qreal m_pageTopOfGrid = 0;
    std::vector<qreal> m_colX;
    QList<Row> m_header;
    qreal m_headerHeight = 0;
    const QList<ReportRow>* m_sheetRows = nullptr; ///< the grid of the sheet being laid out
    qreal m_openFooterTop = 0;
    qreal m_openWidth = 0;
    int m_page = 0;
    bool m_pageOpen = false;
    bool m_stopped = false;
    bool m_cancelled = false;
    qint64 m_rowsDone = 0;
};

qint64 rowEstimate(const ReportDocument& document)
{
    qint64 rows = 0;
    for (const ReportSheet& sheet : document.sheets) {
        if (sheet.stream && sheet.streamRowEstimate <= 0)
            return 0; // unknown: progress without an end
        rows += sheet.rows.size() + (sheet.stream ? sheet.streamRowEstimate : 0);
    }
    return rows;
}

/// Counts the pages as @p target would get them, then paints them there.
Result<int> renderTwice(const ReportDocument& document, Target& target, const ReportRenderer::Progress& progress)
{
    if (document.sheets.isEmpty())
        return makeError(Error::Code::Invalid, ReportRenderer::tr("The report “%1” has nothing to print.").arg(document.title));
    const qint64 estimate = rowEstimate(document);
    const qint64 total = estimate > 0 ? 2 * estimate : 0;
    CountingTarget counting(target.measure(), target.dpi());
    Engine count(document, counting, 0, progress, 0, total);
    const Result<int> pages = count.run();
    if (!pages)
        return pages;
    Engine paint(document, target, *pages, progress, count.rowsDone(), total);
    const Result<int> painted = paint.run();
    if (!painted)
        return painted;
    if (progress && !progress(total > 0 ? total : count.rowsDone() + paint.rowsDone(), total))
        return makeError(Error::Code::Invalid, ReportRenderer::cancelledMessage());
    return *pages;
}

} // namespace

QPageLayout ReportRenderer::pageLayout(const ReportSheet& sheet)
{
    return QPageLayout(QPageSize(QPageSize::A4),
                       sheet.landscape ? QPageLayout::Landscape : QPageLayout::Portrait,
                       QMarginsF(MarginSide, MarginTop, MarginSide, MarginBottom), QPageLayout::Millimeter);
}

Result<int> ReportRenderer::paint(const ReportDocument& document, QPagedPaintDevice& device, const Progress& progress)
{
    PagedTarget target(device);
    return renderTwice(document, target, progress);
}

Result<int> ReportRenderer::images(const ReportDocument& document, int dpi, const PageSink& sink, int maxPages,
                                   const Progress& progress)
{
    ImageTarget target(std::clamp(dpi, 24, 600), sink, maxPages);
    return renderTwice(document, target, progress);
}

Result<int> ReportRenderer::pageCount(const ReportDocument& document, const Progress& progress)
{
    QImage measure(1, 1, QImage::Format_RGB32);
    measure.setDotsPerMeterX(int(std::lround(150 / 0.0254)));
    measure.setDotsPerMeterY(int(std::lround(150 / 0.0254)));
    CountingTarget counting(&measure, 150);
    Engine count(document, counting, 0, progress, 0, rowEstimate(document));
    return count.run();
}

QString ReportRenderer::cellText(const ReportCell& cell, MoneyUnit unit)
{
    switch (cell.kind) {
    case ReportCellKind::Empty:
    case ReportCellKind::Covered:
        return {};
    case ReportCellKind::Text:
        return cell.text;
    case ReportCellKind::Money:
        return Money::fromFen(cell.number).format(unit);
    case ReportCellKind::Number:
        return scaledDecimal(cell.number, cell.decimals);
    case ReportCellKind::Percent:
        return scaledDecimal(cell.number, cell.decimals) + QLatin1Char('%');
    }
    return {};
}

QString ReportRenderer::cancelledMessage()
{
    return tr("Cancelled; nothing was written.");
}

} // namespace jx
