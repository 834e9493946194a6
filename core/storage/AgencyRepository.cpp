#include "core/storage/AgencyRepository.h"

namespace jx {

Result<void> AgencyRepository::save(Agency& agency)
{
    if (agency.meta.id.isNull())
        agency.meta.id = newRecordId();
    if (agency.meta.ownerId.isNull())
        agency.meta.ownerId = agency.meta.id;
    return RecordRepository::save(agency);
}

Result<QList<Agency>> AgencyRepository::inDivision(const QString& divisionCode)
{
    return m_store.list(QStringLiteral("WHERE division_code = ? AND deleted = 0 ORDER BY code, id"), { divisionCode });
}

} // namespace jx
