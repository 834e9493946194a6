#pragma once

#include "core/domain/Result.h"
#include "core/report/ReportDocument.h"

#include <QCoreApplication>
#include <QImage>
#include <QPageLayout>

#include <functional>

class QPagedPaintDevice;
class QPaintDevice;

namespace jx {

/**
 * Lays a ReportDocument out on A4 pages the way the printed forms look (title, preamble line,
 * bordered grid with merges, header rows repeated on every page, signature lines, "第 N 页 共 M
 * 页") and paints it with QPainter. One layout for every target: a PDF (QPdfWriter), a printer
 * (QPrinter) and page images (preview, PNG), so what is previewed is what is printed.
 *
 * The document is laid out twice: once to count the pages (the "共 M 页" on page 1), once to
 * paint. Streamed rows are asked for in each pass and painted as they come; they are never held.
 */
class ReportRenderer
{
    Q_DECLARE_TR_FUNCTIONS(ReportRenderer)

public:
    /// Rows laid out and rows expected (0 when unknown); return false to cancel.
    using Progress = std::function<bool(qint64 done, qint64 total)>;
    /// Receives one page image (page numbers from 1); return false to stop.
    using PageSink = std::function<bool(const QImage& page, int pageNumber, int pageCount)>;

    /// The page layout of @p sheet: A4, portrait or landscape, the forms' margins.
    static QPageLayout pageLayout(const ReportSheet& sheet);

    /// Paints @p document on @p device (QPdfWriter, QPrinter); the number of pages painted.
    static Result<int> paint(const ReportDocument& document, QPagedPaintDevice& device, const Progress& progress = {});

    /**
     * Paints @p document into page images at @p dpi, handing each to @p sink as it is finished;
     * at most @p maxPages are painted (0: all). The number of pages the document has.
     */
    static Result<int> images(const ReportDocument& document, int dpi, const PageSink& sink, int maxPages = 0,
                              const Progress& progress = {});

    /// The number of pages @p document takes (laid out, not painted).
    static Result<int> pageCount(const ReportDocument& document, const Progress& progress = {});

    /// How @p cell reads in @p unit: amounts with thousands separators and 2 decimals, and so on.
    static QString cellText(const ReportCell& cell, MoneyUnit unit);

    /// The message of a cancelled rendering.
    static QString cancelledMessage();
};

} // namespace jx
