#pragma once

#include "core/domain/Result.h"
#include "core/domain/Transition.h"

#include <QCoreApplication>
#include <QUuid>

namespace jx {

class Database;

/**
 * Finance's orders on a program after monitoring (整改, 暂缓, 停止): given by a finance department
 * with jurisdiction over the program, lifted only by the department that gave them, each with a
 * reason. The strongest order in force marks the program and stops its budget being arranged.
 */
class FinanceOrders
{
    Q_DECLARE_TR_FUNCTIONS(FinanceOrders)

public:
    explicit FinanceOrders(Database& db);

    /// Finance orders rectification, or suspends or stops funding, of a program in its area; a reason is required.
    Result<QUuid> issueOrder(
        const Actor& actor, const QUuid& programId, OrderKind kind, const QString& reason, const QUuid& reportId = {});
    /// Whether @p actor may give orders on the program (its reviewer); issueOrder() asks this first.
    Result<void> checkIssue(const Actor& actor, const QUuid& programId);
    /// Whether @p actor may lift the order now (in force, given by the actor's department); liftOrder() asks this first.
    Result<void> checkLift(const Actor& actor, const QUuid& orderId);
    /**
     * Lifts an order in force; a reason is required, and lifting an order to rectify records
     * the outcome of the rectification (整改结果), which it then requires.
     */
    Result<void> liftOrder(
        const Actor& actor, const QUuid& orderId, const QString& reason, const QString& outcome = {});
    /// Whether an order of @p kind holds the program's funding: no budget arranged, no payment made.
    static bool holdsFunding(OrderKind kind);

private:
    Database& m_db;
};

} // namespace jx
