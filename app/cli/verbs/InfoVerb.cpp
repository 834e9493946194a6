// info: what a database holds (a read).
#include "app/cli/CliContext.h"
#include "app/cli/CliVerbs.h"
#include "core/storage/Installation.h"
#include "core/workspace/Workspace.h"

namespace jx {

int infoVerb(CliContext& cli)
{
    Result<std::unique_ptr<Workspace>> workspace = cli.openWorkspace();
    if (!workspace)
        return cli.fail(workspace.error());
    Database& db = (*workspace)->database();
    const Agency& self = (*workspace)->self();
    Result<QList<QPair<QString, qint64>>> counts = Installation::tableCounts(db);
    if (!counts)
        return cli.fail(counts.error());
    if (cli.json()) {
        QJsonObject tables;
        for (const auto& [name, count] : *counts)
            tables.insert(name, count);
        cli.printJson(
            { { QStringLiteral("database"), cli.dbPath() }, { QStringLiteral("schemaVersion"), db.schemaVersion() },
                { QStringLiteral("tables"), tables }, { QStringLiteral("agency"), self.name },
                { QStringLiteral("agencyId"), self.meta.id.toString(QUuid::WithoutBraces) },
                { QStringLiteral("division"), self.divisionCode } });
    } else {
        cli.out() << Cli::tr("Database: %1").arg(cli.dbPath()) << Qt::endl;
        cli.out() << Cli::tr("Schema version: %1").arg(db.schemaVersion()) << Qt::endl;
        cli.out() << Cli::tr("Agency: %1 (%2)").arg(self.name, self.divisionCode) << Qt::endl;
        for (const auto& [name, count] : *counts)
            cli.out() << QStringLiteral("  %1 %2").arg(name, -28).arg(count, 12) << Qt::endl;
    }
    return Cli::Success;
}

} // namespace jx
