#include "core/storage/SubjectRepository.h"

namespace jx {

Result<void> SubjectRepository::save(Subject& s)
{
    if (s.meta.ownerId.isNull())
        s.meta.ownerId = s.agencyId;
    return RecordRepository::save(s);
}

Result<QList<Subject>> SubjectRepository::ofAgency(const QUuid& agencyId, int fiscalYear)
{
    return m_store.list(
        QStringLiteral("WHERE agency_id = ? AND fiscal_year = ? AND deleted = 0 ORDER BY kind, name, id"),
        { RecordStore::idValue(agencyId), fiscalYear });
}

Result<QList<Subject>> SubjectRepository::ofYear(int fiscalYear)
{
    return m_store.list(QStringLiteral("WHERE fiscal_year = ? AND deleted = 0 ORDER BY id"), { fiscalYear });
}

} // namespace jx
