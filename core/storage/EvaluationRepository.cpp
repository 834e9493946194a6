#include "core/storage/EvaluationRepository.h"

#include "core/domain/Validation.h"

namespace jx {

EvaluationRepository::EvaluationRepository(Database& db)
    : m_store(db, Tables::selfEvaluation())
{
}

Result<void> EvaluationRepository::save(SelfEvaluation& ev)
{
    if (Result<void> r = Validation::check(ev); !r)
        return r;
    return m_store.save(ev, tr("self-evaluation of %1").arg(ev.fiscalYear));
}

Result<std::optional<SelfEvaluation>> EvaluationRepository::find(const QUuid& id)
{
    return m_store.find(id);
}

Result<std::optional<SelfEvaluation>> EvaluationRepository::ofSubject(const QUuid& subjectId, int fiscalYear)
{
    return m_store.first(QStringLiteral("WHERE subject_id = ? AND fiscal_year = ? AND deleted = 0"
                                        " ORDER BY modified_at DESC LIMIT 1"),
                         { RecordStore::idValue(subjectId), fiscalYear });
}

Result<void> EvaluationRepository::remove(const QUuid& id)
{
    return m_store.remove(id, tr("self-evaluation %1").arg(id.toString(QUuid::WithoutBraces)));
}

} // namespace jx
