#pragma once

#include "core/report/ReportCatalog.h"

#include <QCoreApplication>

namespace jx {

class Database;
struct ReportScope;

/**
 * 绩效信息公开 (also the 预算绩效情况说明 of 决算公开): for a unit or a division, the approved
 * performance targets of its programs and the evaluation results approved by finance, as the
 * tables published with budgets and final accounts, after a sheet of summary figures. Only
 * approved records are published: targets under review or returned, and self-evaluations not yet
 * approved, are left out.
 */
class ReportDisclosure
{
    Q_DECLARE_TR_FUNCTIONS(ReportDisclosure)

public:
    static Result<QList<ReportSheet>> sheets(Database& db, const ReportScope& scope, MoneyUnit unit,
                                             const ReportCatalog::Progress& progress);
};

} // namespace jx
