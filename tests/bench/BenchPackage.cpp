// Measures package exchange at prefecture scale: the import of a prefecture's submission into a
// new region database against SQLite's own floor for the same rows (the payload ATTACHed and
// copied with INSERT … SELECT into the empty tables of a fresh database of the same schema, in
// one transaction), the export and the verification of the same package against the import,
// and the peak memory of an import for a county's package and for the prefecture's (several
// times larger). Prints medians and PASS/OVER against the budgets of issue 10 (import ≤ 2.0×
// its floor; export and verify each ≤ 1.0× the import); it does not fail on OVER.
//
//   bench_package [RUNS] [--work DIR]
//
// The demos (prefecture and county scale, seed 1) are created once in the work directory
// (default /tmp/jixiao-bench-package) and reused. Imports run in child processes of this
// program (bench_package --child-import PACKAGE DATABASE), each reporting its own time and
// VmHWM, so that each is measured alone.
#include "core/demo/DemoGenerator.h"
#include "core/exchange/Exchange.h"
#include "core/exchange/KeyRegistry.h"
#include "core/exchange/KeyStore.h"
#include "core/exchange/PackagePayload.h"
#include "core/exchange/PackageReader.h"
#include "core/storage/Database.h"
#include "core/storage/Installation.h"
#include "core/workspace/Workspace.h"
#include "tests/bench/BenchSupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace jx;

namespace {

using namespace jx::bench;

const QByteArray Passphrase = QByteArrayLiteral("bench passphrase");


// In a child process: imports PACKAGE into DATABASE, prints {"seconds", "peakMb", "records"}.
int childImport(const QString& package, const QString& database)
{
    std::unique_ptr<Workspace> ws = check(Workspace::open(database), "open the region");
    ExchangeSummary summary;
    const double s = seconds([&] { summary = check(Exchange(*ws).importPackage(package), "import"); });
    const KindCounts t = summary.totals();
    const QJsonObject out { { QStringLiteral("seconds"), s }, { QStringLiteral("peakMb"), peakMb() },
        { QStringLiteral("records"), t.created + t.updated + t.unchanged } };
    std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
    return 0;
}

QJsonObject runChild(const QString& package, const QString& database)
{
    QProcess p;
    p.start(QCoreApplication::applicationFilePath(), { QStringLiteral("--child-import"), package, database });
    if (!p.waitForFinished(3600 * 1000) || p.exitCode() != 0)
        die(QStringLiteral("child import: %1").arg(QString::fromUtf8(p.readAllStandardError())));
    return QJsonDocument::fromJson(p.readAllStandardOutput()).object();
}

std::unique_ptr<Workspace> demo(const QString& path, DemoScale scale)
{
    if (!QFile::exists(path)) {
        DemoOptions options;
        options.scale = scale;
        options.seed = 1;
        std::printf("creating %s …\n", qPrintable(path));
        std::fflush(stdout);
        check(DemoGenerator::createDemo(path, options), "demo");
    }
    std::unique_ptr<Workspace> ws = check(Workspace::open(path), "open the demo");
    KeyStore keys(ws->database());
    if (!check(keys.current(), "key").has_value())
        check(keys.generate(ws->self(), Passphrase), "generate a key");
    return ws;
}

int demoYear(Workspace& ws)
{
    QSqlQuery q(ws.database().connection());
    if (!q.exec(QStringLiteral("SELECT max(fiscal_year) FROM subject")) || !q.next())
        die(QStringLiteral("demo year"));
    return q.value(0).toInt();
}

// Registers @p a's key in @p b (once).
void registerKey(Workspace& a, Workspace& b, const QString& dir)
{
    const QString file = dir + QStringLiteral("/%1.jxkey").arg(a.self().meta.id.toString(QUuid::WithoutBraces));
    if (!QFile::exists(file))
        check(KeyStore(a.database()).exportKeyFile(a.self(), Passphrase, file), "key file");
    KeyFile key = check(KeyFile::read(file), "read key file");
    if (!check(KeyRegistry(b.database()).find(key.fingerprint()), "find key").has_value())
        check(KeyRegistry(b.database()).add(key), "register key");
}

// SQLite's floor: the payload's rows copied into an empty database of the same schema.
double floorCopy(const QString& emptyTemplate, const QString& target, const QString& payload)
{
    QFile::remove(target);
    QFile::copy(emptyTemplate, target);
    std::unique_ptr<Database> db = check(Database::open(target), "floor target");
    const QList<PayloadTable> tables = check(PackagePayload::tables(*db), "tables");
    check(db->exec(QStringLiteral("ATTACH DATABASE '%1' AS src").arg(payload)), "attach");
    const double s = seconds([&] {
        check(db->exec(QStringLiteral("BEGIN IMMEDIATE")), "begin");
        for (const PayloadTable& t : tables) {
            check(db->exec(QStringLiteral("INSERT OR IGNORE INTO main.%1 (%2) SELECT %2 FROM src.%1").arg(t.name, t.columnList())),
                "copy");
        }
        check(db->exec(QStringLiteral("COMMIT")), "commit");
    });
    check(db->exec(QStringLiteral("DETACH DATABASE src")), "detach");
    return s;
}

} // namespace

