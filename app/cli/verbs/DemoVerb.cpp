// demo: a new database of synthetic data. The generator writes a new file below the door;
// there is no workspace until the file exists.
#include "app/cli/CliContext.h"
#include "app/cli/CliVerbs.h"
#include "core/demo/DemoGenerator.h"

#include <QElapsedTimer>

namespace jx {

int demoVerb(CliContext& cli)
{
    if (cli.dbPath().isEmpty())
        return cli.fail(Cli::tr("No database given: add --db FILE."), Cli::Usage);
    DemoOptions options;
    const QString scaleName = cli.value(QStringLiteral("scale"));
    Result<DemoScale> scale = DemoGenerator::parseScale(scaleName.isEmpty() ? QStringLiteral("county") : scaleName);
    if (!scale)
        return cli.fail(scale.message(), Cli::Usage);
    options.scale = *scale;
    const QString seed = cli.value(QStringLiteral("seed"));
    if (!seed.isEmpty()) {
        bool ok = false;
        options.seed = seed.toULongLong(&ok);
        if (!ok)
            return cli.fail(Cli::tr("--seed must be a whole number, not “%1”.").arg(seed), Cli::Usage);
    }
    Result<std::optional<int>> year = cli.yearOption();
    if (!year)
        return cli.fail(year.message(), Cli::Usage);
    if (*year)
        options.fiscalYear = **year;
    if (!cli.value(QStringLiteral("region")).isEmpty())
        options.regionCode = cli.value(QStringLiteral("region"));
    int lastPercent = -1;
    const bool showProgress = !cli.json();
    options.progress = [&](double done) {
        const int percent = int(done * 100);
        if (showProgress && percent / 10 != lastPercent / 10) {
            cli.err() << Cli::tr("… %1%").arg(percent) << Qt::endl;
            lastPercent = percent;
        }
        return true;
    };
    QElapsedTimer timer;
    timer.start();
    Result<DemoSummary> summary = DemoGenerator::createDemo(cli.dbPath(), options);
    if (!summary)
        return cli.fail(summary.error());
    const double seconds = timer.elapsed() / 1000.0;
    if (cli.json()) {
        cli.printJson({ { QStringLiteral("database"), cli.dbPath() },
            { QStringLiteral("division"), summary->divisionCode },
            { QStringLiteral("divisionName"), summary->divisionName },
            { QStringLiteral("fiscalYear"), summary->fiscalYear }, { QStringLiteral("agencies"), summary->agencies },
            { QStringLiteral("programs"), summary->programs }, { QStringLiteral("indicators"), summary->indicators },
            { QStringLiteral("monitoringReports"), summary->monitoringReports },
            { QStringLiteral("selfEvaluations"), summary->selfEvaluations }, { QStringLiteral("seconds"), seconds } });
    } else {
        cli.out() << Cli::tr("Created %1: %2 (%3), fiscal year %4; %5 agencies, %6 programs, %7 indicators, "
                             "%8 monitoring reports, %9 self-evaluations.")
                         .arg(cli.dbPath(), summary->divisionName, summary->divisionCode)
                         .arg(summary->fiscalYear)
                         .arg(summary->agencies)
                         .arg(summary->programs)
                         .arg(summary->indicators)
                         .arg(summary->monitoringReports)
                         .arg(summary->selfEvaluations)
                  << Qt::endl;
    }
    return Cli::Success;
}

} // namespace jx
