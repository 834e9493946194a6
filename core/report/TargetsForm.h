#pragma once

#include "core/domain/Result.h"
#include "core/report/ReportCatalog.h"
#include "core/report/ReportDocument.h"

#include <QCoreApplication>

namespace jx {

class Database;

/**
 * 绩效目标申报表: the targets of a program or policy (项目支出绩效目标申报表, 财预〔2015〕88号) and of
 * an agency's overall budget (部门（单位）整体支出绩效目标申报表), from its target set of its year.
 */
class TargetsForm
{
    Q_DECLARE_TR_FUNCTIONS(TargetsForm)

public:
    static QString programTitle();
    static QString agencyTitle();

    /// "targets": the subject is a program.
    static Result<ReportDocument> program(Database& db, const ReportParameters& parameters);
    /// "agency-targets": the subject is an agency's overall budget.
    static Result<ReportDocument> agency(Database& db, const ReportParameters& parameters);
};

} // namespace jx