int main(int argc, char** argv)
{
    jx::bench::name() = "bench_package";
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.value(0) == QLatin1String("--child-import"))
        return childImport(args.value(1), args.value(2));
    int runs = 3;
    QString work = QStringLiteral("/tmp/jixiao-bench-package");
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--work"))
            work = args.value(++i);
        else
            runs = std::max(1, args.at(i).toInt());
    }
    QDir().mkpath(work);
    const auto file = [&](const QString& name) -> QString { return work + QLatin1Char('/') + name; };

    std::unique_ptr<Workspace> prefecture = demo(file(QStringLiteral("prefecture.jixiao")), DemoScale::Prefecture);
    std::unique_ptr<Workspace> county = demo(file(QStringLiteral("county.jixiao")), DemoScale::County);
    const int year = demoYear(*prefecture);

    // The region's database, made once; each run imports into a copy of it.
    const QString regionTemplate = file(QStringLiteral("region-template.jixiao"));
    if (!QFile::exists(regionTemplate)) {
        InstallationRequest request;
        request.divisionCode = QStringLiteral("650000");
        request.agencyName = QStringLiteral("新疆维吾尔自治区财政厅");
        request.agencyKind = AgencyKind::FinanceBureau;
        request.agencyCode = QStringLiteral("R650000");
        std::unique_ptr<Workspace> made = check(Workspace::create(regionTemplate, request), "region");
        check(KeyStore(made->database()).generate(made->self(), Passphrase), "region key");
    }
    QString regionId;
    {
        std::unique_ptr<Workspace> region = check(Workspace::open(regionTemplate), "region");
        regionId = region->self().meta.id.toString(QUuid::WithoutBraces);
        registerKey(*prefecture, *region, work);
        registerKey(*county, *region, work);
        registerKey(*region, *prefecture, work);
        registerKey(*region, *county, work);
    }

    QList<double> exports, verifies, imports, floors;
    QJsonObject big;
    const QString package = file(QStringLiteral("prefecture.jxpkg"));
    for (int i = 0; i < runs; ++i) {
        QFile::remove(package);
        ExportOptions options;
        options.recipient = regionId;
        options.fiscalYear = year;
        options.outputPath = package;
        options.passphrase = QString::fromUtf8(Passphrase);
        ExportResult exported;
        exports << seconds([&] { exported = check(Exchange(*prefecture).exportPackage(options), "export"); });
        verifies << seconds([&] { check(PackageReader::verify(package), "verify"); });
        const QString region = file(QStringLiteral("region-%1.jixiao").arg(i));
        for (const QString& f : QDir(work).entryList({ QStringLiteral("region-%1.jixiao*").arg(i) }))
            QFile::remove(file(f));
        QFile::copy(regionTemplate, region);
        big = runChild(package, region);
        imports << big.value(QStringLiteral("seconds")).toDouble();
        VerifiedPackage opened = check(PackageReader::open(package), "open");
        floors << floorCopy(regionTemplate, file(QStringLiteral("floor.jixiao")), opened.payloadPath);
        std::printf("run %d: export %.2f s, verify %.2f s, import %.2f s (%lld records), floor %.2f s\n", i + 1,
            exports.constLast(), verifies.constLast(), imports.constLast(),
            qint64(big.value(QStringLiteral("records")).toInteger()), floors.constLast());
        std::fflush(stdout);
    }

    // Memory: a county's package against the prefecture's.
    const QString small = file(QStringLiteral("county.jxpkg"));
    QFile::remove(small);
    ExportOptions options;
    options.recipient = regionId;
    options.fiscalYear = demoYear(*county);
    options.outputPath = small;
    options.passphrase = QString::fromUtf8(Passphrase);
    check(Exchange(*county).exportPackage(options), "county export");
    const QString smallRegion = file(QStringLiteral("region-small.jixiao"));
    for (const QString& f : QDir(work).entryList({ QStringLiteral("region-small.jixiao*") }))
        QFile::remove(file(f));
    QFile::copy(regionTemplate, smallRegion);
    const QJsonObject one = runChild(small, smallRegion);

    const double im = median(imports), fl = median(floors), ex = median(exports), ve = median(verifies);
    const qint64 bigRecords = big.value(QStringLiteral("records")).toInteger();
    const qint64 smallRecords = one.value(QStringLiteral("records")).toInteger();
    std::printf("\nprefecture package: %lld records, %.1f MB\n", bigRecords, QFileInfo(package).size() / 1e6);
    std::printf("import  %.2f s = %.2fx its floor (%.2f s)   budget 2.0x  %s\n", im, im / fl, fl, im <= 2.0 * fl ? "PASS" : "OVER");
    std::printf("export  %.2f s = %.2fx the import              budget 1.0x  %s\n", ex, ex / im, ex <= im ? "PASS" : "OVER");
    std::printf("verify  %.2f s = %.2fx the import              budget 1.0x  %s\n", ve, ve / im, ve <= im ? "PASS" : "OVER");
    std::printf("peak memory of an import: county package %lld records %.1f MB, prefecture package %lld records (%.1fx) %.1f MB\n",
        smallRecords, one.value(QStringLiteral("peakMb")).toDouble(), bigRecords, double(bigRecords) / double(std::max<qint64>(1, smallRecords)),
        big.value(QStringLiteral("peakMb")).toDouble());
    return 0;
}
