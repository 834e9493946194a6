// Bad workbooks: each gives the expected row-level problem, and the database is unchanged (a dump of
// every table before and after).
#include "TemplateTestSupport.h"

#include "core/io/TemplateImporter.h"
#include "core/io/TemplateWorkbook.h"
#include "core/storage/TargetSetRepository.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTest>

using namespace jx;
using namespace jx::test;
using F = TemplateField;

class TestTemplateImportErrors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void missingSheet();
    void renamedColumn();
    void textInNumberCell();
    void formula();
    void emptyFile();
    void hugeFile();
    void notAWorkbook();
    void staleRevision();
    void everyProblemIsListed();
    void notEditable();
    void notATemplate();
    void cliPrintsEveryProblem();

private:
    QString exportTemplate(TemplateKind kind, int month = 3);
    /// Imports @p path and checks that it was refused with a problem at @p sheet / @p cell whose reason
    /// contains @p reason, and that the database did not change.
    void expectRefused(const QString& path, const QString& sheet, const QString& cell, const QString& reason);

    UnitFixture m_unit;
    QString m_roadsId;
};

void TestTemplateImportErrors::init()
{
    m_unit = UnitFixture();
    QVERIFY(m_unit.build());
    m_roadsId = m_unit.roads.meta.id.toString(QUuid::WithoutBraces);
}

QString TestTemplateImportErrors::exportTemplate(TemplateKind kind, int month)
{
    TemplateRequest request;
    request.kind = kind;
    request.agencyId = m_unit.ws->self().meta.id;
    request.fiscalYear = 2025;
    request.month = month;
    request.path = m_unit.dir->filePath(TemplateLayout::codeOf(kind) + QStringLiteral(".xlsx"));
    Result<int> written = TemplateWorkbook::write(m_unit.ws->database(), request);
    return written ? request.path : QString();
}

void TestTemplateImportErrors::expectRefused(const QString& path, const QString& sheet, const QString& cell,
                                             const QString& reason)
{
    const QString before = dumpDatabase(m_unit.ws->database());
    for (bool dryRun : { true, false }) {
        const TemplateImportResult result = TemplateImporter::run(*m_unit.ws, path, dryRun);
        QVERIFY(!result.ok());
        QVERIFY(!result.written);
        bool found = false;
        QStringList lines;
        for (const TemplateProblem& p : result.problems) {
            lines << p.line();
            if (p.sheet == sheet && p.cell() == cell && p.reason.contains(reason))
                found = true;
        }
        QVERIFY2(found, qPrintable(QStringLiteral("expected %1!%2 “%3” among:\n%4").arg(sheet, cell, reason, lines.join(QLatin1Char('\n')))));
    }
    QCOMPARE(dumpDatabase(m_unit.ws->database()), before);
}

void TestTemplateImportErrors::missingSheet()
{
    const QString path = exportTemplate(TemplateKind::Targets);
    const QString bad = m_unit.dir->filePath(QStringLiteral("missing.xlsx"));
    QVERIFY(rewriteWorkbook(path, bad, {}, { QStringLiteral("绩效指标") }));
    expectRefused(bad, QStringLiteral("绩效指标"), QString(), QStringLiteral("missing"));
}

void TestTemplateImportErrors::renamedColumn()
{
    const QString path = exportTemplate(TemplateKind::Monitoring);
    const QString column = columnOf(TemplateKind::Monitoring, 3, QStringLiteral("预算执行"), F::Executed);
    const QString cell = column + QString::number(TemplateLayout::HeaderRow);
    CellEdits edits;
    edits[QStringLiteral("预算执行")][cell] = QStringLiteral("已执行金额");
    const QString bad = m_unit.dir->filePath(QStringLiteral("renamed.xlsx"));
    QVERIFY(rewriteWorkbook(path, bad, edits));
    expectRefused(bad, QStringLiteral("预算执行"), cell, QStringLiteral("1—3月执行数（元）"));
}

