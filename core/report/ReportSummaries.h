#pragma once

#include "core/report/ReportCatalog.h"

#include <QCoreApplication>

namespace jx {

class Database;
struct ReportScope;

/**
 * The finance department's summaries (汇总表) and the disclosure bundle (绩效信息公开), for a unit
 * or a division and a fiscal year. Every figure comes from the core's own queries: programs and
 * their binding grades and warnings from SubjectQuery, execution against time progress from
 * MonitoringAnalyzer with the year's policy; nothing here defines a grade or "behind" again.
 * The long lists (warnings, result applications) are streamed sheets: their rows are read from
 * @p db when the document is written, so write it on the thread and while the connection that
 * built it is open.
 */
class ReportSummaries
{
    Q_DECLARE_TR_FUNCTIONS(ReportSummaries)

public:
    static QList<ReportInfo> infos();
    static bool provides(const QString& name);
    static Result<ReportDocument> build(Database& db, const QString& name, const ReportParameters& parameters,
                                        const ReportCatalog::Progress& progress);

    /// The signature line under a summary ("单位负责人：… 填表人：… 填报日期：…").
    static QString signatureLine();

private:
    static Result<ReportSheet> gradesByAgency(Database& db, const ReportScope& scope, MoneyUnit unit);
    static Result<ReportSheet> executionByMonth(Database& db, const ReportScope& scope, MoneyUnit unit);
    static Result<ReportSheet> warnings(Database& db, const ReportScope& scope, MoneyUnit unit);
    static Result<ReportSheet> resultApplications(Database& db, const ReportScope& scope, MoneyUnit unit);
};

} // namespace jx
