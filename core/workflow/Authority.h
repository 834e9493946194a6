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
 *   only by a finance department's reviewer or administrator at or above the owner's division,
 *   and never by the person who submitted it.
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

    /// Only a finance department's officer whose division is the owner's or above it reviews.
    Result<void> checkReviewer(const Actor& actor, const Agency& owner, const QString& label);
    Result<void> checkReviewer(const Actor& actor, const RecordState& record);
    /// Separation of duties: whoever submitted the record does not approve it.
    Result<void> checkNotPreparer(const Actor& actor, const RecordState& record);

    /// Only the program's own unit (preparer or head) applies for its budget.
    static Result<void> checkBudgetApplicant(const Actor& actor, const Subject& program);
    /// Only an officer of the finance department that gave an order lifts it.
    static Result<void> checkOrderLifter(const Actor& actor, const FinanceOrder& order);

private:
    Database& m_db;
};

} // namespace jx
