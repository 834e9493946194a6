#pragma once

#include "core/domain/Money.h"
#include "core/domain/RecordMeta.h"

#include <QDateTime>
#include <QString>

namespace jx {

/**
 * 拨款: a payment of a program's arranged budget, made by the finance department in whose
 * area the program is. A program under a suspending or stopping order has its next payment
 * held until the order is lifted (FinanceOrders::pay).
 */
struct Payment
{
    RecordMeta meta; ///< owner: the paying finance department
    QUuid subjectId;
    Money amount;
    QString paidBy;
    QDateTime paidAt; ///< UTC
    QString note;
};

} // namespace jx
