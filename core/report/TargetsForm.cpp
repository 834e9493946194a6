#include "core/report/TargetsForm.h"

#include "core/domain/TargetSet.h"
#include "core/domain/Validation.h"
#include "core/report/FormCells.h"
#include "core/report/FormSubject.h"
#include "core/report/IndicatorGrid.h"
#include "core/storage/TargetSetRepository.h"
#include "core/workflow/EvaluationService.h"

namespace jx {

namespace {

constexpr int Columns = 9;

struct Loaded
{
    FormSubject head;
    TargetSet targets;
    IndicatorGrid grid;
    FormSubmission submission;
};

Result<Loaded> load(Database& db, const ReportParameters& p, SubjectKind kind, const QString& form)
{
    Result<FormSubject> head = FormSubject::load(db, p.subjectId, { kind }, form);
    if (!head)
        return head.error();
    const Subject& s = head->subject;
    Result<std::optional<TargetSet>> set = TargetSetRepository(db).ofSubject(s.meta.id, s.fiscalYear);
    if (!set)
        return set.error();
    if (!set->has_value()) {
        return makeError(Error::Code::NotFound,
            TargetsForm::tr("%1: %2 has no performance targets for %3 yet.").arg(form, Validation::label(s)).arg(s.fiscalYear));
    }
    Result<IndicatorGrid> grid
        = IndicatorGrid::arrange(db, EvaluationService::frameworkOf(s.kind), s.fiscalYear, (*set)->indicators);
    if (!grid)
        return grid.error();
    Result<FormSubmission> submission = FormSubject::submission(db, RecordKind::TargetSet, (*set)->meta.id);
    if (!submission)
        return submission.error();
    return Loaded { *std::move(head), **std::move(set), *std::move(grid), *submission };
}

ReportSheet sheetFor(const QString& name, const QString& title, const Loaded& l, MoneyUnit unit)
{
    ReportSheet sheet;
    sheet.name = name;
    sheet.title = title;
    sheet.subtitle = FormCells::yearLine(l.head.subject.fiscalYear);
    sheet.preambleLeft = FormCells::fillingUnit(l.head.agency.name);
    sheet.preambleRight = FormCells::unitLine(unit);
    sheet.columnWidths = { 14, 14, 16, 30, 8, 12, 10, 10, 14 };
    sheet.landscape = true;
    return sheet;
}

/// The indicator grid from row @p row: its header row and one row per indicator, under @p label.
void writeIndicators(ReportSheet& sheet, int row, const QString& label, const IndicatorGrid& grid)
{
    sheet.set(row, 0, FormCells::label(label, int(grid.lines().size()) + 1));
    const QStringList headers = { TargetsForm::tr("Level-1 indicator"), TargetsForm::tr("Level-2 indicator"),
        TargetsForm::tr("Level-3 indicator"), TargetsForm::tr("Operator"), TargetsForm::tr("Indicator value"),
        TargetsForm::tr("Unit of measure"), TargetsForm::tr("Weight"), TargetsForm::tr("Scoring standard") };
    for (int c = 0; c < headers.size(); ++c)
        sheet.set(row, c + 1, FormCells::header(headers.at(c)));
    grid.writeLevels(sheet, row + 1, 1, 2);
    for (int k = 0; k < grid.lines().size(); ++k) {
        const Indicator& i = grid.lines().at(k).indicator;
        const int r = row + 1 + k;
        sheet.set(r, 3, FormCells::text(i.name));
        sheet.set(r, 4, FormCells::text(Names::of(i.op)));
        sheet.set(r, 5, FormCells::targetValue(i));
        sheet.set(r, 6, FormCells::text(i.unit));
        sheet.set(r, 7, FormCells::points(i.weight));
        sheet.set(r, 8, FormCells::text(Names::of(i.standard)));
    }
}

QStringList footer(const Loaded& l)
{
    return { FormCells::signatureLine({ FormCells::signature(TargetsForm::tr("Unit head: ")),
        FormCells::signature(TargetsForm::tr("Finance head: ")),
        FormCells::signature(TargetsForm::tr("Prepared by: "), l.submission.preparer),
        FormCells::signature(TargetsForm::tr("Telephone: ")),
        FormCells::signature(TargetsForm::tr("Date filled in: "), FormCells::date(l.submission.date)) }) };
}

ReportDocument documentOf(const QString& name, const QString& title, const Loaded& l, MoneyUnit unit)
{
    ReportDocument doc;
    doc.name = name;
    doc.title = FormCells::documentTitle(title, l.head.subject.name);
    doc.unit = unit;
    doc.generatedAt = QDateTime::currentDateTimeUtc();
    return doc;
}

} // namespace

QString TargetsForm::programTitle()
{
    return tr("Project Expenditure Performance Targets");
}

QString TargetsForm::agencyTitle()
{
    return tr("Agency Overall Expenditure Performance Targets");
}

Result<ReportDocument> TargetsForm::program(Database& db, const ReportParameters& p)
{
    Result<Loaded> loaded = load(db, p, SubjectKind::Program, programTitle());
    if (!loaded)
        return loaded.error();
    const Loaded& l = *loaded;
    const Subject& s = l.head.subject;
    ReportSheet sheet = sheetFor(tr("Targets"), programTitle(), l, p.unit);

    sheet.set(0, 0, FormCells::label(tr("Project name")));
    sheet.set(0, 1, FormCells::text(s.name, Columns - 1));

    sheet.set(1, 0, FormCells::label(tr("Competent department and code")));
    const QString competent = l.head.competent.code.isEmpty()
        ? l.head.competent.name
        : tr("%1 (%2)", "a department and its code").arg(l.head.competent.name, l.head.competent.code);
    sheet.set(1, 1, FormCells::text(competent, 3));
    sheet.set(1, 4, FormCells::label(tr("Implementing unit")));
    sheet.set(1, 5, FormCells::text(l.head.agency.name, 4));

    sheet.set(2, 0, FormCells::label(tr("Project type")));
    sheet.set(2, 1, FormCells::text(s.isNew ? tr("New project") : tr("Continuing project"), 3));
    sheet.set(2, 4, FormCells::label(tr("Project period")));
    sheet.set(2, 5, FormCells::blank(4)); // the data model has no project period

    // Funds: the database holds the year's amount only; the split and the mid-term total stay blank.
    sheet.set(3, 0, FormCells::label(tr("Project funds (%1)").arg(Money::unitName(p.unit)), 3));
    sheet.set(3, 1, FormCells::label(tr("Mid-term funds total"), 1, 2));
    sheet.set(3, 3, FormCells::blank(2));
    sheet.set(3, 5, FormCells::label(tr("Annual funds total"), 1, 2));
    sheet.set(3, 7, FormCells::money(s.amount, 2));
    for (int r = 4; r <= 5; ++r) {
        const QString what = r == 4 ? tr("Of which: fiscal appropriation") : tr("Other funds");
        sheet.set(r, 1, FormCells::label(what, 1, 2));
        sheet.set(r, 3, FormCells::blank(2));
        sheet.set(r, 5, FormCells::label(what, 1, 2));
        sheet.set(r, 7, FormCells::blank(2));
    }

    sheet.set(6, 0, FormCells::label(tr("Overall objective"), 2));
    if (l.targets.objectiveMidTerm.isEmpty()) {
        sheet.set(6, 1, FormCells::header(tr("Annual objective"), 1, Columns - 1));
        sheet.set(7, 1, FormCells::text(l.targets.objectiveAnnual, Columns - 1));
    } else {
        sheet.set(6, 1, FormCells::header(tr("Mid-term objective"), 1, 4));
        sheet.set(6, 5, FormCells::header(tr("Annual objective"), 1, 4));
        sheet.set(7, 1, FormCells::text(l.targets.objectiveMidTerm, 4));
        sheet.set(7, 5, FormCells::text(l.targets.objectiveAnnual, 4));
    }
    writeIndicators(sheet, 8, tr("Performance indicators"), l.grid);
    sheet.footerLines = footer(l);

    ReportDocument doc = documentOf(QStringLiteral("targets"), programTitle(), l, p.unit);
    doc.sheets << sheet;
    return doc;
}

Result<ReportDocument> TargetsForm::agency(Database& db, const ReportParameters& p)
{
    Result<Loaded> loaded = load(db, p, SubjectKind::AgencyBudget, agencyTitle());
    if (!loaded)
        return loaded.error();
    const Loaded& l = *loaded;
    ReportSheet sheet = sheetFor(tr("Agency targets"), agencyTitle(), l, p.unit);

    sheet.set(0, 0, FormCells::label(tr("Agency (unit) name")));
    sheet.set(0, 1, FormCells::text(l.head.agency.name, Columns - 1));

    sheet.set(1, 0, FormCells::label(tr("Annual budget (%1)").arg(Money::unitName(p.unit)), 2));
    sheet.set(1, 1, FormCells::header(tr("Funds total"), 1, 3));
    sheet.set(1, 4, FormCells::header(tr("Of which: fiscal appropriation"), 1, 2));
    sheet.set(1, 6, FormCells::header(tr("Other funds"), 1, 3));
    sheet.set(2, 1, FormCells::money(l.head.subject.amount, 3));
    sheet.set(2, 4, FormCells::blank(2));
    sheet.set(2, 6, FormCells::blank(3));

    sheet.set(3, 0, FormCells::label(tr("Annual overall objective")));
    sheet.set(3, 1, FormCells::text(l.targets.objectiveAnnual, Columns - 1));
    writeIndicators(sheet, 4, tr("Annual performance indicators"), l.grid);
    sheet.footerLines = footer(l);

    ReportDocument doc = documentOf(QStringLiteral("agency-targets"), agencyTitle(), l, p.unit);
    doc.sheets << sheet;
    return doc;
}

} // namespace jx
