// Pictures of the reports for the user guide (docs/screenshots when JIXIAO_SCREENSHOTS_DIR is
// set, else a temporary folder): the 报表 page with a report chosen and previewed, the editor of
// the 绩效自评报告, and page 1 of every report of the catalog for the demo county
// (report-<name>-p1.png), in Chinese.
#include "ReportSamples.h"
#include "core/demo/DemoGenerator.h"
#include "core/i18n/Translations.h"
#include "core/report/ReportCatalog.h"
#include "core/storage/EvaluationRepository.h"
#include "core/storage/SubjectRepository.h"
#include "core/workspace/Workspace.h"
#include "ui/report/ReportRenderer.h"
#include "ui/reports/ReportsPage.h"
#include "ui/reports/SelfEvaluationReportEditor.h"

#include <QComboBox>
#include <QDir>
#include <QFontDatabase>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace jx;

class TestReportScreenshots : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void reportsPage();
    void selfEvaluationReport();
    void everyCatalogForm();

private:
    QTemporaryDir m_dir;
    QString m_out;
    std::unique_ptr<Workspace> m_ws;
    int m_year = 0;
    QUuid m_evaluated; ///< a program with a self-evaluation
};

void TestReportScreenshots::initTestCase()
{
    QVERIFY2(QFontDatabase::families(QFontDatabase::SimplifiedChinese).join(QLatin1Char(' ')).contains(QLatin1String("Noto")),
             "install fonts-noto-cjk");
    Translations::install(*QCoreApplication::instance(), QStringLiteral("zh_CN"));
    const QString path = m_dir.filePath(QStringLiteral("demo.jixiao"));
    Result<DemoSummary> demo = DemoGenerator::createDemo(path, DemoOptions());
    QVERIFY2(demo.ok(), qPrintable(demo.message()));
    m_year = demo->fiscalYear;
    Result<std::unique_ptr<Workspace>> ws = Workspace::open(path);
    QVERIFY(ws.ok());
    m_ws = std::move(*ws);
    Result<QList<SelfEvaluation>> evaluations = EvaluationRepository(m_ws->database()).ofYear(m_year);
    QVERIFY(evaluations.ok() && !evaluations->isEmpty());
    m_evaluated = evaluations->first().subjectId;
    m_out = qEnvironmentVariable("JIXIAO_SCREENSHOTS_DIR");
    if (m_out.isEmpty())
        m_out = m_dir.filePath(QStringLiteral("screenshots"));
    QVERIFY(QDir().mkpath(m_out));
}

void TestReportScreenshots::reportsPage()
{
    ReportsPage page;
    page.resize(1366, 768);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.setWorkspace(m_ws.get());
    page.setFiscalYear(m_year);
    const QList<ReportInfo> reports = ReportCatalog::all();
    if (!reports.isEmpty()) {
        // The first form of one subject, previewed.
        ReportInfo chosen = reports.first();
        for (const ReportInfo& info : reports)
            if (info.inputs.contains(ReportInput::Subject)) {
                chosen = info;
                break;
            }
        QVERIFY(page.selectReport(chosen.name));
        auto* subject = page.findChild<QComboBox*>(QStringLiteral("subjectPicker"));
        subject->setCurrentIndex(std::max(0, subject->findData(m_evaluated)));
        QSignalSpy shown(&page, &ReportsPage::previewShown);
        QTest::mouseClick(page.findChild<QWidget*>(QStringLiteral("previewButton")), Qt::LeftButton);
        QVERIFY(shown.wait(120000));
    } else {
        QVERIFY(page.selectReport(QStringLiteral("self-evaluation-report")));
    }
    QTest::qWait(50);
    QVERIFY(page.grab().save(QDir(m_out).filePath(QStringLiteral("zh_CN-reports-page.png"))));
}

void TestReportScreenshots::selfEvaluationReport()
{
    SelfEvaluationReportEditor editor(*m_ws, m_evaluated, m_year);
    QVERIFY2(editor.loaded(), qPrintable(editor.loadError()));
    editor.resize(900, 760);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QTest::qWait(50);
    QVERIFY(editor.grab().save(QDir(m_out).filePath(QStringLiteral("zh_CN-self-evaluation-report.png"))));
}

void TestReportScreenshots::everyCatalogForm()
{
    const QList<ReportInfo> reports = ReportCatalog::all();
    if (reports.isEmpty())
        QSKIP("The report catalog is empty in this build.");
    for (const ReportInfo& info : reports) {
        Result<ReportDocument> doc = test::buildForDemo(*m_ws, info, m_year);
        QVERIFY2(doc.ok(), qPrintable(info.name + QStringLiteral(": ") + doc.message()));
        QImage first;
        Result<int> pages = ReportRenderer::images(*doc, 110, [&first](const QImage& page, int, int) {
            first = page;
            return false;
        }, 1);
        QVERIFY2(pages.ok(), qPrintable(pages.message()));
        QVERIFY(!first.isNull());
        QVERIFY(first.save(QDir(m_out).filePath(QStringLiteral("report-%1-p1.png").arg(info.name))));
    }
}

QTEST_MAIN(TestReportScreenshots)
#include "TestReportScreenshots.moc"
