#pragma once

#include "core/domain/Result.h"
#include "core/report/ReportCatalog.h"
#include "core/report/ReportDocument.h"

#include <QCoreApplication>

namespace jx {

class Database;

/**
 * 事前绩效评估报告 of a program: the five dimensions with score and rating, the total, the
 * conclusion and the assessor, then the report's text (基本情况 → 评估工作开展情况 → 各维度评估情况与
 * 总体结论 → 建议) as it is stored, a row per paragraph. The latest assessment of the program.
 */
class AssessmentReport
{
    Q_DECLARE_TR_FUNCTIONS(AssessmentReport)

public:
    static QString title();
    static Result<ReportDocument> build(Database& db, const ReportParameters& parameters);
};

} // namespace jx
