#include "core/storage/AssessmentRepository.h"

#include "core/domain/Validation.h"

namespace jx {

AssessmentRepository::AssessmentRepository(Database& db)
    : m_store(db, Tables::assessment())
{
}

Result<void> AssessmentRepository::save(ExAnteAssessment& a)
{
    if (Result<void> r = Validation::check(a); !r)
        return r;
    return m_store.save(a, tr("ex-ante assessment"));
}

Result<std::optional<ExAnteAssessment>> AssessmentRepository::find(const QUuid& id)
{
    return m_store.find(id);
}

Result<QList<ExAnteAssessment>> AssessmentRepository::ofSubject(const QUuid& subjectId)
{
    return m_store.list(QStringLiteral("WHERE subject_id = ? AND deleted = 0 ORDER BY modified_at"),
                        { RecordStore::idValue(subjectId) });
}

Result<void> AssessmentRepository::remove(const QUuid& id)
{
    return m_store.remove(id, tr("ex-ante assessment %1").arg(id.toString(QUuid::WithoutBraces)));
}

} // namespace jx
