// export, import: the JSON interchange (docs/json-format.md) through the workspace's streams.
#include "app/cli/CliContext.h"
#include "app/cli/CliVerbs.h"
#include "core/workspace/Workspace.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QSaveFile>

namespace jx {

int exportVerb(CliContext& cli)
{
    if (cli.positional().value(0) == QLatin1String("template"))
        return templateExportVerb(cli);
    if (!cli.json())
        return cli.fail(Cli::tr("export writes JSON: add --json."), Cli::Usage);
    Result<std::optional<int>> year = cli.yearOption();
    if (!year)
        return cli.fail(year.message(), Cli::Usage);
    Result<std::unique_ptr<Workspace>> workspace = cli.openWorkspace();
    if (!workspace)
        return cli.fail(workspace.error());
    const int fiscalYear = year->value_or(Workspace::defaultFiscalYear());

    const QString output = cli.value(QStringLiteral("output"));
    if (output.isEmpty()) {
        // Written whole to standard output only when the export succeeded.
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        Result<int> written = (*workspace)->exportPrograms(fiscalYear, buffer);
        if (!written)
            return cli.fail(written.error());
        cli.out() << QString::fromUtf8(buffer.data());
        cli.out().flush();
        return Cli::Success;
    }
    // A failed export leaves the file as it was: the new content replaces it only when complete.
    QSaveFile file(output);
    if (!file.open(QIODevice::WriteOnly))
        return cli.fail(Cli::tr("Cannot write “%1”: %2").arg(output, file.errorString()));
    Result<int> written = (*workspace)->exportPrograms(fiscalYear, file);
    if (!written)
        return cli.fail(written.error());
    if (!file.commit())
        return cli.fail(Cli::tr("Cannot write “%1”: %2").arg(output, file.errorString()));
    return Cli::Success;
}

int importVerb(CliContext& cli)
{
    const QString path = cli.positional().value(0);
    if (path.isEmpty())
        return cli.fail(Cli::tr("import needs a file: jixiao-cli --db FILE import DATA.json"), Cli::Usage);
    if (path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive))
        return templateImportVerb(cli);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return cli.fail(Cli::tr("Cannot read “%1”: %2").arg(path, file.errorString()));
    Result<std::unique_ptr<Workspace>> workspace = cli.openWorkspace();
    if (!workspace)
        return cli.fail(workspace.error());
    const bool dryRun = cli.flag(QStringLiteral("dry-run"));
    Result<ImportSummary> summary = (*workspace)->importPrograms(file, dryRun);
    if (!summary) {
        // A file that is not JSON at all is one problem among these, named by the interchange.
        const QStringList problems = summary.message().split(QLatin1Char('\n'));
        if (cli.json()) {
            QJsonArray list;
            for (const QString& p : problems)
                list.append(p);
            cli.printJson(
                { { QStringLiteral("status"), QStringLiteral("rejected") }, { QStringLiteral("problems"), list } });
        }
        // One line: the count and every rejected field with its path.
        return cli.fail(Cli::tr("Nothing was imported from “%1”; %2 problem(s): %3")
                            .arg(path)
                            .arg(problems.size())
                            .arg(problems.join(QStringLiteral(" | "))));
    }
    if (cli.json()) {
        cli.printJson({ { QStringLiteral("status"), dryRun ? QStringLiteral("dry-run") : QStringLiteral("imported") },
            { QStringLiteral("programsCreated"), summary->programsCreated },
            { QStringLiteral("programsUpdated"), summary->programsUpdated },
            { QStringLiteral("indicators"), summary->indicators },
            { QStringLiteral("monitoringReports"), summary->monitoringReports },
            { QStringLiteral("selfEvaluations"), summary->selfEvaluations } });
    } else {
        cli.out() << (dryRun ? Cli::tr("Dry run, nothing written: ") : QString())
                  << Cli::tr("%1 programs created, %2 updated; %3 indicators, %4 monitoring reports, "
                             "%5 self-evaluations.")
                         .arg(summary->programsCreated)
                         .arg(summary->programsUpdated)
                         .arg(summary->indicators)
                         .arg(summary->monitoringReports)
                         .arg(summary->selfEvaluations)
                  << Qt::endl;
    }
    return Cli::Success;
}

} // namespace jx
