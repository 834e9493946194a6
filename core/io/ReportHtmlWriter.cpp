#include "core/io/ReportHtmlWriter.h"

#include "core/io/ReportWriter_p.h"

#include <QSaveFile>

namespace jx {

using namespace reportwriter;

namespace {

QString escaped(const QString& text)
{
    // toHtmlEscaped covers < > & and "; the apostrophe too, so that no text can end an attribute.
    QString out = text.toHtmlEscaped();
    out.replace(QLatin1Char('\''), QStringLiteral("&#39;"));
    out.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    return out;
}

const char* roleClass(ReportCellRole role)
{
    switch (role) {
    case ReportCellRole::Body: return "b";
    case ReportCellRole::Header: return "h";
    case ReportCellRole::Label: return "l";
    case ReportCellRole::Total: return "t";
    case ReportCellRole::Note: return "n";
    }
    return "b";
}

// Simple print rules: borders, the header rows repeated on each printed page (thead), one sheet a page.
const char* const Style =
    "body{font-family:\"SimSun\",\"Songti SC\",\"Noto Serif CJK SC\",serif;margin:1.5em;color:#000}"
    "section{margin-bottom:2.5em}"
    "h1{font-size:1.5em;text-align:center;margin:0 0 .2em}"
    "p.sub{text-align:center;margin:0 0 .6em}"
    "div.pre{display:flex;justify-content:space-between;margin:.3em 0}"
    "table{border-collapse:collapse;width:100%}"
    "td,th{border:1px solid #000;padding:2px 4px;vertical-align:middle}"
    "th,.h{background:#d9d9d9;font-weight:bold;text-align:center}"
    ".l{font-weight:bold;text-align:center}.t{font-weight:bold}td.t:not(.f){text-align:center}"
    ".n{font-size:.85em;text-align:left}.f{text-align:right;white-space:nowrap}"
    "p.foot{margin:.4em 0}"
    "@page{size:A4 portrait;margin:15mm}@page wide{size:A4 landscape}section.wide{page:wide}"
    "@media print{body{margin:0}section{page-break-after:always}section:last-of-type{page-break-after:auto}thead{display:table-header-group}"
    "th,.h{-webkit-print-color-adjust:exact;print-color-adjust:exact}}";

class HtmlFile
{
public:
    HtmlFile(const ReportDocument& document, const QString& path, const ReportWriter::Progress& progress)
        : m_document(document)
        , m_file(path)
        , m_progress(progress, document)
    {
    }

