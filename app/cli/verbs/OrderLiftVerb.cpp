// order lift: finance lifts an order it gave, recording the outcome of a rectification.
#include "app/cli/CliContext.h"
#include "app/cli/CliVerbs.h"
#include "core/domain/EnumTable.h"
#include "core/workspace/Workspace.h"

namespace jx {

int orderLiftVerb(CliContext& cli)
{
    Result<QString> idText = cli.required(QStringLiteral("id"));
    if (!idText)
        return cli.fail(idText.message(), Cli::Usage);
    const QUuid id = QUuid::fromString(*idText);
    if (id.isNull())
        return cli.fail(Cli::tr("--id: “%1” is not an order id.").arg(*idText), Cli::Usage);
    Result<QString> name = cli.required(QStringLiteral("as"));
    if (!name)
        return cli.fail(name.message(), Cli::Usage);
    const Role role = cli.financeRole();
    Result<std::unique_ptr<Workspace>> workspace = cli.openWorkspace();
    if (!workspace)
        return cli.fail(workspace.error());
    if (Result<void> r = (*workspace)->setActor({ *name, role, {} }); !r)
        return cli.fail(r.error());
    if (Result<void> r
        = (*workspace)->liftOrder(id, cli.value(QStringLiteral("reason")), cli.value(QStringLiteral("outcome")));
        !r)
        return cli.fail(r.error());
    if (cli.json()) {
        cli.printJson(
            { { QStringLiteral("order"), id.toString(QUuid::WithoutBraces) }, { QStringLiteral("lifted"), true } });
    } else {
        cli.out() << Cli::tr("Order %1 lifted.").arg(id.toString(QUuid::WithoutBraces)) << Qt::endl;
    }
    return Cli::Success;
}

} // namespace jx
