#include "core/workflow/EvaluationService.h"

#include "core/domain/Review.h"
#include "core/domain/Validation.h"
#include "core/storage/Database.h"
#include "core/storage/EvaluationRepository.h"
#include "core/storage/FrameworkRepository.h"
#include "core/storage/PolicyRepository.h"
#include "core/storage/ReviewRepository.h"
#include "core/storage/SubjectRepository.h"
#include "core/storage/TargetSetRepository.h"

namespace jx {

EvaluationService::EvaluationService(Database& db)
    : m_db(db)
{
}

FrameworkKind EvaluationService::frameworkOf(SubjectKind kind)
{
    switch (kind) {
    case SubjectKind::AgencyBudget: return FrameworkKind::AgencyOverall;
    case SubjectKind::GovernmentBudget: return FrameworkKind::GovernmentBudget;
    case SubjectKind::Program: break;
    }
    return FrameworkKind::ProgramTargets;
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
    Result<std::optional<SelfEvaluation>> evaluation = EvaluationRepository(m_db).ofSubject(s.meta.id, s.fiscalYear);
    if (!evaluation)
        return evaluation.error();
    if (!evaluation->has_value())
        return makeError(Error::Code::NotFound, tr("%1 has no self-evaluation for %2.").arg(Validation::label(s)).arg(s.fiscalYear));
    return scoreWith(s, **evaluation, std::nullopt);
}

Result<ScoreSheet> EvaluationService::score(const SelfEvaluation& evaluation)
{
    Result<std::optional<Subject>> subject = liveSubject(evaluation.subjectId);
    if (!subject)
        return subject.error();
    if (!subject->has_value()) {
        return makeError(Error::Code::NotFound,
            tr("No program or budget with id %1.").arg(evaluation.subjectId.toString(QUuid::WithoutBraces)));
    }
    return scoreWith(**subject, evaluation, std::nullopt);
}

Result<ScoreSheet> EvaluationService::score(const SelfEvaluation& evaluation, const QList<ReviewItem>& decisions)
{
    Result<std::optional<Subject>> subject = liveSubject(evaluation.subjectId);
    if (!subject)
        return subject.error();
    if (!subject->has_value()) {
        return makeError(Error::Code::NotFound,
            tr("No program or budget with id %1.").arg(evaluation.subjectId.toString(QUuid::WithoutBraces)));
    }
    return scoreWith(**subject, evaluation, decisions);
}

Result<ScoreSheet> EvaluationService::scoreWith(
    const Subject& s, const SelfEvaluation& evaluation, const std::optional<QList<ReviewItem>>& decisions)
{
    Result<std::optional<TargetSet>> targets = targetsOf(s, evaluation.fiscalYear);
    if (!targets)
        return targets.error();
    if (!targets->has_value()) {
        return makeError(Error::Code::NotFound,
            tr("%1 has no performance targets for %2.").arg(Validation::label(s)).arg(evaluation.fiscalYear));
    }
    ScoringContext context;
    context.framework = frameworkOf(s.kind);
    context.targetStatus = (*targets)->status;
    if (decisions) {
        context.decisions = *decisions;
    } else if (evaluation.status == RecordStatus::Approved && evaluation.meta.revision > 0) {
        // An approved self-evaluation is scored with what finance decided when it approved it.
        Result<QList<Review>> reviews = reviewsOf(evaluation);
        if (!reviews)
            return reviews.error();
        for (auto it = reviews->crbegin(); it != reviews->crend(); ++it) {
            if (it->decision == ReviewDecision::Approve) {
                context.decisions = it->items;
                break;
            }
        }
    }
    Result<QHash<QUuid, QString>> levelOne = levelOneNames((*targets)->indicators);
    if (!levelOne)
        return levelOne.error();
    Result<YearPolicy> yearPolicy = policy(s.divisionCode, evaluation.fiscalYear);
    if (!yearPolicy)
        return yearPolicy.error();
    return SelfEvaluationScorer::score(evaluation, (*targets)->indicators, *levelOne, *yearPolicy, context);
}

Result<void> EvaluationService::preloadYear(int fiscalYear)
{
    Result<QList<Subject>> subjects = SubjectRepository(m_db).ofYear(fiscalYear);
    if (!subjects)
        return subjects.error();
    Result<QHash<QUuid, TargetSet>> targets = TargetSetRepository(m_db).ofYear(fiscalYear);
    if (!targets)
        return targets.error();
    Result<QHash<QUuid, QList<Review>>> reviews = ReviewRepository(m_db).ofEvaluationsOfYear(fiscalYear);
    if (!reviews)
        return reviews.error();
    m_subjects.clear();
    m_subjects.reserve(subjects->size());
    for (Subject& s : *subjects)
        m_subjects.insert(s.meta.id, std::move(s));
    m_targets = *std::move(targets);
    m_reviews = *std::move(reviews);
    m_preloadedYear = fiscalYear;
    return {};
}

Result<std::optional<Subject>> EvaluationService::liveSubject(const QUuid& id)
{
    const auto it = m_subjects.constFind(id);
    if (it != m_subjects.constEnd())
        return std::optional<Subject>(*it);
    // Not of the preloaded year (or nothing preloaded): read it.
    Result<std::optional<Subject>> subject = SubjectRepository(m_db).find(id);
    if (!subject || !subject->has_value() || !(*subject)->meta.deleted)
        return subject;
    return std::optional<Subject>();
}

Result<std::optional<TargetSet>> EvaluationService::targetsOf(const Subject& subject, int fiscalYear)
{
    if (m_preloadedYear == fiscalYear) {
        const auto it = m_targets.constFind(subject.meta.id);
        return it == m_targets.constEnd() ? std::optional<TargetSet>() : std::optional<TargetSet>(*it);
    }
    return TargetSetRepository(m_db).ofSubject(subject.meta.id, fiscalYear);
}

Result<QList<Review>> EvaluationService::reviewsOf(const SelfEvaluation& evaluation)
{
    if (m_preloadedYear == evaluation.fiscalYear)
        return m_reviews.value(evaluation.meta.id);
    return ReviewRepository(m_db).ofRecord(RecordKind::SelfEvaluation, evaluation.meta.id);
}

Result<QHash<QUuid, QString>> EvaluationService::levelOneNames(const QList<Indicator>& indicators)
{
    QList<QUuid> missing;
    for (const Indicator& i : indicators) {
        if (!m_levelOne.contains(i.categoryId) && !missing.contains(i.categoryId))
            missing << i.categoryId;
    }
    if (!missing.isEmpty()) {
        Result<QHash<QUuid, QString>> found = FrameworkRepository(m_db).levelOneNames(missing);
        if (!found)
            return found.error();
        for (const QUuid& id : std::as_const(missing))
            m_levelOne.insert(id, found->value(id));
    }
    QHash<QUuid, QString> names;
    for (const Indicator& i : indicators)
        names.insert(i.categoryId, m_levelOne.value(i.categoryId));
    return names;
}

Result<YearPolicy> EvaluationService::policy(const QString& divisionCode, int fiscalYear)
{
    const QString key = QStringLiteral("%1/%2").arg(divisionCode).arg(fiscalYear);
    const auto it = m_policies.constFind(key);
    if (it != m_policies.constEnd())
        return *it;
    Result<YearPolicy> found = PolicyRepository(m_db).policyForDivision(divisionCode, fiscalYear);
    if (found)
        m_policies.insert(key, *found);
    return found;
}

Result<std::optional<Grade>> EvaluationService::bindingGrade(const QUuid& subjectId, int fiscalYear)
{
    Result<std::optional<SelfEvaluation>> evaluation = EvaluationRepository(m_db).ofSubject(subjectId, fiscalYear);
    if (!evaluation)
        return evaluation.error();
    if (!evaluation->has_value())
        return std::optional<Grade>();
    const SelfEvaluation& e = **evaluation;
    if (e.status == RecordStatus::Approved) {
        Result<QList<Review>> reviews = ReviewRepository(m_db).ofRecord(RecordKind::SelfEvaluation, e.meta.id);
        if (!reviews)
            return reviews.error();
        for (auto it = reviews->crbegin(); it != reviews->crend(); ++it) {
            if (it->decision == ReviewDecision::Approve) {
                if (it->grade)
                    return it->grade;
                break;
            }
        }
    }
    if (e.grade)
        return e.grade;
    // Stored before scores were stored: computed now.
    Result<std::optional<Subject>> subject = SubjectRepository(m_db).find(subjectId);
    if (!subject)
        return subject.error();
    if (!subject->has_value())
        return std::optional<Grade>();
    Result<ScoreSheet> sheet = scoreWith(**subject, e, std::nullopt);
    if (!sheet)
        return std::optional<Grade>();
    return std::optional<Grade>(sheet->grade);
}

} // namespace jx
