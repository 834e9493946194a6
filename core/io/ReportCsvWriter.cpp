#include "core/io/ReportCsvWriter.h"

#include "core/io/ReportWriter_p.h"

#include <QSaveFile>

namespace jx {

using namespace reportwriter;

namespace {

QString csvField(const QString& text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n'))
        && !text.contains(QLatin1Char('\r')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

class CsvFile
{
public:
    CsvFile(const ReportDocument& document, const QString& path, const ReportWriter::Progress& progress)
        : m_document(document)
        , m_file(path)
        , m_progress(progress, document)
    {
    }

    Result<qint64> write()
    {
        // QSaveFile writes beside the target and renames on commit; without a commit nothing is left.
        if (!m_file.open(QIODevice::WriteOnly))
            return writeError(m_file.fileName(), m_file.errorString());
        if (m_file.write("\xEF\xBB\xBF") != 3)
            return writeError(m_file.fileName(), m_file.errorString());
        for (int i = 0; i < m_document.sheets.size(); ++i) {
            if (!m_progress.check())
                return cancelledError();
            if (i > 0) {
                if (Result<void> r = line({}); !r)
                    return r.error();
            }
            if (Result<void> r = sheet(m_document.sheets.at(i)); !r)
                return r.error();
        }
        if (!m_file.commit())
            return writeError(m_file.fileName(), m_file.errorString());
        m_progress.finish();
        return m_progress.done();
    }

private:
    Result<void> line(const QStringList& cells)
    {
        QStringList fields;
        fields.reserve(cells.size());
        for (const QString& c : cells)
            fields << csvField(c);
        const QByteArray bytes = (fields.join(QLatin1Char(',')) + QStringLiteral("\r\n")).toUtf8();
        if (m_file.write(bytes) != bytes.size())
            return writeError(m_file.fileName(), m_file.errorString());
        return {};
    }

    Result<void> row(const ReportRow& cells)
    {
        QStringList out;
        out.reserve(cells.size());
        for (const ReportCell& c : cells)
            out << (c.kind == ReportCellKind::Text ? safeText(c.text) : ReportWriter::plainText(c, m_document.unit));
        return line(out);
    }

    Result<void> sheet(const ReportSheet& s)
    {
        if (Result<void> r = line({ s.title }); !r)
            return r;
        if (!s.subtitle.isEmpty()) {
            if (Result<void> r = line({ s.subtitle }); !r)
                return r;
        }
        if (!s.preambleLeft.isEmpty() || !s.preambleRight.isEmpty()) {
            QStringList preamble(std::max(2, s.columnCount()));
            preamble.first() = s.preambleLeft;
            preamble.last() = s.preambleRight;
            if (Result<void> r = line(preamble); !r)
                return r;
        }
        for (const ReportRow& cells : s.rows) {
            if (Result<void> r = row(cells); !r)
                return r;
            if (!m_progress.step())
                return cancelledError();
        }
        if (s.stream) {
            std::optional<Error> failure;
            Result<qint64> streamed = s.stream([&](const ReportRow& cells) {
                if (Result<void> r = row(cells); !r) {
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
        for (const QString& footer : s.footerLines) {
            if (Result<void> r = line({ footer }); !r)
                return r;
        }
        return {};
    }

    const ReportDocument& m_document;
    QSaveFile m_file;
    RowProgress m_progress;
};

} // namespace

Result<qint64> ReportCsvWriter::write(const ReportDocument& document, const QString& path,
                                      const ReportWriter::Progress& progress)
{
    CsvFile file(document, path, progress);
    return file.write();
}

} // namespace jx
