#include "core/workflow/Payments.h"

#include "core/domain/EnumTable.h"
#include "core/domain/Payment.h"
#include "core/domain/Validation.h"
#include "core/storage/Database.h"
#include "core/storage/FinanceOrderRepository.h"
#include "core/storage/PaymentRepository.h"
#include "core/workflow/Authority.h"
#include "core/workflow/BudgetGates.h"
#include "core/workflow/FinanceOrders.h"
#include "core/workflow/RecordLookup.h"

namespace jx {

Payments::Payments(Database& db)
    : m_db(db)
{ }

Result<Money> Payments::paid(const QUuid& programId)
{
    Result<QList<Payment>> payments = PaymentRepository(m_db).ofSubject(programId);
    if (!payments)
        return payments.error();
    qint64 total = 0;
    for (const Payment& p : *payments)
        total += p.amount.fen();
    return Money::fromFen(total);
}

Result<QString> Payments::holdReason(const QUuid& programId)
{
    Result<std::optional<OrderKind>> order = FinanceOrderRepository(m_db).inForce(programId);
    if (!order)
        return order.error();
    if (order->has_value() && FinanceOrders::holdsFunding(**order))
        return tr("%1: the next payment is held until the order is lifted").arg(Names::of(**order));
    return QString();
}

Result<void> Payments::checkPay(const Actor& actor, const QUuid& programId)
{
    Result<std::pair<Subject, RecordState>> reviewed = Authority(m_db).reviewedProgram(actor, programId);
    if (!reviewed)
        return reviewed.error();
    const Subject* program = &reviewed->first;
    const RecordState* asRecord = &reviewed->second;
    Result<BudgetStage> stage = BudgetGates(m_db).budgetStage(programId);
    if (!stage)
        return stage.error();
    if (*stage != BudgetStage::Arranged) {
        return makeError(Error::Code::Invalid,
            tr("%1 is %2; only an arranged budget is paid.").arg(asRecord->label, Names::of(*stage)));
    }
    Result<QString> held = holdReason(programId);
    if (!held)
        return held.error();
    if (!held->isEmpty())
        return makeError(Error::Code::Invalid, tr("%1: %2.").arg(asRecord->label, *held));
    Result<Money> before = paid(programId);
    if (!before)
        return before.error();
    if (before->fen() >= program->amount.fen()) {
        return makeError(Error::Code::Invalid,
            tr("%1: its budget of %2 is paid in full.")
                .arg(asRecord->label, program->amount.formatWithUnit(MoneyUnit::TenThousandYuan)));
    }
    return {};
}

Result<QUuid> Payments::pay(const Actor& actor, const QUuid& programId, Money amount, const QString& note)
{
    if (Result<void> r = checkPay(actor, programId); !r)
        return r.error();
    Result<Subject> program = RecordLookup(m_db).liveProgram(programId);
    if (!program)
        return program.error();
    const QString label = Validation::label(*program);
    if (amount.fen() <= 0) {
        return makeError(Error::Code::Invalid,
            tr("A payment of %1 must be above zero.").arg(amount.formatWithUnit(MoneyUnit::TenThousandYuan)));
    }
    Result<Money> before = paid(programId);
    if (!before)
        return before.error();
    if (before->fen() + amount.fen() > program->amount.fen()) {
        return makeError(Error::Code::Invalid,
            tr("%1: paying %2 would exceed its budget of %3 (%4 paid already).")
                .arg(label, amount.formatWithUnit(MoneyUnit::TenThousandYuan),
                    program->amount.formatWithUnit(MoneyUnit::TenThousandYuan),
                    before->formatWithUnit(MoneyUnit::TenThousandYuan)));
    }
    Payment p;
    p.meta.ownerId = actor.agencyId;
    p.subjectId = programId;
    p.amount = amount;
    p.paidBy = actor.name;
    p.paidAt = QDateTime::currentDateTimeUtc();
    p.note = note;
    if (Result<void> r = PaymentRepository(m_db).save(p); !r)
        return r.error();
    return p.meta.id;
}

} // namespace jx
