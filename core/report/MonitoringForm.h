#pragma once

#include "core/domain/Result.h"
#include "core/report/ReportCatalog.h"
#include "core/report/ReportDocument.h"

#include <QCoreApplication>

namespace jx {

class Database;

/**
 * 绩效目标执行监控表 ("双监控") of one subject and one month: budget execution (年初预算数, 调整后预算数,
 * 1–N月执行数, 执行率, 时间进度, 全年预计执行数) and the progress of every indicator (1–N月实际完成值,
 * 全年预计完成值, 完成目标可能性, 偏差原因, 改进措施), with the warnings of the year's policy. For a
 * program (项目支出, 财预〔2019〕136号) or an agency's overall budget (部门整体, the mid-year check).
 */
class MonitoringForm
{
    Q_DECLARE_TR_FUNCTIONS(MonitoringForm)

public:
    static QString programTitle();
    static QString agencyTitle();

    /// "monitoring": the subject is a program.
    static Result<ReportDocument> program(Database& db, const ReportParameters& parameters);
    /// "agency-monitoring": the subject is an agency's overall budget.
    static Result<ReportDocument> agency(Database& db, const ReportParameters& parameters);

private:
    static Result<ReportDocument> build(Database& db, const ReportParameters& parameters, bool agency);
};

} // namespace jx
