#include "core/io/SubjectListExporter.h"

#include "core/io/XlsxPartFile.h"
#include "core/storage/Database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <xlsxwriter.h>

namespace jx {

namespace {

// Rows read at once: the ids of the whole list are read first (16 bytes each), the details
// window by window.
constexpr int Window = 1024;

bool isNumeric(SubjectField field)
{
    switch (field) {
    case SubjectField::Year:
    case SubjectField::Amount:
    case SubjectField::Executed:
    case SubjectField::AssessmentScore:
    case SubjectField::ExecutionRate:
    case SubjectField::TimeProgress:
    case SubjectField::Score:
    case SubjectField::MonitoringMonth:
        return true;
    default:
        return false;
    }
}

// A text cell that a spreadsheet would take for a formula (=, +, -, @) starts with an apostrophe:
// names come from other people's files (CSV injection).
QString safeText(const QString& text)
{
    if (!text.isEmpty() && QStringLiteral("=+-@\t\r").contains(text.front()))
        return QLatin1Char('\'') + text;
    return text;
}

QString csvField(const QString& text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n'))
        && !text.contains(QLatin1Char('\r')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString numberText(SubjectField field, const QVariant& v)
{
    if (v.isNull())
        return {};
    if (field == SubjectField::Year || field == SubjectField::MonitoringMonth)
        return QString::number(v.toInt());
    return QString::number(v.toDouble(), 'f', 2);
}

QString sheetName(const QString& title)
{
    QString name = title.isEmpty() ? QStringLiteral("Sheet1") : title;
    for (QChar c : QStringLiteral("[]:*?/\\"))
        name.remove(c);
    return name.left(31);
}

// The writer of one format; begin() with the header, row() per row, finish() or abandon().
class Sink
{
public:
    virtual ~Sink() = default;
    virtual Result<void> begin(const QStringList& header) = 0;
    virtual Result<void> row(const QList<SubjectField>& fields, const SubjectListRow& row, MoneyUnit unit) = 0;
    virtual Result<void> finish() = 0;
};

class CsvSink : public Sink
{
public:
    explicit CsvSink(const QString& path)
        : m_file(path)
    {
    }
    Result<void> begin(const QStringList& header) override
    {
        if (!m_file.open(QIODevice::WriteOnly)) {
            return makeError(Error::Code::Storage,
                SubjectListExporter::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(m_file.fileName()),
                                                                   m_file.errorString()));
        }
        m_file.write("\xEF\xBB\xBF");
        QStringList cells;
        for (const QString& h : header)
            cells << csvField(h);
        return line(cells);
    }
    Result<void> row(const QList<SubjectField>& fields, const SubjectListRow& r, MoneyUnit unit) override
    {
        QStringList cells;
        for (SubjectField f : fields) {
            cells << csvField(isNumeric(f) ? numberText(f, SubjectQuery::value(r, f, unit))
                                           : safeText(SubjectQuery::text(r, f, unit)));
        }
        return line(cells);
    }
    Result<void> finish() override
    {
        if (!m_file.commit()) {
            return makeError(Error::Code::Storage,
                SubjectListExporter::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(m_file.fileName()),
                                                                   m_file.errorString()));
        }
        return {};
    }

private:
    Result<void> line(const QStringList& cells)
    {
        const QByteArray bytes = (cells.join(QLatin1Char(',')) + QStringLiteral("\r\n")).toUtf8();
        if (m_file.write(bytes) != bytes.size()) {
            return makeError(Error::Code::Storage,
                SubjectListExporter::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(m_file.fileName()),
                                                                   m_file.errorString()));
        }
        return {};
    }

