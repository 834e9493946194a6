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
            { QStringLiteral("farAbove"), s.farAbove }, { QStringLiteral("explanation"), s.explanation } };
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
    return o;
}

} // namespace

int scoreVerb(CliContext& cli)
{
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
    cli.out() << Cli::tr("Budget execution: %1").arg(sheet->executionExplanation) << Qt::endl;
    for (const IndicatorScore& s : sheet->indicators)
        cli.out() << QStringLiteral("  %1 [%2] %3").arg(s.name, s.levelOneClass, s.explanation) << Qt::endl;
    cli.out() << Cli::tr("Total %1, grade %2.").arg(QString::number(sheet->total, 'f', 2), Names::of(sheet->grade))
              << Qt::endl;
    for (const Problem& i : sheet->issues)
        cli.out() << Cli::tr("To put right: %1").arg(i.line()) << Qt::endl;
    return Cli::Success;
}

} // namespace jx