void TestTemplateImportErrors::textInNumberCell()
{
    const QString path = exportTemplate(TemplateKind::Monitoring);
    const QString cell = cellOf(path, TemplateKind::Monitoring, 3, QStringLiteral("预算执行"), F::SubjectId, m_roadsId, F::Executed);
    QVERIFY(!cell.isEmpty());
    CellEdits edits;
    edits[QStringLiteral("预算执行")][cell] = QStringLiteral("约五十万");
    const QString bad = m_unit.dir->filePath(QStringLiteral("text.xlsx"));
    QVERIFY(rewriteWorkbook(path, bad, edits));
    expectRefused(bad, QStringLiteral("预算执行"), cell, QStringLiteral("a number is expected"));
}

void TestTemplateImportErrors::formula()
{
    const QString path = exportTemplate(TemplateKind::Monitoring);
    const QString cell = cellOf(path, TemplateKind::Monitoring, 3, QStringLiteral("预算执行"), F::SubjectId, m_roadsId, F::Budget);
    CellEdits edits;
    edits[QStringLiteral("预算执行")][cell] = QVariant::fromValue(Formula { QStringLiteral("=1000*1200") });
    const QString bad = m_unit.dir->filePath(QStringLiteral("formula.xlsx"));
    QVERIFY(rewriteWorkbook(path, bad, edits));
    expectRefused(bad, QStringLiteral("预算执行"), cell, QStringLiteral("formula"));
}

void TestTemplateImportErrors::emptyFile()
{
    const QString bad = m_unit.dir->filePath(QStringLiteral("empty.xlsx"));
    QFile f(bad);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.close();
    expectRefused(bad, QString(), QString(), QStringLiteral("empty"));
}

void TestTemplateImportErrors::hugeFile()
{
    // 200 MB on paper, a few bytes on disk (a sparse file): refused from its size, without being read.
    const QString bad = m_unit.dir->filePath(QStringLiteral("huge.xlsx"));
    QFile f(bad);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("PK\x03\x04", 4);
    QVERIFY(f.resize(200LL * 1024 * 1024));
    f.close();
    QElapsedTimer timer;
    timer.start();
    expectRefused(bad, QString(), QString(), QStringLiteral("50 MB"));
    QVERIFY(timer.elapsed() < 5000);
}

void TestTemplateImportErrors::notAWorkbook()
{
    const QString bad = m_unit.dir->filePath(QStringLiteral("notes.xlsx"));
    QFile f(bad);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("项目名称,金额\n公路,100\n");
    f.close();
    expectRefused(bad, QString(), QString(), QStringLiteral("not an Excel workbook"));
}

void TestTemplateImportErrors::staleRevision()
{
    const QString path = exportTemplate(TemplateKind::Targets);
    const QString objective = cellOf(path, TemplateKind::Targets, 3, QStringLiteral("绩效目标"), F::SubjectId, m_roadsId,
                                     F::ObjectiveAnnual);
    CellEdits edits;
    edits[QStringLiteral("绩效目标")][objective] = QStringLiteral("导出后填写的目标");
    const QString filled = m_unit.dir->filePath(QStringLiteral("stale.xlsx"));
    QVERIFY(rewriteWorkbook(path, filled, edits));
    // Someone edits the targets in the program after the export.
    TargetSet set = **TargetSetRepository(m_unit.ws->database()).ofSubject(m_unit.roads.meta.id, 2025);
    set.objectiveAnnual = QStringLiteral("在程序里改过的目标");
    QVERIFY(m_unit.ws->saveTargets(set).ok());
    const QString revisionCell = cellOf(path, TemplateKind::Targets, 3, QStringLiteral("绩效目标"), F::SubjectId, m_roadsId,
                                        F::Revision);
    expectRefused(filled, QStringLiteral("绩效目标"), revisionCell, QStringLiteral("changed since the template was exported"));
    QCOMPARE((*TargetSetRepository(m_unit.ws->database()).ofSubject(m_unit.roads.meta.id, 2025))->objectiveAnnual,
             QStringLiteral("在程序里改过的目标"));
}

