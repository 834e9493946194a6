#include "core/report/ReportCatalog.h"

// Summaries and disclosure (汇总与公开).
#include "core/report/ReportSummaries.h"

namespace jx {

QList<ReportInfo> ReportCatalog::all()
{
    QList<ReportInfo> reports;
    // Summaries and disclosure (汇总与公开): grades-by-agency, execution-by-month, warnings,
    // result-applications, disclosure.
    reports += ReportSummaries::infos();
    return reports;
}

std::optional<ReportInfo> ReportCatalog::find(const QString& name)
{
    for (const ReportInfo& info : all())
        if (info.name == name)
            return info;
    return std::nullopt;
}

Result<ReportDocument> ReportCatalog::build(Database& db, const QString& name, const ReportParameters& parameters,
                                            const Progress& progress)
{
    // Summaries and disclosure (汇总与公开).
    if (ReportSummaries::provides(name))
        return ReportSummaries::build(db, name, parameters, progress);
    return makeError(Error::Code::NotFound, tr("There is no report named \"%1\".").arg(name));
}

} // namespace jx
