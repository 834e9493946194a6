#pragma once

#include "core/io/ReportWriter.h"

#include <QDir>

namespace jx::reportwriter {

/// Counts the rows written, asks the caller's progress now and then, and remembers a cancel.
class RowProgress
{
public:
    RowProgress(const ReportWriter::Progress& progress, const ReportDocument& document)
        : m_progress(progress)
    {
        for (const ReportSheet& sheet : document.sheets)
            m_total += sheet.rows.size() + sheet.streamRowEstimate;
    }

    /// One row more; false once the caller cancelled.
    bool step()
    {
        ++m_done;
        // Asking every row would cost more than writing it at 300,000 rows.
        if (m_progress && m_done % 512 == 0 && !m_progress(m_done, std::max(m_total, m_done)))
            m_cancelled = true;
        return !m_cancelled;
    }
    /// Asks at a boundary (a sheet begins); false once the caller cancelled.
    bool check()
    {
        if (m_progress && !m_cancelled && !m_progress(m_done, std::max(m_total, m_done)))
            m_cancelled = true;
        return !m_cancelled;
    }
    void finish()
    {
        if (m_progress)
            m_progress(m_done, m_done);
    }
    bool cancelled() const { return m_cancelled; }
    qint64 done() const { return m_done; }

private:
    ReportWriter::Progress m_progress;
    qint64 m_total = 0;
    qint64 m_done = 0;
    bool m_cancelled = false;
};

inline Error cancelledError()
{
    return makeError(Error::Code::Invalid, ReportWriter::tr("The report was cancelled; no file was written."));
}

inline Error writeError(const QString& path, const QString& why = {})
{
    const QString file = QDir::toNativeSeparators(path);
    return makeError(Error::Code::Storage, why.isEmpty() ? ReportWriter::tr("Cannot write %1.").arg(file)
                                                         : ReportWriter::tr("Cannot write %1: %2").arg(file, why));
}

/// A text that a spreadsheet would take for a formula (=, +, -, @) starts with an apostrophe: names
/// come from other people's files (CSV injection).
inline QString safeText(const QString& text)
{
    if (!text.isEmpty() && QStringLiteral("=+-@\t\r").contains(text.front()))
        return QLatin1Char('\'') + text;
    return text;
}

} // namespace jx::reportwriter
