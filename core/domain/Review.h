#pragma once

#include "core/domain/RecordMeta.h"
#include "core/domain/Types.h"

#include <QString>

#include <optional>

namespace jx {

/// 财政审核: a reviewing finance bureau's decision on a submitted record.
struct Review
{
    RecordMeta meta; ///< owner: the reviewing finance bureau
    RecordKind recordKind = RecordKind::TargetSet;
    QUuid recordId;
    ReviewDecision decision = ReviewDecision::Approve;
    std::optional<Grade> grade;   ///< set when finance grades a self-evaluation
    std::optional<double> score;
    QString comments;
    QString reviewer;             ///< the officer's name
    QDateTime reviewedAt;
    /// The step of the record's history this review was given at (see Transition::step); 0 until saved.
    int step = 0;
};

} // namespace jx
