// Measures the program list on a large database: the SQL count, the first page, a page deep
// in the list (keyset), and a filtered count. Prints medians and fails when a budget is broken.
//
//   bench_program_list DATABASE [RUNS]
//
// Make the database with `jixiao-cli --db FILE demo --scale region` (≈324,000 programs).
#include "core/storage/Database.h"
#include "core/storage/ProgramListing.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace jx;

namespace {

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

double measure(int runs, const std::function<void()>& work)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        work();
        times << t.nsecsElapsed() / 1e6;
    }
    return median(times);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: bench_program_list DATABASE [RUNS]\n");
        return 2;
    }
    const int runs = args.size() > 2 ? args.at(2).toInt() : 9;
    Result<std::unique_ptr<Database>> db = Database::open(args.at(1));
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.message()));
        return 1;
    }
    ProgramListing listing(**db);
    const ProgramFilter all;
    const qint64 total = *listing.count(all);

    // A key half way down the list, found by walking pages once (not timed).
    std::optional<ProgramRow> middle;
    for (qint64 seen = 0; seen < total / 2;) {
        QList<ProgramRow> page = *listing.page(all, middle, 4096);
        if (page.isEmpty())
            break;
        seen += page.size();
        middle = page.constLast();
    }

    ProgramFilter search;
    search.text = QStringLiteral("农田");

    struct Row
    {
        const char* what;
        double ms;
        double budgetMs;
    };
    const QList<Row> rows = {
        { "count all programs", measure(runs, [&] { (void)listing.count(all); }), 50 },
        { "first page (256 rows)", measure(runs, [&] { (void)listing.page(all, std::nullopt, 256); }), 10 },
        { "page in the middle (256 rows)", measure(runs, [&] { (void)listing.page(all, middle, 256); }), 10 },
        { "count with a name search", measure(runs, [&] { (void)listing.count(search); }), 500 },
    };
    std::printf("programs: %lld, runs: %d\n", static_cast<long long>(total), runs);
    bool ok = true;
    for (const Row& r : rows) {
        const bool within = r.ms <= r.budgetMs;
        ok = ok && within;
        std::printf("%-32s median %9.2f ms   budget %7.0f ms   %s\n", r.what, r.ms, r.budgetMs, within ? "ok" : "OVER");
    }
    return ok ? 0 : 1;
}
