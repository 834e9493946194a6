#include "core/storage/EvaluationRepository.h"

namespace jx {

Result<std::optional<SelfEvaluation>> EvaluationRepository::ofSubject(const QUuid& subjectId, int fiscalYear)
{
    return m_store.first(QStringLiteral("WHERE subject_id = ? AND fiscal_year = ? AND deleted = 0"
                                        " ORDER BY modified_at DESC LIMIT 1"),
        { RecordStore::idValue(subjectId), fiscalYear });
}

Result<QList<SelfEvaluation>> EvaluationRepository::ofYear(int fiscalYear)
{
    return m_store.list(QStringLiteral("WHERE fiscal_year = ? AND deleted = 0 ORDER BY id"), { fiscalYear });
}

} // namespace jx
