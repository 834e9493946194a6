// report: a report of the catalog written to .xlsx, .csv or .html (a read); report --list.
#include "app/cli/CliContext.h"
#include "app/cli/CliVerbs.h"
#include "core/io/ReportWriter.h"
#ifdef JIXIAO_CLI_PDF
#include "ui/report/ReportPdf.h"
#endif
#include "core/report/ReportCatalog.h"
#include "core/storage/AgencyRepository.h"
#include "core/storage/SubjectRepository.h"
#include "core/workspace/Workspace.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>

namespace jx {

namespace {

QString inputCode(ReportInput input)
{
    switch (input) {
    case ReportInput::Subject: return QStringLiteral("subject");
    case ReportInput::Agency: return QStringLiteral("agency");
    case ReportInput::Division: return QStringLiteral("division");
    case ReportInput::Month: return QStringLiteral("month");
    }
    return {};
}

int listReports(CliContext& cli)
{
    const QList<ReportInfo> reports = ReportCatalog::all();
    if (cli.json()) {
        QJsonArray list;
        for (const ReportInfo& r : reports) {
            QJsonArray inputs;
            for (ReportInput i : r.inputs)
                inputs.append(inputCode(i));
            list.append(QJsonObject { { QStringLiteral("name"), r.name }, { QStringLiteral("title"), r.title },
                                      { QStringLiteral("description"), r.description },
                                      { QStringLiteral("inputs"), inputs }, { QStringLiteral("large"), r.large } });
        }
        cli.printJson({ { QStringLiteral("reports"), list } });
        return Cli::Success;
    }
    for (const ReportInfo& r : reports) {
        QStringList inputs;
        for (ReportInput i : r.inputs)
            inputs << QStringLiteral("--") + inputCode(i);
        cli.out() << QStringLiteral("%1  %2  [%3]").arg(r.name, r.title, inputs.join(QLatin1Char('|'))) << Qt::endl;
        cli.out() << QStringLiteral("    ") << r.description << Qt::endl;
    }
    return Cli::Success;
}

/// --agency as an id or as an agency's code.
Result<QUuid> agencyOf(Database& db, const QString& text)
{
    const QUuid id = QUuid::fromString(text);
    if (!id.isNull())
        return id;
    Result<QList<Agency>> found
        = AgencyRepository(db).store().list(QStringLiteral("WHERE code = ? AND deleted = 0"), { text });
    if (!found)
        return found.error();
    if (found->isEmpty())
        return makeError(Error::Code::NotFound, Cli::tr("--agency: there is no agency with the id or code “%1”.").arg(text));
    if (found->size() > 1)
        return makeError(Error::Code::Invalid,
                         Cli::tr("--agency: %1 agencies have the code “%2”; give the agency's id.").arg(found->size()).arg(text));
    return found->first().meta.id;
}

/// --subject as an id or as a program's code (of --year when given).
Result<QUuid> subjectOf(Database& db, const QString& text, int year)
{
    const QUuid id = QUuid::fromString(text);
    if (!id.isNull())
        return id;
    QString tail = QStringLiteral("WHERE code = ? AND deleted = 0");
    QVariantList binds { text };
    if (year != 0) {
        tail += QStringLiteral(" AND fiscal_year = ?");
        binds << year;
    }
    Result<QList<Subject>> found = SubjectRepository(db).store().list(tail, binds);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return makeError(Error::Code::NotFound, Cli::tr("--subject: there is no subject with the id or code “%1”.").arg(text));
    if (found->size() > 1)
        return makeError(Error::Code::Invalid,
                         Cli::tr("--subject: %1 subjects have the code “%2”; give --year or the subject's id.")
                             .arg(found->size())
                             .arg(text));
    return found->first().meta.id;
}

// ---- PDF: the one place where the PDF renderer of ui/report will be called once it is merged (issue 11).
Result<qint64> writePdf(const ReportDocument& document, const QString& path)
{
#ifdef JIXIAO_CLI_PDF
    // The same layout as the desktop program's 导出 PDF (ui/report); the pages written.
    Result<int> pages = ReportPdf::write(document, path);
    if (!pages)
        return pages.error();
    return qint64(*pages);
#else
    Q_UNUSED(document)
    return makeError(Error::Code::Invalid,
                     Cli::tr("This jixiao-cli was built without the PDF writer (%1); write --format xlsx, csv or html.")
                         .arg(QDir::toNativeSeparators(path)));
#endif
}

} // namespace

int reportVerb(CliContext& cli)
{
    if (cli.flag(QStringLiteral("list")))
        return listReports(cli);
    // The name is the first word that is not -o or its file.
    QStringList words = cli.positional();
    if (const qsizetype at = words.indexOf(QStringLiteral("-o")); at >= 0)
        words.remove(at, std::min<qsizetype>(2, words.size() - at));
    if (words.isEmpty())
        return cli.fail(Cli::tr("“report” needs the name of a report; see jixiao-cli report --list."), Cli::Usage);
    const QString name = words.first();
    const std::optional<ReportInfo> info = ReportCatalog::find(name);
    if (!info)
        return cli.fail(Cli::tr("There is no report named “%1”; see jixiao-cli report --list.").arg(name), Cli::Usage);

    // `-o FILE` (a short option the parser leaves among the words) or --output FILE.
    QString output = cli.value(QStringLiteral("output"));
    const qsizetype o = cli.positional().indexOf(QStringLiteral("-o"));
    if (output.isEmpty() && o >= 0)
        output = cli.positional().value(o + 1);
    if (output.isEmpty())
        return cli.fail(Cli::tr("“report” needs -o FILE."), Cli::Usage);

    const QString formatText = cli.value(QStringLiteral("format")).toLower();
    bool pdf = formatText == QLatin1String("pdf");
    std::optional<ReportFormat> format;
    if (formatText.isEmpty()) {
        pdf = output.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive);
        format = ReportWriter::formatOf(output);
        if (!format && !pdf)
            return cli.fail(Cli::tr("--format: give xlsx, csv, html or pdf (the file's suffix names none)."), Cli::Usage);
    } else if (formatText == QLatin1String("xlsx")) {
        format = ReportFormat::Xlsx;
    } else if (formatText == QLatin1String("csv")) {
        format = ReportFormat::Csv;
    } else if (formatText == QLatin1String("html") || formatText == QLatin1String("htm")) {
        format = ReportFormat::Html;
    } else if (!pdf) {
        return cli.fail(Cli::tr("--format must be xlsx, csv, html or pdf, not “%1”.").arg(formatText), Cli::Usage);
    }

