#include "core/storage/AgencyRepository.h"

#include "core/domain/Validation.h"

namespace jx {

AgencyRepository::AgencyRepository(Database& db)
    : m_store(db, Tables::agency())
{
}

Result<void> AgencyRepository::save(Agency& agency)
{
    if (agency.meta.id.isNull())
        agency.meta.id = newRecordId();
    if (agency.meta.ownerId.isNull())
        agency.meta.ownerId = agency.meta.id;
    if (Result<void> r = Validation::check(agency); !r)
        return r;
    return m_store.save(agency, Validation::label(agency));
}

Result<std::optional<Agency>> AgencyRepository::find(const QUuid& id)
{
    return m_store.find(id);
}

Result<QList<Agency>> AgencyRepository::inDivision(const QString& divisionCode)
{
    return m_store.list(QStringLiteral("WHERE division_code = ? AND deleted = 0 ORDER BY code, id"), { divisionCode });
}

Result<void> AgencyRepository::remove(const QUuid& id)
{
    return m_store.remove(id, tr("agency %1").arg(id.toString(QUuid::WithoutBraces)));
}

} // namespace jx
