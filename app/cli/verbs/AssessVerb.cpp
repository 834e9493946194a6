// assess: create or edit an ex-ante assessment (事前绩效评估), through Workspace::newAssessment,
// rateAssessment and saveAssessment.
#include "app/cli/CliContext.h"
#include "app/cli/CliVerbs.h"
#include "core/domain/EnumTable.h"
#include "core/storage/AssessmentRepository.h"
#include "core/workspace/Workspace.h"

#include <QFile>

namespace jx {

int assessVerb(CliContext& cli)
{
    // Check the command line completely before the database is opened.
    QUuid id;
    QUuid programId;
    if (!cli.value(QStringLiteral("id")).isEmpty()) {
        id = QUuid::fromString(cli.value(QStringLiteral("id")).trimmed());
        if (id.isNull())
            return cli.fail(Cli::tr("--id: “%1” is not a record id.").arg(cli.value(QStringLiteral("id"))), Cli::Usage);
    } else {
        Result<QUuid> program = cli.programOption();
        if (!program)
            return cli.fail(
                Cli::tr("“assess” needs --program (a new assessment) or --id (an existing one)."), Cli::Usage);
        programId = *program;
    }
    QList<double> scores;
    if (!cli.value(QStringLiteral("scores")).isEmpty()) {
        const QStringList parts = cli.value(QStringLiteral("scores")).split(QLatin1Char(','));
        for (const QString& part : parts) {
            bool ok = false;
            const double v = part.trimmed().toDouble(&ok);
            if (!ok || v < 0)
                return cli.fail(Cli::tr("--scores: “%1” is not a score.").arg(part.trimmed()), Cli::Usage);
            scores << v;
        }
        if (scores.size() != int(enumEntries<AssessmentDimension>().size())) {
            return cli.fail(Cli::tr("--scores needs %1 scores (立项必要性, 投入经济性, 绩效目标合理性, 实施方案可行性, "
                                    "筹资合规性), not %2.")
                                .arg(enumEntries<AssessmentDimension>().size())
                                .arg(scores.size()),
                Cli::Usage);
        }
    }
    std::optional<AssessmentConclusion> conclusion;
    if (!cli.value(QStringLiteral("conclusion")).isEmpty()) {
        conclusion = fromCode<AssessmentConclusion>(cli.value(QStringLiteral("conclusion")));
        if (!conclusion) {
            return cli.fail(Cli::tr("Unknown conclusion “%1”: use support, support-after-revision or reject.")
                                .arg(cli.value(QStringLiteral("conclusion"))),
                Cli::Usage);
        }
    }
    std::optional<AssessorKind> assessor;
    if (!cli.value(QStringLiteral("assessor")).isEmpty()) {
        assessor = fromCode<AssessorKind>(cli.value(QStringLiteral("assessor")));
        if (!assessor) {
            return cli.fail(Cli::tr("Unknown assessor “%1”: use self, finance or third-party.")
                                .arg(cli.value(QStringLiteral("assessor"))),
                Cli::Usage);
        }
    }
    QString report = cli.value(QStringLiteral("report"));
    const QString reportFile = cli.value(QStringLiteral("report-file"));
    if (!reportFile.isEmpty()) {
        QFile f(reportFile);
        if (!f.open(QIODevice::ReadOnly))
            return cli.fail(Cli::tr("Cannot read the report “%1”: %2").arg(reportFile, f.errorString()));
        report = QString::fromUtf8(f.readAll());
    }

    Result<std::unique_ptr<Workspace>> opened = cli.openWorkspace();
    if (!opened)
        return cli.fail(opened.error());
    Workspace& workspace = **opened;
    if (!cli.value(QStringLiteral("as")).isEmpty()) {
        const std::optional<Role> role = fromCode<Role>(cli.value(QStringLiteral("role")));
        if (Result<void> r
            = workspace.setActor({ cli.value(QStringLiteral("as")), role.value_or(workspace.actor().role), {} });
            !r)
            return cli.fail(r.error());
    }
    ExAnteAssessment a;
    if (id.isNull()) {
        Result<ExAnteAssessment> made = workspace.newAssessment(programId);
        if (!made)
            return cli.fail(made.error());
        a = *made;
    } else {
        Result<std::optional<ExAnteAssessment>> stored = AssessmentRepository(workspace.database()).find(id);
        if (!stored)
            return cli.fail(stored.error());
        if (!stored->has_value() || (*stored)->meta.deleted)
            return cli.fail(
                Cli::tr("There is no ex-ante assessment with id %1.").arg(id.toString(QUuid::WithoutBraces)));
        a = **stored;
    }
    for (qsizetype n = 0; n < scores.size() && n < a.items.size(); ++n)
        a.items[n].score = scores.at(n);
    if (!report.isEmpty())
        a.report = report;
    if (assessor)
        a.assessor = *assessor;
    if (!cli.value(QStringLiteral("assessor-name")).isEmpty())
        a.assessorName = cli.value(QStringLiteral("assessor-name"));
    // The conclusion follows the scores unless one is given.
    a.conclusion = conclusion;
    if (Result<void> r = workspace.rateAssessment(a); !r)
        return cli.fail(r.error());
    if (Result<void> r = workspace.saveAssessment(a); !r)
        return cli.fail(r.error());
    if (cli.json()) {
        cli.printJson({ { QStringLiteral("id"), a.meta.id.toString(QUuid::WithoutBraces) },
            { QStringLiteral("program"), a.subjectId.toString(QUuid::WithoutBraces) },
            { QStringLiteral("total"), a.totalScore() },
            { QStringLiteral("conclusion"), a.conclusion ? codeOf(*a.conclusion) : QString() },
            { QStringLiteral("status"), codeOf(a.status) } });
    } else {
        cli.out() << Cli::tr("Ex-ante assessment %1 saved: %2 points, %3.")
                         .arg(a.meta.id.toString(QUuid::WithoutBraces))
                         .arg(a.totalScore())
                         .arg(a.conclusion ? Names::of(*a.conclusion) : QString())
                  << Qt::endl;
    }
    return Cli::Success;
}

} // namespace jx
