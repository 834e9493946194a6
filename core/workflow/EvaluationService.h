#pragma once

#include "core/domain/Result.h"
#include "core/domain/Review.h"
#include "core/domain/SelfEvaluationScorer.h"
#include "core/domain/Subject.h"
#include "core/domain/TargetSet.h"

#include <QCoreApplication>
#include <QHash>
#include <QUuid>

#include <optional>

namespace jx {

class Database;

/// The score of one self-evaluation of a year, as `score --all` lists it.
struct YearScore
{
    QUuid subjectId;
    QUuid evaluationId;
    QString subject;          ///< the subject's label
    SubjectKind kind = SubjectKind::Program;
    RecordStatus status = RecordStatus::Draft;
    std::optional<ScoreSheet> sheet; ///< none when it cannot be scored
    QString error;            ///< why not
    bool stored = false;      ///< the stored score of a draft was refreshed
};

/**
 * Scores the self-evaluation of a subject from what the database holds: its targets (and their
 * status), its self-evaluation, the framework classes of its indicators, the year's policy of
 * its region and, once approved, finance's decisions on its items. The GUI and the CLI both
 * call this; the rules are in SelfEvaluationScorer.
 */
class EvaluationService
{
    Q_DECLARE_TR_FUNCTIONS(EvaluationService)

public:
    explicit EvaluationService(Database& db);

    /// The score of the subject's self-evaluation of its own year.
    Result<ScoreSheet> score(const QUuid& subjectId);
    /// The score of @p evaluation as given (a draft being saved), against the stored targets.
    Result<ScoreSheet> score(const SelfEvaluation& evaluation);
    /// The same with finance's @p decisions on its items instead of the stored ones.
    Result<ScoreSheet> score(const SelfEvaluation& evaluation, const QList<ReviewItem>& decisions);

    /**
     * The grade that binds the results of the subject's year @p fiscalYear (the 差 gate of result
     * applications reads it): finance's grade of the approval of the self-evaluation while it is
     * approved, else the grade stored with the self-evaluation (computed when it was saved or
     * submitted), else the grade computed now. None when there is no self-evaluation or it cannot
     * be scored.
     */
    Result<std::optional<Grade>> bindingGrade(const QUuid& subjectId, int fiscalYear);

    /**
     * Reads the subjects, targets and reviews of the self-evaluations of @p fiscalYear at once
     * (a few queries in all), so that scoring each of them afterwards reads nothing per record
     * (`score --all` of a county: thousands of them). Only for a service that scores and writes
     * nothing else meanwhile: what it read is not read again.
     */
    Result<void> preloadYear(int fiscalYear);
    /// The subject with @p id (from what preloadYear() read, else from the database); none if deleted.
    Result<std::optional<Subject>> liveSubject(const QUuid& id);

    /// The framework whose weights score a subject of @p kind.
    static FrameworkKind frameworkOf(SubjectKind kind);

private:
    Result<ScoreSheet> scoreWith(const Subject& subject, const SelfEvaluation& evaluation,
                                 const std::optional<QList<ReviewItem>>& decisions);
    Result<QHash<QUuid, QString>> levelOneNames(const QList<Indicator>& indicators);
    Result<YearPolicy> policy(const QString& divisionCode, int fiscalYear);

    Result<std::optional<TargetSet>> targetsOf(const Subject& subject, int fiscalYear);
    Result<QList<Review>> reviewsOf(const SelfEvaluation& evaluation);

    Database& m_db;
    // What preloadYear() read: subjects by id, target sets by subject id, reviews by self-evaluation id.
    std::optional<int> m_preloadedYear;
    QHash<QUuid, Subject> m_subjects;
    QHash<QUuid, TargetSet> m_targets;
    QHash<QUuid, QList<Review>> m_reviews;
    // Read once per service: scoring a year asks for the same few again and again.
    QHash<QUuid, QString> m_levelOne;
    QHash<QString, YearPolicy> m_policies;
};

} // namespace jx
