#pragma once

#include "core/domain/Result.h"
#include "core/domain/Transition.h"
#include "core/workflow/Authority.h"
#include "core/workflow/RecordLookup.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace jx {

class Database;
struct Review;
struct ReviewItem;

/// What finance says when it approves a self-evaluation (定级): its grade (none: the computed
/// one), the reason when that differs from the computed grade, and its decision on every
/// 不适用 claim and on the far-above deductions it confirms.
struct EvaluationVerdict
{
    std::optional<Grade> grade;
    QString gradeReason;
    QList<ReviewItem> decisions;
};

/**
 * The lifecycle every submitted record follows: Draft → Submitted → Returned | Approved.
 * Only the owner agency submits, after the SubmissionGates of the record's kind pass; only a
 * finance department at or above the owner's division approves or returns, never the person
 * who submitted the record (Authority holds these rules). Every step is recorded (transition)
 * and an approval or a return also leaves a Review that travels back down. Steps are atomic.
 */
class RecordLifecycle
{
    Q_DECLARE_TR_FUNCTIONS(RecordLifecycle)

public:
    explicit RecordLifecycle(Database& db);

    /**
     * Whether @p actor may edit the record now: only a draft or a returned record, and only
     * by its owner agency's own people. Storage refuses edits of submitted and approved records
     * in any case; the GUI and the CLI ask this before they let anyone edit. For records
     * without a status of their own, ask Authority::checkEdit.
     */
    Result<void> checkEdit(const Actor& actor, RecordKind kind, const QUuid& id);
    /// Whether @p actor may submit the record now: its owner's own people, a draft or a returned
    /// record, and the SubmissionGates of its kind pass. submit() asks this first.
    Result<void> checkSubmit(const Actor& actor, RecordKind kind, const QUuid& id);
    /**
     * Whether @p actor may approve the record now (with a grade or item decisions when
     * @p graded): the reviewer's step, a submitted record, separation of duties, the 主管部门's
     * first review before finance's. approve() and approveEvaluation() ask this first.
     */
    Result<void> checkApprove(const Actor& actor, RecordKind kind, const QUuid& id, bool graded = false);
    /// Whether @p actor may return the record now (the comment aside). returnRecord() asks this first.
    Result<void> checkReturn(const Actor& actor, RecordKind kind, const QUuid& id);
    Result<void> submit(const Actor& actor, RecordKind kind, const QUuid& id, const QString& comment = {});
    /// Approves a submitted record; for a self-evaluation, @p grade is finance's grade (定级).
    Result<void> approve(const Actor& actor, RecordKind kind, const QUuid& id, const QString& comment = {},
        std::optional<Grade> grade = std::nullopt);
    /**
     * Approves a submitted self-evaluation with finance's verdict. The self-evaluation is scored
     * again with finance's decisions; every 不适用 claim must be accepted or rejected, and a grade
     * other than the computed one needs a reason. The review keeps the score, the binding grade
     * (finance's, else the computed one) and the decisions.
     */
    Result<void> approveEvaluation(
        const Actor& actor, const QUuid& id, const QString& comment, const EvaluationVerdict& verdict);
    /// Sends a submitted or approved record back to its owner; a comment is required.
    Result<void> returnRecord(const Actor& actor, RecordKind kind, const QUuid& id, const QString& comment);
    /// Approves all of @p ids or, if any cannot be approved, none (the error names it).
    Result<int> approveAll(const Actor& actor, RecordKind kind, const QList<QUuid>& ids, const QString& comment = {});
    /// The steps the record went through, oldest first.
    Result<QList<Transition>> history(RecordKind kind, const QUuid& id);

private:
    /// Moves @p record to @p to if nobody moved it meanwhile, and records the step (and the review).
    Result<void> recordStep(const Actor& actor, const RecordState& record, RecordStatus to, const QString& comment,
        std::optional<ReviewDecision> decision, const Review* reviewed = nullptr);
    /// Checks that @p actor may approve @p record (graded: with a grade or item decisions) and says
    /// at which step: the 主管部门's first review, or finance's.
    Result<Authority::ReviewStep> approvalStep(const Actor& actor, const RecordState& record, bool graded);
    /// checkSubmit() on a record already looked up.
    Result<void> submittable(const Actor& actor, const RecordState& record);
    /// checkReturn() on a record already looked up.
    Result<void> returnable(const Actor& actor, const RecordState& record);
    /// Scores a self-evaluation about to be submitted and stores its score and grade with it.
    Result<void> storeScore(const QUuid& evaluationId);

    Database& m_db;
};

} // namespace jx
