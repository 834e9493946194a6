// The fill-in template dialogs as a clerk uses them from the 绩效目标 and 运行监控 pages: export a
// template, import a spoiled copy (the problems listed by sheet, row, column and reason, copied to
// the clipboard, nothing written), then a good copy (imported).
#include "DialogAnswer.h"
#include "TemplateTestSupport.h"

#include "core/storage/MonitoringRepository.h"
#include "ui/monitoring/MonitoringPage.h"
#include "ui/targets/TargetsPage.h"
#include "ui/templates/TemplateImportDialog.h"

#include <QAction>
#include <QClipboard>
#include <QDir>
#include <QLabel>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>

using namespace jx;
using namespace jx::test;
using F = TemplateField;

class TestTemplateDialogs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void exportFromTargetsPage();
    void importShowsProblems();
    void importGoodWorkbook();

private:
    QString exportMonitoring(MonitoringPage& page);

    UnitFixture m_unit;
};

void TestTemplateDialogs::init()
{
    m_unit = UnitFixture();
    QVERIFY(m_unit.build());
}

QAction* findAction(QWidget& page, const QString& name)
{
    for (QAction* a : page.findChildren<QAction*>()) {
        if (a->objectName() == name)
            return a;
    }
    return nullptr;
}

void TestTemplateDialogs::exportFromTargetsPage()
{
    TargetsPage page;
    page.setWorkspace(m_unit.ws.get());
    page.setFiscalYear(2025);
    QAction* action = findAction(page, QStringLiteral("exportTemplate"));
    QVERIFY(action);
    QVERIFY(page.stageActions().contains(action));
    const QString file = m_unit.dir->filePath(QStringLiteral("目标模板.xlsx"));
    bool answered = false;
    whenModal([&](QWidget* dialog) {
        auto* edit = dialog->findChild<QLineEdit*>(QStringLiteral("templateFile"));
        QVERIFY(edit);
        QVERIFY(edit->text().endsWith(QStringLiteral(".xlsx")));
        edit->clear();
        type(edit, file);
        QCOMPARE(dialog->findChild<QSpinBox*>(QStringLiteral("templateYear"))->value(), 2025);
        QVERIFY(!dialog->findChild<QSpinBox*>(QStringLiteral("templateMonth"))->isEnabled()); // targets: no month
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("templateExport")), Qt::LeftButton);
        answered = true;
    });
    action->trigger();
    QVERIFY(answered);
    QVERIFY(QFile::exists(file));
    const WorkbookCells book = readWorkbook(file);
    QVERIFY(book.cells.contains(QStringLiteral("绩效目标")));
    QVERIFY(book.cells.contains(QStringLiteral("绩效指标")));
}

QString TestTemplateDialogs::exportMonitoring(MonitoringPage& page)
{
    const QString file = m_unit.dir->filePath(QStringLiteral("监控模板.xlsx"));
    whenModal([&](QWidget* dialog) {
        auto* edit = dialog->findChild<QLineEdit*>(QStringLiteral("templateFile"));
        edit->clear();
        type(edit, file);
        auto* month = dialog->findChild<QSpinBox*>(QStringLiteral("templateMonth"));
        QVERIFY(month->isEnabled());
        month->setValue(3);
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("templateExport")), Qt::LeftButton);
    });
    findAction(page, QStringLiteral("exportTemplate"))->trigger();
    return QFile::exists(file) ? file : QString();
}

