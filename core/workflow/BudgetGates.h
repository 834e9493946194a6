#pragma once

#include "core/domain/Result.h"
#include "core/domain/Transition.h"

#include <QCoreApplication>
#include <QUuid>

namespace jx {

class Database;

/**
 * A program's way into the budget: the unit applies (申报), finance arranges (安排预算), each
 * only past its gate. The stage moves None → Applied → Arranged.
 */
class BudgetGates
{
    Q_DECLARE_TR_FUNCTIONS(BudgetGates)

public:
    explicit BudgetGates(Database& db);

    /**
     * The unit submits a program for budget (申报). A major new program needs an ex-ante
     * assessment report first (submitted or approved).
     */
    Result<void> applyForBudget(const Actor& actor, const QUuid& programId);
    /// Whether @p actor may apply for the program's budget now; applyForBudget() asks this first.
    Result<void> checkApply(const Actor& actor, const QUuid& programId);
    /**
     * Finance arranges the program's budget (安排预算): only with approved performance
     * targets for the year ("无绩效目标…不安排预算"), never against a 不予支持 assessment,
     * and not while funding is suspended or stopped.
     */
    Result<void> arrangeBudget(const Actor& actor, const QUuid& programId);
    /// Whether @p actor may arrange the program's budget now; arrangeBudget() asks this first.
    Result<void> checkArrange(const Actor& actor, const QUuid& programId);
    Result<BudgetStage> budgetStage(const QUuid& programId);

private:
    /// Moves the stage from @p from to @p to, or fails if someone moved it meanwhile.
    Result<void> setBudgetStage(const QUuid& programId, BudgetStage from, BudgetStage to);

    Database& m_db;
};

} // namespace jx