    ReportParameters parameters;
    Result<std::optional<int>> year = cli.yearOption();
    if (!year)
        return cli.fail(year.message(), Cli::Usage);
    parameters.fiscalYear = year->value_or(0);
    const QString unit = cli.value(QStringLiteral("unit"));
    if (unit.isEmpty() || unit == QLatin1String("wan") || unit == QLatin1String("10k") || unit == QStringLiteral("万元"))
        parameters.unit = MoneyUnit::TenThousandYuan;
    else if (unit == QLatin1String("yuan") || unit == QStringLiteral("元"))
        parameters.unit = MoneyUnit::Yuan;
    else
        return cli.fail(Cli::tr("--unit must be yuan or wan, not “%1”.").arg(unit), Cli::Usage);
    const QString month = cli.value(QStringLiteral("month"));
    if (!month.isEmpty()) {
        bool ok = false;
        parameters.month = month.toInt(&ok);
        if (!ok || parameters.month < 1 || parameters.month > 12)
            return cli.fail(Cli::tr("--month must be a month from 1 to 12, not “%1”.").arg(month), Cli::Usage);
    }
    parameters.divisionCode = cli.value(QStringLiteral("division")).trimmed();
    if (info->inputs.contains(ReportInput::Subject) && cli.value(QStringLiteral("subject")).isEmpty())
        return cli.fail(Cli::tr("The report “%1” needs --subject ID|CODE.").arg(name), Cli::Usage);
    if (info->inputs.contains(ReportInput::Month) && parameters.month == 0)
        return cli.fail(Cli::tr("The report “%1” needs --month M.").arg(name), Cli::Usage);

    Result<std::unique_ptr<Workspace>> workspace = cli.openWorkspace();
    if (!workspace)
        return cli.fail(workspace.error());
    Database& db = (*workspace)->database();
    if (const QString agency = cli.value(QStringLiteral("agency")).trimmed(); !agency.isEmpty()) {
        Result<QUuid> id = agencyOf(db, agency);
        if (!id)
            return cli.fail(id.error());
        parameters.agencyId = *id;
    }
    if (const QString subject = cli.value(QStringLiteral("subject")).trimmed(); !subject.isEmpty()) {
        Result<QUuid> id = subjectOf(db, subject, parameters.fiscalYear);
        if (!id)
            return cli.fail(id.error());
        parameters.subjectId = *id;
    }

    Result<ReportDocument> document = ReportCatalog::build(db, name, parameters);
    if (!document)
        return cli.fail(document.error());
    Result<qint64> rows = pdf ? writePdf(*document, output) : ReportWriter::write(*document, *format, output);
    if (!rows)
        return cli.fail(rows.error());
    const QString formatName = pdf ? QStringLiteral("pdf") : cli.value(QStringLiteral("format")).isEmpty()
        ? QFileInfo(output).suffix().toLower()
        : formatText;
    if (cli.json()) {
        cli.printJson({ { QStringLiteral("report"), name }, { QStringLiteral("title"), document->title },
                        { QStringLiteral("format"), formatName },
                        { QStringLiteral("file"), QDir::toNativeSeparators(output) },
                        { QStringLiteral("sheets"), int(document->sheets.size()) },
                        { QStringLiteral("rows"), *rows } });
        return Cli::Success;
    }
    cli.out() << Cli::tr("Wrote %1 (%2 rows, sheets: %3) to %4.")
                     .arg(document->title)
                     .arg(*rows)
                     .arg(document->sheets.size())
                     .arg(QDir::toNativeSeparators(output))
              << Qt::endl;
    return Cli::Success;
}

} // namespace jx
