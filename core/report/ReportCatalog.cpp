#include "core/report/ReportCatalog.h"

namespace jx {

QList<ReportInfo> ReportCatalog::all()
{
    return {};
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
    Q_UNUSED(db)
    Q_UNUSED(parameters)
    Q_UNUSED(progress)
    return makeError(Error::Code::NotFound, tr("There is no report named \"%1\".").arg(name));
}

} // namespace jx
