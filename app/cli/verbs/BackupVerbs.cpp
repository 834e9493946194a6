// backup, restore: copies of the database through SQLite's online backup API (core/storage/Backup).
#include "app/cli/CliContext.h"
#include "app/cli/CliVerbs.h"
#include "core/storage/Backup.h"
#include "core/workspace/Workspace.h"

#include <QDir>

namespace jx {

int backupVerb(CliContext& cli)
{
    if (cli.positional().size() > 1)
        return cli.fail(Cli::tr("backup takes at most one file: jixiao-cli --db FILE backup [COPY]"), Cli::Usage);
    Result<std::unique_ptr<Workspace>> workspace = cli.openWorkspace();
    if (!workspace)
        return cli.fail(workspace.error());
    Database& db = (*workspace)->database();
    QString target = cli.positional().value(0);
    if (target.isEmpty()) {
        Result<QString> made = Backup::rotate(db, QStringLiteral("manual"));
        if (!made)
            return cli.fail(made.error());
        target = *made;
    } else if (Result<void> r = Backup::copy(db, target); !r) {
        return cli.fail(r.error());
    }
    if (cli.json()) {
        cli.printJson({ { QStringLiteral("database"), cli.dbPath() }, { QStringLiteral("backup"), target } });
    } else {
        cli.out() << Cli::tr("Backed up %1 to %2.").arg(cli.dbPath(), QDir::toNativeSeparators(target)) << Qt::endl;
    }
    return Cli::Success;
}

int restoreVerb(CliContext& cli)
{
    if (cli.dbPath().isEmpty())
        return cli.fail(Cli::tr("No database given: add --db FILE."), Cli::Usage);
    const QString source = cli.positional().value(0);
    if (source.isEmpty() || cli.positional().size() > 1)
        return cli.fail(Cli::tr("restore needs one backup file: jixiao-cli --db FILE restore BACKUP"), Cli::Usage);
    Result<Backup::Restored> restored = Backup::restore(source, cli.dbPath());
    if (!restored)
        return cli.fail(restored.error());
    if (cli.json()) {
        cli.printJson({ { QStringLiteral("database"), cli.dbPath() }, { QStringLiteral("restoredFrom"), source },
            { QStringLiteral("schemaVersion"), restored->schemaVersion },
            { QStringLiteral("replacedKeptAs"), restored->keptAs } });
    } else if (restored->keptAs.isEmpty()) {
        cli.out() << Cli::tr("Restored %1 from %2.").arg(cli.dbPath(), source) << Qt::endl;
    } else {
        cli.out() << Cli::tr("Restored %1 from %2; the database it replaced is kept as %3.")
                         .arg(cli.dbPath(), source, QDir::toNativeSeparators(restored->keptAs))
                  << Qt::endl;
    }
    return Cli::Success;
}

} // namespace jx