void TestTemplateImportErrors::everyProblemIsListed()
{
    // Several mistakes in one workbook: each is listed, not only the first; one good row changes nothing.
    const QString path = exportTemplate(TemplateKind::Monitoring);
    const TargetSet targets = **TargetSetRepository(m_unit.ws->database()).ofSubject(m_unit.roads.meta.id, 2025);
    const QString sheet = QStringLiteral("指标进度");
    auto cell = [&](int n, F field) {
        return cellOf(path, TemplateKind::Monitoring, 3, sheet, F::IndicatorId,
                      targets.indicators.at(n).meta.id.toString(QUuid::WithoutBraces), field);
    };
    CellEdits edits;
    edits[QStringLiteral("预算执行")][cellOf(path, TemplateKind::Monitoring, 3, QStringLiteral("预算执行"), F::SubjectId,
                                             m_roadsId, F::Executed)] = 100.005; // sub-fen
    edits[sheet][cell(0, F::Likelihood)] = QStringLiteral("大概能");         // unknown choice
    edits[sheet][cell(1, F::ForecastValue)] = QStringLiteral("一百");        // text in a number cell
    edits[sheet][cell(2, F::Progress)] = 3.0;                                // fine on its own
    const QString bad = m_unit.dir->filePath(QStringLiteral("many.xlsx"));
    QVERIFY(rewriteWorkbook(path, bad, edits));
    const QString before = dumpDatabase(m_unit.ws->database());
    const TemplateImportResult result = TemplateImporter::run(*m_unit.ws, bad);
    QCOMPARE(result.problems.size(), 3);
    QCOMPARE(result.problems.at(0).sheet, QStringLiteral("预算执行"));
    QVERIFY(result.problems.at(0).reason.contains(QStringLiteral("fen")));
    QCOMPARE(result.problems.at(1).cell(), cell(0, F::Likelihood));
    QVERIFY(result.problems.at(1).reason.contains(QStringLiteral("确定能")));
    QCOMPARE(result.problems.at(2).cell(), cell(1, F::ForecastValue));
    QCOMPARE(result.problems.at(2).header, QStringLiteral("全年预计完成值"));
    QVERIFY(result.problems.at(2).line().startsWith(QStringLiteral("指标进度!%1: ").arg(cell(1, F::ForecastValue))));
    QCOMPARE(dumpDatabase(m_unit.ws->database()), before);
}

void TestTemplateImportErrors::notEditable()
{
    // Targets already submitted are read-only: a change to them is a problem of their row.
    const QString path = exportTemplate(TemplateKind::Targets);
    const QUuid setId = (*TargetSetRepository(m_unit.ws->database()).ofSubject(m_unit.roads.meta.id, 2025))->meta.id;
    const QString objective = cellOf(path, TemplateKind::Targets, 3, QStringLiteral("绩效目标"), F::SubjectId, m_roadsId,
                                     F::ObjectiveAnnual);
    CellEdits edits;
    edits[QStringLiteral("绩效目标")][objective] = QStringLiteral("提交后再改");
    const QString filled = m_unit.dir->filePath(QStringLiteral("submitted.xlsx"));
    QVERIFY(rewriteWorkbook(path, filled, edits));
    Result<void> submitted = m_unit.ws->submit(RecordKind::TargetSet, setId);
    QVERIFY2(submitted.ok(), qPrintable(submitted.message()));
    // Submitting changed the revision too; export again so that only the state stands in the way.
    const QString fresh = exportTemplate(TemplateKind::Targets);
    const QString refilled = m_unit.dir->filePath(QStringLiteral("submitted2.xlsx"));
    QVERIFY(rewriteWorkbook(fresh, refilled, edits));
    const QString nameCell = cellOf(fresh, TemplateKind::Targets, 3, QStringLiteral("绩效目标"), F::SubjectId, m_roadsId,
                                    F::ProgramName);
    const QString before = dumpDatabase(m_unit.ws->database());
    const TemplateImportResult result = TemplateImporter::run(*m_unit.ws, refilled);
    QVERIFY(!result.ok());
    QCOMPARE(result.problems.size(), 1);
    QCOMPARE(result.problems.at(0).cell(), nameCell);
    QCOMPARE(dumpDatabase(m_unit.ws->database()), before);
}

