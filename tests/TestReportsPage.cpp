// 报表 (issue 11): the reports page offscreen — a report chosen, its inputs filled, its pages
// previewed, exported to PDF through the file dialog as a person would, cancelled; and an empty
// catalog handled.
#include "DialogAnswer.h"
#include "LoopFixture.h"

#include "core/i18n/Translations.h"
#include "core/storage/SubjectRepository.h"
#include "ui/reports/ReportsPage.h"

#include <QComboBox>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTreeWidget>

#include <atomic>
#include <thread>

using namespace jx;
using namespace jx::test;

namespace {

const QString FormName = QStringLiteral("test-targets");
const QString SlowName = QStringLiteral("test-slow");

QList<ReportInfo> testCatalog()
{
    ReportInfo form;
    form.name = FormName;
    form.title = QStringLiteral("绩效目标申报表（测试）");
    form.description = QStringLiteral("一个项目的绩效目标。");
    form.inputs = { ReportInput::Subject, ReportInput::Month };
    ReportInfo slow;
    slow.name = SlowName;
    slow.title = QStringLiteral("全区项目清单（测试）");
    slow.description = QStringLiteral("很多行。");
    slow.inputs = { ReportInput::Division };
    slow.large = true;
    ReportInfo disclosure;
    disclosure.name = QStringLiteral("disclosure-test");
    disclosure.title = QStringLiteral("绩效信息公开（测试）");
    disclosure.inputs = { ReportInput::Agency };
    return { form, slow, disclosure };
}

/// Builds the test reports from the database through the connection the page gives.
Result<ReportDocument> build(Database& db, const QString& name, const ReportParameters& p,
                             const ReportCatalog::Progress&)
{
    ReportDocument doc;
    doc.name = name;
    doc.unit = p.unit;
    ReportSheet s;
    s.columnWidths = { 20, 20 };
    s.headerRows = 1;
    s.set(0, 0, ReportCell::textCell(QStringLiteral("项目"), ReportCellRole::Header));
    s.set(0, 1, ReportCell::textCell(QStringLiteral("金额"), ReportCellRole::Header));
    if (name == FormName) {
        Result<std::optional<Subject>> subject = SubjectRepository(db).find(p.subjectId);
        if (!subject || !subject->has_value())
            return makeError(Error::Code::NotFound, QStringLiteral("no subject"));
        doc.title = QStringLiteral("绩效目标申报表");
        s.title = QStringLiteral("绩效目标申报表");
        s.subtitle = QStringLiteral("（%1年%2月）").arg(p.fiscalYear).arg(p.month);
        s.set(1, 0, ReportCell::textCell((*subject)->name));
        s.set(1, 1, ReportCell::money((*subject)->amount));
    } else {
        doc.title = QStringLiteral("全区项目清单");
        s.title = doc.title;
        // Rows without end, slowly: only a cancel stops it.
        s.stream = [](const ReportRowSink& sink) -> Result<qint64> {
            qint64 n = 0;
            for (;;) {
                if (!sink({ ReportCell::textCell(QStringLiteral("项目%1").arg(n)), ReportCell::money(Money::fromYuan(n)) }))
                    return n;
                ++n;
                if (n % 64 == 0)
                    std::this_thread::sleep_for(std::chrono::milliseconds(5));
            }
        };
    }
    doc.sheets << s;
    return doc;
}

int pdfPages(const QString& path)
{
    QProcess p;
    p.start(QStringLiteral("pdfinfo"), { path });
    p.waitForFinished(30000);
    const QString out = QString::fromUtf8(p.readAllStandardOutput());
    const qsizetype at = out.indexOf(QLatin1String("Pages:"));
    return at < 0 ? -1 : out.mid(at + 6).section(QLatin1Char('\n'), 0, 0).trimmed().toInt();
}

/// Answers the file dialog that opens next with @p path.
void answerFileDialog(const QString& path)
{
    whenModal([path](QWidget* modal) {
        auto* dialog = qobject_cast<QFileDialog*>(modal);
        if (!dialog || dialog->objectName() != QLatin1String("reportFileDialog")) {
            qWarning("not the report file dialog: %s", qPrintable(modal->objectName()));
            return;
        }
        auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"));
        name->setText(path);
        QMetaObject::invokeMethod(dialog, "accept", Qt::QueuedConnection);
    });
}

} // namespace

class TestReportsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void emptyCatalog();
    void listsTheCatalogGrouped();
    void exportPdfThroughTheDialog();
    void previewShowsPages();
    void cancelLeavesNoFile();

