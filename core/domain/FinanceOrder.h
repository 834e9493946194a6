#pragma once

#include "core/domain/RecordMeta.h"
#include "core/domain/Types.h"

#include <QDateTime>
#include <QString>

namespace jx {

/// A finance department's order on a program after monitoring: rectify, suspend or stop funding.
struct FinanceOrder
{
    RecordMeta meta;       ///< owner: the ordering finance department
    QUuid subjectId;
    QUuid reportId;        ///< the monitoring report it follows, if any
    OrderKind kind = OrderKind::Rectify;
    QString reason;
    QString issuedBy;
    QDateTime issuedAt;    ///< UTC
    QDateTime liftedAt;    ///< invalid while in force
    QString liftReason;
    QString outcome;       ///< the outcome of the rectification (整改结果), recorded when the order is lifted

    bool inForce() const { return !liftedAt.isValid(); }
};

} // namespace jx
