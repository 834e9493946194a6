// submit, approve, return: a record through its workflow, as the person named by --as/--role.
#include "app/cli/CliContext.h"
#include "app/cli/CliVerbs.h"
#include "app/cli/verbs/VerdictOptions.h"
#include "core/domain/EnumTable.h"
#include "core/workflow/SubmissionGates.h"
#include "core/workspace/Workspace.h"

#include <QJsonArray>

namespace jx {

int workflowVerb(CliContext& cli)
{
    const QString& verb = cli.verb();
    Result<QString> kindName = cli.required(QStringLiteral("record"));
    if (!kindName)
        return cli.fail(kindName.message(), Cli::Usage);
    const std::optional<RecordKind> recordKind = fromCode<RecordKind>(*kindName);
    if (!recordKind) {
        return cli.fail(
            Cli::tr("Unknown record kind “%1”: use assessment, targets, monitoring, evaluation or application.")
                .arg(*kindName),
            Cli::Usage);
    }
    Result<QString> roleName = cli.required(QStringLiteral("role"));
    if (!roleName)
        return cli.fail(roleName.message(), Cli::Usage);
    const std::optional<Role> role = fromCode<Role>(*roleName);
    if (!role)
        return cli.fail(
            Cli::tr("Unknown role “%1”: use preparer, head, reviewer or admin.").arg(*roleName), Cli::Usage);
    Result<QString> name = cli.required(QStringLiteral("as"));
    if (!name)
        return cli.fail(name.message(), Cli::Usage);
    Result<QString> idList = cli.required(QStringLiteral("id"));
    if (!idList)
        return cli.fail(idList.message(), Cli::Usage);
    QList<QUuid> ids;
    for (const QString& part : idList->split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QUuid id = QUuid::fromString(part.trimmed());
        if (id.isNull())
            return cli.fail(Cli::tr("--id: “%1” is not a record id.").arg(part.trimmed()), Cli::Usage);
        ids << id;
    }
    if (ids.size() > 1 && verb != QLatin1String("approve"))
        return cli.fail(Cli::tr("Only approve takes several ids at once."), Cli::Usage);
    Result<std::optional<QUuid>> agency = cli.agencyOption();
    if (!agency)
        return cli.fail(agency.message(), Cli::Usage);
    Result<std::optional<EvaluationVerdict>> verdict = evaluationVerdictOption(cli, *recordKind);
    if (!verdict)
        return cli.fail(verdict.message(), Cli::Usage);
    if (*verdict && ids.size() > 1)
        return cli.fail(Cli::tr("A grade or decisions on items apply to one self-evaluation at a time."), Cli::Usage);

    Result<std::unique_ptr<Workspace>> opened = cli.openWorkspace();
    if (!opened)
        return cli.fail(opened.error());
    Workspace& workspace = **opened;
    // The workspace acts only for its own agency: another --agency is refused here.
    if (Result<void> r = workspace.setActor({ *name, *role, agency->value_or(QUuid()) }); !r)
        return cli.fail(r.error());
    const RecordKind kind = *recordKind;
    const QString comment = cli.value(QStringLiteral("comment"));
    Result<void> r;
    if (verb == QLatin1String("submit")) {
        r = workspace.submit(kind, ids.first(), comment);
    } else if (verb == QLatin1String("return")) {
        r = workspace.returnRecord(kind, ids.first(), comment);
    } else if (*verdict) {
        r = workspace.approveEvaluation(ids.first(), comment, **verdict);
    } else if (Result<int> n = workspace.approveAll(kind, ids, comment); !n) {
        r = n.error();
    }
    if (!r) {
        const int code = cli.fail(r.error());
        // A refused submission: one line per problem with the path of its field, to find it in the record.
        if (verb == QLatin1String("submit") && r.error().code == Error::Code::Invalid) {
            Result<QList<Problem>> problems = SubmissionGates(workspace.database()).problems(kind, ids.first());
            for (const Problem& p : problems ? *problems : QList<Problem>())
                cli.err() << "  " << p.line() << Qt::endl;
        }
        return code;
    }
    if (cli.json()) {
        QJsonArray done;
        for (const QUuid& id : ids)
            done.append(id.toString(QUuid::WithoutBraces));
        cli.printJson({ { QStringLiteral("action"), verb }, { QStringLiteral("record"), *kindName },
            { QStringLiteral("ids"), done } });
    } else {
        cli.out() << Cli::tr("Done: %1 %2 record(s).").arg(verb).arg(ids.size()) << Qt::endl;
    }
    return Cli::Success;
}

} // namespace jx