    QSaveFile m_file;
};

class XlsxSink : public Sink
{
public:
    XlsxSink(const QString& path, const QString& title)
        : m_path(path)
        , m_part(path + QStringLiteral(".part"))
        , m_title(title)
    {
    }
    ~XlsxSink() override
    {
        if (m_book) {
            workbook_close(m_book);
            QFile::remove(m_part);
        }
    }
    Result<void> begin(const QStringList& header) override
    {
        lxw_workbook_options options {};
        // Constant memory: each row goes to a temporary file as it is written, strings inline.
        options.constant_memory = LXW_TRUE;
        const QByteArray part = QFile::encodeName(m_part);
        m_book = workbook_new_opt(part.constData(), &options);
        if (!m_book)
            return failed();
        m_sheet = workbook_add_worksheet(m_book, sheetName(m_title).toUtf8().constData());
        m_bold = workbook_add_format(m_book);
        format_set_bold(m_bold);
        m_decimal = workbook_add_format(m_book);
        format_set_num_format(m_decimal, "#,##0.00");
        if (!m_sheet)
            return failed();
        for (int c = 0; c < header.size(); ++c) {
            if (worksheet_write_string(m_sheet, 0, lxw_col_t(c), header.at(c).toUtf8().constData(), m_bold)
                != LXW_NO_ERROR)
                return failed();
        }
        worksheet_freeze_panes(m_sheet, 1, 0);
        m_row = 1;
        return {};
    }
    Result<void> row(const QList<SubjectField>& fields, const SubjectListRow& r, MoneyUnit unit) override
    {
        for (int c = 0; c < fields.size(); ++c) {
            const SubjectField f = fields.at(c);
            lxw_error e = LXW_NO_ERROR;
            if (isNumeric(f)) {
                const QVariant v = SubjectQuery::value(r, f, unit);
                if (v.isNull())
                    continue;
                const bool whole = f == SubjectField::Year || f == SubjectField::MonitoringMonth;
                e = worksheet_write_number(m_sheet, m_row, lxw_col_t(c), v.toDouble(), whole ? nullptr : m_decimal);
            } else {
                const QString text = SubjectQuery::text(r, f, unit);
                if (text.isEmpty())
                    continue;
                e = worksheet_write_string(m_sheet, m_row, lxw_col_t(c), text.toUtf8().constData(), nullptr);
            }
            if (e != LXW_NO_ERROR)
                return failed(QString::fromUtf8(lxw_strerror(e)));
        }
        ++m_row;
        return {};
    }
    Result<void> finish() override
    {
        if (std::optional<QString> why = closeWorkbookInto(m_book, m_part, m_path))
            return failed(*why);
        return {};
    }

private:
    Error failed(const QString& why = {}) const
    {
        const QString file = QDir::toNativeSeparators(m_path);
        return makeError(Error::Code::Storage, why.isEmpty() ? SubjectListExporter::tr("Cannot write %1.").arg(file)
                                                             : SubjectListExporter::tr("Cannot write %1: %2").arg(file, why));
    }

    QString m_path;
    QString m_part;
    QString m_title;
    lxw_workbook* m_book = nullptr;
    lxw_worksheet* m_sheet = nullptr;
    lxw_format* m_bold = nullptr;
    lxw_format* m_decimal = nullptr;
    lxw_row_t m_row = 0;
};

} // namespace

std::optional<ListFileFormat> SubjectListExporter::formatOf(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("csv"))
        return ListFileFormat::Csv;
    if (suffix == QLatin1String("xlsx"))
        return ListFileFormat::Xlsx;
    return std::nullopt;
}

Result<qint64> SubjectListExporter::write(Database& db, const ListExportRequest& request, const Progress& progress)
{
    if (request.fields.isEmpty())
        return makeError(Error::Code::Invalid, tr("The list has no columns to export."));
    SubjectQuery query(db);
    Result<SubjectTotals> totals = query.totals(request.filter);
    if (!totals)
        return totals.error();
    // The whole order at once: a window read by OFFSET for each part of a long export would sort again each time.
    Result<QList<QUuid>> ids = query.ids(request.filter, request.sort, 0, int(std::min<qint64>(totals->count, INT_MAX)));
    if (!ids)
        return ids.error();

    std::unique_ptr<Sink> sink;
    if (request.format == ListFileFormat::Csv)
        sink = std::make_unique<CsvSink>(request.path);
    else
        sink = std::make_unique<XlsxSink>(request.path, request.title);
    QStringList header;
    for (SubjectField f : request.fields)
        header << SubjectQuery::header(f, request.unit);
    if (Result<void> r = sink->begin(header); !r)
        return r.error();

    const qint64 total = ids->size();
    qint64 done = 0;
    for (qsizetype i = 0; i < ids->size(); i += Window) {
        if (progress && !progress(done, total))
            return makeError(Error::Code::Invalid, tr("The export was cancelled."));
        Result<QList<SubjectListRow>> rows = query.rowsOf(ids->mid(i, Window), request.filter.fiscalYear);
        if (!rows)
            return rows.error();
        for (const SubjectListRow& row : std::as_const(*rows)) {
            if (Result<void> r = sink->row(request.fields, row, request.unit); !r)
                return r.error();
            ++done;
        }
    }
    if (Result<void> r = sink->finish(); !r)
        return r.error();
    if (progress)
        progress(done, total);
    return done;
}

} // namespace jx
