// budget apply | arrange | pay: a program's way into the budget (申报, 安排) and its payments
// (拨款), through the Workspace, as the person named by --as/--role.
#include "app/cli/CliContext.h"
#include "app/cli/CliVerbs.h"
#include "core/domain/EnumTable.h"
#include "core/workflow/BudgetGates.h"
#include "core/workflow/Payments.h"
#include "core/workspace/Workspace.h"

namespace jx {

int budgetVerb(CliContext& cli)
{
    const QString sub = cli.positional().value(0);
    if (sub != QLatin1String("apply") && sub != QLatin1String("arrange") && sub != QLatin1String("pay"))
        return cli.fail(Cli::tr("“budget” needs a subcommand: apply, arrange or pay."), Cli::Usage);
    Result<QUuid> programId = cli.programOption();
    if (!programId)
        return cli.fail(programId.message(), Cli::Usage);
    Result<QString> name = cli.required(QStringLiteral("as"));
    if (!name)
        return cli.fail(name.message(), Cli::Usage);
    std::optional<Role> role;
    if (!cli.value(QStringLiteral("role")).isEmpty()) {
        role = fromCode<Role>(cli.value(QStringLiteral("role")));
        if (!role) {
            return cli.fail(Cli::tr("Unknown role “%1”: use preparer, head, reviewer or admin.")
                                .arg(cli.value(QStringLiteral("role"))),
                Cli::Usage);
        }
    }
    Money amount;
    if (sub == QLatin1String("pay")) {
        Result<QString> text = cli.required(QStringLiteral("amount"));
        if (!text)
            return cli.fail(text.message(), Cli::Usage);
        Result<Money> parsed = Money::parse(*text);
        if (!parsed)
            return cli.fail(Cli::tr("--amount: %1").arg(parsed.message()));
        amount = *parsed;
    }

    Result<std::unique_ptr<Workspace>> opened = cli.openWorkspace();
    if (!opened)
        return cli.fail(opened.error());
    Workspace& workspace = **opened;
    // Applying is the unit's; arranging and paying are finance's: the default role follows the verb.
    const Role defaultRole = sub == QLatin1String("apply") ? Role::UnitPreparer : Role::FinanceReviewer;
    if (Result<void> r = workspace.setActor({ *name, role.value_or(defaultRole), {} }); !r)
        return cli.fail(r.error());
    QJsonObject json { { QStringLiteral("program"), programId->toString(QUuid::WithoutBraces) },
        { QStringLiteral("action"), sub } };
    if (sub == QLatin1String("pay")) {
        Result<QUuid> payment = workspace.pay(*programId, amount, cli.value(QStringLiteral("note")));
        if (!payment)
            return cli.fail(payment.error());
        Result<Money> paid = Payments(workspace.database()).paid(*programId);
        if (!paid)
            return cli.fail(paid.error());
        json.insert(QStringLiteral("payment"), payment->toString(QUuid::WithoutBraces));
        json.insert(QStringLiteral("paidFen"), paid->fen());
        if (!cli.json()) {
            cli.out() << Cli::tr("Paid %1 (payment %2); %3 paid in all.")
                             .arg(amount.formatWithUnit(MoneyUnit::TenThousandYuan),
                                 payment->toString(QUuid::WithoutBraces),
                                 paid->formatWithUnit(MoneyUnit::TenThousandYuan))
                      << Qt::endl;
        }
    } else {
        Result<void> r = sub == QLatin1String("apply") ? workspace.applyForBudget(*programId)
                                                       : workspace.arrangeBudget(*programId);
        if (!r)
            return cli.fail(r.error());
        Result<BudgetStage> stage = BudgetGates(workspace.database()).budgetStage(*programId);
        if (!stage)
            return cli.fail(stage.error());
        json.insert(QStringLiteral("stage"), codeOf(*stage));
        if (!cli.json())
            cli.out() << Cli::tr("The program is now: %1.").arg(Names::of(*stage)) << Qt::endl;
    }
    if (cli.json())
        cli.printJson(json);
    return Cli::Success;
}

} // namespace jx
