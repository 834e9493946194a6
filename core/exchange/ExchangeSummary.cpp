#include "core/exchange/ExchangeSummary.h"

#include <QJsonArray>

namespace jx {

namespace {

const char* const statusCodes[] = { "success", "warning", "error" };
const char* const outcomeCodes[] = { "imported", "dry-run", "already-imported", "older", "refused" };
const char* const problemCodes[] = { "conflict", "ignored", "refused" };

template <typename E, std::size_t N>
E fromCode(const QString& code, const char* const (&codes)[N], E fallback)
{
    for (std::size_t i = 0; i < N; ++i) {
        if (code == QLatin1String(codes[i]))
            return static_cast<E>(i);
    }
    return fallback;
}

QString idText(const QUuid& id)
{
    return id.isNull() ? QString() : id.toString(QUuid::WithoutBraces);
}

} // namespace

QJsonObject ExchangeProblem::toJson() const
{
    QJsonObject o {
        { QStringLiteral("kind"), QLatin1String(problemCodes[int(kind)]) },
        { QStringLiteral("table"), table },
        { QStringLiteral("record"), idText(recordId) },
        { QStringLiteral("field"), field },
        { QStringLiteral("reason"), reason },
    };
    if (kind == Kind::Conflict) {
        o.insert(QStringLiteral("local"), localValue);
        o.insert(QStringLiteral("incoming"), incomingValue);
    }
    return o;
}

QString ExchangeProblem::line() const
{
    QString where = table;
    if (!recordId.isNull())
        where += QLatin1Char(' ') + idText(recordId);
    if (!field.isEmpty())
        where += QLatin1Char(' ') + field;
    QString text = where + QStringLiteral(": ") + reason;
    if (kind == Kind::Conflict)
        text += QLatin1Char(' ') + ExchangeSummary::tr("(here “%1”, in the package “%2”)").arg(localValue, incomingValue);
    return text;
}

void ExchangeSummary::addProblem(const ExchangeProblem& problem)
{
    KindCounts& c = counts[problem.table];
    if (problem.kind == ExchangeProblem::Kind::Conflict)
        ++c.conflicts;
    else if (problem.kind == ExchangeProblem::Kind::Ignored)
        ++c.ignored;
    if (problems.size() < MaxProblems)
        problems << problem;
    else
        ++problemsLeftOut;
}

KindCounts ExchangeSummary::totals() const
{
    KindCounts t;
    for (const KindCounts& c : counts) {
        t.created += c.created;
        t.updated += c.updated;
        t.unchanged += c.unchanged;
        t.ignored += c.ignored;
        t.conflicts += c.conflicts;
    }
    return t;
}

void ExchangeSummary::settleStatus()
{
    if (status == Status::Error)
        return;
    const KindCounts t = totals();
    status = (t.ignored > 0 || t.conflicts > 0) ? Status::Warning : Status::Success;
}

QJsonObject ExchangeSummary::toJson() const
{
    QJsonObject kinds;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        kinds.insert(it.key(), QJsonObject {
            { QStringLiteral("created"), it->created },
            { QStringLiteral("updated"), it->updated },
            { QStringLiteral("unchanged"), it->unchanged },
            { QStringLiteral("ignored"), it->ignored },
            { QStringLiteral("conflicts"), it->conflicts },
        });
    }
    QJsonArray list;
    for (const ExchangeProblem& p : problems)
        list.append(p.toJson());
    return QJsonObject {
        { QStringLiteral("status"), QLatin1String(statusCodes[int(status)]) },
        { QStringLiteral("outcome"), QLatin1String(outcomeCodes[int(outcome)]) },
        { QStringLiteral("package"), idText(packageId) },
        { QStringLiteral("sender"), idText(senderId) },
        { QStringLiteral("senderName"), senderName },
        { QStringLiteral("sequence"), sequence },
        { QStringLiteral("fiscalYear"), fiscalYear },
        { QStringLiteral("message"), message },
        { QStringLiteral("counts"), kinds },
        { QStringLiteral("problems"), list },
        { QStringLiteral("problemsLeftOut"), problemsLeftOut },
        { QStringLiteral("backup"), backupPath },
    };
}

