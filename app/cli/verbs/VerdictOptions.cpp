// approve --record evaluation: finance's grade, its reason and its decisions on the items.
#include "app/cli/verbs/VerdictOptions.h"

#include "app/cli/Cli.h"
#include "app/cli/CliContext.h"
#include "core/domain/EnumTable.h"
#include "core/domain/Review.h"

namespace jx {

namespace {

Result<QList<QUuid>> idList(const CliContext& cli, const QString& option)
{
    QList<QUuid> ids;
    for (const QString& part : cli.value(option).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QUuid id = QUuid::fromString(part.trimmed());
        if (id.isNull())
            return makeError(Error::Code::Invalid, Cli::tr("--%1: “%2” is not an indicator id.").arg(option, part.trimmed()));
        ids << id;
    }
    return ids;
}

} // namespace

Result<std::optional<EvaluationVerdict>> evaluationVerdictOption(const CliContext& cli, RecordKind kind)
{
    static const QStringList options = { QStringLiteral("grade"), QStringLiteral("reason"), QStringLiteral("accept"),
        QStringLiteral("reject"), QStringLiteral("deduct") };
    QStringList given;
    for (const QString& o : options) {
        if (!cli.value(o).isEmpty())
            given << o;
    }
    if (given.isEmpty())
        return std::optional<EvaluationVerdict>();
    if (cli.verb() != QLatin1String("approve") || kind != RecordKind::SelfEvaluation) {
        return makeError(Error::Code::Invalid,
            Cli::tr("--%1 belongs to approve --record evaluation.").arg(given.first()));
    }
    EvaluationVerdict verdict;
    const QString grade = cli.value(QStringLiteral("grade")).trimmed();
    if (!grade.isEmpty()) {
        verdict.grade = fromCode<Grade>(grade);
        if (!verdict.grade) {
            return makeError(Error::Code::Invalid,
                Cli::tr("Unknown grade “%1”: use excellent, good, fair, poor (or 优, 良, 中, 差).").arg(grade));
        }
    }
    verdict.gradeReason = cli.value(QStringLiteral("reason")).trimmed();
    QHash<QUuid, ReviewItem> items;
    for (const auto& [option, accepted] : { std::pair { QStringLiteral("accept"), true },
             std::pair { QStringLiteral("reject"), false } }) {
        Result<QList<QUuid>> ids = idList(cli, option);
        if (!ids)
            return ids.error();
        for (const QUuid& id : *ids) {
            if (items.contains(id)) {
                return makeError(Error::Code::Invalid,
                    Cli::tr("Indicator %1 is both accepted and rejected.").arg(id.toString(QUuid::WithoutBraces)));
            }
            items[id].indicatorId = id;
            items[id].notApplicableAccepted = accepted;
        }
    }
    Result<QList<QUuid>> deduct = idList(cli, QStringLiteral("deduct"));
    if (!deduct)
        return deduct.error();
    for (const QUuid& id : *deduct) {
        if (items.contains(id)) {
            return makeError(Error::Code::Invalid,
                Cli::tr("Indicator %1: a deduction applies to a scored indicator, not to one marked not applicable.")
                    .arg(id.toString(QUuid::WithoutBraces)));
        }
        items[id].indicatorId = id;
        items[id].deductionConfirmed = true;
    }
    verdict.decisions = items.values();
    std::sort(verdict.decisions.begin(), verdict.decisions.end(),
        [](const ReviewItem& a, const ReviewItem& b) { return a.indicatorId < b.indicatorId; });
    return std::optional<EvaluationVerdict>(verdict);
}

} // namespace jx
