#include "core/report/SelfEvaluationForm.h"

#include "core/domain/Review.h"
#include "core/domain/SelfEvaluation.h"
#include "core/domain/TargetSet.h"
#include "core/domain/Validation.h"
#include "core/report/FormCells.h"
#include "core/report/FormSubject.h"
#include "core/report/IndicatorGrid.h"
#include "core/storage/EvaluationRepository.h"
#include "core/storage/ReviewRepository.h"
#include "core/storage/TargetSetRepository.h"
#include "core/workflow/EvaluationService.h"

#include <QHash>

namespace jx {

QString SelfEvaluationForm::title(SubjectKind kind)
{
    switch (kind) {
    case SubjectKind::AgencyBudget: return tr("Agency Overall Expenditure Performance Self-evaluation");
    case SubjectKind::GovernmentBudget: return tr("Government Budget Performance Self-evaluation");
    case SubjectKind::Program: break;
    }
    return tr("Project Expenditure Performance Self-evaluation");
}

Result<ReportDocument> SelfEvaluationForm::build(Database& db, const ReportParameters& p, SubjectKind kind)
{
    const QString form = title(kind);
    Result<FormSubject> head = FormSubject::load(db, p.subjectId, { kind }, form);
    if (!head)
        return head.error();
    const Subject& s = head->subject;
    Result<std::optional<SelfEvaluation>> found = EvaluationRepository(db).ofSubject(s.meta.id, s.fiscalYear);
    if (!found)
        return found.error();
    if (!found->has_value()) {
        return makeError(Error::Code::NotFound,
            tr("%1: %2 has no self-evaluation for %3 yet.").arg(form, Validation::label(s)).arg(s.fiscalYear));
    }
    const SelfEvaluation& e = **found;
    Result<std::optional<TargetSet>> set = TargetSetRepository(db).ofSubject(s.meta.id, s.fiscalYear);
    if (!set)
        return set.error();
    if (!set->has_value()) {
        return makeError(Error::Code::NotFound,
            tr("%1: %2 has no performance targets for %3 to evaluate against.")
                .arg(form, Validation::label(s))
                .arg(s.fiscalYear));
    }
    Result<IndicatorGrid> grid
        = IndicatorGrid::arrange(db, EvaluationService::frameworkOf(s.kind), s.fiscalYear, (*set)->indicators);
    if (!grid)
        return grid.error();
    Result<EvaluationFund> total = e.total();
    if (!total)
        return total.error();

    // The scores as the core gives them; a draft that cannot be scored yet leaves them blank.
    EvaluationService service(db);
    const Result<ScoreSheet> sheetResult = service.score(e);
    const ScoreSheet* scores = sheetResult ? &*sheetResult : nullptr;
    QHash<QUuid, const IndicatorScore*> scoreOf;
    if (scores) {
        for (const IndicatorScore& i : scores->indicators)
            scoreOf.insert(i.indicatorId, &i);
    }
    std::optional<Review> approval;
    if (e.status == RecordStatus::Approved) {
        Result<QList<Review>> reviews = ReviewRepository(db).ofRecord(RecordKind::SelfEvaluation, e.meta.id);
        if (!reviews)
            return reviews.error();
        for (auto it = reviews->crbegin(); it != reviews->crend(); ++it) {
            if (it->decision == ReviewDecision::Approve) {
                approval = *it;
                break;
            }
        }
    }
    // The score that stands: finance's once approved, else the one stored on submission, else as computed now.
    std::optional<double> totalScore = e.totalScore;
    if (approval && approval->score)
        totalScore = approval->score;
    else if (!totalScore && scores)
        totalScore = scores->total;
    Result<std::optional<Grade>> grade = service.bindingGrade(s.meta.id, s.fiscalYear);
    if (!grade)
        return grade.error();
    Result<FormSubmission> submission = FormSubject::submission(db, RecordKind::SelfEvaluation, e.meta.id);
    if (!submission)
        return submission.error();

    constexpr int Columns = 11;
    ReportSheet sheet;
    sheet.name = kind == SubjectKind::Program ? tr("Self-evaluation")
        : kind == SubjectKind::AgencyBudget   ? tr("Agency self-evaluation")
                                              : tr("Government self-evaluation");
    sheet.title = form;
    sheet.subtitle = FormCells::yearLine(s.fiscalYear);
    sheet.preambleLeft = FormCells::fillingUnit(head->agency.name);
    sheet.preambleRight = FormCells::unitLine(p.unit);
    sheet.columnWidths = { 14, 12, 12, 22, 12, 12, 12, 12, 10, 10, 24 };
    sheet.landscape = true;

    int row = 0;
    switch (kind) {
    case SubjectKind::Program:
        sheet.set(row, 0, FormCells::label(tr("Project name")));
        sheet.set(row, 1, FormCells::text(s.name, Columns - 1));
        ++row;
        sheet.set(row, 0, FormCells::label(tr("Competent department")));
        sheet.set(row, 1, FormCells::text(head->competent.name, 4));
        sheet.set(row, 5, FormCells::label(tr("Implementing unit"), 1, 2));
        sheet.set(row, 7, FormCells::text(head->agency.name, Columns - 7));
        ++row;
        break;
    case SubjectKind::AgencyBudget:
        sheet.set(row, 0, FormCells::label(tr("Agency (unit) name")));
        sheet.set(row, 1, FormCells::text(head->agency.name, Columns - 1));
        ++row;
        break;
    case SubjectKind::GovernmentBudget:
        sheet.set(row, 0, FormCells::label(tr("Budget")));
        sheet.set(row, 1, FormCells::text(s.name, Columns - 1));
        ++row;
        sheet.set(row, 0, FormCells::label(tr("Finance department")));
        sheet.set(row, 1, FormCells::text(head->agency.name, 4));
        sheet.set(row, 5, FormCells::label(tr("Division"), 1, 2));
        sheet.set(row, 7, FormCells::text(head->divisionName, Columns - 7));
        ++row;
        break;
    }

    // Funds: the total row carries the execution rate's weight, rate and score; the rows of each
    // source only their amounts (a source the self-evaluation has no row for stays blank).
    const QString funds = kind == SubjectKind::Program ? tr("Project funds (%1)") : tr("Annual budget funds (%1)");
    sheet.set(row, 0, FormCells::label(funds.arg(Money::unitName(p.unit)), 5));
    sheet.set(row, 1, FormCells::header(QString(), 1, 3));
    const QStringList fundHeaders = { tr("Budget at the start of the year"), tr("Budget for the year"),
        tr("Executed in the year"), tr("Weight"), tr("Execution rate") };
    for (int c = 0; c < fundHeaders.size(); ++c)
        sheet.set(row, 4 + c, FormCells::header(fundHeaders.at(c)));
    sheet.set(row, 9, FormCells::header(tr("Score"), 1, 2));
    ++row;
    sheet.set(row, 1, FormCells::label(tr("Annual funds total"), 1, 3));
    sheet.set(row, 4, FormCells::money(total->initialBudget));
    sheet.set(row, 5, FormCells::money(total->adjustedBudget));
    sheet.set(row, 6, FormCells::money(total->executed));
    sheet.set(row, 7, scores ? FormCells::points(scores->executionWeight) : FormCells::blank());
    sheet.set(row, 8, scores && scores->executionRate ? FormCells::percent(*scores->executionRate) : FormCells::blank());
    sheet.set(row, 9, scores ? FormCells::points(scores->executionScore, ReportCellRole::Body, 2) : FormCells::blank(2));
    ++row;
    const QList<std::pair<FundSource, QString>> sources = { { FundSource::Appropriation, tr("Of which: fiscal appropriation of the year") },
        { FundSource::CarryOver, tr("Carry-over from last year") }, { FundSource::Other, tr("Other funds") } };
    for (const auto& [source, label] : sources) {
        QList<EvaluationFund> of;
        for (const EvaluationFund& f : e.funds) {
            if (f.source == source)
                of << f;
        }
        sheet.set(row, 1, FormCells::label(label, 1, 3));
        if (of.isEmpty()) {
            sheet.set(row, 4, FormCells::blank());
            sheet.set(row, 5, FormCells::blank());
            sheet.set(row, 6, FormCells::blank());
        } else {
            Result<EvaluationFund> sum = SelfEvaluation::sum(of);
            if (!sum)
                return sum.error();
            sheet.set(row, 4, FormCells::money(sum->initialBudget));
            sheet.set(row, 5, FormCells::money(sum->adjustedBudget));
            sheet.set(row, 6, FormCells::money(sum->executed));
        }
        sheet.set(row, 7, FormCells::dash());
        sheet.set(row, 8, FormCells::dash());
        sheet.set(row, 9, FormCells::dash(2));
        ++row;
    }
    if (!e.executionReason.isEmpty()) {
        sheet.set(row, 0, FormCells::label(tr("Reason for the execution rate")));
        sheet.set(row, 1, FormCells::text(e.executionReason, Columns - 1));
        ++row;
    }

    sheet.set(row, 0, FormCells::label(tr("Annual overall objective"), 2));
    sheet.set(row, 1, FormCells::header(tr("Expected objective"), 1, 5));
    sheet.set(row, 6, FormCells::header(tr("Actual achievement"), 1, 5));
    ++row;
    sheet.set(row, 1, FormCells::text(e.objectiveExpected, 5));
    sheet.set(row, 6, FormCells::text(e.objectiveAchieved, 5));
    ++row;

    const QList<IndicatorLine>& lines = grid->lines();
    sheet.set(row, 0, FormCells::label(tr("Performance indicators"), int(lines.size()) + 1));
    const QStringList headers = { tr("Level-1 indicator"), tr("Level-2 indicator"), tr("Level-3 indicator"),
        tr("Operator"), tr("Annual target value"), tr("Unit of measure"), tr("Actual value"), tr("Weight"),
        tr("Score"), tr("Causes of deviation and corrective measures") };
    for (int c = 0; c < headers.size(); ++c)
        sheet.set(row, c + 1, FormCells::header(headers.at(c)));
    ++row;
    QHash<QUuid, const EvaluationEntry*> entries;
    for (const EvaluationEntry& entry : e.entries)
        entries.insert(entry.indicatorId, &entry);
    grid->writeLevels(sheet, row, 1, 2);
    double fullMarks = scores ? scores->executionWeight : 0;
    for (const IndicatorLine& line : lines) {
        const Indicator& i = line.indicator;
        fullMarks += i.weight;
        sheet.set(row, 3, FormCells::text(i.name));
        sheet.set(row, 4, FormCells::text(Names::of(i.op)));
        sheet.set(row, 5, FormCells::targetValue(i));
        sheet.set(row, 6, FormCells::text(i.unit));
        const EvaluationEntry* entry = entries.value(i.meta.id);
        if (!entry)
            sheet.set(row, 7, FormCells::blank());
        else if (entry->notApplicable)
            sheet.set(row, 7, FormCells::text(tr("Not applicable")));
        else
            sheet.set(row, 7, FormCells::actualValue(entry->actualValue, entry->actualText));
        sheet.set(row, 8, FormCells::points(i.weight));
        const IndicatorScore* score = scoreOf.value(i.meta.id);
        sheet.set(row, 9, score ? FormCells::points(score->score) : FormCells::blank());
        QStringList why;
        if (entry) {
            for (const QString& t : { entry->deviationReason, entry->explanation, entry->notApplicableReason }) {
                if (!t.isEmpty())
                    why << t;
            }
        }
        sheet.set(row, 10, FormCells::text(why.join(tr("; ", "reasons separator"))));
        ++row;
    }
    sheet.set(row, 0, FormCells::label(tr("Total score"), 1, 8));
    sheet.set(row, 8, FormCells::points(fullMarks, ReportCellRole::Total));
    sheet.set(row, 9, totalScore ? FormCells::points(totalScore.value(), ReportCellRole::Total) : FormCells::blank());
    sheet.set(row, 10, FormCells::blank());
    ++row;
    sheet.set(row, 0, FormCells::label(tr("Grade"), 1, 8));
    sheet.set(row, 8, FormCells::text(*grade ? Names::of(**grade) : QString(), 3, ReportCellRole::Total));
    ++row;
    if (approval && !approval->gradeReason.isEmpty()) {
        sheet.set(row, 0, FormCells::label(tr("Reason for finance's grade"), 1, 8));
        sheet.set(row, 8, FormCells::text(approval->gradeReason, 3));
        ++row;
    }
    const QList<std::pair<QString, QString>> texts = { { tr("Evaluation conclusion"), e.conclusion },
        { tr("Problems found"), e.problems }, { tr("Improvement measures"), e.measures } };
    for (const auto& [label, text] : texts) {
        sheet.set(row, 0, FormCells::label(label));
        sheet.set(row, 1, FormCells::text(text, Columns - 1));
        ++row;
    }

    const QString lead = kind == SubjectKind::Program ? tr("Project lead: ") : tr("Unit head: ");
    sheet.footerLines << FormCells::signatureLine({ FormCells::signature(lead, e.projectLead),
        FormCells::signature(tr("Finance head: "), e.financeLead),
        FormCells::signature(tr("Prepared by: "), submission->preparer),
        FormCells::signature(tr("Date filled in: "), FormCells::date(submission->date)) });

    ReportDocument doc;
    doc.name = kind == SubjectKind::Program ? QStringLiteral("self-evaluation")
        : kind == SubjectKind::AgencyBudget ? QStringLiteral("agency-self-evaluation")
                                            : QStringLiteral("government-self-evaluation");
    doc.title = FormCells::documentTitle(form, s.name);
    doc.unit = p.unit;
    doc.generatedAt = QDateTime::currentDateTimeUtc();
    doc.sheets << sheet;
    return doc;
}

} // namespace jx
