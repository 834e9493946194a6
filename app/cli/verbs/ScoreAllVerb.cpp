// score --all: every self-evaluation of a year scored in one process; drafts get their stored score refreshed.
#include "app/cli/CliContext.h"
#include "app/cli/CliVerbs.h"
#include "core/domain/EnumTable.h"
#include "core/storage/EvaluationRepository.h"
#include "core/workspace/Workspace.h"

#include <QElapsedTimer>
#include <QJsonArray>

namespace jx {

int scoreAllVerb(CliContext& cli)
{
    if (!cli.value(QStringLiteral("program")).isEmpty())
        return cli.fail(Cli::tr("score takes either --program or --all."), Cli::Usage);
    Result<std::optional<int>> year = cli.yearOption();
    if (!year)
        return cli.fail(year.message(), Cli::Usage);
    Result<std::unique_ptr<Workspace>> workspace = cli.openWorkspace();
    if (!workspace)
        return cli.fail(workspace.error());
    // Self-evaluations are written after their year: by default the latest year that has them.
    std::optional<int> fiscalYear = *year;
    if (!fiscalYear) {
        Result<std::optional<int>> latest = EvaluationRepository((*workspace)->database()).latestYear();
        if (!latest)
            return cli.fail(latest.error());
        fiscalYear = latest->value_or(Workspace::defaultFiscalYear());
    }
    QElapsedTimer timer;
    timer.start();
    Result<QList<YearScore>> scores = (*workspace)->scoreYear(*fiscalYear);
    if (!scores)
        return cli.fail(scores.error());
    const qint64 ms = timer.elapsed();
    int refreshed = 0;
    int failed = 0;
    QJsonArray list;
    for (const YearScore& y : *scores) {
        refreshed += y.stored ? 1 : 0;
        failed += y.sheet ? 0 : 1;
        if (cli.json()) {
            QJsonObject o { { QStringLiteral("subject"), y.subjectId.toString(QUuid::WithoutBraces) },
                { QStringLiteral("evaluation"), y.evaluationId.toString(QUuid::WithoutBraces) },
                { QStringLiteral("name"), y.subject }, { QStringLiteral("kind"), codeOf(y.kind) },
                { QStringLiteral("status"), codeOf(y.status) },
                { QStringLiteral("stored"), y.stored } };
            if (y.sheet) {
                o.insert(QStringLiteral("total"), y.sheet->total);
                o.insert(QStringLiteral("grade"), codeOf(y.sheet->grade));
                o.insert(QStringLiteral("issues"), int(y.sheet->issues.size()));
            } else {
                o.insert(QStringLiteral("error"), y.error);
            }
            list.append(o);
        } else if (y.sheet) {
            cli.out() << Cli::tr("%1: %2, %3 (%4)%5")
                             .arg(y.subject, QString::number(y.sheet->total, 'f', 2), Names::of(y.sheet->grade),
                                 Names::of(y.status), y.stored ? Cli::tr(", stored") : QString())
                      << Qt::endl;
        } else {
            cli.out() << Cli::tr("%1: cannot be scored: %2").arg(y.subject, y.error) << Qt::endl;
        }
    }
    if (cli.json()) {
        cli.printJson({ { QStringLiteral("year"), *fiscalYear }, { QStringLiteral("count"), int(scores->size()) },
            { QStringLiteral("refreshed"), refreshed }, { QStringLiteral("failed"), failed },
            { QStringLiteral("milliseconds"), ms }, { QStringLiteral("evaluations"), list } });
    } else {
        cli.out() << Cli::tr("%1 self-evaluation(s) of %2 scored in %3 ms; %4 stored score(s) refreshed, %5 cannot be "
                             "scored.")
                         .arg(scores->size())
                         .arg(*fiscalYear)
                         .arg(ms)
                         .arg(refreshed)
                         .arg(failed)
                  << Qt::endl;
    }
    return Cli::Success;
}

} // namespace jx
