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
    const auto counts = [&](const QList<DueCount>& list, const DueItem& item) {
        QJsonArray out;
        for (const DueCount& c : list) {
            out.append(QJsonObject { { QStringLiteral("key"), c.key }, { QStringLiteral("name"), c.name },
                { QStringLiteral("total"), c.total }, { QStringLiteral("done"), c.done },
                { QStringLiteral("missing"), c.missing() },
                { QStringLiteral("overdue"), item.overdue ? c.missing() : 0 } });
        }
        return out;
    };
    if (cli.json()) {
        QJsonArray list;
        for (const DueItem& i : *items) {
            list.append(QJsonObject { { QStringLiteral("key"), i.key }, { QStringLiteral("title"), i.title },
                { QStringLiteral("due"), i.dueDate.toString(Qt::ISODate) }, { QStringLiteral("total"), i.total },
                { QStringLiteral("done"), i.done }, { QStringLiteral("missing"), i.missing() },
                { QStringLiteral("overdueCount"), i.overdueCount() }, { QStringLiteral("tracked"), i.tracked },
                { QStringLiteral("overdue"), i.overdue }, { QStringLiteral("byUnit"), counts(i.byUnit, i) },
                { QStringLiteral("byDivision"), counts(i.byDivision, i) } });
        }
        cli.printJson({ { QStringLiteral("today"), today.toString(Qt::ISODate) }, { QStringLiteral("items"), list } });
        return Cli::Success;
    }
    for (const DueItem& i : *items) {
        const QString state = !i.tracked
            ? Cli::tr("reminder")
            : Cli::tr("%1 of %2 handed in, %3 missing").arg(i.done).arg(i.total).arg(i.missing());
        cli.out() << QStringLiteral("%1  %2  %3%4")
                         .arg(i.dueDate.toString(Qt::ISODate), i.title, state,
                             i.overdue ? Cli::tr(" — OVERDUE") : QString())
                  << Qt::endl;
        // A finance department: who still owes something, unit by unit and level by level.
        for (const QList<DueCount>* list : { &i.byUnit, &i.byDivision }) {
            for (const DueCount& c : *list) {
                if (c.missing() == 0)
                    continue;
                cli.out() << QStringLiteral("    %1  %2").arg(c.name, Cli::tr("%1 of %2 handed in, %3 missing")
                                                                    .arg(c.done)
                                                                    .arg(c.total)
                                                                    .arg(c.missing()))
                          << Qt::endl;
            }
        }
    }
    return Cli::Success;
}

} // namespace jx
