// due: work due and overdue under the statutory calendar (a read).
#include "app/cli/CliContext.h"
#include "app/cli/CliVerbs.h"
#include "core/workflow/DeadlineService.h"
#include "core/workspace/Workspace.h"

#include <QDate>
#include <QJsonArray>

namespace jx {

int dueVerb(CliContext& cli)
{
    Result<std::optional<QUuid>> agency = cli.agencyOption();
    if (!agency)
        return cli.fail(agency.message(), Cli::Usage);
    QDate today = QDate::currentDate();
    const QString todayText = cli.value(QStringLiteral("today"));
    if (!todayText.isEmpty()) {
        today = QDate::fromString(todayText, Qt::ISODate);
        if (!today.isValid())
            return cli.fail(Cli::tr("--today must be a date like 2025-05-20, not “%1”.").arg(todayText), Cli::Usage);
    }
    Result<std::optional<int>> year = cli.yearOption();
    if (!year)
        return cli.fail(year.message(), Cli::Usage);
    Result<std::unique_ptr<Workspace>> workspace = cli.openWorkspace();
    if (!workspace)
        return cli.fail(workspace.error());
    const QUuid agencyId = agency->value_or((*workspace)->self().meta.id);
    Result<QList<DueItem>> items
        = DeadlineService((*workspace)->database()).due(agencyId, year->value_or(today.year()), today);
    if (!items)
        return cli.fail(items.error());
    if (cli.json()) {
        QJsonArray list;
        for (const DueItem& i : *items) {
            list.append(QJsonObject { { QStringLiteral("key"), i.key }, { QStringLiteral("title"), i.title },
                { QStringLiteral("due"), i.dueDate.toString(Qt::ISODate) }, { QStringLiteral("total"), i.total },
                { QStringLiteral("done"), i.done }, { QStringLiteral("tracked"), i.tracked },
                { QStringLiteral("overdue"), i.overdue } });
        }
        cli.printJson({ { QStringLiteral("today"), today.toString(Qt::ISODate) }, { QStringLiteral("items"), list } });
        return Cli::Success;
    }
    for (const DueItem& i : *items) {
        const QString state = !i.tracked ? Cli::tr("reminder") : Cli::tr("%1 of %2 done").arg(i.done).arg(i.total);
        cli.out() << QStringLiteral("%1  %2  %3%4")
                         .arg(i.dueDate.toString(Qt::ISODate), i.title, state,
                             i.overdue ? Cli::tr(" — OVERDUE") : QString())
                  << Qt::endl;
    }
    return Cli::Success;
}

} // namespace jx
