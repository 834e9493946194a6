#pragma once

#include "core/domain/Result.h"
#include "core/report/SelfEvaluationReport.h"

#include <QCoreApplication>
#include <QUuid>

namespace jx {

class Database;

/**
 * Drafts the 绩效自评报告 of a subject and year from the database in the usual outline:
 * 一、基本情况 二、绩效目标及完成情况 三、预算执行情况 四、各项指标完成情况与得分 (a table)
 * 五、偏差原因分析 六、存在问题 七、改进措施, with the figures filled in (amounts in 万元 with 2
 * decimals, the execution rate, the score and the grade) and the narrative taken from the
 * self-evaluation for the clerk to edit. Reads only; saving is Workspace::saveEvaluationReport.
 */
class SelfEvaluationReportDraft
{
    Q_DECLARE_TR_FUNCTIONS(SelfEvaluationReportDraft)

public:
    /// A new report (not saved: no id) whose body is the drafted text as HTML.
    static Result<SelfEvaluationReport> draft(Database& db, const QUuid& subjectId, int fiscalYear);
};

} // namespace jx
