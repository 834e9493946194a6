#pragma once

#include "core/domain/Actor.h"
#include "core/domain/Result.h"
#include "core/domain/Types.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUuid>

#include <optional>

namespace jx {

class Database;

/// Something a person may do on a subject or one of its records.
enum class SubjectAction
{
    EditSubject,    ///< the program's registration
    Edit,           ///< a record of the loop (a null record id: write a new one)
    Submit,
    Approve,
    Return,
    Grade,          ///< approve a self-evaluation with finance's grade (定级)
    ApplyForBudget, ///< 申报
    ArrangeBudget,  ///< 安排预算
    Pay,            ///< 拨款
    IssueOrder,     ///< 整改 / 暂缓 / 停止
    LiftOrder,
    Decide,         ///< 结果运用: a decision on next year's funding (a null record id: a new one)
};

/// One action and whether the person may take it now; when not, why (translated).
struct ActionState
{
    SubjectAction action = SubjectAction::Edit;
    std::optional<RecordKind> kind; ///< the record kind it is about; none for the subject itself
    QUuid recordId;                 ///< the record (an order for LiftOrder); null: a new record or the subject
    bool allowed = false;
    QString reason;                 ///< why not; empty when allowed
    QString text;                   ///< translated: "Submit performance targets", "Lift 暂缓"…

    /// The translated name of @p action on a record of @p kind (none: the subject), for buttons and menus.
    static QString textOf(SubjectAction action, std::optional<RecordKind> kind, bool newRecord = false);
};

/**
 * What a person may do right now on one subject, and why not: every action of the loop on the
 * subject and on each of its live records, allowed or refused with the translated reason the
 * action itself would give. It asks the very checks the actions run first (RecordLifecycle's
 * checkEdit / checkSubmit / checkApprove / checkReturn, BudgetGates' checkApply / checkArrange,
 * Payments::checkPay, FinanceOrders' checkIssue / checkLift, Authority's checkEdit and
 * checkDecider), so a view that enables a button from it and the action that button runs never
 * disagree. It writes nothing.
 */
class ActionAvailability
{
    Q_DECLARE_TR_FUNCTIONS(ActionAvailability)

public:
    explicit ActionAvailability(Database& db);

    /// Every action on the subject @p subjectId for @p actor, the subject's own first, then by record in loop order.
    Result<QList<ActionState>> forSubject(const Actor& actor, const QUuid& subjectId);
    /// The state of one action on one record (or the subject, with a null @p recordId and no kind).
    Result<ActionState> state(const Actor& actor, SubjectAction action, std::optional<RecordKind> kind,
        const QUuid& subjectId, const QUuid& recordId);

private:
    Database& m_db;
};

} // namespace jx
