#include "core/storage/SubjectRepository.h"

#include "core/domain/Validation.h"

namespace jx {

SubjectRepository::SubjectRepository(Database& db)
    : m_store(db, Tables::subject())
{
}

Result<void> SubjectRepository::save(Subject& s)
{
    if (s.meta.ownerId.isNull())
        s.meta.ownerId = s.agencyId;
    if (Result<void> r = Validation::check(s); !r)
        return r;
    return m_store.save(s, Validation::label(s));
}

Result<std::optional<Subject>> SubjectRepository::find(const QUuid& id)
{
    return m_store.find(id);
}

Result<QList<Subject>> SubjectRepository::ofAgency(const QUuid& agencyId, int fiscalYear)
{
    return m_store.list(
        QStringLiteral("WHERE agency_id = ? AND fiscal_year = ? AND deleted = 0 ORDER BY kind, name, id"),
        { RecordStore::idValue(agencyId), fiscalYear });
}

Result<void> SubjectRepository::remove(const QUuid& id)
{
    return m_store.remove(id, tr("subject %1").arg(id.toString(QUuid::WithoutBraces)));
}

} // namespace jx
