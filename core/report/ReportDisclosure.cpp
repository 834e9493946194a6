#include "core/report/ReportDisclosure.h"

#include "core/report/ReportScope.h"
#include "core/report/ReportSummaries.h"
#include "core/storage/Database.h"
#include "core/storage/EvaluationRepository.h"
#include "core/storage/FrameworkRepository.h"
#include "core/storage/TargetSetRepository.h"

#include <QHash>
#include <QMap>

#include <cmath>

namespace jx {

namespace {

ReportCell header(const QString& text)
{
    return ReportCell::textCell(text, ReportCellRole::Header);
}

ReportCell spanned(ReportCell cell, int rowSpan)
{
    cell.rowSpan = std::max(1, rowSpan);
    return cell;
}

/// "≥120公里", "＝100%", or the text of a qualitative indicator.
QString targetValue(const Indicator& i)
{
    if (i.isQualitative() || !i.targetValue)
        return i.targetText.isEmpty() ? Names::of(IndicatorOperator::Qualitative) : i.targetText;
    return Names::of(i.op) + QString::number(*i.targetValue) + i.unit;
}

struct Tally
{
    qint64 count = 0;
    qint64 amount = 0;
    void add(Money m)
    {
        ++count;
        amount += m.fen();
    }
};

ReportSheet newSheet(const QString& name, const QString& title, const ReportScope& scope, MoneyUnit unit)
{
    ReportSheet s;
    s.name = name;
    s.title = title;
    s.subtitle = ReportSummaries::tr("(Fiscal year %1)").arg(scope.fiscalYear);
    s.preambleLeft = scope.preamble();
    s.preambleRight = ReportSummaries::tr("Unit: %1").arg(Money::unitName(unit));
    return s;
}

} // namespace

Result<QList<ReportSheet>> ReportDisclosure::sheets(Database& db, const ReportScope& scope, MoneyUnit unit,
                                                    const ReportCatalog::Progress& progress)
{
    const auto cancelled = [] { return makeError(Error::Code::Invalid, tr("The report was cancelled.")); };
    Result<SubjectTotals> all = SubjectQuery(db).totals(scope.filter);
    if (!all)
        return all.error();

    // The approved targets, program by program, each indicator on a line under its classes.
    ReportSheet targets = newSheet(tr("Targets"), tr("Performance targets of programs"), scope, unit);
    {
        const QStringList headers { tr("No."), tr("Program"), tr("Unit"), tr("Budget"), tr("Annual objective"),
                                    tr("Level-1 indicator"), tr("Level-2 indicator"), tr("Level-3 indicator"),
                                    tr("Target value") };
        for (int c = 0; c < headers.size(); ++c)
            targets.set(0, c, header(headers.at(c)));
        targets.columnWidths = { 6, 30, 24, 12, 44, 14, 16, 28, 16 };
        targets.headerRows = 1;
        targets.landscape = true;
    }
    Tally approvedTargets;
    SubjectFilter withTargets = scope.filter;
    withTargets.stages = { StageFilter { RecordKind::TargetSet, RecordStatus::Approved } };
    TargetSetRepository targetSets(db);
    FrameworkRepository framework(db);
    QHash<QUuid, IndicatorCategory> categories;
    const auto category = [&](const QUuid& id) -> Result<std::optional<IndicatorCategory>> {
        if (id.isNull())
            return std::optional<IndicatorCategory>();
        if (const auto it = categories.constFind(id); it != categories.cend())
            return std::optional<IndicatorCategory>(*it);
        Result<std::optional<IndicatorCategory>> c = framework.findCategory(id);
        if (c && *c)
            categories.insert(id, **c);
        return c;
    };
    std::optional<Error> failure;
    qint64 done = 0;
    const qint64 steps = std::max<qint64>(1, all->count * 2);
    Result<bool> read = ReportScope::eachWindow(db, withTargets, { SubjectField::Unit, false },
                                                [&](const QList<SubjectListRow>& rows) {
        for (const SubjectListRow& r : rows) {
            if (progress && !progress(++done, steps)) {
                failure = cancelled();
                return false;
            }
            Result<std::optional<TargetSet>> set = targetSets.find(r.targetSetId);
            if (!set) {
                failure = set.error();
                return false;
            }
            if (!*set)
                continue;
            approvedTargets.add(r.amount);
            QList<Indicator> indicators = (*set)->indicators;
            std::stable_sort(indicators.begin(), indicators.end(),
                             [](const Indicator& a, const Indicator& b) { return a.sortOrder < b.sortOrder; });
            // The classes of each indicator: level 2 is its category, level 1 that category's parent.
            QStringList levelOne;
            QStringList levelTwo;
            for (const Indicator& i : std::as_const(indicators)) {
                Result<std::optional<IndicatorCategory>> two = category(i.categoryId);
                if (!two) {
                    failure = two.error();
                    return false;
                }
                Result<std::optional<IndicatorCategory>> one
                    = *two ? category((*two)->parentId) : Result<std::optional<IndicatorCategory>>(std::nullopt);
                if (!one) {
                    failure = one.error();
                    return false;
                }
                levelTwo << (*two ? (*two)->name : QString());
                levelOne << (*one ? (*one)->name : QString());
            }
            const int top = int(targets.rows.size());
            const int lines = std::max<int>(1, int(indicators.size()));
            targets.set(top, 0, spanned(ReportCell::decimal(approvedTargets.count, 0), lines));
            targets.set(top, 1, spanned(ReportCell::textCell(r.name), lines));
            targets.set(top, 2, spanned(ReportCell::textCell(r.unitName), lines));
            targets.set(top, 3, spanned(ReportCell::money(r.amount), lines));
            targets.set(top, 4, spanned(ReportCell::textCell((*set)->objectiveAnnual), lines));
            if (indicators.isEmpty()) {
                for (int c = 5; c < 9; ++c)
                    targets.set(top, c, ReportCell::empty());
                continue;
            }
            // A class repeated on consecutive lines is one merged cell, as the printed form shows it.
            for (int i = 0; i < indicators.size();) {
                int j = i + 1;
                while (j < indicators.size() && levelOne.at(j) == levelOne.at(i))
                    ++j;
                targets.set(top + i, 5, spanned(ReportCell::textCell(levelOne.at(i)), j - i));
                for (int k = i; k < j;) {
                    int m = k + 1;
                    while (m < j && levelTwo.at(m) == levelTwo.at(k))
                        ++m;
                    targets.set(top + k, 6, spanned(ReportCell::textCell(levelTwo.at(k)), m - k));
                    k = m;
                }
                i = j;
            }
            for (int i = 0; i < indicators.size(); ++i) {
                targets.set(top + i, 7, ReportCell::textCell(indicators.at(i).name));
                targets.set(top + i, 8, ReportCell::textCell(targetValue(indicators.at(i))));
            }
        }
        return true;
    });
    if (failure)
        return *failure;
    if (!read)
        return read.error();

    // The evaluation results as finance approved them: the binding grade of an approved self-evaluation.
    ReportSheet results = newSheet(tr("Evaluation results"), tr("Performance evaluation results of programs"), scope, unit);
    {
        const QStringList headers { tr("No."), tr("Program"), tr("Unit"), tr("Budget"), tr("Score"), tr("Grade"),
                                    tr("Main problems"), tr("Measures") };
        for (int c = 0; c < headers.size(); ++c)
            results.set(0, c, header(headers.at(c)));
        results.columnWidths = { 6, 30, 24, 12, 8, 6, 44, 44 };
        results.headerRows = 1;
        results.landscape = true;
    }
    Tally evaluated;
    QMap<Grade, Tally> byGrade;
    SubjectFilter approvedEvaluations = scope.filter;
    approvedEvaluations.stages = { StageFilter { RecordKind::SelfEvaluation, RecordStatus::Approved } };
    EvaluationRepository evaluations(db);
    read = ReportScope::eachWindow(db, approvedEvaluations, { SubjectField::Unit, false },
                                   [&](const QList<SubjectListRow>& rows) {
        for (const SubjectListRow& r : rows) {
            if (progress && !progress(++done, steps)) {
                failure = cancelled();
                return false;
            }
            Result<std::optional<SelfEvaluation>> e = evaluations.find(r.evaluationId);
            if (!e) {
                failure = e.error();
                return false;
            }
            evaluated.add(r.amount);
            if (r.grade)
                byGrade[*r.grade].add(r.amount);
            const int row = int(results.rows.size());
            results.set(row, 0, ReportCell::decimal(evaluated.count, 0));
            results.set(row, 1, ReportCell::textCell(r.name));
            results.set(row, 2, ReportCell::textCell(r.unitName));
            results.set(row, 3, ReportCell::money(r.amount));
            results.set(row, 4, r.score ? ReportCell::decimal(std::llround(*r.score * 100.0), 2) : ReportCell::empty());
            results.set(row, 5, r.grade ? ReportCell::textCell(Names::of(*r.grade)) : ReportCell::empty());
            results.set(row, 6, ReportCell::textCell(*e ? (*e)->problems : QString()));
            results.set(row, 7, ReportCell::textCell(*e ? (*e)->measures : QString()));
        }
        return true;
    });
    if (failure)
        return *failure;
    if (!read)
        return read.error();

    // 情况说明: the figures a reader of the published tables looks for first.
    ReportSheet summary = newSheet(tr("Summary"), tr("Statement on budget performance"), scope, unit);
    summary.set(0, 0, header(tr("Item")));
    summary.set(0, 1, header(tr("Programs")));
    summary.set(0, 2, header(tr("Budget")));
    summary.columnWidths = { 48, 12, 18 };
    summary.headerRows = 1;
    const auto line = [&summary](const QString& label, const Tally& t, ReportCellRole role) {
        const int row = int(summary.rows.size());
        summary.set(row, 0, ReportCell::textCell(label));
        summary.set(row, 1, ReportCell::decimal(t.count, 0, role));
        summary.set(row, 2, ReportCell::money(Money::fromFen(t.amount), role));
    };
    Tally programs;
    programs.count = all->count;
    programs.amount = all->amount.fen();
    line(tr("1. Programs under budget performance management"), programs, ReportCellRole::Total);
    line(tr("2. Programs whose performance targets were approved"), approvedTargets, ReportCellRole::Total);
    line(tr("3. Programs whose self-evaluation finance approved"), evaluated, ReportCellRole::Total);
    for (Grade g : { Grade::Excellent, Grade::Good, Grade::Fair, Grade::Poor })
        line(tr("    of which graded %1").arg(Names::of(g)), byGrade.value(g), ReportCellRole::Body);
    summary.footerLines << tr("The tables that follow list the approved performance targets and the evaluation results "
                              "approved by finance, program by program.");
    targets.footerLines << ReportSummaries::signatureLine();
    results.footerLines << ReportSummaries::signatureLine();
    return QList<ReportSheet> { summary, targets, results };
}

} // namespace jx