    Result<qint64> write()
    {
        if (!m_file.open(QIODevice::WriteOnly))
            return writeError(m_file.fileName(), m_file.errorString());
        QString head = QStringLiteral("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
                                      "<title>%1</title>\n<style>%2</style>\n</head>\n<body>\n")
                           .arg(escaped(m_document.title), QString::fromLatin1(Style));
        if (Result<void> r = put(head); !r)
            return r.error();
        for (const ReportSheet& s : m_document.sheets) {
            if (!m_progress.check())
                return cancelledError();
            if (Result<void> r = sheet(s); !r)
                return r.error();
        }
        if (m_document.generatedAt.isValid()) {
            const QString when = ReportWriter::tr("Generated %1").arg(m_document.generatedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
            if (Result<void> r = put(QStringLiteral("<p class=\"foot\">%1</p>\n").arg(escaped(when))); !r)
                return r.error();
        }
        if (Result<void> r = put(QStringLiteral("</body>\n</html>\n")); !r)
            return r.error();
        if (!m_file.commit())
            return writeError(m_file.fileName(), m_file.errorString());
        m_progress.finish();
        return m_progress.done();
    }

private:
    Result<void> put(const QString& text)
    {
        const QByteArray bytes = text.toUtf8();
        if (m_file.write(bytes) != bytes.size())
            return writeError(m_file.fileName(), m_file.errorString());
        return {};
    }

    Result<void> row(const ReportRow& cells, bool header)
    {
        QString out = QStringLiteral("<tr>");
        for (const ReportCell& c : cells) {
            if (c.kind == ReportCellKind::Covered)
                continue;
            const bool figure = c.kind == ReportCellKind::Money || c.kind == ReportCellKind::Number
                || c.kind == ReportCellKind::Percent;
            const QString tag = header || c.role == ReportCellRole::Header ? QStringLiteral("th") : QStringLiteral("td");
            out += QLatin1Char('<') + tag + QStringLiteral(" class=\"") + QLatin1String(roleClass(c.role))
                + (figure ? QStringLiteral(" f") : QString()) + QLatin1Char('"');
            if (c.rowSpan > 1)
                out += QStringLiteral(" rowspan=\"%1\"").arg(c.rowSpan);
            if (c.colSpan > 1)
                out += QStringLiteral(" colspan=\"%1\"").arg(c.colSpan);
            out += QLatin1Char('>') + escaped(ReportWriter::text(c, m_document.unit)) + QStringLiteral("</") + tag
                + QLatin1Char('>');
        }
        out += QStringLiteral("</tr>\n");
        return put(out);
    }

    Result<void> sheet(const ReportSheet& s)
    {
        QString out = QStringLiteral("<section%1>\n<h1>%2</h1>\n")
                          .arg(s.landscape ? QStringLiteral(" class=\"wide\"") : QString(), escaped(s.title));
        if (!s.subtitle.isEmpty())
            out += QStringLiteral("<p class=\"sub\">%1</p>\n").arg(escaped(s.subtitle));
        if (!s.preambleLeft.isEmpty() || !s.preambleRight.isEmpty()) {
            out += QStringLiteral("<div class=\"pre\"><span>%1</span><span>%2</span></div>\n")
                       .arg(escaped(s.preambleLeft), escaped(s.preambleRight));
        }
        out += QStringLiteral("<table>\n");
        if (Result<void> r = put(out); !r)
            return r;
        const int headerRows = std::clamp<int>(s.headerRows, 0, int(s.rows.size()));
        for (int i = 0; i < s.rows.size(); ++i) {
            if (i == 0 && headerRows > 0) {
                if (Result<void> r = put(QStringLiteral("<thead>\n")); !r)
                    return r;
            }
            if (i == headerRows) {
                if (Result<void> r = put(headerRows > 0 ? QStringLiteral("</thead>\n<tbody>\n") : QStringLiteral("<tbody>\n")); !r)
                    return r;
            }
            if (Result<void> r = row(s.rows.at(i), i < headerRows); !r)
                return r;
            if (!m_progress.step())
                return cancelledError();
        }
        if (headerRows == s.rows.size()) {
            if (Result<void> r = put(headerRows > 0 ? QStringLiteral("</thead>\n<tbody>\n") : QStringLiteral("<tbody>\n")); !r)
                return r;
        }
        if (s.stream) {
            std::optional<Error> failure;
            Result<qint64> streamed = s.stream([&](const ReportRow& cells) {
                if (Result<void> r = row(cells, false); !r) {
                    failure = r.error();
                    return false;
                }
                return m_progress.step();
            });
            if (failure)
                return *failure;
            if (m_progress.cancelled())
                return cancelledError();
            if (!streamed)
                return streamed.error();
        }
        out = QStringLiteral("</tbody>\n</table>\n");
        for (const QString& footer : s.footerLines)
            out += QStringLiteral("<p class=\"foot\">%1</p>\n").arg(escaped(footer));
        out += QStringLiteral("</section>\n");
        return put(out);
    }

    const ReportDocument& m_document;
    QSaveFile m_file;
    RowProgress m_progress;
};

} // namespace

Result<qint64> ReportHtmlWriter::write(const ReportDocument& document, const QString& path,
                                       const ReportWriter::Progress& progress)
{
    HtmlFile file(document, path, progress);
    return file.write();
}

} // namespace jx
