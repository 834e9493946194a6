#pragma once

#include "core/domain/Result.h"
#include "core/domain/Subject.h"
#include "core/domain/Transition.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <optional>

namespace jx {

class Database;

/**
 * The lifecycle every submitted record follows: Draft → Submitted → Returned | Approved,
 * and who may take each step. Only the owner agency submits (a unit's preparer or head, a
 * finance bureau's own officers for its records), after the gates of the record's kind pass;
 * only a finance bureau at or above the owner's division approves or returns, never the
 * person who prepared the record. Every step is recorded (transition) and an approval or a
 * return also leaves a Review that travels back down. Steps are atomic.
 */
class Workflow
{
    Q_DECLARE_TR_FUNCTIONS(Workflow)

public:
    explicit Workflow(Database& db);

    /**
     * Whether @p actor may edit the record now: only a draft or a returned record, and only
     * by its owner agency's own people (a unit's preparer or head; a finance department's
     * officers for its own records). Storage refuses edits of submitted and approved records
     * in any case; the GUI and the CLI ask this before they let anyone edit.
     */
    Result<void> checkEdit(const Actor& actor, RecordKind kind, const QUuid& id);
    Result<void> submit(const Actor& actor, RecordKind kind, const QUuid& id, const QString& comment = {});
    /// Approves a submitted record; for a self-evaluation, @p grade is finance's grade (定级).
    Result<void> approve(const Actor& actor, RecordKind kind, const QUuid& id, const QString& comment = {},
                         std::optional<Grade> grade = std::nullopt);
    /// Sends a submitted or approved record back to its owner; a comment is required.
    Result<void> returnRecord(const Actor& actor, RecordKind kind, const QUuid& id, const QString& comment);
    /// Approves all of @p ids or, if any cannot be approved, none (the error names it).
    Result<int> approveAll(const Actor& actor, RecordKind kind, const QList<QUuid>& ids, const QString& comment = {});

    /**
     * The unit submits a program for budget (申报). A major new program needs an ex-ante
     * assessment report first (submitted or approved).
     */
    Result<void> applyForBudget(const Actor& actor, const QUuid& programId);
    /**
     * Finance arranges the program's budget (安排预算): only with approved performance
     * targets for the year ("无绩效目标…不安排预算"), and never against a 不予支持 assessment.
     */
    Result<void> arrangeBudget(const Actor& actor, const QUuid& programId);
    Result<BudgetStage> budgetStage(const QUuid& programId);

    /// Finance orders rectification, or suspends or stops funding, of a program in its area; a reason is required.
    Result<QUuid> issueOrder(const Actor& actor, const QUuid& programId, OrderKind kind, const QString& reason,
                             const QUuid& reportId = {});
    /// Lifts an order in force; a reason is required.
    Result<void> liftOrder(const Actor& actor, const QUuid& orderId, const QString& reason);

    /// The reasons a record cannot be submitted now (empty when it can), from the gates of its kind.
    Result<QStringList> submissionProblems(RecordKind kind, const QUuid& id);

private:
    struct RecordState;
    Result<RecordState> state(RecordKind kind, const QUuid& id);
    Result<Subject> liveProgram(const QUuid& programId);
    Result<RecordState> programAsRecord(const Subject& program);
    Result<void> checkReviewer(const Actor& actor, const RecordState& record);
    Result<void> checkOwner(const Actor& actor, const RecordState& record, const QString& action);
    Result<void> move(const Actor& actor, const RecordState& record, RecordStatus to, const QString& comment,
                      std::optional<ReviewDecision> decision, std::optional<Grade> grade = std::nullopt);
    Result<void> setBudgetStage(const QUuid& programId, BudgetStage from, BudgetStage to);

    Result<QStringList> targetSetProblems(const QUuid& id);
    Result<QStringList> monitoringProblems(const QUuid& id);
    Result<QStringList> evaluationProblems(const QUuid& id);
    Result<QStringList> assessmentProblems(const QUuid& id);
    Result<QStringList> applicationProblems(const QUuid& id);

    Database& m_db;
};

} // namespace jx
