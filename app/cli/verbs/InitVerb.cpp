// init: a new database for an agency, through Workspace::create.
#include "app/cli/CliContext.h"
#include "app/cli/CliVerbs.h"
#include "core/domain/EnumTable.h"
#include "core/workspace/Workspace.h"

namespace jx {

int initVerb(CliContext& cli)
{
    if (cli.dbPath().isEmpty())
        return cli.fail(Cli::tr("No database given: add --db FILE."), Cli::Usage);
    InstallationRequest request;
    Result<QString> division = cli.required(QStringLiteral("division"));
    if (!division)
        return cli.fail(division.message(), Cli::Usage);
    Result<QString> agency = cli.required(QStringLiteral("agency"));
    if (!agency)
        return cli.fail(agency.message(), Cli::Usage);
    request.divisionCode = *division;
    request.agencyName = *agency;
    request.agencyCode = cli.value(QStringLiteral("code"));
    const QString kind = cli.value(QStringLiteral("kind"));
    const std::optional<AgencyKind> agencyKind
        = kind.isEmpty() ? AgencyKind::FinanceBureau : fromCode<AgencyKind>(kind);
    if (!agencyKind)
        return cli.fail(Cli::tr("Unknown agency kind “%1”: use finance or unit.").arg(kind), Cli::Usage);
    request.agencyKind = *agencyKind;

    Result<std::unique_ptr<Workspace>> workspace = Workspace::create(cli.dbPath(), request);
    if (!workspace)
        return cli.fail(workspace.error());
    const Agency& self = (*workspace)->self();
    if (cli.json()) {
        cli.printJson({ { QStringLiteral("database"), cli.dbPath() },
            { QStringLiteral("agencyId"), self.meta.id.toString(QUuid::WithoutBraces) },
            { QStringLiteral("agency"), self.name }, { QStringLiteral("division"), self.divisionCode },
            { QStringLiteral("schemaVersion"), (*workspace)->database().schemaVersion() } });
    } else {
        cli.out() << Cli::tr("Created %1 for %2 (%3).").arg(cli.dbPath(), self.name, self.divisionCode) << Qt::endl;
    }
    return Cli::Success;
}

} // namespace jx
