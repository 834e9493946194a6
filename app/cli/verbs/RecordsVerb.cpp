// records: every record of a subject with its kind, id, status and year (a read), so that the
// ids other verbs take (submit --id, assess --id, order lift --id) can be found.
#include "app/cli/CliContext.h"
#include "app/cli/CliVerbs.h"
#include "core/domain/EnumTable.h"
#include "core/domain/FinanceOrder.h"
#include "core/domain/Validation.h"
#include "core/storage/FinanceOrderRepository.h"
#include "core/storage/ResultApplicationRepository.h"
#include "core/storage/SubjectRepository.h"
#include "core/workflow/RecordLookup.h"
#include "core/workspace/Workspace.h"

#include <QJsonArray>

namespace jx {

int recordsVerb(CliContext& cli)
{
    Result<QUuid> subjectId = cli.programOption();
    if (!subjectId)
        return cli.fail(subjectId.message(), Cli::Usage);
    Result<std::unique_ptr<Workspace>> opened = cli.openWorkspace();
    if (!opened)
        return cli.fail(opened.error());
    Database& db = (*opened)->database();
    Result<std::optional<Subject>> subject = SubjectRepository(db).find(*subjectId);
    if (!subject)
        return cli.fail(subject.error());
    if (!subject->has_value() || (*subject)->meta.deleted)
        return cli.fail(Cli::tr("No subject has the id %1.").arg(subjectId->toString(QUuid::WithoutBraces)));
    const Subject& s = **subject;
    Result<QList<RecordSummary>> records = RecordLookup(db).recordsOf(s.meta.id);
    if (!records)
        return cli.fail(records.error());
    Result<QList<FinanceOrder>> orders = FinanceOrderRepository(db).ofSubject(s.meta.id);
    if (!orders)
        return cli.fail(orders.error());
    // What was decided on the predecessor for this year.
    std::optional<ResultApplication> inherited;
    if (!s.predecessorId.isNull()) {
        Result<QList<ResultApplication>> decisions = ResultApplicationRepository(db).ofSubject(s.predecessorId);
        if (!decisions)
            return cli.fail(decisions.error());
        for (const ResultApplication& a : *decisions) {
            if (a.nextYear == s.fiscalYear)
                inherited = a;
        }
    }

    if (cli.json()) {
        QJsonArray list;
        for (const RecordSummary& r : *records) {
            QJsonObject o { { QStringLiteral("kind"), codeOf(r.kind) },
                { QStringLiteral("id"), r.id.toString(QUuid::WithoutBraces) },
                { QStringLiteral("status"), codeOf(r.status) }, { QStringLiteral("year"), r.year } };
            if (r.month > 0)
                o.insert(QStringLiteral("month"), r.month);
            list.append(o);
        }
        QJsonArray orderList;
        for (const FinanceOrder& o : *orders) {
            orderList.append(QJsonObject { { QStringLiteral("kind"), codeOf(o.kind) },
                { QStringLiteral("id"), o.meta.id.toString(QUuid::WithoutBraces) },
                { QStringLiteral("inForce"), o.inForce() }, { QStringLiteral("reason"), o.reason },
                { QStringLiteral("outcome"), o.outcome } });
        }
        QJsonObject out { { QStringLiteral("subject"), s.meta.id.toString(QUuid::WithoutBraces) },
            { QStringLiteral("name"), s.name }, { QStringLiteral("fiscalYear"), s.fiscalYear },
            { QStringLiteral("records"), list }, { QStringLiteral("orders"), orderList } };
        if (!s.predecessorId.isNull())
            out.insert(QStringLiteral("predecessor"), s.predecessorId.toString(QUuid::WithoutBraces));
        if (inherited) {
            out.insert(QStringLiteral("predecessorDecision"),
                QJsonObject { { QStringLiteral("id"), inherited->meta.id.toString(QUuid::WithoutBraces) },
                    { QStringLiteral("decision"), codeOf(inherited->decision) },
                    { QStringLiteral("amountChangeFen"), inherited->amountChange.fen() },
                    { QStringLiteral("status"), codeOf(inherited->status) } });
        }
        cli.printJson(out);
        return Cli::Success;
    }
    cli.out() << Cli::tr("%1, %2").arg(Validation::label(s)).arg(s.fiscalYear) << Qt::endl;
    if (inherited) {
        cli.out() << Cli::tr("Last year's result: %1 %2 (%3), decision %4.")
                         .arg(Names::of(inherited->decision),
                             inherited->amountChange.formatWithUnit(MoneyUnit::TenThousandYuan),
                             Names::of(inherited->status), inherited->meta.id.toString(QUuid::WithoutBraces))
                  << Qt::endl;
    }
    for (const RecordSummary& r : *records) {
        const QString when = r.month > 0 ? QStringLiteral("%1-%2").arg(r.year).arg(r.month, 2, 10, QLatin1Char('0'))
                                         : QString::number(r.year);
        cli.out() << QStringLiteral("%1  %2  %3  %4")
                         .arg(codeOf(r.kind), r.id.toString(QUuid::WithoutBraces), Names::of(r.status), when)
                  << Qt::endl;
    }
    for (const FinanceOrder& o : *orders) {
        cli.out() << QStringLiteral("order  %1  %2  %3")
                         .arg(o.meta.id.toString(QUuid::WithoutBraces), Names::of(o.kind),
                             o.inForce() ? Cli::tr("in force") : Cli::tr("lifted"))
                  << Qt::endl;
    }
    cli.out() << Cli::tr("%1 record(s), %2 order(s).").arg(records->size()).arg(orders->size()) << Qt::endl;
    return Cli::Success;
}

} // namespace jx
