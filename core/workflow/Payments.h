#pragma once

#include "core/domain/Money.h"
#include "core/domain/Result.h"
#include "core/domain/Transition.h"

#include <QCoreApplication>
#include <QUuid>

namespace jx {

class Database;

/**
 * 拨款: finance pays out a program's arranged budget. A payment is made only by the finance
 * department of the program's own division, only once the budget is arranged, never beyond the
 * arranged amount, and not while an order suspending or stopping the funding is in force: the
 * next payment is held until the order is lifted.
 */
class Payments
{
    Q_DECLARE_TR_FUNCTIONS(Payments)

public:
    explicit Payments(Database& db);

    /// Pays @p amount of the program's budget; the payment's id.
    Result<QUuid> pay(const Actor& actor, const QUuid& programId, Money amount, const QString& note = {});
    /**
     * Whether @p actor may pay part of the program's budget now, whatever the amount: its
     * reviewer, an arranged budget, no order holding it, something left to pay. pay() asks this first.
     */
    Result<void> checkPay(const Actor& actor, const QUuid& programId);
    /// What is paid of the program so far.
    Result<Money> paid(const QUuid& programId);
    /// Why the program's next payment is held (the order in force), or an empty string when it is not.
    Result<QString> holdReason(const QUuid& programId);

private:
    Database& m_db;
};

} // namespace jx