private:
    LoopFixture m_fx;
    std::unique_ptr<ReportsPage> m_page;
};

void TestReportsPage::initTestCase()
{
    Translations::install(*QCoreApplication::instance());
    QVERIFY2(m_fx.build(), qPrintable(m_fx.error));
}

void TestReportsPage::init()
{
    m_page = std::make_unique<ReportsPage>();
    m_page->resize(1200, 800);
    m_page->show();
    m_page->setWorkspace(m_fx.ws.get());
    m_page->setFiscalYear(2025);
}

void TestReportsPage::cleanup()
{
    QTRY_VERIFY(!m_page->busy());
    m_page.reset();
}

void TestReportsPage::emptyCatalog()
{
    m_page->setCatalog({}, build);
    auto* empty = m_page->findChild<QLabel*>(QStringLiteral("reportsEmpty"));
    QVERIFY(empty->isVisible());
    auto* list = m_page->findChild<QTreeWidget*>(QStringLiteral("reportList"));
    // Only the self-evaluation report, which the page itself offers.
    QCOMPARE(list->topLevelItemCount(), 1);
    QVERIFY(!m_page->currentReport());
    QVERIFY(!m_page->findChild<QPushButton*>(QStringLiteral("exportPdfButton"))->isEnabled());
    // Exporting with nothing chosen does nothing and says nothing wrong.
    QSignalSpy finished(m_page.get(), &ReportsPage::exportFinished);
    m_page->exportTo(ReportsPage::Output::Pdf, QDir::temp().filePath(QStringLiteral("nothing.pdf")));
    QVERIFY(!m_page->busy());
    QCOMPARE(finished.count(), 0);
    QVERIFY(m_page->selectReport(QStringLiteral("self-evaluation-report")));
    QVERIFY(m_page->findChild<QPushButton*>(QStringLiteral("editSelfEvaluationReport"))->isVisible());
}

void TestReportsPage::listsTheCatalogGrouped()
{
    m_page->setCatalog(testCatalog(), build);
    QVERIFY(!m_page->findChild<QLabel*>(QStringLiteral("reportsEmpty"))->isVisible());
    auto* list = m_page->findChild<QTreeWidget*>(QStringLiteral("reportList"));
    // Forms of one subject, finance summaries, disclosure, and the self-evaluation report.
    QCOMPARE(list->topLevelItemCount(), 4);
    QCOMPARE(list->topLevelItem(0)->child(0)->text(0), QStringLiteral("绩效目标申报表（测试）"));
    QCOMPARE(list->topLevelItem(1)->child(0)->text(0), QStringLiteral("全区项目清单（测试）"));
    QCOMPARE(list->topLevelItem(2)->child(0)->text(0), QStringLiteral("绩效信息公开（测试）"));
    // Each report asks for its own inputs.
    QVERIFY(m_page->selectReport(FormName));
    QVERIFY(m_page->findChild<QComboBox*>(QStringLiteral("subjectPicker"))->isVisible());
    QVERIFY(m_page->findChild<QSpinBox*>(QStringLiteral("monthPicker"))->isVisible());
    QVERIFY(!m_page->findChild<QComboBox*>(QStringLiteral("divisionPicker"))->isVisible());
    QVERIFY(m_page->selectReport(SlowName));
    QVERIFY(!m_page->findChild<QComboBox*>(QStringLiteral("subjectPicker"))->isVisible());
    QVERIFY(m_page->findChild<QComboBox*>(QStringLiteral("divisionPicker"))->isVisible());
    QCOMPARE(m_page->parameters().divisionCode, QStringLiteral("653101"));
    QVERIFY(m_page->selectReport(QStringLiteral("disclosure-test")));
    QVERIFY(m_page->findChild<QComboBox*>(QStringLiteral("agencyPicker"))->isVisible());
    QCOMPARE(m_page->parameters().agencyId, m_fx.ws->self().meta.id);
}

