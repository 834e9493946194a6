// program add (through Workspace::newProgram and saveSubject) and program list (a read).
#include "app/cli/CliContext.h"
#include "app/cli/CliVerbs.h"
#include "core/domain/EnumTable.h"
#include "core/domain/Validation.h"
#include "core/storage/ProgramListing.h"
#include "core/workspace/Workspace.h"

#include <QJsonArray>

namespace jx {

namespace {

/// The predecessor's decision as the list prints it: "  [上年结果运用: 消减 -5.00万元, 已审核]".
QString decisionText(const std::optional<PredecessorDecision>& d)
{
    if (!d)
        return {};
    return QStringLiteral("  [%1]").arg(Cli::tr("last year's result: %1 %2, %3")
                                            .arg(Names::of(d->decision),
                                                d->amountChange.formatWithUnit(MoneyUnit::TenThousandYuan),
                                                Names::of(d->status)));
}

QJsonValue decisionJson(const std::optional<PredecessorDecision>& d)
{
    if (!d)
        return QJsonValue();
    return QJsonObject { { QStringLiteral("decision"), codeOf(d->decision) },
        { QStringLiteral("amountChangeFen"), d->amountChange.fen() }, { QStringLiteral("status"), codeOf(d->status) } };
}

int addProgram(CliContext& cli)
{
    // Check the command line completely before the database is opened.
    QUuid predecessor;
    if (!cli.value(QStringLiteral("predecessor")).isEmpty()) {
        predecessor = QUuid::fromString(cli.value(QStringLiteral("predecessor")).trimmed());
        if (predecessor.isNull()) {
            return cli.fail(
                Cli::tr("--predecessor: “%1” is not a program id.").arg(cli.value(QStringLiteral("predecessor"))),
                Cli::Usage);
        }
    }
    // A program continuing last year's takes its name and amount unless they are given.
    Result<QString> name = predecessor.isNull() ? cli.required(QStringLiteral("name"))
                                                : Result<QString>(cli.value(QStringLiteral("name")).trimmed());
    if (!name)
        return cli.fail(name.message(), Cli::Usage);
    Result<QString> amountText = predecessor.isNull() ? cli.required(QStringLiteral("amount"))
                                                      : Result<QString>(cli.value(QStringLiteral("amount")).trimmed());
    if (!amountText)
        return cli.fail(amountText.message(), Cli::Usage);
    const QString unitName = cli.value(QStringLiteral("unit"));
    if (!unitName.isEmpty() && unitName != QLatin1String("yuan") && unitName != QLatin1String("10k"))
        return cli.fail(Cli::tr("Unknown unit “%1”: use yuan or 10k.").arg(unitName), Cli::Usage);
    const MoneyUnit unit = unitName == QLatin1String("10k") ? MoneyUnit::TenThousandYuan : MoneyUnit::Yuan;
    Result<Money> amount = amountText->isEmpty() ? Result<Money>(Money()) : Money::parse(*amountText, unit);
    if (!amount)
        return cli.fail(Cli::tr("--amount: %1").arg(amount.message()));
    if (amount->isNegative())
        return cli.fail(Cli::tr("--amount: the amount %1 is negative; a program budget cannot be below zero.")
                            .arg(amount->formatWithUnit()));
    Result<std::optional<int>> year = cli.yearOption();
    if (!year)
        return cli.fail(year.message(), Cli::Usage);
    std::optional<BudgetBook> book;
    if (!cli.value(QStringLiteral("book")).isEmpty()) {
        book = fromCode<BudgetBook>(cli.value(QStringLiteral("book")));
        if (!book)
            return cli.fail(Cli::tr("Unknown budget book “%1”.").arg(cli.value(QStringLiteral("book"))), Cli::Usage);
    }
    std::optional<ProgramKind> kind;
    if (!cli.value(QStringLiteral("kind")).isEmpty()) {
        kind = fromCode<ProgramKind>(cli.value(QStringLiteral("kind")));
        if (!kind)
            return cli.fail(Cli::tr("Unknown program kind “%1”.").arg(cli.value(QStringLiteral("kind"))), Cli::Usage);
    }
    int fundingTags = 0;
    const QStringList tags = cli.value(QStringLiteral("tags")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString& tag : tags) {
        const std::optional<FundingTag> bit = fromCode<FundingTag>(tag.trimmed());
        if (!bit)
            return cli.fail(Cli::tr("Unknown funding tag “%1”.").arg(tag), Cli::Usage);
        fundingTags |= static_cast<int>(*bit);
    }

    Result<std::unique_ptr<Workspace>> workspace = cli.openWorkspace();
    if (!workspace)
        return cli.fail(workspace.error());
    // The workspace fills in what is a rule: owner, agency, division, the default fiscal year;
    // for a continuing program, what it takes from its predecessor.
    Subject s;
    if (predecessor.isNull()) {
        s = (*workspace)->newProgram();
    } else {
        Result<Subject> next = (*workspace)->nextYearProgram(predecessor);
        if (!next)
            return cli.fail(next.error());
        s = *next;
    }
    if (!name->isEmpty())
        s.name = *name;
    if (!amountText->isEmpty())
        s.amount = *amount;
    if (!cli.value(QStringLiteral("code")).isEmpty() || predecessor.isNull())
        s.code = cli.value(QStringLiteral("code"));
    if (!cli.value(QStringLiteral("function")).isEmpty() || predecessor.isNull())
        s.functionCode = cli.value(QStringLiteral("function"));
    s.isNew = cli.flag(QStringLiteral("new"));
    s.isMajor = s.isMajor || cli.flag(QStringLiteral("major"));
    s.isMidYear = cli.flag(QStringLiteral("mid-year"));
    if (*year)
        s.fiscalYear = **year;
    if (book)
        s.book = *book;
    if (kind)
        s.programKind = *kind;
    if (!tags.isEmpty() || predecessor.isNull())
        s.fundingTags = fundingTags;
    if (Result<void> r = (*workspace)->saveSubject(s); !r)
        return cli.fail(r.error());
    if (cli.json()) {
        cli.printJson(
            { { QStringLiteral("id"), s.meta.id.toString(QUuid::WithoutBraces) }, { QStringLiteral("name"), s.name },
                { QStringLiteral("amountFen"), s.amount.fen() }, { QStringLiteral("fiscalYear"), s.fiscalYear } });
    } else {
        cli.out() << Cli::tr("Added %1, %2, id %3.")
                         .arg(Validation::label(s), s.amount.formatWithUnit(MoneyUnit::TenThousandYuan),
                             s.meta.id.toString(QUuid::WithoutBraces))
                  << Qt::endl;
    }
    return Cli::Success;
}

int listPrograms(CliContext& cli)
{
    ProgramFilter filter;
    filter.text = cli.value(QStringLiteral("search"));
    Result<std::optional<int>> year = cli.yearOption();
    if (!year)
        return cli.fail(year.message(), Cli::Usage);
    if (*year)
        filter.fiscalYear = **year;
    bool ok = true;
    int limit = 50;
    if (!cli.value(QStringLiteral("limit")).isEmpty())
        limit = cli.value(QStringLiteral("limit")).toInt(&ok);
    if (!ok || limit <= 0)
        return cli.fail(Cli::tr("--limit must be a positive number."), Cli::Usage);

    Result<std::unique_ptr<Workspace>> workspace = cli.openWorkspace();
    if (!workspace)
        return cli.fail(workspace.error());
    ProgramListing listing((*workspace)->database());
    Result<qint64> total = listing.count(filter);
    if (!total)
        return cli.fail(total.error());
    Result<QList<ProgramRow>> rows = listing.page(filter, std::nullopt, limit);
    if (!rows)
        return cli.fail(rows.error());
    if (cli.json()) {
        QJsonArray list;
        for (const ProgramRow& r : *rows) {
            list.append(QJsonObject { { QStringLiteral("id"), r.id.toString(QUuid::WithoutBraces) },
                { QStringLiteral("code"), r.code }, { QStringLiteral("name"), r.name },
                { QStringLiteral("agency"), r.agencyName }, { QStringLiteral("fiscalYear"), r.fiscalYear },
                { QStringLiteral("book"), static_cast<int>(r.book) },
                { QStringLiteral("kind"), static_cast<int>(r.kind) }, { QStringLiteral("amountFen"), r.amount.fen() },
                { QStringLiteral("order"), r.order ? static_cast<int>(*r.order) : 0 },
                { QStringLiteral("predecessor"),
                    r.predecessorId.isNull() ? QJsonValue()
                                             : QJsonValue(r.predecessorId.toString(QUuid::WithoutBraces)) },
                { QStringLiteral("predecessorDecision"), decisionJson(r.predecessorDecision) } });
        }
        cli.printJson({ { QStringLiteral("total"), *total }, { QStringLiteral("programs"), list } });
    } else {
        for (const ProgramRow& r : *rows) {
            cli.out() << QStringLiteral("%1  %2  %3  %4  %5%6%7")
                             .arg(r.name, r.agencyName, Names::of(r.book), Names::of(r.kind),
                                 r.amount.formatWithUnit(MoneyUnit::TenThousandYuan),
                                 r.order ? QStringLiteral("  [%1]").arg(Names::of(*r.order)) : QString(),
                                 decisionText(r.predecessorDecision))
                      << Qt::endl;
        }
        cli.out() << Cli::tr("%1 of %2 programs.").arg(rows->size()).arg(*total) << Qt::endl;
    }
    return Cli::Success;
}

} // namespace

int programVerb(CliContext& cli)
{
    const QString sub = cli.positional().value(0);
    if (sub == QLatin1String("add"))
        return addProgram(cli);
    if (sub == QLatin1String("list"))
        return listPrograms(cli);
    return cli.fail(Cli::tr("“program” needs a subcommand: add or list."), Cli::Usage);
}

} // namespace jx
