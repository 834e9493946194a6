#pragma once

#include "core/domain/Result.h"
#include "core/domain/Transition.h"
#include "core/workflow/RecordLookup.h"

#include <QCoreApplication>

#include <optional>

namespace jx {

class Database;
struct FinanceOrder;

/**
 * Who may act: the one place for the rules of roles, ownership, jurisdiction and separation of
 * duties that the workflow classes share.
 *
 * - A record is prepared (edited, submitted) only by its owner agency's own people: a unit's
 *   preparer or head, a finance department's reviewers and administrators for its own records.
 * - It is reviewed (approved, returned; also budgets arranged and orders given for a program)
 *   by a finance department's reviewer or administrator of the owner's own division (同级);
 *   a finance department above it sees and aggregates but acts through the level below, unless
 *   the year's policy lets upper levels act. Never by the person who submitted it (names
 *   compared without regard to letter case or spaces).
 * - A subordinate unit's record may first be reviewed by its 主管部门 (the owner's parent
 *   unit); when the year's policy asks for a two-step review, finance approves it only after
 *   that first review.
 */
class Authority
{
    Q_DECLARE_TR_FUNCTIONS(Authority)

public:
    explicit Authority(Database& db);

    /// Whether @p role prepares records of an agency of kind @p ownerKind.
    static bool preparesFor(Role role, AgencyKind ownerKind);
    /// A finance department's reviewer or administrator.
    static bool isFinanceOfficer(Role role);
    /// Whether a record in @p status (none: a record without status) may be changed at all.
    static bool isEditable(std::optional<RecordStatus> status);

    /// Only the owner agency's own people may @p action (translated verb) the record.
    static Result<void> checkOwner(
        const Actor& actor, const Agency& owner, const QString& label, const QString& action);
    static Result<void> checkOwner(const Actor& actor, const RecordState& record, const QString& action);

    /**
     * Whether @p actor may edit a record owned by @p owner in @p status (none for a record
     * without status of its own: a program, a finance order): only a draft or a returned record,
     * and only by its owner agency's own people. @p label names the record in the message.
     */
    static Result<void> checkEdit(
        const Actor& actor, const Agency& owner, std::optional<RecordStatus> status, const QString& label);
    /// As above, for a record owned by the agency with id @p ownerId.
    Result<void> checkEdit(
        const Actor& actor, const QUuid& ownerId, std::optional<RecordStatus> status, const QString& label);

    /// How a reviewer takes part in a record's review.
    enum class ReviewStep
    {
        First, ///< the owner's 主管部门 (初审)
        Final, ///< the finance department (审核)
    };

    /**
     * Only a finance department's officer of the owner's own division reviews; one above it
     * only when the policy of @p fiscalYear lets upper levels act. With @p toLevelAbove (a
     * government budget, which a government reports to the level above), the division above
     * the owner's takes the place of the owner's.
     */
    Result<void> checkReviewer(
        const Actor& actor, const Agency& owner, const QString& label, int fiscalYear, bool toLevelAbove = false);
    Result<void> checkReviewer(const Actor& actor, const RecordState& record);
    /// The live program @p programId, and it as a record, when @p actor may act on it as its reviewer.
    Result<std::pair<Subject, RecordState>> reviewedProgram(const Actor& actor, const QUuid& programId);
    /// Finance reviews as checkReviewer() says; the owner's 主管部门 (its preparer or head) reviews first.
    Result<ReviewStep> reviewStep(const Actor& actor, const RecordState& record);
    /// Whether the policy of the record's year asks its 主管部门 to review it before finance does.
    Result<bool> needsFirstReview(const RecordState& record);
    /// Whether the record's 主管部门 approved it since it was last submitted.
    Result<bool> firstReviewed(const RecordState& record);
    /// Separation of duties: whoever submitted the record does not approve it.
    Result<void> checkNotPreparer(const Actor& actor, const RecordState& record);
    /// A person's name as separation of duties compares it: no spaces, letter case folded, compatibility forms.
    static QString personKey(const QString& name);

    /// Only the program's own unit (preparer or head) applies for its budget.
    static Result<void> checkBudgetApplicant(const Actor& actor, const Subject& program);
    /**
     * Only a finance department decides how a program's results are used (结果运用), and only
     * on a live program it reviews (checkReviewer()).
     */
    Result<void> checkDecider(const Actor& actor, const QUuid& programId);
    /// Only an officer of the finance department that gave an order lifts it.
    static Result<void> checkOrderLifter(const Actor& actor, const FinanceOrder& order);

private:
    Database& m_db;
};

} // namespace jx
