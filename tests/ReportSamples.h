#pragma once

// Every report of the catalog built for the county demo: each form for a subject of the kind it is
// made for (the first that has the stage filled), each summary for the demo's finance bureau.

#include "core/report/ReportCatalog.h"
#include "core/storage/SubjectRepository.h"
#include "core/workspace/Workspace.h"

#include <QList>

namespace jx::test {

/// Builds report @p info for the demo open in @p ws; the error of the last subject tried when none fits.
inline Result<ReportDocument> buildForDemo(Workspace& ws, const ReportInfo& info, int fiscalYear, int month = 6)
{
    ReportParameters parameters;
    parameters.fiscalYear = fiscalYear;
    parameters.agencyId = ws.self().meta.id;
    parameters.divisionCode = ws.self().divisionCode;
    parameters.month = month;
    if (!info.inputs.contains(ReportInput::Subject))
        return ReportCatalog::build(ws.database(), info.name, parameters);
    const SubjectKind kind = info.name.startsWith(QLatin1String("agency-")) ? SubjectKind::AgencyBudget
        : info.name.startsWith(QLatin1String("government-"))               ? SubjectKind::GovernmentBudget
                                                                            : SubjectKind::Program;
    Result<QList<Subject>> subjects = SubjectRepository(ws.database()).ofYear(fiscalYear);
    if (!subjects)
        return subjects.error();
    Result<ReportDocument> last = makeError(Error::Code::NotFound, QStringLiteral("no subject for ") + info.name);
    int tried = 0;
    for (const Subject& s : *subjects) {
        if (s.kind != kind)
            continue;
        parameters.subjectId = s.meta.id;
        last = ReportCatalog::build(ws.database(), info.name, parameters);
        if (last.ok() || ++tried > 500)
            return last;
    }
    return last;
}

} // namespace jx::test
