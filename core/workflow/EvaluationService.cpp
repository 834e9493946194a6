#include "core/workflow/EvaluationService.h"

#include "core/domain/Validation.h"
#include "core/storage/Database.h"
#include "core/storage/DivisionRepository.h"
#include "core/storage/EvaluationRepository.h"
#include "core/storage/FrameworkRepository.h"
#include "core/storage/PolicyRepository.h"
#include "core/storage/SubjectRepository.h"
#include "core/storage/TargetSetRepository.h"

namespace jx {

namespace {

FrameworkKind frameworkOf(SubjectKind kind)
{
    switch (kind) {
    case SubjectKind::Program: return FrameworkKind::ProgramTargets;
    case SubjectKind::AgencyBudget: return FrameworkKind::AgencyOverall;
    case SubjectKind::GovernmentBudget: return FrameworkKind::GovernmentBudget;
    }
    return FrameworkKind::ProgramTargets;
}

} // namespace

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

    // Level-1 class of every category the indicators use: the framework in force, and any
    // other category an indicator refers to (a framework of another year).
    FrameworkRepository frameworks(m_db);
    Result<QList<IndicatorCategory>> categories = frameworks.categories(frameworkOf(s.kind), s.fiscalYear);
    if (!categories)
        return categories.error();
    QHash<QUuid, IndicatorCategory> byId;
    for (const IndicatorCategory& c : *categories)
        byId.insert(c.meta.id, c);
    QHash<QUuid, QString> levelOne;
    for (const Indicator& i : (*targets)->indicators) {
        if (i.categoryId.isNull() || levelOne.contains(i.categoryId))
            continue;
        QUuid id = i.categoryId;
        for (int depth = 0; depth < 3 && !id.isNull(); ++depth) {
            if (!byId.contains(id)) {
                Result<std::optional<IndicatorCategory>> c = frameworks.findCategory(id);
                if (!c)
                    return c.error();
                if (!c->has_value())
                    break;
                byId.insert(id, **c);
            }
            const IndicatorCategory& c = byId[id];
            if (c.level == 1) {
                levelOne.insert(i.categoryId, c.name);
                break;
            }
            id = c.parentId;
        }
    }

    Result<QList<Division>> lineage = DivisionRepository(m_db).lineage(s.divisionCode);
    if (!lineage)
        return lineage.error();
    const QString region = lineage->isEmpty() ? QString() : lineage->constLast().code;
    Result<YearPolicy> policy = PolicyRepository(m_db).policyFor(region, s.fiscalYear);
    if (!policy)
        return policy.error();
    return SelfEvaluationScorer::score(**evaluation, (*targets)->indicators, levelOne, *policy);
}

} // namespace jx
