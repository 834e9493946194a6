#pragma once

#include "core/domain/Money.h"
#include "core/domain/RecordMeta.h"
#include "core/domain/Types.h"

#include <QString>

namespace jx {

/// 结果运用: what an evaluation means for the subject's next-year funding.
struct ResultApplication
{
    RecordMeta meta;
    QUuid subjectId;
    int nextYear = 0;
    ApplicationDecision decision = ApplicationDecision::Keep;
    Money amountChange; ///< signed change to next year's funding
    QString reason;
    QString transferLinkage; ///< for lower governments: effect on transfer-payment allocation
    RecordStatus status = RecordStatus::Draft;
};

} // namespace jx
