// order: finance orders rectification, or suspends or stops a program's funding.
#include "app/cli/CliContext.h"
#include "app/cli/CliVerbs.h"
#include "core/domain/EnumTable.h"
#include "core/workspace/Workspace.h"

namespace jx {

int orderVerb(CliContext& cli)
{
    if (cli.positional().value(0) == QLatin1String("lift"))
        return orderLiftVerb(cli);
    if (!cli.positional().isEmpty()) {
        return cli.fail(
            Cli::tr("Unknown “order” subcommand “%1”: use lift.").arg(cli.positional().first()), Cli::Usage);
    }
    Result<QUuid> programId = cli.programOption();
    if (!programId)
        return cli.fail(programId.message(), Cli::Usage);
    Result<QString> kind = cli.required(QStringLiteral("kind"));
    if (!kind)
        return cli.fail(kind.message(), Cli::Usage);
    const std::optional<OrderKind> orderKind = fromCode<OrderKind>(*kind);
    if (!orderKind)
        return cli.fail(Cli::tr("Unknown order “%1”: use rectify, suspend or stop.").arg(*kind), Cli::Usage);
    Result<QString> name = cli.required(QStringLiteral("as"));
    if (!name)
        return cli.fail(name.message(), Cli::Usage);
    const Role role = cli.financeRole();
    Result<std::unique_ptr<Workspace>> workspace = cli.openWorkspace();
    if (!workspace)
        return cli.fail(workspace.error());
    if (Result<void> r = (*workspace)->setActor({ *name, role, {} }); !r)
        return cli.fail(r.error());
    Result<QUuid> order = (*workspace)->issueOrder(*programId, *orderKind, cli.value(QStringLiteral("reason")));
    if (!order)
        return cli.fail(order.error());
    if (cli.json()) {
        cli.printJson(
            { { QStringLiteral("order"), order->toString(QUuid::WithoutBraces) }, { QStringLiteral("kind"), *kind } });
    } else {
        cli.out() << Cli::tr("%1: order %2.").arg(Names::of(*orderKind), order->toString(QUuid::WithoutBraces))
                  << Qt::endl;
    }
    return Cli::Success;
}

} // namespace jx
