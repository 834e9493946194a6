#include "core/report/MonitoringForm.h"

#include "core/domain/MonitoringAnalyzer.h"
#include "core/domain/MonitoringReport.h"
#include "core/domain/TargetSet.h"
#include "core/domain/Validation.h"
#include "core/report/FormCells.h"
#include "core/report/FormSubject.h"
#include "core/report/IndicatorGrid.h"
#include "core/storage/MonitoringRepository.h"
#include "core/storage/PolicyRepository.h"
#include "core/storage/TargetSetRepository.h"
#include "core/workflow/EvaluationService.h"

#include <QHash>

namespace jx {

namespace {

QString flagOf(MonitoringWarning::Kind kind)
{
    switch (kind) {
    case MonitoringWarning::Kind::ExecutionLag: return MonitoringForm::tr("Execution behind time progress");
    case MonitoringWarning::Kind::Impossible: return MonitoringForm::tr("Cannot be reached");
    case MonitoringWarning::Kind::ForecastShort: return MonitoringForm::tr("Forecast misses the target");
    }
    return {};
}

} // namespace

QString MonitoringForm::programTitle()
{
    return tr("Project Expenditure Performance Monitoring");
}

QString MonitoringForm::agencyTitle()
{
    return tr("Agency Overall Expenditure Performance Monitoring");
}

Result<ReportDocument> MonitoringForm::program(Database& db, const ReportParameters& p)
{
    return build(db, p, false);
}

Result<ReportDocument> MonitoringForm::agency(Database& db, const ReportParameters& p)
{
    return build(db, p, true);
}

Result<ReportDocument> MonitoringForm::build(Database& db, const ReportParameters& p, bool agency)
{
    const QString title = agency ? agencyTitle() : programTitle();
    Result<FormSubject> head
        = FormSubject::load(db, p.subjectId, { agency ? SubjectKind::AgencyBudget : SubjectKind::Program }, title);
    if (!head)
        return head.error();
    const Subject& s = head->subject;
    if (p.month < 1 || p.month > 12) {
        return makeError(Error::Code::Invalid,
            tr("%1: month %2 is not a month of the year (1–12).").arg(title).arg(p.month));
    }
    Result<QList<MonitoringReport>> reports = MonitoringRepository(db).ofSubject(s.meta.id, s.fiscalYear);
    if (!reports)
        return reports.error();
    const MonitoringReport* report = nullptr;
    QStringList months;
    for (const MonitoringReport& r : *reports) {
        months << QString::number(r.month);
        if (r.month == p.month)
            report = &r;
    }
    if (!report) {
        return makeError(Error::Code::NotFound,
            months.isEmpty()
                ? tr("%1: %2 has no monitoring report for %3 yet.").arg(title, Validation::label(s)).arg(s.fiscalYear)
                : tr("%1: %2 has no monitoring report for month %3 of %4 (it has months %5).")
                      .arg(title, Validation::label(s))
                      .arg(p.month)
                      .arg(s.fiscalYear)
                      .arg(months.join(tr(", ", "list separator"))));
    }
    Result<std::optional<TargetSet>> set = TargetSetRepository(db).ofSubject(s.meta.id, s.fiscalYear);
    if (!set)
        return set.error();
    if (!set->has_value()) {
        return makeError(Error::Code::NotFound,
            tr("%1: %2 has no performance targets for %3 to monitor.").arg(title, Validation::label(s)).arg(s.fiscalYear));
    }
    Result<IndicatorGrid> grid
        = IndicatorGrid::arrange(db, EvaluationService::frameworkOf(s.kind), s.fiscalYear, (*set)->indicators);
    if (!grid)
        return grid.error();
    Result<YearPolicy> policy = PolicyRepository(db).policyForDivision(s.divisionCode, s.fiscalYear);
    if (!policy)
        return policy.error();
    const MonitoringAnalysis analysis = MonitoringAnalyzer::analyze(*report, (*set)->indicators, *policy);
    Result<FormSubmission> submission = FormSubject::submission(db, RecordKind::MonitoringReport, report->meta.id);
    if (!submission)
        return submission.error();

    constexpr int Columns = 12;
    ReportSheet sheet;
    sheet.name = agency ? tr("Agency monitoring") : tr("Monitoring");
    sheet.title = title;
    sheet.subtitle = tr("(Fiscal year %1, January to month %2)").arg(s.fiscalYear).arg(p.month);
    sheet.preambleLeft = FormCells::fillingUnit(head->agency.name);
    sheet.preambleRight = FormCells::unitLine(p.unit);
    sheet.columnWidths = { 14, 12, 12, 24, 10, 10, 12, 12, 10, 12, 18, 16 };
    sheet.landscape = true;

    int row = 0;
    if (agency) {
        sheet.set(row, 0, FormCells::label(tr("Agency (unit) name")));
        sheet.set(row, 1, FormCells::text(head->agency.name, Columns - 1));
        ++row;
    } else {
        sheet.set(row, 0, FormCells::label(tr("Project name")));
        sheet.set(row, 1, FormCells::text(s.name, Columns - 1));
        ++row;
        sheet.set(row, 0, FormCells::label(tr("Competent department")));
        sheet.set(row, 1, FormCells::text(head->competent.name, 3));
        sheet.set(row, 4, FormCells::label(tr("Implementing unit"), 1, 2));
        sheet.set(row, 6, FormCells::text(head->agency.name, Columns - 6));
        ++row;
    }

    const QString funds = agency ? tr("Annual budget (%1)") : tr("Project funds (%1)");
    sheet.set(row, 0, FormCells::label(funds.arg(Money::unitName(p.unit)), 2));
    sheet.set(row, 1, FormCells::header(tr("Budget at the start of the year"), 1, 2));
    sheet.set(row, 3, FormCells::header(tr("Adjusted budget")));
    sheet.set(row, 4, FormCells::header(tr("Executed, January to month %1").arg(p.month), 1, 2));
    sheet.set(row, 6, FormCells::header(tr("Execution rate")));
    sheet.set(row, 7, FormCells::header(tr("Time progress")));
    sheet.set(row, 8, FormCells::header(tr("Forecast execution for the year"), 1, 2));
    sheet.set(row, 10, FormCells::header(tr("Warnings"), 1, 2));
    ++row;
    QStringList budgetFlags;
    QHash<QUuid, QStringList> indicatorFlags;
    for (const MonitoringWarning& w : analysis.warnings) {
        if (w.indicatorId.isNull())
            budgetFlags << flagOf(w.kind);
        else if (!indicatorFlags[w.indicatorId].contains(flagOf(w.kind)))
            indicatorFlags[w.indicatorId] << flagOf(w.kind);
    }
    const QString separator = tr("; ", "warnings separator");
    sheet.set(row, 1, FormCells::money(s.amount, 2));
    sheet.set(row, 3, FormCells::money(report->budget));
    sheet.set(row, 4, FormCells::money(report->executed, 2));
    sheet.set(row, 6, analysis.executionRate ? FormCells::percent(*analysis.executionRate) : FormCells::blank());
    sheet.set(row, 7, FormCells::percent(analysis.timeProgress));
    sheet.set(row, 8, FormCells::money(report->forecastYearEnd, 2));
    sheet.set(row, 10, FormCells::text(budgetFlags.join(separator), 2));
    ++row;

    sheet.set(row, 0, FormCells::label(tr("Annual overall objective")));
    sheet.set(row, 1, FormCells::text((*set)->objectiveAnnual, Columns - 1));
    ++row;

    const QList<IndicatorLine>& lines = grid->lines();
    sheet.set(row, 0, FormCells::label(tr("Performance indicators"), int(lines.size()) + 1));
    const QStringList headers = { tr("Level-1 indicator"), tr("Level-2 indicator"), tr("Level-3 indicator"),
        tr("Annual target value"), tr("Unit of measure"), tr("Actual, January to month %1").arg(p.month),
        tr("Forecast for the year"), tr("Likelihood of reaching the target"), tr("Cause of deviation"),
        tr("Corrective measures"), tr("Warnings") };
    for (int c = 0; c < headers.size(); ++c)
        sheet.set(row, c + 1, FormCells::header(headers.at(c)));
    ++row;
    QHash<QUuid, const MonitoringEntry*> entries;
    for (const MonitoringEntry& e : report->entries)
        entries.insert(e.indicatorId, &e);
    grid->writeLevels(sheet, row, 1, 2);
    for (const IndicatorLine& line : lines) {
        const Indicator& i = line.indicator;
        sheet.set(row, 3, FormCells::text(i.name));
        sheet.set(row, 4, FormCells::targetValue(i));
        sheet.set(row, 5, FormCells::text(i.unit));
        // An indicator the month did not report on (the region demo reports quarterly) stays blank.
        if (const MonitoringEntry* e = entries.value(i.meta.id)) {
            sheet.set(row, 6, FormCells::actualValue(e->progressValue, e->progressText));
            sheet.set(row, 7, e->forecastValue ? FormCells::value(*e->forecastValue) : FormCells::blank());
            sheet.set(row, 8, FormCells::text(Names::of(e->likelihood)));
            sheet.set(row, 9, FormCells::text(e->cause ? Names::of(*e->cause) : QString()));
            sheet.set(row, 10, FormCells::text(e->measures));
        }
        sheet.set(row, 11, FormCells::text(indicatorFlags.value(i.meta.id).join(separator)));
        ++row;
    }
    sheet.set(row, 0, FormCells::label(tr("Remarks")));
    sheet.set(row, 1, FormCells::text(report->note, Columns - 1));

    sheet.footerLines << FormCells::signatureLine({ FormCells::signature(tr("Unit head: ")),
        FormCells::signature(tr("Prepared by: "), submission->preparer), FormCells::signature(tr("Telephone: ")),
        FormCells::signature(tr("Date filled in: "), FormCells::date(submission->date)) });

    ReportDocument doc;
    doc.name = agency ? QStringLiteral("agency-monitoring") : QStringLiteral("monitoring");
    doc.title = FormCells::documentTitle(title, s.name);
    doc.unit = p.unit;
    doc.generatedAt = QDateTime::currentDateTimeUtc();
    doc.sheets << sheet;
    return doc;
}

} // namespace jx
