// package export, package import, package history: signed packages between levels (core/exchange/Exchange).
// (package verify and keys are the key verbs' file.)
#include "app/cli/CliContext.h"
#include "app/cli/CliVerbs.h"
#include "core/exchange/Exchange.h"
#include "core/workspace/Workspace.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace jx {

namespace {

// The passphrase of this installation's key: --passphrase-file FILE (its first line), else JIXIAO_PASSPHRASE.
Result<QString> passphrase(const CliContext& cli)
{
    const QString file = cli.value(QStringLiteral("passphrase-file"));
    if (!file.isEmpty()) {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            return makeError(Error::Code::NotFound, Cli::tr("Cannot read “%1”: %2").arg(file, f.errorString()));
        QByteArray line = f.readLine();
        while (line.endsWith('\n') || line.endsWith('\r'))
            line.chop(1);
        return QString::fromUtf8(line);
    }
    if (qEnvironmentVariableIsSet("JIXIAO_PASSPHRASE"))
        return qEnvironmentVariable("JIXIAO_PASSPHRASE");
    return makeError(Error::Code::Invalid,
        Cli::tr("The signing key needs its passphrase: add --passphrase-file FILE or set JIXIAO_PASSPHRASE."));
}

QString directionName(ExchangeDirection d)
{
    return d == ExchangeDirection::Submission ? Cli::tr("submission") : Cli::tr("return");
}

QString directionCode(ExchangeDirection d)
{
    return d == ExchangeDirection::Submission ? QStringLiteral("submission") : QStringLiteral("return");
}

QJsonObject countsJson(const QMap<QString, qint64>& counts)
{
    QJsonObject o;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

int exportPackage(CliContext& cli)
{
    Result<QString> to = cli.required(QStringLiteral("to"));
    if (!to)
        return cli.fail(to.message(), Cli::Usage);
    Result<std::optional<int>> year = cli.yearOption();
    if (!year)
        return cli.fail(year.message(), Cli::Usage);
    if (!year->has_value())
        return cli.fail(Cli::tr("package export needs --year YEAR."), Cli::Usage);
    // -o FILE (a word after the verb) or --output FILE.
    QString output = cli.value(QStringLiteral("output"));
    const QStringList& words = cli.positional();
    const qsizetype o = words.indexOf(QStringLiteral("-o"));
    if (o >= 0)
        output = words.value(o + 1);
    if (output.isEmpty())
        return cli.fail(Cli::tr("package export needs the file to write: -o FILE."), Cli::Usage);
    if (cli.flag(QStringLiteral("all")) && cli.flag(QStringLiteral("since-ack")))
        return cli.fail(Cli::tr("Choose --all or --since-ack, not both."), Cli::Usage);
    Result<QString> secret = passphrase(cli);
    if (!secret)
        return cli.fail(secret.error());

    ExportOptions options;
    options.recipient = *to;
    options.fiscalYear = **year;
    const QString stages = cli.value(QStringLiteral("stages"));
    options.stages = stages.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (QString& s : options.stages)
        s = s.trimmed();
    options.sinceAcknowledged = cli.flag(QStringLiteral("since-ack"));
    options.outputPath = output;
    options.passphrase = *secret;

    Result<std::unique_ptr<Workspace>> workspace = cli.openWorkspace();
    if (!workspace)
        return cli.fail(workspace.error());
    Result<ExportResult> result = Exchange(**workspace).exportPackage(options);
    if (!result)
        return cli.fail(result.error());
    qint64 records = 0;
    for (qint64 n : std::as_const(result->counts))
        records += n;
    if (cli.json()) {
        cli.printJson({ { QStringLiteral("package"), result->packageId.toString(QUuid::WithoutBraces) },
            { QStringLiteral("kind"), directionCode(result->direction) },
            { QStringLiteral("recipient"), result->recipientId.toString(QUuid::WithoutBraces) },
            { QStringLiteral("recipientName"), result->recipientName }, { QStringLiteral("sequence"), result->sequence },
            { QStringLiteral("records"), records }, { QStringLiteral("counts"), countsJson(result->counts) },
            { QStringLiteral("file"), result->path } });
        return Cli::Success;
    }
    cli.out() << Cli::tr("Wrote %1 package number %2 for %3 to %4: %5 records.")
                     .arg(directionName(result->direction))
                     .arg(result->sequence)
                     .arg(result->recipientName, QDir::toNativeSeparators(result->path))
                     .arg(records)
              << Qt::endl;
    for (auto it = result->counts.cbegin(); it != result->counts.cend(); ++it) {
        if (it.value() > 0)
            cli.out() << QStringLiteral("  %1: %2").arg(ExchangeSummary::kindName(it.key())).arg(it.value()) << Qt::endl;
    }
    return Cli::Success;
}

// Writes @p summary to @p path: JSON for a .json file, the text for people otherwise.
Result<void> writeSummary(const QString& path, const ExchangeSummary& summary)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(Error::Code::Storage, Cli::tr("Cannot write “%1”: %2").arg(path, file.errorString()));
    if (path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
        file.write(QJsonDocument(summary.toJson()).toJson(QJsonDocument::Indented));
    else
        file.write(summary.toText().toUtf8());
    if (!file.commit())
        return makeError(Error::Code::Storage, Cli::tr("Cannot write “%1”: %2").arg(path, file.errorString()));
    return {};
}

int importPackage(CliContext& cli)
{
    const QString path = cli.positional().value(1);
    if (path.isEmpty())
        return cli.fail(Cli::tr("package import needs a file: jixiao-cli --db FILE package import PACKAGE"), Cli::Usage);
    const bool dryRun = cli.flag(QStringLiteral("dry-run"));
    const QString summaryPath = cli.value(QStringLiteral("summary"));
    Result<std::unique_ptr<Workspace>> workspace = cli.openWorkspace();
    if (!workspace)
        return cli.fail(workspace.error());
    Result<ExchangeSummary> summary = Exchange(**workspace).importPackage(path, dryRun);
    if (!summary) {
        // Refused: the summary says so too, when one was asked for.
        ExchangeSummary refused;
        refused.status = ExchangeSummary::Status::Error;
        refused.outcome = ExchangeSummary::Outcome::Refused;
        refused.message = summary.message();
        if (!summaryPath.isEmpty())
            (void)writeSummary(summaryPath, refused);
        if (cli.json())
            cli.printJson(refused.toJson());
        return cli.fail(summary.error());
    }
    if (!summaryPath.isEmpty()) {
        if (Result<void> r = writeSummary(summaryPath, *summary); !r)
            return cli.fail(r.error());
    }
    if (cli.json())
        cli.printJson(summary->toJson());
    else
        cli.out() << summary->toText() << Qt::flush;
    return Cli::Success;
}

int packageHistory(CliContext& cli)
{
    Result<std::unique_ptr<Workspace>> workspace = cli.openWorkspace();
    if (!workspace)
        return cli.fail(workspace.error());
    Result<ExchangeHistory> history = Exchange(**workspace).history();
    if (!history)
        return cli.fail(history.error());
    if (cli.json()) {
        QJsonArray sent;
        for (const SentPackage& p : history->sent) {
            sent.append(QJsonObject { { QStringLiteral("package"), p.id.toString(QUuid::WithoutBraces) },
                { QStringLiteral("kind"), directionCode(p.direction) },
                { QStringLiteral("recipient"), p.recipientId.toString(QUuid::WithoutBraces) },
                { QStringLiteral("sequence"), p.sequence }, { QStringLiteral("fiscalYear"), p.fiscalYear },
                { QStringLiteral("scope"), p.scope }, { QStringLiteral("counts"), countsJson(p.counts) },
                { QStringLiteral("created"), p.createdAt.toString(Qt::ISODateWithMs) },
                { QStringLiteral("acknowledged"),
                    p.acknowledgedAt.isValid() ? p.acknowledgedAt.toString(Qt::ISODateWithMs) : QString() },
                { QStringLiteral("file"), p.fileName } });
        }
        QJsonArray received;
        for (const ReceivedPackage& p : history->received) {
            received.append(QJsonObject { { QStringLiteral("package"), p.id.toString(QUuid::WithoutBraces) },
                { QStringLiteral("kind"), directionCode(p.direction) },
                { QStringLiteral("sender"), p.senderId.toString(QUuid::WithoutBraces) },
                { QStringLiteral("sequence"), p.sequence }, { QStringLiteral("fiscalYear"), p.fiscalYear },
                { QStringLiteral("imported"), p.importedAt.toString(Qt::ISODateWithMs) },
                { QStringLiteral("file"), p.fileName }, { QStringLiteral("header"), p.header },
                { QStringLiteral("summary"), p.summary.toJson() } });
        }
        cli.printJson({ { QStringLiteral("sent"), sent }, { QStringLiteral("received"), received } });
        return Cli::Success;
    }
    cli.out() << Cli::tr("Packages sent: %1").arg(history->sent.size()) << Qt::endl;
    for (const SentPackage& p : history->sent) {
        qint64 records = 0;
        for (qint64 n : p.counts)
            records += n;
        cli.out() << QStringLiteral("  #%1 %2 ").arg(p.sequence).arg(p.createdAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                  << Cli::tr("%1 to %2, year %3, %4 records, %5")
                         .arg(directionName(p.direction), p.recipientId.toString(QUuid::WithoutBraces))
                         .arg(p.fiscalYear)
                         .arg(records)
                         .arg(p.acknowledgedAt.isValid() ? Cli::tr("acknowledged") : Cli::tr("not acknowledged yet"))
                  << Qt::endl;
    }
    cli.out() << Cli::tr("Packages received: %1").arg(history->received.size()) << Qt::endl;
    for (const ReceivedPackage& p : history->received) {
        const KindCounts t = p.summary.totals();
        cli.out() << QStringLiteral("  %1 ").arg(p.importedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                  << Cli::tr("%1 #%2 from %3, year %4: %5; %6 created, %7 updated, %8 unchanged, %9 ignored, %10 conflicts")
                         .arg(directionName(p.direction))
                         .arg(p.sequence)
                         .arg(p.summary.senderName.isEmpty() ? p.senderId.toString(QUuid::WithoutBraces) : p.summary.senderName)
                         .arg(p.fiscalYear)
                         .arg(ExchangeSummary::statusName(p.summary.status))
                         .arg(t.created)
                         .arg(t.updated)
                         .arg(t.unchanged)
                         .arg(t.ignored)
                         .arg(t.conflicts)
                  << Qt::endl;
    }
    return Cli::Success;
}

} // namespace

int packageExchangeVerb(CliContext& cli)
{
    const QString action = cli.positional().value(0);
    if (action == QLatin1String("export"))
        return exportPackage(cli);
    if (action == QLatin1String("import"))
        return importPackage(cli);
    if (action == QLatin1String("history"))
        return packageHistory(cli);
    return cli.fail(Cli::tr("package needs export, import or history (see jixiao-cli --help)."), Cli::Usage);
}

} // namespace jx
