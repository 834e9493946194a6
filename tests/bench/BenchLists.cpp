// Measures the stage pages' subject list (SubjectListModel over SubjectQuery) on a prefecture:
// opening it (count and first page), sorting by amount, score and name, filtering by status, by
// the monitoring warnings, by overdue monitoring and by a unit's name, and jumping to the last row, each as the view sees it (the first rows shown after the
// change). Prints medians and fails when one is over the budget of "no visible pause", 100 ms.
//
//   bench_lists DATABASE [RUNS]
//
// Make the database once with `jixiao-cli --db FILE demo --scale prefecture --seed 7`
// (伊犁哈萨克自治州 with 塔城地区 and 阿勒泰地区: 75,000 programs) and reuse it.
#include "core/storage/Database.h"
#include "core/workflow/DeadlineService.h"
#include "core/workspace/Workspace.h"
#include "ui/lists/SubjectListModel.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>

#include <algorithm>
#include <ctime>
#include <cstdio>
#include <functional>

using namespace jx;

namespace {

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

double cpuMs()
{
    timespec ts {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

// The CPU time of the median runs too: the machine is shared, and waiting for a core is not the list's doing.
double g_lastCpuMs = 0;

// @p prepare runs untimed before each run (so that every run starts cold in the model's cache).
double measure(int runs, const std::function<void()>& prepare, const std::function<void()>& work)
{
    QList<double> times;
    QList<double> cpu;
    for (int i = 0; i < runs; ++i) {
        prepare();
        QElapsedTimer t;
        const double c0 = cpuMs();
        t.start();
        work();
        times << t.nsecsElapsed() / 1e6;
        cpu << cpuMs() - c0;
    }
    g_lastCpuMs = median(cpu);
    return median(times);
}

// The rows a view of 40 lines shows from @p first.
void show(const SubjectListModel& model, int first)
{
    for (int r = first; r < std::min(first + 40, model.rowCount()); ++r) {
        for (int c = 0; c < model.columnCount(); ++c)
            (void)model.data(model.index(r, c));
    }
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: bench_lists DATABASE [RUNS]\n");
        return 2;
    }
    const int runs = args.size() > 2 ? args.at(2).toInt() : 9;
    Result<std::unique_ptr<Workspace>> workspace = Workspace::open(args.at(1));
    if (!workspace) {
        std::fprintf(stderr, "%s\n", qPrintable(workspace.message()));
        return 1;
    }
    Workspace& w = **workspace;
    QSqlQuery q(w.database().connection());
    q.exec(QStringLiteral("SELECT max(fiscal_year) FROM subject WHERE deleted = 0"));
    q.next();
    const int year = q.value(0).toInt();
    // A unit with many programs, searched by its name.
    q.exec(QStringLiteral("SELECT a.name FROM agency a JOIN subject s ON s.agency_id = a.id WHERE a.kind = 2"
                          " GROUP BY a.id ORDER BY count(*) DESC LIMIT 1"));
    q.next();
    const QString unitName = q.value(0).toString();
    q.finish();
    // Reading the summary of step 15 the first time (an upgrade fills it) is not what is measured.
    (void)SubjectQuery(w.database()).totals(SubjectFilter {});

    // The columns of the self-evaluation page: every stage's joins are read for the rows shown.
    const QList<SubjectField> fields = { SubjectField::Name, SubjectField::Code, SubjectField::Unit,
                                         SubjectField::Kind, SubjectField::Amount, SubjectField::ExecutionRate,
                                         SubjectField::EvaluationStatus, SubjectField::Score, SubjectField::Grade,
                                         SubjectField::Order };
    SubjectFilter yearFilter;
    yearFilter.fiscalYear = year;
    SubjectFilter unitFilter = yearFilter;
    unitFilter.text = unitName;

    SubjectListModel model;
    model.setFields(fields);
    model.setFilter(yearFilter);
    model.setWorkspace(&w);
    const int rows = model.rowCount();

    auto sortBy = [&](SubjectField field, bool descending) { model.setSortOrder(SubjectSort { field, descending }); };
    auto elsewhere = [&] {
        // Another order first, so that the measured one starts with an empty cache.
        model.setSortOrder(SubjectSort { SubjectField::Code, false });
    };

    struct Row
    {
        const char* what;
        double ms;
        double budgetMs;
        double cpuMs = 0;
    };
    QList<Row> results;
    auto add = [&](Row r) { r.cpuMs = g_lastCpuMs; results << r; };
    add(Row { "open: count + first rows",
                     measure(runs, [&] { model.setWorkspace(nullptr); },
                             [&] {
                                 model.setWorkspace(&w);
                                 show(model, 0);
                             }),
                     100 });
    add(Row { "sort by amount (desc)",
                     measure(runs, elsewhere, [&] {
                         sortBy(SubjectField::Amount, true);
                         show(model, 0);
                     }),
                     100 });
    add(Row { "sort by score (desc)",
                     measure(runs, elsewhere, [&] {
                         sortBy(SubjectField::Score, true);
                         show(model, 0);
                     }),
                     100 });
    add(Row { "sort by name",
                     measure(runs, elsewhere, [&] {
                         sortBy(SubjectField::Name, false);
                         show(model, 0);
                     }),
                     100 });
    add(Row { "sort by grade",
                     measure(runs, elsewhere, [&] {
                         sortBy(SubjectField::Grade, false);
                         show(model, 0);
                     }),
                     100 });
    add(Row { "sort by execution rate",
                     measure(runs, elsewhere, [&] {
                         sortBy(SubjectField::ExecutionRate, false);
                         show(model, 0);
                     }),
                     100 });
    add(Row { "sort by unit",
                     measure(runs, elsewhere, [&] {
                         sortBy(SubjectField::Unit, false);
                         show(model, 0);
                     }),
                     100 });
    SubjectFilter approved = yearFilter;
    approved.stages << StageFilter { RecordKind::TargetSet, RecordStatus::Approved };
    add(Row { "filter: targets approved",
                     measure(runs, [&] { elsewhere(); model.setFilter(yearFilter); },
                             [&] {
                                 model.setFilter(approved);
                                 show(model, 0);
                             }),
                     100 });
    SubjectFilter behind = yearFilter;
    behind.warning = ListWarning::ExecutionBehind;
    add(Row { "filter: execution behind",
                     measure(runs, [&] { model.setFilter(yearFilter); },
                             [&] {
                                 model.setFilter(behind);
                                 show(model, 0);
                             }),
                     100 });
    SubjectFilter impossible = yearFilter;
    impossible.warning = ListWarning::IndicatorImpossible;
    add(Row { "filter: indicator out of reach",
                     measure(runs, [&] { model.setFilter(yearFilter); },
                             [&] {
                                 model.setFilter(impossible);
                                 show(model, 0);
                             }),
                     100 });
    SubjectFilter anyWarning = yearFilter;
    anyWarning.warning = ListWarning::Any;
    add(Row { "filter: any warning",
                     measure(runs, [&] { model.setFilter(yearFilter); },
                             [&] {
                                 model.setFilter(anyWarning);
                                 show(model, 0);
                             }),
                     100 });
    // The home page's overdue number: monitoring overdue on 31 December of the year.
    SubjectFilter overdue = yearFilter;
    {
        Result<OverdueFilter> work = DeadlineService(w.database())
                                         .overdueWork(w.self().meta.id, year, QDate(year, 12, 31),
                                                      RecordKind::MonitoringReport);
        if (!work) {
            std::fprintf(stderr, "%s\n", qPrintable(work.message()));
            return 1;
        }
        overdue.overdue = *work;
    }
    add(Row { "filter: monitoring overdue",
                     measure(runs, [&] { model.setFilter(yearFilter); },
                             [&] {
                                 model.setFilter(overdue);
                                 show(model, 0);
                             }),
                     100 });
    // The home page's deadline figures on 31 December (on its worker thread): every piece of
    // work of the year with how many subjects handed it in, eleven months of monitoring among them.
    add(Row { "home: deadline counts",
                     measure(runs, [] {},
                             [&] {
                                 Result<QList<DueItem>> items = DeadlineService(w.database())
                                                                    .due(w.self().meta.id, year, QDate(year, 12, 31));
                                 if (!items || items->isEmpty())
                                     std::abort();
                             }),
                     500 });
    model.setFilter(yearFilter);
    sortBy(SubjectField::Name, false);
    add(Row { "filter by unit name (search)",
                     measure(runs, [&] { model.setFilter(yearFilter); },
                             [&] {
                                 model.setFilter(unitFilter);
                                 show(model, 0);
                             }),
                     100 });
    model.setFilter(yearFilter);
    add(Row { "jump to last row (by name)",
                     measure(runs, [&] { elsewhere(); sortBy(SubjectField::Name, false); },
                             [&] { show(model, model.rowCount() - 40); }),
                     100 });
    add(Row { "jump to last row (by score)",
                     measure(runs, [&] { elsewhere(); sortBy(SubjectField::Score, true); },
                             [&] { show(model, model.rowCount() - 40); }),
                     100 });
    add(Row { "scroll one page (by amount)",
                     measure(runs, [&] { elsewhere(); sortBy(SubjectField::Amount, true); show(model, 30000); },
                             [&] { show(model, 30000 + SubjectListModel::PageSize); }),
                     100 });

    std::printf("subjects of %d: %d, runs: %d, unit searched: %s (%lld rows)\n", year, rows, runs,
                qPrintable(unitName), static_cast<long long>(SubjectQuery(w.database()).totals(unitFilter)->count));
    bool ok = true;
    for (const Row& r : std::as_const(results)) {
        const bool within = r.ms <= r.budgetMs;
        ok = ok && within;
        std::printf("%-32s median %8.2f ms (CPU %7.2f ms)   budget %4.0f ms   %s\n", r.what, r.ms, r.cpuMs, r.budgetMs,
                    within ? "ok" : "OVER");
    }
    return ok ? 0 : 1;
}
