// 结果运用 as a finance officer works it: the programs of the year with their binding grade; a
// program graded 差 cannot be kept (the core refuses, the dialog shows why and keeps what was
// typed) and is reduced instead; the decision is submitted, and approved by another officer.
#include "DialogAnswer.h"
#include "LoopFixture.h"

#include "core/i18n/Translations.h"
#include "core/storage/ResultApplicationRepository.h"
#include "ui/common/MessageBanner.h"
#include "ui/results/ResultsModel.h"
#include "ui/results/ResultsPage.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QToolBar>
#include <QToolButton>

using namespace jx;

class TestResultsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void modelPassesTester();
    void poorProgramIsReducedNotKept();
    void increaseOfAPoorProgramIsRefusedToo();
    void enterOpensTheProgram();
    void gradeFilter();

private:
    void selectCanals();
    QToolButton* button(const QString& name) { return m_bar->findChild<QToolButton*>(name); }

    test::LoopFixture m_f;
    std::unique_ptr<ResultsPage> m_page;
    std::unique_ptr<QToolBar> m_bar; ///< the page's actions, as the main window's toolbar holds them
    QTableView* m_table = nullptr;
};

void TestResultsPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    Translations::install(*QCoreApplication::instance());
}

void TestResultsPage::init()
{
    m_bar.reset();
    m_page.reset();
    m_f = test::LoopFixture();
    QVERIFY2(m_f.build(), qPrintable(m_f.error));
    // Finance grades the canals project 差 (as TestReviewPage does through its dialog).
    Result<void> graded = m_f.ws->approveEvaluation(m_f.canalsEvaluation, QStringLiteral("定为差"),
        EvaluationVerdict { Grade::Poor, QStringLiteral("佐证材料不实"), {} });
    QVERIFY2(graded.ok(), qPrintable(graded.message()));
    m_page = std::make_unique<ResultsPage>();
    m_page->setWorkspace(m_f.ws.get());
    m_page->setFiscalYear(2025);
    m_page->resize(1100, 500);
    m_page->show();
    m_bar = std::make_unique<QToolBar>();
    StagePage::insertToolBarActions(m_bar.get(), nullptr, m_page->stageActions());
    m_bar->show();
    // The page's window is the active one, as the main window is, so that its keys work.
    m_page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    m_table = m_page->findChild<QTableView*>(QStringLiteral("resultsTable"));
    QVERIFY(m_table);
}

void TestResultsPage::cleanup()
{
    m_bar.reset();
    m_page.reset();
}

void TestResultsPage::selectCanals()
{
    const int row = m_page->model()->rowOf(m_f.canals.meta.id);
    QVERIFY(row >= 0);
    test::clickRow(m_table, row);
    QCOMPARE(m_table->currentIndex().row(), row);
}

void TestResultsPage::modelPassesTester()
{
    ResultsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setWorkspace(m_f.ws.get());
    QCOMPARE(model.rowCount(), 0); // no year yet
    model.setFiscalYear(2025);
    QCOMPARE(model.rowCount(), 2);
    const int canals = model.rowOf(m_f.canals.meta.id);
    QCOMPARE(model.rowAt(canals).grade, std::optional<Grade>(Grade::Poor));
    QVERIFY(model.data(model.index(canals, ResultsModel::GradeColumn)).toString().contains(Names::of(Grade::Poor)));
    QCOMPARE(model.rowAt(model.rowOf(m_f.roads.meta.id)).grade, std::optional<Grade>());
    model.setUnit(MoneyUnit::Yuan);
    QCOMPARE(model.data(model.index(canals, ResultsModel::AmountColumn)).toString(), QStringLiteral("1,200,000.00"));
    model.setFiscalYear(2024);
    QCOMPARE(model.rowCount(), 0);
}

