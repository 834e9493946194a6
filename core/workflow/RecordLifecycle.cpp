#include "core/workflow/RecordLifecycle.h"

#include "core/domain/Problem.h"
#include "core/domain/Review.h"
#include "core/storage/Database.h"
#include "core/storage/EvaluationRepository.h"
#include "core/storage/RecordStore.h"
#include "core/storage/ReviewRepository.h"
#include "core/storage/TransitionRepository.h"
#include "core/workflow/Authority.h"
#include "core/workflow/EvaluationService.h"
#include "core/workflow/SubmissionGates.h"

#include <algorithm>

namespace jx {

RecordLifecycle::RecordLifecycle(Database& db)
    : m_db(db)
{ }

Result<void> RecordLifecycle::checkEdit(const Actor& actor, RecordKind kind, const QUuid& id)
{
    Result<RecordState> st = RecordLookup(m_db).record(kind, id);
    if (!st)
        return st.error();
    return Authority::checkEdit(actor, st->owner, st->status, st->label);
}

Result<void> RecordLifecycle::checkSubmit(const Actor& actor, RecordKind kind, const QUuid& id)
{
    Result<RecordState> st = RecordLookup(m_db).record(kind, id);
    if (!st)
        return st.error();
    return submittable(actor, *st);
}

Result<void> RecordLifecycle::submittable(const Actor& actor, const RecordState& st)
{
    if (Result<void> r = Authority::checkOwner(actor, st, tr("submit")); !r)
        return r;
    if (!Authority::isEditable(st.status)) {
        return makeError(Error::Code::Conflict,
            tr("%1 is already %2; only a draft or a returned record is submitted.")
                .arg(st.label, Names::of(*st.status)));
    }
    Result<QList<Problem>> problems = SubmissionGates(m_db).problems(*st.kind, st.id);
    if (!problems)
        return problems.error();
    if (!problems->isEmpty())
        return Problem::toError(tr("%1 cannot be submitted").arg(st.label), *problems);
    return {};
}

Result<void> RecordLifecycle::submit(const Actor& actor, RecordKind kind, const QUuid& id, const QString& comment)
{
    Result<RecordState> st = RecordLookup(m_db).record(kind, id);
    if (!st)
        return st.error();
    if (Result<void> r = submittable(actor, *st); !r)
        return r;
    if (kind != RecordKind::SelfEvaluation)
        return recordStep(actor, *st, RecordStatus::Submitted, comment, std::nullopt);
    // A self-evaluation goes with the score and grade it was submitted with.
    Database::Transaction tx(m_db);
    if (!tx.started())
        return tx.startError();
    if (Result<void> r = storeScore(id); !r)
        return r;
    if (Result<void> r = recordStep(actor, *st, RecordStatus::Submitted, comment, std::nullopt); !r)
        return r;
    return tx.commit();
}

Result<void> RecordLifecycle::storeScore(const QUuid& evaluationId)
{
    EvaluationRepository evaluations(m_db);
    Result<std::optional<SelfEvaluation>> evaluation = evaluations.find(evaluationId);
    if (!evaluation)
        return evaluation.error();
    if (!evaluation->has_value())
        return makeError(Error::Code::NotFound, tr("The self-evaluation no longer exists."));
    SelfEvaluation& e = **evaluation;
    Result<ScoreSheet> sheet = EvaluationService(m_db).score(e);
    if (!sheet)
        return sheet.error();
    if (e.totalScore == sheet->total && e.grade == sheet->grade)
        return {};
    e.totalScore = sheet->total;
    e.grade = sheet->grade;
    return evaluations.save(e);
}

Result<void> RecordLifecycle::approve(
    const Actor& actor, RecordKind kind, const QUuid& id, const QString& comment, std::optional<Grade> grade)
{
    if (kind == RecordKind::SelfEvaluation)
        return approveEvaluation(actor, id, comment, EvaluationVerdict { grade, {}, {} });
    if (grade)
        return makeError(Error::Code::Invalid, tr("Only a self-evaluation is graded."));
    Result<RecordState> st = RecordLookup(m_db).record(kind, id);
    if (!st)
        return st.error();
    Result<Authority::ReviewStep> step = approvalStep(actor, *st, false);
    if (!step)
        return step.error();
    if (*step == Authority::ReviewStep::First) {
        // The 主管部门's first review: recorded, the record stays submitted for finance.
        return recordStep(actor, *st, RecordStatus::Submitted, comment, ReviewDecision::Approve);
    }
    return recordStep(actor, *st, RecordStatus::Approved, comment, ReviewDecision::Approve);
}

Result<void> RecordLifecycle::checkApprove(const Actor& actor, RecordKind kind, const QUuid& id, bool graded)
{
    Result<RecordState> st = RecordLookup(m_db).record(kind, id);
    if (!st)
        return st.error();
    if (graded && kind != RecordKind::SelfEvaluation)
        return makeError(Error::Code::Invalid, tr("Only a self-evaluation is graded."));
    if (Result<Authority::ReviewStep> step = approvalStep(actor, *st, graded); !step)
        return step.error();
    return {};
}

Result<void> RecordLifecycle::checkReturn(const Actor& actor, RecordKind kind, const QUuid& id)
{
    Result<RecordState> st = RecordLookup(m_db).record(kind, id);
    if (!st)
        return st.error();
    return returnable(actor, *st);
}

Result<Authority::ReviewStep> RecordLifecycle::approvalStep(const Actor& actor, const RecordState& st, bool graded)
{
    Authority authority(m_db);
    Result<Authority::ReviewStep> step = authority.reviewStep(actor, st);
    if (!step)
        return step.error();
    if (st.status != RecordStatus::Submitted) {
        return makeError(Error::Code::Conflict,
            tr("%1 is %2; only a submitted record is approved.").arg(st.label, Names::of(*st.status)));
    }
    if (Result<void> r = authority.checkNotPreparer(actor, st); !r)
        return r.error();
    Result<bool> firstReviewed = authority.firstReviewed(st);
    if (!firstReviewed)
        return firstReviewed.error();
    if (*step == Authority::ReviewStep::First) {
        if (graded)
            return makeError(Error::Code::Invalid, tr("Only the finance department grades %1.").arg(st.label));
        if (*firstReviewed) {
            return makeError(Error::Code::Conflict,
                tr("%1 was already reviewed by its competent department; the finance department reviews it next.")
                    .arg(st.label));
        }
        return step;
    }
    Result<bool> twoSteps = authority.needsFirstReview(st);
    if (!twoSteps)
        return twoSteps.error();
    if (*twoSteps && !*firstReviewed) {
        return makeError(Error::Code::Invalid,
            tr("%1 is first reviewed by the competent department of %2; the finance department approves it after that.")
                .arg(st.label, st.owner.name));
    }
    return step;
}

Result<void> RecordLifecycle::approveEvaluation(
    const Actor& actor, const QUuid& id, const QString& comment, const EvaluationVerdict& verdict)
{
    Result<RecordState> st = RecordLookup(m_db).record(RecordKind::SelfEvaluation, id);
    if (!st)
        return st.error();
    const bool graded = verdict.grade.has_value() || !verdict.decisions.isEmpty();
    Result<Authority::ReviewStep> step = approvalStep(actor, *st, graded);
    if (!step)
        return step.error();
    if (*step == Authority::ReviewStep::First) {
        // The 主管部门's first review: recorded, the record stays submitted for finance to grade.
        return recordStep(actor, *st, RecordStatus::Submitted, comment, ReviewDecision::Approve);
    }
    Result<std::optional<SelfEvaluation>> evaluation = EvaluationRepository(m_db).find(id);
    if (!evaluation)
        return evaluation.error();
    if (!evaluation->has_value())
        return makeError(Error::Code::NotFound, tr("The self-evaluation no longer exists."));
    Result<ScoreSheet> sheet = EvaluationService(m_db).score(**evaluation, verdict.decisions);
    if (!sheet)
        return sheet.error();
    // Finance decides on the items of this self-evaluation only, and on every 不适用 claim.
    for (const ReviewItem& d : verdict.decisions) {
        const bool known = std::any_of(sheet->reviewItems.cbegin(), sheet->reviewItems.cend(),
            [&](const ScoreReviewItem& i) {
                return i.indicatorId == d.indicatorId
                    && (i.notApplicable ? !d.deductionConfirmed : !d.notApplicableAccepted.has_value());
            });
        if (!known) {
            return makeError(Error::Code::Invalid,
                tr("%1: indicator %2 has no 不适用 claim or far-above deduction to decide on.")
                    .arg(st->label, d.indicatorId.toString(QUuid::WithoutBraces)));
        }
    }
    QStringList undecided;
    for (const ScoreReviewItem& i : sheet->reviewItems) {
        if (i.notApplicable && !i.decided)
            undecided << i.name;
    }
    if (!undecided.isEmpty()) {
        return makeError(Error::Code::Invalid,
            tr("%1: accept or reject the indicators marked not applicable first: %2.")
                .arg(st->label, undecided.join(tr(", ", "list separator"))));
    }
    if (verdict.grade && *verdict.grade != sheet->grade && verdict.gradeReason.trimmed().isEmpty()) {
        return makeError(Error::Code::Invalid,
            tr("%1 scores %2, graded %3: grading it %4 needs a reason.")
                .arg(st->label, QString::number(sheet->total, 'f', 2), Names::of(sheet->grade),
                    Names::of(*verdict.grade)));
    }
    Review reviewed;
    reviewed.grade = verdict.grade.value_or(sheet->grade);
    reviewed.gradeReason = verdict.grade && *verdict.grade != sheet->grade ? verdict.gradeReason.trimmed() : QString();
    reviewed.score = sheet->total;
    reviewed.items = verdict.decisions;
    return recordStep(actor, *st, RecordStatus::Approved, comment, ReviewDecision::Approve, &reviewed);
}

Result<void> RecordLifecycle::returnable(const Actor& actor, const RecordState& st)
{
    Result<Authority::ReviewStep> step = Authority(m_db).reviewStep(actor, st);
    if (!step)
        return step.error();
    // The 主管部门 returns only what it has before it: a submitted record.
    if (*step == Authority::ReviewStep::First && st.status != RecordStatus::Submitted) {
        return makeError(Error::Code::Conflict,
            tr("%1 is %2; the competent department returns only a submitted record.")
                .arg(st.label, Names::of(*st.status)));
    }
    if (st.status != RecordStatus::Submitted && st.status != RecordStatus::Approved) {
        return makeError(Error::Code::Conflict,
            tr("%1 is %2; only a submitted or approved record is returned.").arg(st.label, Names::of(*st.status)));
    }
    return {};
}

Result<void> RecordLifecycle::returnRecord(const Actor& actor, RecordKind kind, const QUuid& id, const QString& comment)
{
    Result<RecordState> st = RecordLookup(m_db).record(kind, id);
    if (!st)
        return st.error();
    if (Result<void> r = returnable(actor, *st); !r)
        return r;
    if (comment.trimmed().isEmpty())
        return makeError(
            Error::Code::Invalid, tr("Returning %1 needs a comment saying what to change.").arg(st->label));
    return recordStep(actor, *st, RecordStatus::Returned, comment, ReviewDecision::Return);
}

Result<int> RecordLifecycle::approveAll(
    const Actor& actor, RecordKind kind, const QList<QUuid>& ids, const QString& comment)
{
    Database::Transaction tx(m_db);
    if (!tx.started())
        return tx.startError();
    for (const QUuid& id : ids) {
        if (Result<void> r = approve(actor, kind, id, comment); !r)
            return makeError(r.error().code, tr("Nothing was approved: %1").arg(r.message()));
    }
    if (Result<void> r = tx.commit(); !r)
        return r.error();
    return int(ids.size());
}

Result<QList<Transition>> RecordLifecycle::history(RecordKind kind, const QUuid& id)
{
    return TransitionRepository(m_db).ofRecord(kind, id);
}

Result<void> RecordLifecycle::recordStep(const Actor& actor, const RecordState& record, RecordStatus to,
    const QString& comment, std::optional<ReviewDecision> decision, const Review* reviewed)
{
    // Only records of a kind have a status to move; RecordLookup::record gives both.
    Q_ASSERT(record.kind && record.status);
    Database::Transaction tx(m_db);
    if (!tx.started())
        return tx.startError();
    RecordStore store(m_db, RecordLookup::tableOf(*record.kind), { QStringLiteral("status") });
    store.setStatusColumn(QStringLiteral("status"));
    Result<bool> moved = store.setStatus(record.id, static_cast<int>(*record.status), static_cast<int>(to));
    if (!moved)
        return moved.error();
    if (!*moved)
        return makeError(
            Error::Code::Conflict, tr("%1 was changed meanwhile; reload it and try again.").arg(record.label));
    Transition t;
    t.recordKind = *record.kind;
    t.recordId = record.id;
    t.from = *record.status;
    t.to = to;
    t.actor = actor;
    t.comment = comment;
    if (Result<void> r = TransitionRepository(m_db).save(t); !r)
        return r;
    if (decision) {
        Review review;
        review.meta.ownerId = actor.agencyId;
        review.recordKind = *record.kind;
        review.recordId = record.id;
        review.decision = *decision;
        review.comments = comment;
        review.reviewer = actor.name;
        if (reviewed) {
            review.grade = reviewed->grade;
            review.gradeReason = reviewed->gradeReason;
            review.score = reviewed->score;
            review.items = reviewed->items;
        }
        review.step = t.step;
        if (Result<void> r = ReviewRepository(m_db).save(review); !r)
            return r;
    }
    return tx.commit();
}

} // namespace jx