void TestTemplateDialogs::importShowsProblems()
{
    MonitoringPage page;
    page.setWorkspace(m_unit.ws.get());
    page.setFiscalYear(2025);
    const QString path = exportMonitoring(page);
    QVERIFY(!path.isEmpty());
    const QString roadsId = m_unit.roads.meta.id.toString(QUuid::WithoutBraces);
    const QString executed = cellOf(path, TemplateKind::Monitoring, 3, QStringLiteral("预算执行"), F::SubjectId, roadsId, F::Executed);
    const QString budget = cellOf(path, TemplateKind::Monitoring, 3, QStringLiteral("预算执行"), F::SubjectId, roadsId, F::Budget);
    CellEdits edits;
    edits[QStringLiteral("预算执行")][executed] = QStringLiteral("五十万");
    edits[QStringLiteral("预算执行")][budget] = QVariant::fromValue(Formula { QStringLiteral("=600000*2") });
    const QString bad = m_unit.dir->filePath(QStringLiteral("bad.xlsx"));
    QVERIFY(rewriteWorkbook(path, bad, edits));
    const QString before = dumpDatabase(m_unit.ws->database());

    QStringList rows;
    QString summary;
    bool importEnabled = true;
    whenModal([&](QWidget* dialog) {
        auto* d = qobject_cast<TemplateImportDialog*>(dialog);
        QVERIFY(d);
        type(d->findChild<QLineEdit*>(QStringLiteral("importFile")), bad);
        QTest::mouseClick(d->findChild<QPushButton*>(QStringLiteral("importCheck")), Qt::LeftButton);
        auto* table = d->findChild<QTableWidget*>(QStringLiteral("importProblems"));
        QTRY_VERIFY_WITH_TIMEOUT(table->rowCount() > 0 || !d->result().ok(), 20000);
        QTRY_COMPARE_WITH_TIMEOUT(table->rowCount(), 2, 20000);
        for (int r = 0; r < table->rowCount(); ++r) {
            QStringList cells;
            for (int c = 0; c < 4; ++c)
                cells << table->item(r, c)->text();
            rows << cells.join(QLatin1Char('|'));
        }
        summary = d->findChild<QLabel*>(QStringLiteral("importSummary"))->text();
        // The picture of docs/screenshots (run by hand with JIXIAO_SCREENSHOT_DIR and JIXIAO_LANG=zh_CN).
        if (const QString dir = qEnvironmentVariable("JIXIAO_SCREENSHOT_DIR"); !dir.isEmpty())
            d->grab().save(QDir(dir).filePath(QStringLiteral("template-import-problems.png")));
        importEnabled = d->findChild<QPushButton*>(QStringLiteral("importRun"))->isEnabled();
        QTest::mouseClick(d->findChild<QPushButton*>(QStringLiteral("copyProblems")), Qt::LeftButton);
        press(d, QDialogButtonBox::Close);
    });
    findAction(page, QStringLiteral("importTemplate"))->trigger();
    QCOMPARE(rows.size(), 2);
    // In the sheet's order: the budget (a formula) comes before the executed amount (text).
    const int budgetRow = XlsxReader::parseReference(budget)->first;
    QVERIFY2(rows.at(0).startsWith(QStringLiteral("预算执行|%1|%2（年度预算数（元））|").arg(budgetRow).arg(budget.left(1))),
             qPrintable(rows.at(0)));
    QVERIFY(rows.at(0).contains(QStringLiteral("formula")));
    QVERIFY2(rows.at(1).contains(QStringLiteral("1—3月执行数（元）")), qPrintable(rows.at(1)));
    QVERIFY(rows.at(1).contains(QStringLiteral("a number is expected")));
    QVERIFY2(summary.contains(QStringLiteral("2 problem")), qPrintable(summary));
    QVERIFY(!importEnabled);
    const QString clip = QGuiApplication::clipboard()->text();
    QCOMPARE(clip.count(QLatin1Char('\n')), 2);
    QVERIFY(clip.contains(QStringLiteral("五十万")));
    QCOMPARE(dumpDatabase(m_unit.ws->database()), before);
}

void TestTemplateDialogs::importGoodWorkbook()
{
    MonitoringPage page;
    page.setWorkspace(m_unit.ws.get());
    page.setFiscalYear(2025);
    const QString path = exportMonitoring(page);
    QVERIFY(!path.isEmpty());
    const QString roadsId = m_unit.roads.meta.id.toString(QUuid::WithoutBraces);
    CellEdits edits;
    edits[QStringLiteral("预算执行")][cellOf(path, TemplateKind::Monitoring, 3, QStringLiteral("预算执行"), F::SubjectId, roadsId,
                                             F::Executed)] = 300000.5;
    const QString good = m_unit.dir->filePath(QStringLiteral("good.xlsx"));
    QVERIFY(rewriteWorkbook(path, good, edits));
    int changes = 0;
    connect(m_unit.ws.get(), &Workspace::changed, this, [&](const ChangeSet&) { ++changes; });

    QString checkedSummary;
    QString importedSummary;
    whenModal([&](QWidget* dialog) {
        auto* d = qobject_cast<TemplateImportDialog*>(dialog);
        QVERIFY(d);
        type(d->findChild<QLineEdit*>(QStringLiteral("importFile")), good);
        QTest::mouseClick(d->findChild<QPushButton*>(QStringLiteral("importCheck")), Qt::LeftButton);
        auto* run = d->findChild<QPushButton*>(QStringLiteral("importRun"));
        QTRY_VERIFY_WITH_TIMEOUT(run->isEnabled(), 20000);
        checkedSummary = d->findChild<QLabel*>(QStringLiteral("importSummary"))->text();
        QTest::mouseClick(run, Qt::LeftButton);
        importedSummary = d->findChild<QLabel*>(QStringLiteral("importSummary"))->text();
        press(d, QDialogButtonBox::Close);
    });
    findAction(page, QStringLiteral("importTemplate"))->trigger();
    QVERIFY2(checkedSummary.contains(QStringLiteral("1 record(s) to create")), qPrintable(checkedSummary));
    QVERIFY2(importedSummary.contains(QStringLiteral("imported")), qPrintable(importedSummary));
    QCOMPARE(changes, 1); // one transaction, announced once to the window's workspace
    const QList<MonitoringReport> reports = *MonitoringRepository(m_unit.ws->database()).ofSubject(m_unit.roads.meta.id, 2025);
    QCOMPARE(reports.size(), 1);
    QCOMPARE(reports.at(0).month, 3);
    QCOMPARE(reports.at(0).executed, Money::fromFen(30'000'050));
}

QTEST_MAIN(TestTemplateDialogs)
#include "TestTemplateDialogs.moc"
