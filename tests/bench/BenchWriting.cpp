// Measures writing: the county demo and a county JSON import, each against SQLite's own floor
// for the same rows (an ATTACH + INSERT … SELECT copy into an empty file of the same schema,
// in one transaction), and the peak memory of JSON export and import for a county and for a
// document several times larger. Prints medians and PASS/OVER against the budgets of the
// issue (demo ≤ 2.0× its floor, import ≤ 1.5× its floor); it does not fail on OVER.
//
//   bench_writing [RUNS] [--work DIR] [--times N]
//
// RUNS (default 3) runs of each timing; --times N (default 4) the larger document's size in
// counties. The memory figures come from child processes of this program (one per export or
// import, each reporting its own VmHWM), so that each is measured alone.
#include "core/demo/DemoGenerator.h"
#include "core/io/JsonInterchange.h"
#include "core/storage/Database.h"
#include "core/storage/Installation.h"
#include "core/storage/RecordStore.h"
#include "tests/bench/BenchSupport.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace jx;

namespace {

using namespace jx::bench;


QStringList column(Database& db, const QString& sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql))
        die(sql);
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

// The user tables of a database, parents before children (by their foreign keys).
QStringList tablesInForeignKeyOrder(Database& db)
{
    const QStringList tables = column(db,
        QStringLiteral(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"));
    QHash<QString, QStringList> parents;
    for (const QString& t : tables) {
        for (const QString& p :
            column(db, QStringLiteral("SELECT \"table\" FROM pragma_foreign_key_list('%1')").arg(t))) {
            if (p != t)
                parents[t] << p;
        }
    }
    QStringList ordered;
    QSet<QString> seen; // also ends a cycle, should the schema ever have one
    std::function<void(const QString&)> visit = [&](const QString& t) {
        if (seen.contains(t))
            return;
        seen.insert(t);
        for (const QString& p : parents.value(t))
            visit(p);
        ordered << t;
    };
    for (const QString& t : tables)
        visit(t);
    return ordered;
}

// A file of the current schema with no rows, copied for each floor.
QString emptyTemplate(const QString& dir)
{
    const QString path = dir + QStringLiteral("/empty.jixiao");
    std::unique_ptr<Database> db = check(Database::open(path, Database::OpenMode::CreateIfMissing), "empty file");
    check(db->exec(QStringLiteral("PRAGMA foreign_keys = OFF")), "foreign keys off");
    for (const QString& t : tablesInForeignKeyOrder(*db))
        check(db->exec(QStringLiteral("DELETE FROM \"%1\"").arg(t)), "emptying");
    return path;
}

// SQLite's floor: copies every row of @p source's tables (or of @p delta's, when given) into
// @p target in one transaction; only that fill is timed.
double copyFloor(const QString& target, const QString& source)
{
    std::unique_ptr<Database> db = check(Database::open(target), "floor target");
    const QStringList tables = tablesInForeignKeyOrder(*db);
    check(db->exec(QStringLiteral("ATTACH DATABASE '%1' AS src").arg(source)), "attach");
    const double s = seconds([&] {
        check(db->exec(QStringLiteral("BEGIN IMMEDIATE")), "begin");
        for (const QString& t : tables)
            check(
                db->exec(QStringLiteral("INSERT OR REPLACE INTO main.\"%1\" SELECT * FROM src.\"%1\"").arg(t)), "copy");
        check(db->exec(QStringLiteral("COMMIT")), "commit");
    });
    check(db->exec(QStringLiteral("DETACH DATABASE src")), "detach");
    return s;
}

// The rows of @p after that are not in @p before, in a file of their own (what an import added).
void writeDelta(const QString& emptyFile, const QString& before, const QString& after, const QString& delta)
{
    QFile::remove(delta);
    QFile::copy(emptyFile, delta);
    std::unique_ptr<Database> db = check(Database::open(delta), "delta");
    check(db->exec(QStringLiteral("PRAGMA foreign_keys = OFF")), "foreign keys off");
    check(db->exec(QStringLiteral("ATTACH DATABASE '%1' AS a").arg(after)), "attach after");
    check(db->exec(QStringLiteral("ATTACH DATABASE '%1' AS b").arg(before)), "attach before");
    for (const QString& t : tablesInForeignKeyOrder(*db)) {
        check(
            db->exec(
                QStringLiteral("INSERT INTO main.\"%1\" SELECT * FROM a.\"%1\" EXCEPT SELECT * FROM b.\"%1\"").arg(t)),
            "delta");
    }
}

InstallationRequest unitRequest()
{
    InstallationRequest request;
    request.divisionCode = QStringLiteral("653101");
    request.agencyName = QStringLiteral("喀什市交通运输局");
    request.agencyKind = AgencyKind::BudgetUnit;
    return request;
}

// One document holding every program of the demo (all agencies), @p times over: the copies
// after the first lose their ids so that they import as new programs.
int writeCountyDocument(const QString& demo, int fiscalYear, int times, const QString& path)
{
    std::unique_ptr<Database> db = check(Database::open(demo), "demo");
    const QStringList agencies = column(*db,
        QStringLiteral("SELECT DISTINCT hex(agency_id) FROM subject WHERE kind = 3 AND fiscal_year = %1")
            .arg(fiscalYear));
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        die(path);
    out.write(QStringLiteral("{\"format\": \"jixiao-programs\", \"version\": 1, \"fiscalYear\": %1, \"programs\": [\n")
                  .arg(fiscalYear)
                  .toUtf8());
    int written = 0;
    for (int copy = 0; copy < times; ++copy) {
        for (const QString& hex : agencies) {
            const QUuid agency = QUuid::fromRfc4122(QByteArray::fromHex(hex.toLatin1()));
            QBuffer buffer;
            buffer.open(QIODevice::WriteOnly);
            check(JsonInterchange(*db).exportPrograms(agency, fiscalYear, buffer), "export of an agency");
            const QJsonArray programs
                = QJsonDocument::fromJson(buffer.data()).object().value(QStringLiteral("programs")).toArray();
            for (const QJsonValue& v : programs) {
                QJsonObject p = v.toObject();
                if (copy > 0) {
                    // New programs: no record of the copy keeps an id of the original.
                    p.remove(QStringLiteral("id"));
                    QJsonObject targets = p.value(QStringLiteral("targets")).toObject();
                    targets.remove(QStringLiteral("id"));
                    QJsonArray indicators = targets.value(QStringLiteral("indicators")).toArray();
                    for (qsizetype i = 0; i < indicators.size(); ++i) {
                        QJsonObject o = indicators.at(i).toObject();
                        o.remove(QStringLiteral("id"));
                        indicators.replace(i, o);
                    }
                    targets.insert(QStringLiteral("indicators"), indicators);
                    p.insert(QStringLiteral("targets"), targets);
                    QJsonArray months = p.value(QStringLiteral("monitoring")).toArray();
                    for (qsizetype i = 0; i < months.size(); ++i) {
                        QJsonObject o = months.at(i).toObject();
                        o.remove(QStringLiteral("id"));
                        months.replace(i, o);
                    }
                    p.insert(QStringLiteral("monitoring"), months);
                    QJsonObject evaluation = p.value(QStringLiteral("selfEvaluation")).toObject();
                    if (!evaluation.isEmpty()) {
                        evaluation.remove(QStringLiteral("id"));
                        p.insert(QStringLiteral("selfEvaluation"), evaluation);
                    }
                }
                out.write(written++ ? ",\n" : "");
                out.write(QJsonDocument(p).toJson(QJsonDocument::Indented));
            }
        }
    }
    out.write("]}\n");
    return written;
}

// Child mode: one export or import, then this process's peak memory on stdout.
int child(const QStringList& args)
{
    const QString verb = args.at(2);
    std::unique_ptr<Database> db = check(Database::open(args.at(3)), "database");
    const QUuid agency = check(Installation::selfAgency(*db), "agency").meta.id;
    QFile file(args.at(4));
    if (verb == QLatin1String("export")) {
        if (!file.open(QIODevice::WriteOnly))
            die(file.fileName());
        check(JsonInterchange(*db).exportPrograms(agency, args.at(5).toInt(), file), "export");
    } else {
        if (!file.open(QIODevice::ReadOnly))
            die(file.fileName());
        check(JsonInterchange(*db).importPrograms(file, agency), "import");
    }
    std::printf("%.1f\n", peakMb());
    return 0;
}

double childPeak(const QStringList& args)
{
    QProcess p;
    p.start(QCoreApplication::applicationFilePath(), QStringList { QStringLiteral("--child") } + args);
    if (!p.waitForFinished(-1) || p.exitCode() != 0)
        die(QStringLiteral("child %1: %2")
                .arg(args.join(QLatin1Char(' ')), QString::fromLocal8Bit(p.readAllStandardError())));
    return p.readAllStandardOutput().trimmed().toDouble();
}

const char* verdict(double ratio, double budget)
{
    return ratio <= budget ? "PASS" : "OVER";
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() > 1 && args.at(1) == QLatin1String("--child"))
        return child(args);
    int runs = 3;
    int times = 4;
    QString workDir;
    for (int i = 1; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--work") && i + 1 < args.size())
            workDir = args.at(++i);
        else if (args.at(i) == QLatin1String("--times") && i + 1 < args.size())
            times = qMax(2, args.at(++i).toInt());
        else
            runs = qMax(1, args.at(i).toInt());
    }
    QTemporaryDir temp;
    const QString dir = workDir.isEmpty() ? temp.path() : workDir;
    QDir().mkpath(dir);
    auto file = [&](const QString& name) -> QString { return dir + QLatin1Char('/') + name; };
    const QString empty = emptyTemplate(dir);

    // (a) the county demo, and (b) its floor.
    QList<double> demo, demoFloor;
    int fiscalYear = 0;
    qint64 programs = 0;
    for (int i = 0; i < runs; ++i) {
        const QString path = file(QStringLiteral("demo%1.jixiao").arg(i));
        QFile::remove(path);
        DemoOptions options;
        options.scale = DemoScale::County;
        options.seed = 1;
        demo << seconds([&] {
            const DemoSummary s = check(DemoGenerator::createDemo(path, options), "demo");
            fiscalYear = s.fiscalYear;
            programs = s.programs;
        });
        const QString floor = file(QStringLiteral("demo-floor%1.jixiao").arg(i));
        QFile::remove(floor);
        QFile::copy(empty, floor);
        demoFloor << copyFloor(floor, path);
        std::printf("run %d: demo %.2f s, floor %.2f s\n", i + 1, demo.constLast(), demoFloor.constLast());
        std::fflush(stdout);
    }

    // (c) a county's programs (all of the demo's, owned by one agency) imported into a new unit database.
    const QString county = file(QStringLiteral("county.json"));
    const int countyPrograms = writeCountyDocument(file(QStringLiteral("demo0.jixiao")), fiscalYear, 1, county);
    const QString base = file(QStringLiteral("unit-base.jixiao"));
    QFile::remove(base);
    check(Installation::create(base, unitRequest()), "unit database");
    QList<double> import, importFloor;
    for (int i = 0; i < runs; ++i) {
        const QString target = file(QStringLiteral("unit%1.jixiao").arg(i));
        QFile::remove(target);
        QFile::copy(base, target);
        {
            std::unique_ptr<Database> db = check(Database::open(target), "unit");
            const QUuid agency = check(Installation::selfAgency(*db), "agency").meta.id;
            QFile in(county);
            in.open(QIODevice::ReadOnly);
            import << seconds([&] { check(JsonInterchange(*db).importPrograms(in, agency), "import");
        });
    }
    const QString delta = file(QStringLiteral("delta.jixiao"));
    writeDelta(empty, base, target, delta);
    const QString floor = file(QStringLiteral("unit-floor%1.jixiao").arg(i));
    QFile::remove(floor);
    QFile::copy(base, floor);
    importFloor << copyFloor(floor, delta);
    std::printf("run %d: import %.2f s, floor %.2f s\n", i + 1, import.constLast(), importFloor.constLast());
    std::fflush(stdout);
}

// (d) peak memory of export and import, a county and a document `times` as large.
const QString large = file(QStringLiteral("large.json"));
const int largePrograms = writeCountyDocument(file(QStringLiteral("demo0.jixiao")), fiscalYear, times, large);
struct Memory
{
    int programs;
    double documentMb;
    double importMb;
    double exportMb;
};
QList<Memory> memory;
for (const auto& [doc, count] : { std::pair { county, countyPrograms }, std::pair { large, largePrograms } }) {
    const QString target = file(QStringLiteral("memory.jixiao"));
    QFile::remove(target);
    QFile::copy(base, target);
    Memory m { count, QFileInfo(doc).size() / 1048576.0, 0, 0 };
    m.importMb = childPeak({ QStringLiteral("import"), target, doc });
    m.exportMb = childPeak(
        { QStringLiteral("export"), target, file(QStringLiteral("exported.json")), QString::number(fiscalYear) });
    memory << m;
}

const double d = median(demo), df = median(demoFloor), im = median(import), imf = median(importFloor);
std::printf("\nbench_writing: medians of %d runs; county demo of %lld programs, fiscal year %d\n", runs,
    static_cast<long long>(programs), fiscalYear);
std::printf("  %-44s %8.2f s\n", "county demo (createDemo, seed 1)", d);
std::printf("  %-44s %8.2f s\n", "  its floor (ATTACH + INSERT ... SELECT)", df);
std::printf("  %-44s %8.2fx  budget 2.0x  %s\n", "  demo / floor", d / df, verdict(d / df, 2.0));
std::printf(
    "  %-44s %8.2f s\n", qPrintable(QStringLiteral("county JSON import (%1 programs)").arg(countyPrograms)), im);
std::printf("  %-44s %8.2f s\n", "  its floor (the same rows copied)", imf);
std::printf("  %-44s %8.2fx  budget 1.5x  %s\n", "  import / floor", im / imf, verdict(im / imf, 1.5));
std::printf("\n  peak memory (VmHWM of a child process per operation)\n");
std::printf("  %10s %12s %12s %12s\n", "programs", "document MB", "import MB", "export MB");
for (const Memory& m : memory)
    std::printf("  %10d %12.1f %12.1f %12.1f\n", m.programs, m.documentMb, m.importMb, m.exportMb);
return 0;
}
