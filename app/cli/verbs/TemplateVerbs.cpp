// export template, import FILE.xlsx: the fill-in templates (docs/templates.md).
#include "app/cli/CliContext.h"
#include "app/cli/CliVerbs.h"
#include "core/domain/EnumTable.h"
#include "core/domain/PrintableText.h"
#include "core/io/TemplateImporter.h"
#include "core/io/TemplateWorkbook.h"
#include "core/workspace/Workspace.h"

#include <QDate>
#include <QJsonArray>

namespace jx {

namespace {

// --as NAME [--role ROLE]: who acts; without them the workspace's default person.
Result<void> actAs(CliContext& cli, Workspace& workspace)
{
    const QString name = cli.value(QStringLiteral("as")).trimmed();
    if (name.isEmpty())
        return {};
    const QString roleName = cli.value(QStringLiteral("role"));
    std::optional<Role> role = roleName.isEmpty() ? std::optional<Role>(workspace.actor().role) : fromCode<Role>(roleName);
    if (!role)
        return makeError(Error::Code::Invalid, Cli::tr("Unknown role “%1”: use preparer, head, reviewer or admin.").arg(roleName));
    return workspace.setActor({ name, *role, {} });
}

} // namespace

int templateExportVerb(CliContext& cli)
{
    // export template KIND --agency ID|CODE [--year Y] [--month M] -o FILE
    const QStringList words = cli.positional();
    const QString kindText = words.value(1);
    const std::optional<TemplateKind> kind = TemplateLayout::kindFromCode(kindText);
    if (!kind) {
        return cli.fail(Cli::tr("export template needs a kind: targets, monitoring or self-evaluation."), Cli::Usage);
    }
    QString output = cli.value(QStringLiteral("output"));
    const qsizetype o = words.indexOf(QStringLiteral("-o"));
    if (output.isEmpty() && o >= 0)
        output = words.value(o + 1);
    if (output.isEmpty())
        return cli.fail(Cli::tr("export template needs a file: -o FILE.xlsx"), Cli::Usage);
    Result<std::optional<int>> year = cli.yearOption();
    if (!year)
        return cli.fail(year.message(), Cli::Usage);
    int month = QDate::currentDate().month();
    if (!cli.value(QStringLiteral("month")).isEmpty()) {
        bool ok = false;
        month = cli.value(QStringLiteral("month")).toInt(&ok);
        if (!ok || month < 1 || month > 12)
            return cli.fail(Cli::tr("--month: “%1” is not a month 1–12.").arg(cli.value(QStringLiteral("month"))), Cli::Usage);
    }
    Result<std::unique_ptr<Workspace>> workspace = cli.openWorkspace();
    if (!workspace)
        return cli.fail(workspace.error());
    Database& db = (*workspace)->database();
    const QString agencyText = cli.value(QStringLiteral("agency"));
    Result<Agency> agency = agencyText.isEmpty() ? Result<Agency>((*workspace)->self())
                                                 : TemplateWorkbook::findAgency(db, agencyText);
    if (!agency)
        return cli.fail(agency.error());

    TemplateRequest request;
    request.kind = *kind;
    request.agencyId = agency->meta.id;
    request.fiscalYear = year->value_or(Workspace::defaultFiscalYear());
    request.month = month;
    request.path = output;
    Result<int> programs = TemplateWorkbook::write(db, request);
    if (!programs)
        return cli.fail(programs.error());
    if (cli.json()) {
        cli.printJson({ { QStringLiteral("file"), output }, { QStringLiteral("kind"), TemplateLayout::codeOf(*kind) },
            { QStringLiteral("agency"), agency->name }, { QStringLiteral("fiscalYear"), request.fiscalYear },
            { QStringLiteral("month"), request.month }, { QStringLiteral("programs"), *programs } });
    } else {
        cli.out() << Cli::tr("%1 template of %2 for %3 with %4 program(s) written to %5.")
                         .arg(TemplateLayout::nameOf(*kind), agency->name)
                         .arg(request.fiscalYear)
                         .arg(*programs)
                         .arg(output)
                  << Qt::endl;
    }
    return Cli::Success;
}

int templateImportVerb(CliContext& cli)
{
    const QString path = cli.positional().value(0);
    const bool dryRun = cli.flag(QStringLiteral("dry-run"));
    Result<std::unique_ptr<Workspace>> workspace = cli.openWorkspace();
    if (!workspace)
        return cli.fail(workspace.error());
    if (Result<void> r = actAs(cli, **workspace); !r)
        return cli.fail(r.error());
    const TemplateImportResult result = TemplateImporter::run(**workspace, path, dryRun);
    if (cli.json()) {
        QJsonArray problems;
        for (const TemplateProblem& p : result.problems) {
            problems.append(QJsonObject { { QStringLiteral("sheet"), p.sheet }, { QStringLiteral("row"), p.row },
                { QStringLiteral("cell"), p.cell() }, { QStringLiteral("column"), p.header },
                { QStringLiteral("reason"), p.reason } });
        }
        cli.printJson({ { QStringLiteral("status"),
                            !result.ok() ? QStringLiteral("rejected")
                                         : (dryRun ? QStringLiteral("dry-run") : QStringLiteral("imported")) },
            { QStringLiteral("kind"), result.kind ? TemplateLayout::codeOf(*result.kind) : QString() },
            { QStringLiteral("fiscalYear"), result.fiscalYear }, { QStringLiteral("month"), result.month },
            { QStringLiteral("programs"), result.programs }, { QStringLiteral("rows"), result.rows },
            { QStringLiteral("created"), result.created }, { QStringLiteral("updated"), result.updated },
            { QStringLiteral("unchanged"), result.unchanged }, { QStringLiteral("problems"), problems } });
        return result.ok() ? Cli::Success : Cli::Failure;
    }
    if (!result.ok()) {
        // One problem a line, "sheet!Cell: column: reason", then the one-line refusal on standard error.
        for (const TemplateProblem& p : result.problems)
            cli.out() << printableText(p.line()) << Qt::endl;
        return cli.fail(Cli::tr("Nothing was imported from “%1”; %2 problem(s).").arg(path).arg(result.problems.size()));
    }
    cli.out() << (dryRun ? Cli::tr("Dry run, nothing written: ") : QString())
              << Cli::tr("%1 of %2: %3 program(s), %4 row(s); %5 record(s) created, %6 updated, %7 unchanged.")
                     .arg(TemplateLayout::nameOf(*result.kind))
                     .arg(result.fiscalYear)
                     .arg(result.programs)
                     .arg(result.rows)
                     .arg(result.created)
                     .arg(result.updated)
                     .arg(result.unchanged)
              << Qt::endl;
    return Cli::Success;
}

} // namespace jx