ExchangeSummary ExchangeSummary::fromJson(const QJsonObject& json)
{
    ExchangeSummary s;
    s.status = fromCode(json.value(QStringLiteral("status")).toString(), statusCodes, Status::Error);
    s.outcome = fromCode(json.value(QStringLiteral("outcome")).toString(), outcomeCodes, Outcome::Refused);
    s.packageId = QUuid::fromString(json.value(QStringLiteral("package")).toString());
    s.senderId = QUuid::fromString(json.value(QStringLiteral("sender")).toString());
    s.senderName = json.value(QStringLiteral("senderName")).toString();
    s.sequence = json.value(QStringLiteral("sequence")).toInteger();
    s.fiscalYear = json.value(QStringLiteral("fiscalYear")).toInt();
    s.message = json.value(QStringLiteral("message")).toString();
    s.backupPath = json.value(QStringLiteral("backup")).toString();
    s.problemsLeftOut = json.value(QStringLiteral("problemsLeftOut")).toInteger();
    const QJsonObject kinds = json.value(QStringLiteral("counts")).toObject();
    for (auto it = kinds.constBegin(); it != kinds.constEnd(); ++it) {
        const QJsonObject c = it->toObject();
        KindCounts k;
        k.created = c.value(QStringLiteral("created")).toInteger();
        k.updated = c.value(QStringLiteral("updated")).toInteger();
        k.unchanged = c.value(QStringLiteral("unchanged")).toInteger();
        k.ignored = c.value(QStringLiteral("ignored")).toInteger();
        k.conflicts = c.value(QStringLiteral("conflicts")).toInteger();
        s.counts.insert(it.key(), k);
    }
    for (const QJsonValue& v : json.value(QStringLiteral("problems")).toArray()) {
        const QJsonObject o = v.toObject();
        ExchangeProblem p;
        p.kind = fromCode(o.value(QStringLiteral("kind")).toString(), problemCodes, ExchangeProblem::Kind::Ignored);
        p.table = o.value(QStringLiteral("table")).toString();
        p.recordId = QUuid::fromString(o.value(QStringLiteral("record")).toString());
        p.field = o.value(QStringLiteral("field")).toString();
        p.reason = o.value(QStringLiteral("reason")).toString();
        p.localValue = o.value(QStringLiteral("local")).toString();
        p.incomingValue = o.value(QStringLiteral("incoming")).toString();
        s.problems << p;
    }
    return s;
}

QString ExchangeSummary::statusName(Status status)
{
    switch (status) {
    case Status::Success:
        return tr("success");
    case Status::Warning:
        return tr("warning");
    case Status::Error:
        return tr("error");
    }
    return {};
}

QString ExchangeSummary::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Imported:
        return tr("imported");
    case Outcome::DryRun:
        return tr("dry run, nothing written");
    case Outcome::AlreadyImported:
        return tr("already imported, nothing changed");
    case Outcome::Older:
        return tr("older than a package already imported, nothing changed");
    case Outcome::Refused:
        return tr("refused, nothing changed");
    }
    return {};
}

QString ExchangeSummary::kindName(const QString& table)
{
    static const QHash<QString, const char*> names {
        { QStringLiteral("division"), QT_TR_NOOP("divisions") },
        { QStringLiteral("agency"), QT_TR_NOOP("agencies") },
        { QStringLiteral("subject"), QT_TR_NOOP("programs and budgets") },
        { QStringLiteral("indicator_category"), QT_TR_NOOP("indicator categories") },
        { QStringLiteral("indicator_library_entry"), QT_TR_NOOP("library indicators") },
        { QStringLiteral("target_set"), QT_TR_NOOP("target sets") },
        { QStringLiteral("indicator"), QT_TR_NOOP("indicators") },
        { QStringLiteral("ex_ante_assessment"), QT_TR_NOOP("ex-ante assessments") },
        { QStringLiteral("monitoring_report"), QT_TR_NOOP("monitoring reports") },
        { QStringLiteral("self_evaluation"), QT_TR_NOOP("self-evaluations") },
        { QStringLiteral("review"), QT_TR_NOOP("reviews") },
        { QStringLiteral("result_application"), QT_TR_NOOP("result applications") },
        { QStringLiteral("transition"), QT_TR_NOOP("workflow steps") },
        { QStringLiteral("finance_order"), QT_TR_NOOP("finance orders") },
        { QStringLiteral("payment"), QT_TR_NOOP("payments") },
    };
    const char* name = names.value(table);
    return name ? tr(name) : table;
}

QString ExchangeSummary::toText() const
{
    QString text;
    text += tr("Status: %1 (%2)").arg(statusName(status), outcomeName(outcome)) + QLatin1Char('\n');
    if (!message.isEmpty())
        text += message + QLatin1Char('\n');
    if (!packageId.isNull()) {
        text += tr("Package %1 from %2, sequence %3, fiscal year %4")
                    .arg(idText(packageId), senderName.isEmpty() ? idText(senderId) : senderName)
                    .arg(sequence)
                    .arg(fiscalYear)
            + QLatin1Char('\n');
    }
    if (!counts.isEmpty()) {
        text += tr("%1 created, %2 updated, %3 unchanged, %4 ignored, %5 conflicts by kind:")
                    .arg(totals().created)
                    .arg(totals().updated)
                    .arg(totals().unchanged)
                    .arg(totals().ignored)
                    .arg(totals().conflicts)
            + QLatin1Char('\n');
        for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
            text += QStringLiteral("  %1: ").arg(kindName(it.key()))
                + tr("%1 created, %2 updated, %3 unchanged, %4 ignored, %5 conflicts")
                      .arg(it->created)
                      .arg(it->updated)
                      .arg(it->unchanged)
                      .arg(it->ignored)
                      .arg(it->conflicts)
                + QLatin1Char('\n');
        }
    }
    if (!problems.isEmpty()) {
        text += tr("Problems:") + QLatin1Char('\n');
        for (const ExchangeProblem& p : problems)
            text += QStringLiteral("  ") + p.line() + QLatin1Char('\n');
        if (problemsLeftOut > 0)
            text += QStringLiteral("  ") + tr("… and %1 more").arg(problemsLeftOut) + QLatin1Char('\n');
    }
    if (!backupPath.isEmpty())
        text += tr("Backup made before the import: %1").arg(backupPath) + QLatin1Char('\n');
    return text;
}

} // namespace jx
