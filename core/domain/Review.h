#pragma once

#include "core/domain/RecordMeta.h"
#include "core/domain/Types.h"

#include <QList>
#include <QString>

#include <optional>

namespace jx {

/// Finance's decision on one indicator of a self-evaluation it approves.
struct ReviewItem
{
    QUuid indicatorId;
    /// On a 不适用 claim: accepted (the indicator drops out) or rejected (it scores 0); none: not decided.
    std::optional<bool> notApplicableAccepted;
    /// The proposed far-above deduction (指标值设定偏低) is applied.
    bool deductionConfirmed = false;
};

/// 财政审核: a reviewing finance bureau's decision on a submitted record.
struct Review
{
    RecordMeta meta; ///< owner: the reviewing finance bureau
    RecordKind recordKind = RecordKind::TargetSet;
    QUuid recordId;
    ReviewDecision decision = ReviewDecision::Approve;
    std::optional<Grade> grade;   ///< set when finance grades a self-evaluation
    std::optional<double> score;  ///< a self-evaluation's score after finance's decisions on its items
    QString gradeReason;          ///< why finance's grade differs from the computed one
    QString comments;
    QString reviewer;             ///< the officer's name
    QDateTime reviewedAt;
    /// The step of the record's history this review was given at (see Transition::step); 0 until saved.
    int step = 0;
    QList<ReviewItem> items;      ///< a self-evaluation's: finance's decisions per indicator
};

} // namespace jx
