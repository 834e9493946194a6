#include "core/workflow/FinanceOrders.h"

#include "core/domain/FinanceOrder.h"
#include "core/storage/Database.h"
#include "core/storage/FinanceOrderRepository.h"
#include "core/workflow/Authority.h"
#include "core/workflow/RecordLookup.h"

namespace jx {

FinanceOrders::FinanceOrders(Database& db)
    : m_db(db)
{ }

Result<QUuid> FinanceOrders::issueOrder(
    const Actor& actor, const QUuid& programId, OrderKind kind, const QString& reason, const QUuid& reportId)
{
    Result<std::pair<Subject, RecordState>> reviewed = Authority(m_db).reviewedProgram(actor, programId);
    if (!reviewed)
        return reviewed.error();
    const Subject* program = &reviewed->first;
    const RecordState* asRecord = &reviewed->second;
    if (reason.trimmed().isEmpty())
        return makeError(Error::Code::Invalid, tr("%1 of %2 needs a reason.").arg(Names::of(kind), asRecord->label));
    FinanceOrder order;
    order.meta.ownerId = actor.agencyId;
    order.subjectId = programId;
    order.reportId = reportId;
    order.kind = kind;
    order.reason = reason;
    order.issuedBy = actor.name;
    if (Result<void> r = FinanceOrderRepository(m_db).save(order); !r)
        return r.error();
    return order.meta.id;
}

Result<void> FinanceOrders::checkIssue(const Actor& actor, const QUuid& programId)
{
    if (Result<std::pair<Subject, RecordState>> reviewed = Authority(m_db).reviewedProgram(actor, programId); !reviewed)
        return reviewed.error();
    return {};
}

bool FinanceOrders::holdsFunding(OrderKind kind)
{
    // 整改 asks for corrections while funding goes on; 暂缓 and 停止 hold it.
    return kind == OrderKind::Suspend || kind == OrderKind::Stop;
}

Result<void> FinanceOrders::checkLift(const Actor& actor, const QUuid& orderId)
{
    Result<std::optional<FinanceOrder>> order = FinanceOrderRepository(m_db).find(orderId);
    if (!order)
        return order.error();
    if (!order->has_value() || (*order)->meta.deleted)
        return makeError(
            Error::Code::NotFound, tr("There is no order with id %1.").arg(orderId.toString(QUuid::WithoutBraces)));
    if (!(*order)->inForce())
        return makeError(Error::Code::Conflict, tr("The order (%1) was already lifted.").arg(Names::of((*order)->kind)));
    return Authority::checkOrderLifter(actor, **order);
}

Result<void> FinanceOrders::liftOrder(
    const Actor& actor, const QUuid& orderId, const QString& reason, const QString& outcome)
{
    if (Result<void> r = checkLift(actor, orderId); !r)
        return r;
    FinanceOrderRepository orders(m_db);
    Result<std::optional<FinanceOrder>> order = orders.find(orderId);
    if (!order)
        return order.error();
    FinanceOrder o = **order;
    if (reason.trimmed().isEmpty())
        return makeError(Error::Code::Invalid, tr("Lifting an order needs a reason."));
    if (o.kind == OrderKind::Rectify && outcome.trimmed().isEmpty()) {
        return makeError(Error::Code::Invalid,
            tr("Lifting an order to rectify records the outcome of the rectification; give it."));
    }
    o.liftedAt = QDateTime::currentDateTimeUtc();
    o.liftReason = reason;
    o.outcome = outcome.trimmed();
    return orders.save(o);
}

} // namespace jx
