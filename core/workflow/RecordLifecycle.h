#pragma once

#include "core/domain/Result.h"
#include "core/domain/Transition.h"
#include "core/workflow/RecordLookup.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace jx {

class Database;

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
    Result<void> submit(const Actor& actor, RecordKind kind, const QUuid& id, const QString& comment = {});
    /// Approves a submitted record; for a self-evaluation, @p grade is finance's grade (定级).
    Result<void> approve(const Actor& actor, RecordKind kind, const QUuid& id, const QString& comment = {},
        std::optional<Grade> grade = std::nullopt);
    /// Sends a submitted or approved record back to its owner; a comment is required.
    Result<void> returnRecord(const Actor& actor, RecordKind kind, const QUuid& id, const QString& comment);
    /// Approves all of @p ids or, if any cannot be approved, none (the error names it).
    Result<int> approveAll(const Actor& actor, RecordKind kind, const QList<QUuid>& ids, const QString& comment = {});
    /// The steps the record went through, oldest first.
    Result<QList<Transition>> history(RecordKind kind, const QUuid& id);

private:
    /// Moves @p record to @p to if nobody moved it meanwhile, and records the step (and the review).
    Result<void> recordStep(const Actor& actor, const RecordState& record, RecordStatus to, const QString& comment,
        std::optional<ReviewDecision> decision, std::optional<Grade> grade = std::nullopt);

    Database& m_db;
};

} // namespace jx
