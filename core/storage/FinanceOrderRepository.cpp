#include "core/storage/FinanceOrderRepository.h"

namespace jx {

Result<void> FinanceOrderRepository::save(FinanceOrder& o)
{
    if (o.reason.trimmed().isEmpty())
        return makeError(Error::Code::Invalid, tr("An order (%1) needs a reason.").arg(Names::of(o.kind)));
    if (!o.issuedAt.isValid())
        o.issuedAt = QDateTime::currentDateTimeUtc();
    return SubjectRecords::save(o);
}

Result<std::optional<OrderKind>> FinanceOrderRepository::inForce(const QUuid& subjectId)
{
    // The strongest order is the one with the highest kind (OrderKind grows with its force).
    Result<std::optional<FinanceOrder>> strongest = m_store.first(
        QStringLiteral("WHERE subject_id = ? AND lifted_at IS NULL AND deleted = 0 ORDER BY kind DESC LIMIT 1"),
        { RecordStore::idValue(subjectId) });
    if (!strongest)
        return strongest.error();
    return *strongest ? std::optional<OrderKind>((*strongest)->kind) : std::nullopt;
}

} // namespace jx
