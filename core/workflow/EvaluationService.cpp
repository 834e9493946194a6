#include "core/workflow/EvaluationService.h"

#include "core/domain/Validation.h"
#include "core/storage/Database.h"
#include "core/storage/EvaluationRepository.h"
#include "core/storage/FrameworkRepository.h"
#include "core/storage/PolicyRepository.h"
#include "core/storage/SubjectRepository.h"
#include "core/storage/TargetSetRepository.h"

namespace jx {

EvaluationService::EvaluationService(Database& db)
    : m_db(db)
{
}

Result<ScoreSheet> EvaluationService::score(const QUuid& subjectId)
{
    Result<std::optional<Subject>> subject = SubjectRepository(m_db).find(subjectId);
    if (!subject)
        return subject.error();
    if (!subject->has_value() || (*subject)->meta.deleted) {
        return makeError(Error::Code::NotFound,
            tr("No program or budget with id %1.").arg(subjectId.toString(QUuid::WithoutBraces)));
    }
    const Subject& s = **subject;
    Result<std::optional<TargetSet>> targets = TargetSetRepository(m_db).ofSubject(s.meta.id, s.fiscalYear);
    if (!targets)
        return targets.error();
    if (!targets->has_value())
        return makeError(Error::Code::NotFound, tr("%1 has no performance targets for %2.").arg(Validation::label(s)).arg(s.fiscalYear));
    Result<std::optional<SelfEvaluation>> evaluation = EvaluationRepository(m_db).ofSubject(s.meta.id, s.fiscalYear);
    if (!evaluation)
        return evaluation.error();
    if (!evaluation->has_value())
        return makeError(Error::Code::NotFound, tr("%1 has no self-evaluation for %2.").arg(Validation::label(s)).arg(s.fiscalYear));

    QList<QUuid> categoryIds;
    for (const Indicator& i : (*targets)->indicators)
        categoryIds << i.categoryId;
    Result<QHash<QUuid, QString>> levelOne = FrameworkRepository(m_db).levelOneNames(categoryIds);
    if (!levelOne)
        return levelOne.error();
    Result<YearPolicy> policy = PolicyRepository(m_db).policyForDivision(s.divisionCode, s.fiscalYear);
    if (!policy)
        return policy.error();
    return SelfEvaluationScorer::score(**evaluation, (*targets)->indicators, *levelOne, *policy);
}

} // namespace jx
