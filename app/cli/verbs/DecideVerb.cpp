// decide: a draft result application (结果运用), through Workspace::newDecision and saveDecision.
#include "app/cli/CliContext.h"
#include "app/cli/CliVerbs.h"
#include "core/domain/EnumTable.h"
#include "core/workspace/Workspace.h"

namespace jx {

int decideVerb(CliContext& cli)
{
    Result<QUuid> programId = cli.programOption();
    if (!programId)
        return cli.fail(programId.message(), Cli::Usage);
    Result<QString> decision = cli.required(QStringLiteral("decision"));
    if (!decision)
        return cli.fail(decision.message(), Cli::Usage);
    const std::optional<ApplicationDecision> applicationDecision = fromCode<ApplicationDecision>(*decision);
    if (!applicationDecision) {
        return cli.fail(
            Cli::tr("Unknown decision “%1”: use increase, keep, reduce or cancel.").arg(*decision), Cli::Usage);
    }
    Money change;
    if (!cli.value(QStringLiteral("change")).isEmpty()) {
        Result<Money> m = Money::parse(cli.value(QStringLiteral("change")));
        if (!m)
            return cli.fail(Cli::tr("--change: %1").arg(m.message()));
        change = *m;
    }
    Result<std::unique_ptr<Workspace>> workspace = cli.openWorkspace();
    if (!workspace)
        return cli.fail(workspace.error());
    // The workspace decides the year it applies to (the program's next) and the owner.
    Result<ResultApplication> application = (*workspace)->newDecision(*programId);
    if (!application)
        return cli.fail(application.error());
    ResultApplication& a = *application;
    a.decision = *applicationDecision;
    a.amountChange = change;
    a.reason = cli.value(QStringLiteral("reason"));
    if (Result<void> r = (*workspace)->saveDecision(a); !r)
        return cli.fail(r.error());
    if (cli.json()) {
        cli.printJson({ { QStringLiteral("id"), a.meta.id.toString(QUuid::WithoutBraces) },
            { QStringLiteral("nextYear"), a.nextYear } });
    } else {
        cli.out() << Cli::tr("Result application %1 for %2 saved as a draft.")
                         .arg(a.meta.id.toString(QUuid::WithoutBraces))
                         .arg(a.nextYear)
                  << Qt::endl;
    }
    return Cli::Success;
}

} // namespace jx
