#include "core/report/SelfEvaluationReportDraft.h"

#include "core/domain/EnumTable.h"
#include "core/domain/Types.h"
#include "core/storage/AgencyRepository.h"
#include "core/storage/EvaluationRepository.h"
#include "core/storage/SubjectRepository.h"
#include "core/workflow/EvaluationService.h"

#include <QStringList>

namespace jx {

namespace {

QString esc(const QString& text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
}

QString fixed(double value)
{
    return QString::number(value, 'f', 2);
}

QString number(std::optional<double> value)
{
    if (!value)
        return QStringLiteral("—");
    // Indicator values as written: no trailing zeros.
    return QString::number(*value, 'g', 12);
}

QString heading(const QString& text)
{
    return QStringLiteral("<h3>%1</h3>\n").arg(esc(text));
}

QString paragraph(const QString& text)
{
    return QStringLiteral("<p>%1</p>\n").arg(esc(text));
}

/// The clerk's own text, or a prompt to write it.
QString narrative(const QString& text)
{
    if (!text.trimmed().isEmpty())
        return paragraph(text);
    return QStringLiteral("<p><i>%1</i></p>\n").arg(esc(SelfEvaluationReportDraft::tr("(To be written.)")));
}

} // namespace

Result<SelfEvaluationReport> SelfEvaluationReportDraft::draft(Database& db, const QUuid& subjectId, int fiscalYear)
{
    Result<std::optional<Subject>> subject = SubjectRepository(db).find(subjectId);
    if (!subject)
        return subject.error();
    if (!subject->has_value() || (*subject)->meta.deleted) {
        return makeError(Error::Code::NotFound,
            tr("There is no subject with id %1.").arg(subjectId.toString(QUuid::WithoutBraces)));
    }
    const Subject& s = **subject;
    Result<std::optional<SelfEvaluation>> found = EvaluationRepository(db).ofSubject(subjectId, fiscalYear);
    if (!found)
        return found.error();
    if (!found->has_value()) {
        return makeError(Error::Code::NotFound,
            tr("%1 has no self-evaluation for %2 to draft a report from.").arg(s.name).arg(fiscalYear));
    }
    const SelfEvaluation& e = **found;
    QString agencyName;
    if (Result<std::optional<Agency>> agency = AgencyRepository(db).find(s.agencyId); agency && agency->has_value())
        agencyName = (*agency)->name;
    Result<EvaluationFund> total = e.total();
    if (!total)
        return total.error();
    EvaluationService service(db);
    Result<ScoreSheet> sheet = service.score(e);
    Result<std::optional<Grade>> binding = service.bindingGrade(subjectId, fiscalYear);
    std::optional<Grade> grade = binding ? *binding : std::nullopt;
    if (!grade && sheet)
        grade = sheet->grade;
    const std::optional<double> score = e.totalScore ? e.totalScore
                                                     : (sheet ? std::optional<double>(sheet->total) : std::nullopt);
    const MoneyUnit wan = MoneyUnit::TenThousandYuan;

    QString html;
    html += QStringLiteral("<h2 align=\"center\">%1</h2>\n")
                .arg(esc(tr("Performance self-evaluation report of %1 (fiscal year %2)").arg(s.name).arg(fiscalYear)));
    if (!agencyName.isEmpty())
        html += QStringLiteral("<p align=\"center\">%1</p>\n").arg(esc(tr("Reporting agency: %1").arg(agencyName)));

    html += heading(tr("1. Basic information"));
    QString basic = tr("%1 (%2) is a %3 of fiscal year %4 under the %5 budget, with a budget of %6 10k yuan.")
                        .arg(s.name, s.code.isEmpty() ? tr("no code") : s.code, Names::of(s.kind))
                        .arg(fiscalYear)
                        .arg(Names::of(s.book), s.amount.format(wan));
    html += paragraph(basic);

    html += heading(tr("2. Performance targets and their achievement"));
    html += QStringLiteral("<p><b>%1</b></p>\n").arg(esc(tr("Annual targets:")));
    html += narrative(e.objectiveExpected);
    html += QStringLiteral("<p><b>%1</b></p>\n").arg(esc(tr("Achieved:")));
    html += narrative(e.objectiveAchieved);

    html += heading(tr("3. Budget execution"));
    QString execution = tr("Initial budget %1 10k yuan, adjusted budget %2 10k yuan, executed %3 10k yuan")
                            .arg(total->initialBudget.format(wan), total->adjustedBudget.format(wan),
                                 total->executed.format(wan));
    if (sheet && sheet->executionRate) {
        execution += tr(", an execution rate of %1%, scoring %2 of %3 points.")
                         .arg(fixed(*sheet->executionRate), fixed(sheet->executionScore), fixed(sheet->executionWeight));
    } else {
        execution += tr("; the execution rate cannot be computed without an adjusted budget.");
    }
    html += paragraph(execution);
    if (!e.executionReason.trimmed().isEmpty())
        html += paragraph(tr("Reason for the execution rate: %1").arg(e.executionReason));

    html += heading(tr("4. Indicators: achievement and scores"));
    if (sheet && !sheet->indicators.isEmpty()) {
        html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\">\n<tr>");
        for (const QString& h : { tr("Level-1 indicator"), tr("Indicator"), tr("Target"), tr("Actual"), tr("Weight"),
                                  tr("Score") })
            html += QStringLiteral("<th>%1</th>").arg(esc(h));
        html += QStringLiteral("</tr>\n");
        QHash<QUuid, const EvaluationEntry*> entries;
        for (const EvaluationEntry& entry : e.entries)
            entries.insert(entry.indicatorId, &entry);
        for (const IndicatorScore& i : sheet->indicators) {
            const EvaluationEntry* entry = entries.value(i.indicatorId);
            QString actual = i.notApplicable ? tr("not applicable") : number(i.actual);
            if (!i.actual && entry && !entry->actualText.isEmpty())
                actual = entry->actualText;
            const QString target = i.op == IndicatorOperator::Qualitative
                ? Names::of(i.op)
                : Names::of(i.op) + QLatin1Char(' ') + number(i.target);
            html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td>"
                                   "<td align=\"right\">%5</td><td align=\"right\">%6</td></tr>\n")
                        .arg(esc(i.levelOneClass), esc(i.name), esc(target), esc(actual), fixed(i.weight),
                             fixed(i.score));
        }
        html += QStringLiteral("</table>\n");
    } else {
        html += paragraph(tr("No indicator has been scored."));
    }
    html += paragraph(tr("Total score %1 points; grade %2.")
                          .arg(score ? fixed(*score) : QStringLiteral("—"),
                               grade ? Names::of(*grade) : tr("not graded")));

    html += heading(tr("5. Analysis of deviations"));
    QStringList reasons;
    if (sheet) {
        QHash<QUuid, QString> names;
        for (const IndicatorScore& i : sheet->indicators)
            names.insert(i.indicatorId, i.name);
        for (const EvaluationEntry& entry : e.entries)
            if (!entry.deviationReason.trimmed().isEmpty())
                reasons << tr("%1: %2").arg(names.value(entry.indicatorId), entry.deviationReason.trimmed());
    }
    html += narrative(reasons.join(QLatin1Char('\n')));

    html += heading(tr("6. Problems"));
    html += narrative(e.problems);

    html += heading(tr("7. Improvement measures"));
    html += narrative(e.measures);

    html += QStringLiteral("<p>&nbsp;</p>\n<p>%1</p>\n")
                .arg(esc(tr("Program lead: %1        Finance lead: %2").arg(e.projectLead, e.financeLead)));

    SelfEvaluationReport report;
    report.subjectId = subjectId;
    report.fiscalYear = fiscalYear;
    report.body = html;
    report.draftedAt = QDateTime::currentDateTimeUtc();
    return report;
}

} // namespace jx