void TestResultsPage::poorProgramIsReducedNotKept()
{
    selectCanals();
    QToolButton* decide = button(QStringLiteral("decideActionButton"));
    QVERIFY(decide && decide->isEnabled());
    QVERIFY(!button(QStringLiteral("submitDecisionActionButton"))->isEnabled());
    QString refusal, kept;
    bool stayedOpen = false;
    test::whenModal([&](QWidget* dialog) {
        QCOMPARE(dialog->objectName(), QStringLiteral("decisionDialog"));
        auto* kind = dialog->findChild<QComboBox*>(QStringLiteral("decisionCombo"));
        kind->setCurrentIndex(kind->findData(static_cast<int>(ApplicationDecision::Keep)));
        auto* reason = dialog->findChild<QPlainTextEdit*>(QStringLiteral("reasonEdit"));
        test::type(reason, QStringLiteral("维持原预算规模"));
        test::press(dialog, QDialogButtonBox::Ok);
        // Refused by the core, shown in the dialog; nothing typed is lost.
        refusal = dialog->findChild<QLabel*>(QStringLiteral("dialogError"))->text();
        stayedOpen = QApplication::activeModalWidget() == dialog;
        kept = reason->toPlainText();
        kind->setCurrentIndex(kind->findData(static_cast<int>(ApplicationDecision::Reduce)));
        auto* unit = dialog->findChild<QComboBox*>(QStringLiteral("unitCombo"));
        unit->setCurrentIndex(unit->findData(static_cast<int>(MoneyUnit::TenThousandYuan)));
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("amountEdit")), QStringLiteral("20"));
        reason->selectAll();
        test::type(reason, QStringLiteral("评价等级为差，消减20万元"));
        test::press(dialog, QDialogButtonBox::Ok);
    });
    QTest::mouseClick(decide, Qt::LeftButton);
    QVERIFY2(refusal.contains(QStringLiteral("差")), qPrintable(refusal));
    QVERIFY(stayedOpen);
    QCOMPARE(kept, QStringLiteral("维持原预算规模"));
    const QList<ResultApplication> saved = *ResultApplicationRepository(m_f.ws->database()).ofSubject(m_f.canals.meta.id);
    QCOMPARE(saved.size(), 1);
    QCOMPARE(saved.first().decision, ApplicationDecision::Reduce);
    QCOMPARE(saved.first().amountChange, Money::fromYuan(-200'000));
    QCOMPARE(saved.first().nextYear, 2026);
    QCOMPARE(saved.first().reason, QStringLiteral("评价等级为差，消减20万元"));
    const int row = m_page->model()->rowOf(m_f.canals.meta.id);
    QCOMPARE(m_page->model()->data(m_page->model()->index(row, ResultsModel::DecisionColumn)).toString(),
        Names::of(ApplicationDecision::Reduce));

    // Submitted by the officer who decided; approved by another, never by the same person.
    QToolButton* submit = button(QStringLiteral("submitDecisionActionButton"));
    QVERIFY(submit->isEnabled());
    QTest::mouseClick(submit, Qt::LeftButton);
    QCOMPARE((*ResultApplicationRepository(m_f.ws->database()).find(saved.first().meta.id))->status,
        RecordStatus::Submitted);
    QToolButton* approve = button(QStringLiteral("approveDecisionActionButton"));
    QVERIFY(!approve->isEnabled());
    QVERIFY2(approve->toolTip().contains(QLatin1String("cannot also approve it")), qPrintable(approve->toolTip()));
    QVERIFY(m_f.ws->setActor(m_f.colleague).ok()); // 陈静 takes the chair
    m_page->refresh();
    selectCanals();
    QVERIFY(approve->isEnabled());
    QTest::mouseClick(approve, Qt::LeftButton);
    QCOMPARE((*ResultApplicationRepository(m_f.ws->database()).find(saved.first().meta.id))->status,
        RecordStatus::Approved);
    auto* banner = m_page->findChild<MessageBanner*>(QStringLiteral("messageBanner"));
    QVERIFY2(banner->text().contains(m_f.canals.name), qPrintable(banner->text()));
}

void TestResultsPage::increaseOfAPoorProgramIsRefusedToo()
{
    selectCanals();
    QString refusal;
    test::whenModal([&](QWidget* dialog) {
        auto* kind = dialog->findChild<QComboBox*>(QStringLiteral("decisionCombo"));
        kind->setCurrentIndex(kind->findData(static_cast<int>(ApplicationDecision::Increase)));
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("amountEdit")), QStringLiteral("5"));
        test::press(dialog, QDialogButtonBox::Ok);
        refusal = dialog->findChild<QLabel*>(QStringLiteral("dialogError"))->text();
        test::press(dialog, QDialogButtonBox::Cancel);
    });
    QTest::mouseClick(button(QStringLiteral("decideActionButton")), Qt::LeftButton);
    QVERIFY2(refusal.contains(QStringLiteral("差")), qPrintable(refusal));
    QVERIFY(ResultApplicationRepository(m_f.ws->database()).ofSubject(m_f.canals.meta.id)->isEmpty());
}

void TestResultsPage::enterOpensTheProgram()
{
    QSignalSpy opened(m_page.get(), &StagePage::openSubjectRequested);
    selectCanals();
    QTest::keyClick(m_table, Qt::Key_Return);
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.first().first().toUuid(), m_f.canals.meta.id);
}

void TestResultsPage::gradeFilter()
{
    QCOMPARE(m_page->model()->rowCount(), 2);
    auto* grade = m_page->findChild<QComboBox*>(QStringLiteral("gradeFilter"));
    grade->setCurrentIndex(grade->findData(static_cast<int>(Grade::Poor)));
    QCOMPARE(m_page->model()->rowCount(), 1);
    QCOMPARE(m_page->model()->rowAt(0).programId, m_f.canals.meta.id);
    grade->setCurrentIndex(grade->findData(static_cast<int>(Grade::Excellent)));
    QCOMPARE(m_page->model()->rowCount(), 0);
    // The dashboard's link to the programs graded 差 presets it.
    ListRequest request;
    request.stage = Stage::Results;
    request.grade = Grade::Poor;
    m_page->showList(request);
    QCOMPARE(grade->currentData().toInt(), static_cast<int>(Grade::Poor));
    QCOMPARE(m_page->model()->rowCount(), 1);
    ListRequest all;
    all.stage = Stage::Results;
    m_page->showList(all);
    QCOMPARE(m_page->model()->rowCount(), 2);
}

QTEST_MAIN(TestResultsPage)
#include "TestResultsPage.moc"