void TestTemplateImportErrors::notATemplate()
{
    const QString path = exportTemplate(TemplateKind::Targets);
    const QString bad = m_unit.dir->filePath(QStringLiteral("plain.xlsx"));
    QVERIFY(rewriteWorkbook(path, bad, {}, { TemplateLayout::metaSheet() }));
    expectRefused(bad, TemplateLayout::metaSheet(), QString(), QStringLiteral("not a Jixiao fill-in template"));
}

void TestTemplateImportErrors::cliPrintsEveryProblem()
{
    // jixiao-cli export template …, then import of a spoiled copy: one line per problem, exit 1, nothing written.
    const QString db = m_unit.ws->database().connection().databaseName();
    const QString path = m_unit.dir->filePath(QStringLiteral("cli.xlsx"));
    auto cli = [&](const QStringList& args, QString* out = nullptr) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("JIXIAO_LANG"), QStringLiteral("en"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(JIXIAO_CLI), QStringList { QStringLiteral("--db"), db } + args);
        p.waitForFinished(60'000);
        if (out)
            *out = QString::fromUtf8(p.readAllStandardOutput());
        return p.exitCode();
    };
    QString out;
    QCOMPARE(cli({ QStringLiteral("export"), QStringLiteral("template"), QStringLiteral("monitoring"), QStringLiteral("--agency"),
                   QStringLiteral("JT01"), QStringLiteral("--year"), QStringLiteral("2025"), QStringLiteral("--month"),
                   QStringLiteral("3"), QStringLiteral("-o"), path }, &out),
             0);
    QVERIFY2(out.contains(QStringLiteral("1 program")), qPrintable(out));
    const QString executed = cellOf(path, TemplateKind::Monitoring, 3, QStringLiteral("预算执行"), F::SubjectId, m_roadsId, F::Executed);
    const QString forecast = cellOf(path, TemplateKind::Monitoring, 3, QStringLiteral("预算执行"), F::SubjectId, m_roadsId, F::ForecastAmount);
    CellEdits edits;
    edits[QStringLiteral("预算执行")][executed] = QStringLiteral("五十万");
    edits[QStringLiteral("预算执行")][forecast] = QVariant::fromValue(Formula { QStringLiteral("=2*3") });
    const QString bad = m_unit.dir->filePath(QStringLiteral("cli-bad.xlsx"));
    QVERIFY(rewriteWorkbook(path, bad, edits));
    const QString before = dumpDatabase(m_unit.ws->database());
    QCOMPARE(cli({ QStringLiteral("import"), bad }, &out), 1);
    const QStringList lines = out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines.at(0).startsWith(QStringLiteral("预算执行!%1: ").arg(executed)), qPrintable(out));
    QVERIFY2(lines.at(1).startsWith(QStringLiteral("预算执行!%1: ").arg(forecast)), qPrintable(out));
    QCOMPARE(dumpDatabase(m_unit.ws->database()), before);
    QCOMPARE(cli({ QStringLiteral("import"), path, QStringLiteral("--dry-run") }, &out), 0);
    QVERIFY2(out.contains(QStringLiteral("Dry run")), qPrintable(out));
}

QTEST_GUILESS_MAIN(TestTemplateImportErrors)
#include "TestTemplateImportErrors.moc"
