#include "core/storage/FinanceOrderRepository.h"

namespace jx {

FinanceOrderRepository::FinanceOrderRepository(Database& db)
    : m_store(db, Tables::financeOrder())
{
}

Result<void> FinanceOrderRepository::save(FinanceOrder& o)
{
    if (o.reason.trimmed().isEmpty())
        return makeError(Error::Code::Invalid, tr("An order (%1) needs a reason.").arg(Names::of(o.kind)));
    if (!o.issuedAt.isValid())
        o.issuedAt = QDateTime::currentDateTimeUtc();
    return m_store.save(o, Names::of(o.kind));
}

Result<std::optional<FinanceOrder>> FinanceOrderRepository::find(const QUuid& id)
{
    return m_store.find(id);
}

Result<QList<FinanceOrder>> FinanceOrderRepository::ofSubject(const QUuid& subjectId)
{
    return m_store.list(QStringLiteral("WHERE subject_id = ? AND deleted = 0 ORDER BY issued_at, id"),
                        { RecordStore::idValue(subjectId) });
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
