// score: the self-evaluation score of a program (a read).
#include "app/cli/CliContext.h"
#include "app/cli/CliVerbs.h"
#include "core/domain/EnumTable.h"
#include "core/workflow/EvaluationService.h"
#include "core/workspace/Workspace.h"

#include <QJsonArray>

namespace jx {

namespace {

QJsonObject sheetJson(const QUuid& programId, const ScoreSheet& sheet)
{
    QJsonArray indicators;
    for (const IndicatorScore& s : sheet.indicators) {
        QJsonObject o { { QStringLiteral("id"), s.indicatorId.toString(QUuid::WithoutBraces) },
            { QStringLiteral("name"), s.name }, { QStringLiteral("class"), s.levelOneClass },
            { QStringLiteral("operator"), Names::of(s.op) }, { QStringLiteral("weight"), s.weight },
            { QStringLiteral("score"), s.score }, { QStringLiteral("notApplicable"), s.notApplicable },
            { QStringLiteral("farAbove"), s.farAbove }, { QStringLiteral("reached"), s.reached },
            { QStringLiteral("explanation"), s.explanation } };
        if (s.deduction > 0) {
            o.insert(QStringLiteral("deduction"), s.deduction);
            o.insert(QStringLiteral("deductionApplied"), s.deductionApplied);
        }
        if (s.notApplicableAccepted)
            o.insert(QStringLiteral("notApplicableAccepted"), *s.notApplicableAccepted);
        if (s.target)
            o.insert(QStringLiteral("target"), *s.target);
        if (s.actual)
            o.insert(QStringLiteral("actual"), *s.actual);
        indicators.append(o);
    }
    QJsonArray issues;
    for (const Problem& i : sheet.issues) {
        issues.append(QJsonObject {
            { QStringLiteral("indicatorId"), i.itemId.isNull() ? QString() : i.itemId.toString(QUuid::WithoutBraces) },
            { QStringLiteral("field"), i.field }, { QStringLiteral("message"), i.reason } });
    }
    QJsonObject o { { QStringLiteral("program"), programId.toString(QUuid::WithoutBraces) },
        { QStringLiteral("total"), sheet.total }, { QStringLiteral("grade"), Names::of(sheet.grade) },
        { QStringLiteral("gradeCode"), static_cast<int>(sheet.grade) },
        { QStringLiteral("executionScore"), sheet.executionScore },
        { QStringLiteral("executionWeight"), sheet.executionWeight }, { QStringLiteral("rawTotal"), sheet.rawTotal },
        { QStringLiteral("notApplicableWeight"), sheet.notApplicableWeight },
        { QStringLiteral("indicators"), indicators }, { QStringLiteral("issues"), issues } };
    if (sheet.executionRate)
        o.insert(QStringLiteral("executionRate"), *sheet.executionRate);
    o.insert(QStringLiteral("framework"), codeOf(sheet.framework));
    if (sheet.targetStatus)
        o.insert(QStringLiteral("targetStatus"), codeOf(*sheet.targetStatus));
    QJsonArray items;
    for (const ScoreReviewItem& i : sheet.reviewItems) {
        QJsonObject io { { QStringLiteral("indicatorId"), i.indicatorId.toString(QUuid::WithoutBraces) },
            { QStringLiteral("name"), i.name },
            { QStringLiteral("kind"), i.notApplicable ? QStringLiteral("not-applicable") : QStringLiteral("deduction") },
            { QStringLiteral("points"), i.points } };
        if (i.decided)
            io.insert(QStringLiteral("decided"), *i.decided);
        items.append(io);
    }
    o.insert(QStringLiteral("reviewItems"), items);
    return o;
}

} // namespace

int scoreVerb(CliContext& cli)
{
    if (cli.flag(QStringLiteral("all")))
        return scoreAllVerb(cli);
    Result<QUuid> programId = cli.programOption();
    if (!programId)
        return cli.fail(programId.message(), Cli::Usage);
    Result<std::unique_ptr<Workspace>> workspace = cli.openWorkspace();
    if (!workspace)
        return cli.fail(workspace.error());
    Result<ScoreSheet> sheet = EvaluationService((*workspace)->database()).score(*programId);
    if (!sheet)
        return cli.fail(sheet.error());
    if (cli.json()) {
        cli.printJson(sheetJson(*programId, *sheet));
        return Cli::Success;
    }
    if (sheet->targetStatus)
        cli.out() << Cli::tr("Targets: %1").arg(Names::of(*sheet->targetStatus)) << Qt::endl;
    cli.out() << Cli::tr("Budget execution: %1").arg(sheet->executionExplanation) << Qt::endl;
    for (const IndicatorScore& s : sheet->indicators)
        cli.out() << QStringLiteral("  %1 [%2] %3").arg(s.name, s.levelOneClass, s.explanation) << Qt::endl;
    cli.out() << Cli::tr("Total %1, grade %2.").arg(QString::number(sheet->total, 'f', 2), Names::of(sheet->grade))
              << Qt::endl;
    for (const ScoreReviewItem& i : sheet->reviewItems) {
        const QString state = !i.decided ? Cli::tr("open")
            : *i.decided                 ? Cli::tr("accepted")
                                         : Cli::tr("rejected");
        cli.out() << (i.notApplicable
                          ? Cli::tr("For finance: “%1” (%2) not applicable, %3 points out: %4")
                          : Cli::tr("For finance: “%1” (%2) far above target, %3 points to deduct: %4"))
                         .arg(i.name, i.indicatorId.toString(QUuid::WithoutBraces), QString::number(i.points, 'f', 2),
                             state)
                  << Qt::endl;
    }
    for (const Problem& i : sheet->issues)
        cli.out() << Cli::tr("To put right: %1").arg(i.line()) << Qt::endl;
    return Cli::Success;
}

} // namespace jx
