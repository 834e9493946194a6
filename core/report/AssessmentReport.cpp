#include "core/report/AssessmentReport.h"

#include "core/domain/ExAnteAssessment.h"
#include "core/domain/Validation.h"
#include "core/report/FormCells.h"
#include "core/report/FormSubject.h"
#include "core/storage/AssessmentRepository.h"

#include <algorithm>

namespace jx {

QString AssessmentReport::title()
{
    return tr("Ex-ante Performance Assessment Report");
}

Result<ReportDocument> AssessmentReport::build(Database& db, const ReportParameters& p)
{
    Result<FormSubject> head = FormSubject::load(db, p.subjectId, { SubjectKind::Program }, title());
    if (!head)
        return head.error();
    const Subject& s = head->subject;
    Result<QList<ExAnteAssessment>> assessments = AssessmentRepository(db).ofSubject(s.meta.id);
    if (!assessments)
        return assessments.error();
    if (assessments->isEmpty()) {
        return makeError(Error::Code::NotFound,
            tr("%1: %2 has no ex-ante assessment yet.").arg(title(), Validation::label(s)));
    }
    // The latest: a program assessed again is judged on the new assessment.
    const ExAnteAssessment a = assessments->constLast();
    Result<FormSubmission> submission = FormSubject::submission(db, RecordKind::Assessment, a.meta.id);
    if (!submission)
        return submission.error();

    constexpr int Columns = 5;
    ReportSheet sheet;
    sheet.name = tr("Assessment");
    sheet.title = title();
    sheet.subtitle = FormCells::yearLine(s.fiscalYear);
    sheet.preambleLeft = FormCells::fillingUnit(head->agency.name);
    sheet.columnWidths = { 24, 10, 10, 10, 40 };

    sheet.set(0, 0, FormCells::label(tr("Project name")));
    sheet.set(0, 1, FormCells::text(s.name, Columns - 1));
    sheet.set(1, 0, FormCells::label(tr("Project unit")));
    sheet.set(1, 1, FormCells::text(head->agency.name, Columns - 1));
    sheet.set(2, 0, FormCells::label(tr("Assessed by")));
    sheet.set(2, 1, FormCells::text(Names::of(a.assessor), 2));
    sheet.set(2, 3, FormCells::label(tr("Assessor")));
    sheet.set(2, 4, FormCells::text(a.assessorName));

    const QStringList headers
        = { tr("Assessment dimension"), tr("Full score"), tr("Score"), tr("Rating"), tr("Assessment comments") };
    for (int c = 0; c < headers.size(); ++c)
        sheet.set(3, c, FormCells::header(headers.at(c)));
    QList<AssessmentItem> items = a.items;
    std::stable_sort(items.begin(), items.end(), [](const AssessmentItem& x, const AssessmentItem& y) {
        return static_cast<int>(x.dimension) < static_cast<int>(y.dimension);
    });
    int row = 4;
    double fullScore = 0;
    for (const AssessmentItem& item : std::as_const(items)) {
        sheet.set(row, 0, FormCells::label(Names::of(item.dimension)));
        sheet.set(row, 1, FormCells::points(item.maxScore));
        sheet.set(row, 2, FormCells::points(item.score));
        sheet.set(row, 3, FormCells::text(Names::of(item.rating)));
        sheet.set(row, 4, FormCells::text(item.comment));
        fullScore += item.maxScore;
        ++row;
    }
    sheet.set(row, 0, FormCells::label(tr("Total")));
    sheet.set(row, 1, FormCells::points(fullScore, ReportCellRole::Total));
    sheet.set(row, 2, FormCells::points(a.totalScore(), ReportCellRole::Total));
    sheet.set(row, 3, FormCells::blank(2));
    ++row;
    sheet.set(row, 0, FormCells::label(tr("Conclusion")));
    sheet.set(row, 1, FormCells::text(a.conclusion ? Names::of(*a.conclusion) : QString(), Columns - 1,
                          ReportCellRole::Total));
    ++row;
    sheet.set(row, 0, FormCells::header(tr("Assessment report"), 1, Columns));
    ++row;
    // The report's text as stored, a row per paragraph, so that a long report breaks across pages.
    const QStringList paragraphs = a.report.split(QLatin1Char('\n'));
    for (const QString& paragraph : paragraphs) {
        if (paragraph.trimmed().isEmpty())
            continue;
        sheet.set(row++, 0, FormCells::note(paragraph.trimmed(), Columns));
    }
    sheet.footerLines << FormCells::signatureLine({ FormCells::signature(tr("Assessing body (seal): ")),
        FormCells::signature(tr("Prepared by: "), submission->preparer),
        FormCells::signature(tr("Date: "), FormCells::date(submission->date)) });

    ReportDocument doc;
    doc.name = QStringLiteral("assessment");
    doc.title = FormCells::documentTitle(title(), s.name);
    doc.unit = p.unit;
    doc.generatedAt = QDateTime::currentDateTimeUtc();
    doc.sheets << sheet;
    return doc;
}

} // namespace jx
