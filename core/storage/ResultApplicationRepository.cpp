#include "core/storage/ResultApplicationRepository.h"

#include "core/domain/Validation.h"

namespace jx {

ResultApplicationRepository::ResultApplicationRepository(Database& db)
    : m_store(db, Tables::resultApplication())
{
}

Result<void> ResultApplicationRepository::save(ResultApplication& a)
{
    if (Result<void> r = Validation::check(a); !r)
        return r;
    return m_store.save(a, tr("result application for %1").arg(a.nextYear));
}

Result<std::optional<ResultApplication>> ResultApplicationRepository::find(const QUuid& id)
{
    return m_store.find(id);
}

Result<QList<ResultApplication>> ResultApplicationRepository::ofSubject(const QUuid& subjectId)
{
    return m_store.list(QStringLiteral("WHERE subject_id = ? AND deleted = 0 ORDER BY next_year"),
                        { RecordStore::idValue(subjectId) });
}

Result<void> ResultApplicationRepository::remove(const QUuid& id)
{
    return m_store.remove(id, tr("result application %1").arg(id.toString(QUuid::WithoutBraces)));
}

} // namespace jx
