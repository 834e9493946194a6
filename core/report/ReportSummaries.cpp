#include "core/report/ReportSummaries.h"

#include "core/domain/FiscalYear.h"
#include "core/domain/MonitoringAnalyzer.h"
#include "core/report/ReportDisclosure.h"
#include "core/report/ReportScope.h"
#include "core/storage/Database.h"
#include "core/storage/PolicyRepository.h"
#include "core/storage/RecordStore.h"
#include "core/storage/ResultApplicationRepository.h"

#include <QHash>
#include <QSqlQuery>

#include <cmath>

namespace jx {

namespace {

const QString GradesByAgency = QStringLiteral("grades-by-agency");
const QString ExecutionByMonth = QStringLiteral("execution-by-month");
const QString Warnings = QStringLiteral("warnings");
const QString ResultApplications = QStringLiteral("result-applications");
const QString Disclosure = QStringLiteral("disclosure");

ReportCell header(const QString& text, int rowSpan = 1, int colSpan = 1)
{
    ReportCell c = ReportCell::textCell(text, ReportCellRole::Header);
    c.rowSpan = rowSpan;
    c.colSpan = colSpan;
    return c;
}

ReportCell count(qint64 n, ReportCellRole role = ReportCellRole::Body)
{
    return ReportCell::decimal(n, 0, role);
}

/// A percentage given as a double with 2 decimals (as MonitoringAnalyzer rounds it) as a cell.
ReportCell percentCell(double value, ReportCellRole role = ReportCellRole::Body)
{
    return ReportCell::percent(std::llround(value * 100.0), 2, role);
}

ReportCell optionalText(const QString& text)
{
    return text.isEmpty() ? ReportCell::empty() : ReportCell::textCell(text);
}

} // namespace

QString ReportSummaries::signatureLine()
{
    return tr("Head of unit:                Prepared by:                Date:");
}

QList<ReportInfo> ReportSummaries::infos()
{
    const QList<ReportInput> scope { ReportInput::Agency, ReportInput::Division };
    return {
        { GradesByAgency, tr("Summary of self-evaluation results"),
          tr("Per unit: programs, self-evaluations and how many were graded excellent, good, fair and poor, with "
             "the average score and a total row."),
          scope, false },
        { ExecutionByMonth, tr("Budget execution progress"),
          tr("Month by month: budget, executed, execution rate against time progress and the programs behind it."),
          scope, false },
        { Warnings, tr("Performance monitoring warnings"),
          tr("Programs whose execution is behind time progress, with an indicator that cannot be reached, or under "
             "a finance order."),
          scope, true },
        { ResultApplications, tr("Applications of evaluation results"),
          tr("Every evaluated program with its grade and the decision on its next year's funding."), scope, true },
        { Disclosure, tr("Performance information disclosure"),
          tr("The approved performance targets and the evaluation results approved by finance, as published with "
             "the budget and the final accounts."),
          scope, false },
    };
}

bool ReportSummaries::provides(const QString& name)
{
    for (const ReportInfo& info : infos())
        if (info.name == name)
            return true;
    return false;
}

Result<ReportDocument> ReportSummaries::build(Database& db, const QString& name, const ReportParameters& parameters,
                                              const ReportCatalog::Progress& progress)
{
    Result<ReportScope> scope = ReportScope::resolve(db, parameters);
    if (!scope)
        return scope.error();
    ReportDocument document;
    document.name = name;
    document.unit = parameters.unit;
    document.generatedAt = QDateTime::currentDateTime();
    for (const ReportInfo& info : infos())
        if (info.name == name)
            document.title = info.title;
    if (progress && !progress(0, 1))
        return makeError(Error::Code::Invalid, tr("The report was cancelled."));
    if (name == Disclosure) {
        Result<QList<ReportSheet>> sheets = ReportDisclosure::sheets(db, *scope, parameters.unit, progress);
        if (!sheets)
            return sheets.error();
        document.sheets = *sheets;
    } else {
        Result<ReportSheet> sheet = name == GradesByAgency ? gradesByAgency(db, *scope, parameters.unit)
            : name == ExecutionByMonth                     ? executionByMonth(db, *scope, parameters.unit)
            : name == Warnings                             ? warnings(db, *scope, parameters.unit)
                                                           : resultApplications(db, *scope, parameters.unit);
        if (!sheet)
            return sheet.error();
        document.sheets << *sheet;
    }
    if (progress)
        progress(1, 1);
    return document;
}

namespace {

ReportSheet newSheet(const QString& name, const QString& title, const ReportScope& scope, MoneyUnit unit)
{
    ReportSheet s;
    s.name = name;
    s.title = title;
    s.subtitle = ReportSummaries::tr("(Fiscal year %1)").arg(scope.fiscalYear);
    s.preambleLeft = scope.preamble();
    s.preambleRight = ReportSummaries::tr("Unit: %1").arg(Money::unitName(unit));
    s.footerLines << ReportSummaries::signatureLine();
    return s;
}

} // namespace

Result<ReportSheet> ReportSummaries::gradesByAgency(Database& db, const ReportScope& scope, MoneyUnit unit)
{
    ReportSheet s = newSheet(tr("Self-evaluation results"), tr("Summary of self-evaluation results"), scope, unit);
    s.preambleRight.clear(); // counts and scores only
    s.set(0, 0, header(tr("No."), 2));
    s.set(0, 1, header(tr("Unit"), 2));
    s.set(0, 2, header(tr("Programs"), 2));
    s.set(0, 3, header(tr("Self-evaluated"), 2));
    s.set(0, 4, header(tr("Grades (programs)"), 1, 4));
    s.set(0, 8, header(tr("Average score"), 2));
    constexpr Grade Grades[] = { Grade::Excellent, Grade::Good, Grade::Fair, Grade::Poor };
    for (int g = 0; g < 4; ++g)
        s.set(1, 4 + g, header(Names::of(Grades[g])));
    s.columnWidths = { 6, 36, 10, 10, 8, 8, 8, 8, 12 };
    s.headerRows = 2;

    struct Unit
    {
        QString name;
        qint64 programs = 0;
        qint64 evaluated = 0;
        qint64 grades[4] = {};
        qint64 scoreHundredths = 0; // each score to 2 decimals, summed exactly
        qint64 scored = 0;
    };
    QList<Unit> units;
    QHash<QUuid, qsizetype> index;
    Unit total;
    Result<bool> read = ReportScope::eachWindow(db, scope.filter, { SubjectField::Unit, false },
                                                [&](const QList<SubjectListRow>& rows) {
        for (const SubjectListRow& r : rows) {
            auto it = index.constFind(r.ownerId);
            if (it == index.cend()) {
                it = index.insert(r.ownerId, units.size());
                units.append(Unit { r.unitName });
            }
            for (Unit* u : { &units[*it], &total }) {
                ++u->programs;
                if (r.evaluationStatus)
                    ++u->evaluated;
                if (r.grade)
                    ++u->grades[int(*r.grade) - 1];
                if (r.evaluationStatus && r.score) {
                    u->scoreHundredths += std::llround(*r.score * 100.0);
                    ++u->scored;
                }
            }
        }
        return true;
    });
    if (!read)
        return read.error();
    const auto line = [&s](const Unit& u, int row, ReportCellRole role) {
        s.set(row, 2, count(u.programs, role));
        s.set(row, 3, count(u.evaluated, role));
        for (int g = 0; g < 4; ++g)
            s.set(row, 4 + g, count(u.grades[g], role));
        // The mean rounded half away from zero to 2 decimals, in integers so that it is the same everywhere.
        s.set(row, 8, u.scored > 0 ? ReportCell::decimal(divideRounded(u.scoreHundredths, u.scored), 2, role)
                                   : ReportCell::empty(role));
    };
    for (int i = 0; i < units.size(); ++i) {
        const int row = 2 + i;
        s.set(row, 0, count(i + 1));
        s.set(row, 1, ReportCell::textCell(units.at(i).name));
        line(units.at(i), row, ReportCellRole::Body);
    }
    const int totalRow = 2 + int(units.size());
    ReportCell totalLabel = ReportCell::textCell(tr("Total"), ReportCellRole::Total);
    totalLabel.colSpan = 2;
    s.set(totalRow, 0, totalLabel);
    line(total, totalRow, ReportCellRole::Total);
    return s;
}

Result<ReportSheet> ReportSummaries::executionByMonth(Database& db, const ReportScope& scope, MoneyUnit unit)
{
    Result<YearPolicy> policy = PolicyRepository(db).policyForDivision(scope.divisionCode, scope.fiscalYear);
    if (!policy)
        return policy.error();
    struct Month
    {
        qint64 budget = 0;
        qint64 executed = 0;
        qint64 reports = 0;
        qint64 behind = 0;
    };
    Month months[12];
    QVariantList binds;
    const QString where = scope.condition(binds);
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    // Each report once, so that "behind" is MonitoringAnalyzer's verdict on that report with the year's policy.
    if (!q.prepare(QStringLiteral("SELECT m.month, m.budget, m.executed FROM subject s JOIN monitoring_report m"
                                  " ON m.subject_id = s.id AND m.fiscal_year = s.fiscal_year AND m.deleted = 0 WHERE ")
                   + where))
        return db.queryError(q, tr("reading the monitoring reports"));
    for (const QVariant& v : binds)
        q.addBindValue(v);
    if (!q.exec())
        return db.queryError(q, tr("reading the monitoring reports"));
    const auto lags = [&](const MonitoringReport& report) {
        const MonitoringAnalysis a = MonitoringAnalyzer::analyze(report, {}, *policy);
        return std::any_of(a.warnings.cbegin(), a.warnings.cend(), [](const MonitoringWarning& w) {
            return w.kind == MonitoringWarning::Kind::ExecutionLag;
        });
    };
    while (q.next()) {
        const int month = q.value(0).toInt();
        if (month < 1 || month > 12)
            continue;
        MonitoringReport report;
        report.month = month;
        report.budget = Money::fromFen(q.value(1).toLongLong());
        report.executed = Money::fromFen(q.value(2).toLongLong());
        Month& m = months[month - 1];
        m.budget += report.budget.fen();
        m.executed += report.executed.fen();
        ++m.reports;
        if (lags(report))
            ++m.behind;
    }

    ReportSheet s = newSheet(tr("Execution progress"), tr("Budget execution progress"), scope, unit);
    const QStringList headers { tr("Month"), tr("Programs reported"), tr("Budget"), tr("Executed"),
                                tr("Execution rate"), tr("Time progress"), tr("Deviation (points)"),
                                tr("Programs behind"), tr("Progress") };
    for (int c = 0; c < headers.size(); ++c)
        s.set(0, c, header(headers.at(c)));
    s.columnWidths = { 8, 10, 16, 16, 12, 12, 12, 10, 10 };
    s.headerRows = 1;
    for (int month = 1; month <= 12; ++month) {
        const Month& m = months[month - 1];
        const int row = month;
        s.set(row, 0, ReportCell::textCell(tr("Month %1").arg(month), ReportCellRole::Label));
        MonitoringReport sum;
        sum.month = month;
        sum.budget = Money::fromFen(m.budget);
        sum.executed = Money::fromFen(m.executed);
        const MonitoringAnalysis a = MonitoringAnalyzer::analyze(sum, {}, *policy);
        s.set(row, 5, percentCell(a.timeProgress));
        if (m.reports == 0) {
            for (int c : { 1, 2, 3, 4, 6, 7, 8 })
                s.set(row, c, ReportCell::empty());
            continue;
        }
        s.set(row, 1, count(m.reports));
        s.set(row, 2, ReportCell::money(sum.budget));
        s.set(row, 3, ReportCell::money(sum.executed));
        if (a.executionRate) {
            s.set(row, 4, percentCell(*a.executionRate));
            s.set(row, 6, ReportCell::decimal(std::llround((*a.executionRate - a.timeProgress) * 100.0), 2));
        } else {
            s.set(row, 4, ReportCell::empty());
            s.set(row, 6, ReportCell::empty());
        }
        s.set(row, 7, count(m.behind));
        s.set(row, 8, ReportCell::textCell(lags(sum) ? tr("Behind") : tr("On track")));
    }
    s.footerLines.prepend(tr("Note: the execution rate is executed / budget of the month's reports (cumulative); a month "
                             "is behind when it lags time progress by more than %1 points (the year's policy).")
                              .arg(policy->executionLagPoints()));
    return s;
}

namespace {

QString warningText(const SubjectListRow& r)
{
    QStringList parts;
    if (r.executionBehind)
        parts << ReportSummaries::tr("Execution behind time progress");
    if (r.indicatorImpossible)
        parts << ReportSummaries::tr("An indicator cannot be reached");
    return parts.join(QStringLiteral("；"));
}

ReportRow programCells(qint64 number, const SubjectListRow& r)
{
    return { count(number), ReportCell::textCell(r.code), ReportCell::textCell(r.name), ReportCell::textCell(r.unitName),
             ReportCell::money(r.amount) };
}

} // namespace

Result<ReportSheet> ReportSummaries::warnings(Database& db, const ReportScope& scope, MoneyUnit unit)
{
    ReportSheet s = newSheet(tr("Warnings"), tr("Performance monitoring warnings"), scope, unit);
    const QStringList headers { tr("No."), tr("Program code"), tr("Program"), tr("Unit"), tr("Budget"),
                                tr("Month reported"), tr("Executed"), tr("Execution rate"), tr("Time progress"),
                                tr("Warning"), tr("Finance order") };
    for (int c = 0; c < headers.size(); ++c)
        s.set(0, c, header(headers.at(c)));
    s.columnWidths = { 6, 22, 32, 26, 14, 8, 14, 10, 10, 28, 10 };
    s.headerRows = 1;
    s.landscape = true;

    // Programs with a monitoring warning first, then those only under a finance order (the strongest first).
    SubjectFilter warned = scope.filter;
    warned.warning = ListWarning::Any;
    QList<SubjectFilter> passes { warned };
    for (OrderKind order : { OrderKind::Stop, OrderKind::Suspend, OrderKind::Rectify }) {
        SubjectFilter ordered = scope.filter;
        ordered.order = order;
        passes << ordered;
    }
    SubjectQuery query(db);
    for (const SubjectFilter& f : std::as_const(passes)) {
        Result<SubjectTotals> totals = query.totals(f);
        if (!totals)
            return totals.error();
        s.streamRowEstimate += totals->count;
    }
    s.stream = [&db, passes](const ReportRowSink& sink) -> Result<qint64> {
        qint64 n = 0;
        for (int p = 0; p < passes.size(); ++p) {
            Result<bool> more = ReportScope::eachWindow(db, passes.at(p), { SubjectField::Unit, false },
                                                        [&](const QList<SubjectListRow>& rows) {
                for (const SubjectListRow& r : rows) {
                    if (p > 0 && r.hasWarning())
                        continue; // listed with the warnings already
                    ReportRow row = programCells(n + 1, r);
                    row << (r.monitoringMonth > 0 ? count(r.monitoringMonth) : ReportCell::empty())
                        << (r.monitoringMonth > 0 ? ReportCell::money(r.executed) : ReportCell::empty())
                        << (r.executionRate ? percentCell(*r.executionRate) : ReportCell::empty())
                        << (r.timeProgress ? percentCell(*r.timeProgress) : ReportCell::empty())
                        << optionalText(warningText(r))
                        << (r.order ? ReportCell::textCell(Names::of(*r.order)) : ReportCell::empty());
                    ++n;
                    if (!sink(row))
                        return false;
                }
                return true;
            });
            if (!more)
                return more.error();
            if (!*more)
                break;
        }
        return n;
    };
    return s;
}

Result<ReportSheet> ReportSummaries::resultApplications(Database& db, const ReportScope& scope, MoneyUnit unit)
{
    ReportSheet s = newSheet(tr("Result applications"), tr("Applications of evaluation results"), scope, unit);
    const QStringList headers { tr("No."), tr("Program code"), tr("Program"), tr("Unit"), tr("Budget"),
                                tr("Score"), tr("Grade"), tr("Decision for %1").arg(scope.fiscalYear + 1),
                                tr("Change of funding"), tr("Decision status"), tr("Reason") };
    for (int c = 0; c < headers.size(); ++c)
        s.set(0, c, header(headers.at(c)));
    s.columnWidths = { 6, 22, 32, 26, 14, 10, 8, 12, 14, 10, 36 };
    s.headerRows = 1;
    s.landscape = true;
    Result<SubjectTotals> totals = SubjectQuery(db).totals(scope.filter);
    if (!totals)
        return totals.error();
    s.streamRowEstimate = totals->count;
    const SubjectFilter filter = scope.filter;
    const int nextYear = scope.fiscalYear + 1;
    s.stream = [&db, filter, nextYear](const ReportRowSink& sink) -> Result<qint64> {
        qint64 n = 0;
        std::optional<Error> failure;
        ResultApplicationRepository decisions(db);
        Result<bool> done = ReportScope::eachWindow(db, filter, { SubjectField::Unit, false },
                                                    [&](const QList<SubjectListRow>& rows) {
            // The window's decisions on next year in one read (one live decision per program and year).
            QStringList marks;
            QVariantList binds { nextYear };
            for (const SubjectListRow& r : rows) {
                marks << QStringLiteral("?");
                binds << RecordStore::idValue(r.id);
            }
            Result<QList<ResultApplication>> found = decisions.store().list(
                QStringLiteral("WHERE next_year = ? AND deleted = 0 AND subject_id IN (%1)").arg(marks.join(QLatin1Char(','))),
                binds);
            if (!found) {
                failure = found.error();
                return false;
            }
            QHash<QUuid, ResultApplication> bySubject;
            for (const ResultApplication& d : *found)
                bySubject.insert(d.subjectId, d);
            for (const SubjectListRow& r : rows) {
                const auto d = bySubject.constFind(r.id);
                const bool decided = d != bySubject.cend();
                if (!r.evaluationStatus && !decided)
                    continue; // neither evaluated nor decided: nothing to apply
                ReportRow row = programCells(n + 1, r);
                row << (r.evaluationStatus && r.score ? ReportCell::decimal(std::llround(*r.score * 100.0), 2)
                                                      : ReportCell::empty())
                    << (r.grade ? ReportCell::textCell(Names::of(*r.grade)) : ReportCell::empty())
                    << (decided ? ReportCell::textCell(Names::of(d->decision)) : ReportCell::empty())
                    << (decided ? ReportCell::money(d->amountChange) : ReportCell::empty())
                    << (decided ? ReportCell::textCell(Names::of(d->status)) : ReportCell::empty())
                    << (decided ? optionalText(d->reason) : ReportCell::empty());
                ++n;
                if (!sink(row))
                    return false;
            }
            return true;
        });
        if (failure)
            return *failure;
        if (!done)
            return done.error();
        return n;
    };
    return s;
}

} // namespace jx
