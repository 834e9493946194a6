#include "core/report/ReportCatalog.h"

#include "core/report/AssessmentReport.h"
#include "core/report/MonitoringForm.h"
#include "core/report/SelfEvaluationForm.h"
#include "core/report/TargetsForm.h"
// Summaries and disclosure (汇总与公开).
#include "core/report/ReportSummaries.h"

namespace jx {

QList<ReportInfo> ReportCatalog::all()
{
    QList<ReportInfo> reports;

    // Forms of one subject (forms)
    reports << ReportInfo { QStringLiteral("targets"), TargetsForm::programTitle(),
        tr("The performance targets of a program or policy as declared with its budget: funds, objectives and "
           "the indicator grid."),
        { ReportInput::Subject } };
    reports << ReportInfo { QStringLiteral("agency-targets"), TargetsForm::agencyTitle(),
        tr("The performance targets of an agency's overall budget: annual budget, objective and indicators."),
        { ReportInput::Subject } };
    reports << ReportInfo { QStringLiteral("assessment"), AssessmentReport::title(),
        tr("The ex-ante performance assessment of a new major program: dimension scores, conclusion and the "
           "report."),
        { ReportInput::Subject } };
    reports << ReportInfo { QStringLiteral("monitoring"), MonitoringForm::programTitle(),
        tr("Budget execution and indicator progress of a program up to a month, with the warnings."),
        { ReportInput::Subject, ReportInput::Month } };
    reports << ReportInfo { QStringLiteral("agency-monitoring"), MonitoringForm::agencyTitle(),
        tr("Budget execution and indicator progress of an agency's overall budget up to a month (the mid-year "
           "check)."),
        { ReportInput::Subject, ReportInput::Month } };
    reports << ReportInfo { QStringLiteral("self-evaluation"), SelfEvaluationForm::title(SubjectKind::Program),
        tr("The year-end self-evaluation of a program: funds, objectives, indicator actuals and scores, total "
           "and grade."),
        { ReportInput::Subject } };
    reports << ReportInfo { QStringLiteral("agency-self-evaluation"),
        SelfEvaluationForm::title(SubjectKind::AgencyBudget),
        tr("The year-end self-evaluation of an agency's overall budget."), { ReportInput::Subject } };
    reports << ReportInfo { QStringLiteral("government-self-evaluation"),
        SelfEvaluationForm::title(SubjectKind::GovernmentBudget),
        tr("The self-evaluation of a government revenue and expenditure budget."), { ReportInput::Subject } };
    // End of the forms of one subject (forms)

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
    // Forms of one subject (forms): each is a handful of reads, one step.
    using FormBuilder = std::function<Result<ReportDocument>(Database&, const ReportParameters&)>;
    static const QList<std::pair<QString, FormBuilder>> forms = {
        { QStringLiteral("targets"), &TargetsForm::program },
        { QStringLiteral("agency-targets"), &TargetsForm::agency },
        { QStringLiteral("assessment"), &AssessmentReport::build },
        { QStringLiteral("monitoring"), &MonitoringForm::program },
        { QStringLiteral("agency-monitoring"), &MonitoringForm::agency },
        { QStringLiteral("self-evaluation"),
            [](Database& d, const ReportParameters& p) { return SelfEvaluationForm::build(d, p, SubjectKind::Program); } },
        { QStringLiteral("agency-self-evaluation"),
            [](Database& d, const ReportParameters& p) {
                return SelfEvaluationForm::build(d, p, SubjectKind::AgencyBudget);
            } },
        { QStringLiteral("government-self-evaluation"),
            [](Database& d, const ReportParameters& p) {
                return SelfEvaluationForm::build(d, p, SubjectKind::GovernmentBudget);
            } },
    };
    for (const auto& [formName, builder] : forms) {
        if (formName != name)
            continue;
        if (progress && !progress(0, 1))
            return makeError(Error::Code::Invalid, tr("Cancelled."));
        Result<ReportDocument> doc = builder(db, parameters);
        if (doc && progress)
            progress(1, 1);
        return doc;
    }
    // End of the forms of one subject (forms)

    // Summaries and disclosure (汇总与公开).
    if (ReportSummaries::provides(name))
        return ReportSummaries::build(db, name, parameters, progress);
    return makeError(Error::Code::NotFound, tr("There is no report named \"%1\".").arg(name));
}

} // namespace jx