void TestReportsPage::exportPdfThroughTheDialog()
{
    m_page->setCatalog(testCatalog(), build);
    QVERIFY(m_page->selectReport(FormName));
    // The subject is found by searching for part of its name.
    auto* search = m_page->findChild<QLineEdit*>(QStringLiteral("subjectSearch"));
    type(search, QStringLiteral("渠道防渗"));
    QTest::keyClick(search, Qt::Key_Return);
    auto* subject = m_page->findChild<QComboBox*>(QStringLiteral("subjectPicker"));
    QCOMPARE(subject->count(), 1);
    QCOMPARE(subject->currentData().toUuid(), m_fx.canals.meta.id);
    auto* month = m_page->findChild<QSpinBox*>(QStringLiteral("monthPicker"));
    month->setValue(6);
    auto* unit = m_page->findChild<QComboBox*>(QStringLiteral("unitPicker"));
    unit->setCurrentIndex(unit->findData(int(MoneyUnit::Yuan)));
    auto* pdf = m_page->findChild<QPushButton*>(QStringLiteral("exportPdfButton"));
    QVERIFY(pdf->isEnabled());

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("目标表.pdf"));
    QSignalSpy finished(m_page.get(), &ReportsPage::exportFinished);
    answerFileDialog(path);
    QTest::mouseClick(pdf, Qt::LeftButton);
    QVERIFY(finished.wait(60000));
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
    const QString message = finished.first().at(1).toString();
    QVERIFY2(message.contains(QDir::toNativeSeparators(path)), qPrintable(message));
    QVERIFY(QFile::exists(path));
    QCOMPARE(pdfPages(path), 1);
    QProcess text;
    text.start(QStringLiteral("pdftotext"), { path, QStringLiteral("-") });
    QVERIFY(text.waitForFinished(30000));
    // NFKC: the text layer may name a shared glyph by its Kangxi radical (⽬ for 目).
    const QString content = QString::fromUtf8(text.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
    const auto nfkc = [](const QString& t) { return t.normalized(QString::NormalizationForm_KC); };
    QVERIFY(content.contains(nfkc(QStringLiteral("2025年渠道防渗改造项目"))));
    QVERIFY(content.contains(nfkc(QStringLiteral("（2025年6月）"))));
    QVERIFY(content.contains(QStringLiteral("1,200,000.00"))); // the amount in 元, as chosen
}

void TestReportsPage::previewShowsPages()
{
    m_page->setCatalog(testCatalog(), build);
    QVERIFY(m_page->selectReport(FormName));
    auto* subject = m_page->findChild<QComboBox*>(QStringLiteral("subjectPicker"));
    QVERIFY(subject->count() >= 2);
    subject->setCurrentIndex(subject->findData(m_fx.roads.meta.id));
    QSignalSpy shown(m_page.get(), &ReportsPage::previewShown);
    QTest::mouseClick(m_page->findChild<QPushButton*>(QStringLiteral("previewButton")), Qt::LeftButton);
    QVERIFY(shown.wait(60000));
    QCOMPARE(m_page->previewPageCount(), 1);
    QCOMPARE(m_page->previewPages().size(), 1);
    auto* page = m_page->findChild<QLabel*>(QStringLiteral("previewPage_1"));
    QVERIFY(page);
    const int width = page->pixmap().width();
    // Zooming shows the same page larger.
    auto* zoom = m_page->findChild<QComboBox*>(QStringLiteral("zoomPicker"));
    zoom->setCurrentIndex(zoom->findData(150));
    page = m_page->findChild<QLabel*>(QStringLiteral("previewPage_1"));
    QVERIFY(page->pixmap().width() > width);
    QVERIFY(m_page->findChild<QLabel*>(QStringLiteral("previewStatus"))->text().contains(QLatin1Char('1')));
}

void TestReportsPage::cancelLeavesNoFile()
{
    m_page->setCatalog(testCatalog(), build);
    QVERIFY(m_page->selectReport(SlowName));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("全区.pdf"));
    QSignalSpy finished(m_page.get(), &ReportsPage::exportFinished);
    answerFileDialog(path);
    QTest::mouseClick(m_page->findChild<QPushButton*>(QStringLiteral("exportPdfButton")), Qt::LeftButton);
    // The progress dialog comes up while the rows stream; its Cancel stops the export.
    QProgressDialog* progress = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((progress = m_page->findChild<QProgressDialog*>(QStringLiteral("reportProgress")))
                                 && progress->isVisible(), 20000);
    QVERIFY(m_page->busy());
    auto* cancel = progress->findChild<QPushButton*>();
    QVERIFY(cancel);
    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(finished.wait(60000));
    QVERIFY(!finished.first().at(0).toBool());
    QVERIFY(finished.first().at(1).toString().contains(QDir::toNativeSeparators(path)));
    QTRY_VERIFY(!m_page->busy());
    QVERIFY(!QFile::exists(path));
    QVERIFY(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
}

QTEST_MAIN(TestReportsPage)
#include "TestReportsPage.moc"
