#pragma once

#include "core/domain/RecordMeta.h"
#include "core/domain/Types.h"

#include <QList>
#include <QString>

namespace jx {

/// One dimension of an ex-ante assessment with its score.
struct AssessmentItem
{
    AssessmentDimension dimension = AssessmentDimension::Necessity;
    double maxScore = 20;
    double score = 0;
    Grade rating = Grade::Good; ///< sub-item rated 优/良/中/差
    QString comment;
};

/// 事前绩效评估 of a new major policy or project.
struct ExAnteAssessment
{
    RecordMeta meta;
    QUuid subjectId;
    AssessorKind assessor = AssessorKind::Self;
    QString assessorName;
    QList<AssessmentItem> items;
    std::optional<AssessmentConclusion> conclusion;
    QString report; ///< 基本情况 → 评估工作开展情况 → 各维度评估情况与总体结论 → 建议
    RecordStatus status = RecordStatus::Draft;

    double totalScore() const
    {
        double total = 0;
        for (const AssessmentItem& item : items)
            total += item.score;
        return total;
    }
};

} // namespace jx
