// 财政审核 as a finance officer works it: the queue of what the unit submitted, returning with a
// comment, approving (also by keyboard), approving a selection at once, grading a self-evaluation
// 差 with its reason, giving and lifting an order, the filters, and Enter opening the subject.
#include "DialogAnswer.h"
#include "LoopFixture.h"

#include "core/domain/FinanceOrder.h"
#include "core/i18n/Translations.h"
#include "core/storage/FinanceOrderRepository.h"
#include "core/storage/ReviewRepository.h"
#include "core/workflow/EvaluationService.h"
#include "core/workflow/RecordLookup.h"
#include "ui/common/MessageBanner.h"
#include "ui/review/ReviewPage.h"
#include "ui/review/ReviewQueueModel.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QToolBar>
#include <QToolButton>

using namespace jx;

class TestReviewPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void modelPassesTester();
    void returnsTargetsWithComment();
    void approvesByKeyboard();
    void bulkApprovesWithConfirmation();
    void gradesSelfEvaluationPoor();
    void givesAndLiftsAnOrder();
    void filters();
    void enterOpensTheSubject();

private:
    int rowOf(RecordKind kind, const QUuid& recordId = {}) const;
    void select(RecordKind kind, const QUuid& recordId = {});
    RecordStatus statusOf(RecordKind kind, const QUuid& id);
    QToolButton* button(const QString& name);

    test::LoopFixture m_f;
    std::unique_ptr<ReviewPage> m_page;
    std::unique_ptr<QToolBar> m_bar; ///< the page's actions, as the main window's toolbar holds them
    QTableView* m_table = nullptr;
};

void TestReviewPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    Translations::install(*QCoreApplication::instance());
}

void TestReviewPage::init()
{
    m_bar.reset();
    m_page.reset();
    m_f = test::LoopFixture();
    QVERIFY2(m_f.build(), qPrintable(m_f.error));
    m_page = std::make_unique<ReviewPage>();
    m_page->setToday(QDate(2025, 3, 1));
    m_page->setWorkspace(m_f.ws.get());
    m_page->resize(1200, 600);
    m_page->show();
    m_bar = std::make_unique<QToolBar>();
    StagePage::insertToolBarActions(m_bar.get(), nullptr, m_page->stageActions());
    m_bar->show();
    // The page's window is the active one, as the main window is, so that its keys work.
    m_page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    m_table = m_page->findChild<QTableView*>(QStringLiteral("reviewTable"));
    QVERIFY(m_table);
}

void TestReviewPage::cleanup()
{
    m_bar.reset();
    m_page.reset();
}

int TestReviewPage::rowOf(RecordKind kind, const QUuid& recordId) const
{
    ReviewQueueModel* model = m_page->model();
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->rowAt(r).kind == kind && (recordId.isNull() || model->rowAt(r).recordId == recordId))
            return r;
    }
    return -1;
}

void TestReviewPage::select(RecordKind kind, const QUuid& recordId)
{
    const int row = rowOf(kind, recordId);
    QVERIFY(row >= 0);
    test::clickRow(m_table, row);
    QCOMPARE(m_table->currentIndex().row(), row);
}

RecordStatus TestReviewPage::statusOf(RecordKind kind, const QUuid& id)
{
    return RecordLookup(m_f.ws->database()).record(kind, id)->status.value();
}

QToolButton* TestReviewPage::button(const QString& name)
{
    return m_bar->findChild<QToolButton*>(name);
}

void TestReviewPage::modelPassesTester()
{
    ReviewQueueModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setToday(QDate(2025, 3, 1));
    model.setWorkspace(m_f.ws.get());
    QCOMPARE(model.rowCount(), 5);
    ReviewQueueFilter f;
    f.kind = RecordKind::MonitoringReport;
    model.setFilter(f);
    QCOMPARE(model.rowCount(), 3);
    QVERIFY(m_f.ws->approve(RecordKind::MonitoringReport, m_f.canalsReports.first()).ok());
    QCOMPARE(model.rowCount(), 2); // followed the change
    model.setWorkspace(nullptr);
    QCOMPARE(model.rowCount(), 0);
}

void TestReviewPage::returnsTargetsWithComment()
{
    QCOMPARE(m_page->model()->rowCount(), 5);
    select(RecordKind::TargetSet, m_f.roadsTargets);
    QToolButton* ret = button(QStringLiteral("returnActionButton"));
    QVERIFY(ret && ret->isEnabled());
    bool refusedEmpty = false;
    bool stayedOpen = false;
    test::whenModal([&](QWidget* dialog) {
        QCOMPARE(dialog->objectName(), QStringLiteral("returnDialog"));
        // OK with no comment: refused in the dialog, which stays open.
        test::press(dialog, QDialogButtonBox::Ok);
        auto* error = dialog->findChild<QLabel*>(QStringLiteral("dialogError"));
        refusedEmpty = error && !error->isHidden() && !error->text().isEmpty();
        stayedOpen = QApplication::activeModalWidget() == dialog;
        auto* comment = dialog->findChild<QPlainTextEdit*>(QStringLiteral("reasonEdit"));
        test::type(comment, QStringLiteral("满意度指标缺少目标值，请补充"));
        test::press(dialog, QDialogButtonBox::Ok);
    });
    QTest::mouseClick(ret, Qt::LeftButton);
    QVERIFY(refusedEmpty);
    QVERIFY(stayedOpen);
    QCOMPARE(statusOf(RecordKind::TargetSet, m_f.roadsTargets), RecordStatus::Returned);
    const QList<Review> reviews = *ReviewRepository(m_f.ws->database()).ofRecord(RecordKind::TargetSet, m_f.roadsTargets);
    QCOMPARE(reviews.size(), 1);
    QCOMPARE(reviews.first().decision, ReviewDecision::Return);
    QCOMPARE(reviews.first().comments, QStringLiteral("满意度指标缺少目标值，请补充"));
    QCOMPARE(reviews.first().reviewer, QStringLiteral("张伟"));
    // It left the queue, and the page said so.
    QCOMPARE(rowOf(RecordKind::TargetSet, m_f.roadsTargets), -1);
    auto* banner = m_page->findChild<MessageBanner*>(QStringLiteral("messageBanner"));
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(m_f.roads.name), qPrintable(banner->text()));
}

void TestReviewPage::approvesByKeyboard()
{
    select(RecordKind::TargetSet, m_f.roadsTargets);
    QVERIFY(button(QStringLiteral("approveActionButton"))->isEnabled());
    QTest::keyClick(m_table, Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(statusOf(RecordKind::TargetSet, m_f.roadsTargets), RecordStatus::Approved);
    QCOMPARE(m_page->model()->rowCount(), 4);
}

void TestReviewPage::bulkApprovesWithConfirmation()
{
    auto* kind = m_page->findChild<QComboBox*>(QStringLiteral("kindFilter"));
    kind->setCurrentIndex(kind->findData(static_cast<int>(RecordKind::MonitoringReport)));
    QCOMPARE(m_page->model()->rowCount(), 3);
    QToolButton* bulk = button(QStringLiteral("bulkApproveActionButton"));
    QVERIFY(bulk->isEnabled());
    // Cancelled: nothing approved.
    test::whenModal([](QWidget* box) {
        QCOMPARE(box->objectName(), QStringLiteral("bulkApproveConfirmation"));
        QTest::mouseClick(qobject_cast<QMessageBox*>(box)->button(QMessageBox::Cancel), Qt::LeftButton);
    });
    QTest::mouseClick(bulk, Qt::LeftButton);
    for (const QUuid& id : std::as_const(m_f.canalsReports))
        QCOMPARE(statusOf(RecordKind::MonitoringReport, id), RecordStatus::Submitted);
    // Confirmed: the three at once.
    test::whenModal([](QWidget* box) {
        QTest::mouseClick(qobject_cast<QMessageBox*>(box)->button(QMessageBox::Yes), Qt::LeftButton);
    });
    QTest::mouseClick(bulk, Qt::LeftButton);
    for (const QUuid& id : std::as_const(m_f.canalsReports))
        QCOMPARE(statusOf(RecordKind::MonitoringReport, id), RecordStatus::Approved);
    QCOMPARE(m_page->model()->rowCount(), 0);
    auto* banner = m_page->findChild<MessageBanner*>(QStringLiteral("messageBanner"));
    QVERIFY2(banner->text().contains(QLatin1String("3")), qPrintable(banner->text()));
}

void TestReviewPage::gradesSelfEvaluationPoor()
{
    select(RecordKind::SelfEvaluation, m_f.canalsEvaluation);
    QToolButton* grade = button(QStringLiteral("gradeActionButton"));
    QVERIFY(grade->isEnabled());
    QString summary, refusal;
    bool stayedOpen = false;
    test::whenModal([&](QWidget* dialog) {
        QCOMPARE(dialog->objectName(), QStringLiteral("gradeDialog"));
        summary = dialog->findChild<QLabel*>(QStringLiteral("gradeSummary"))->text();
        auto* combo = dialog->findChild<QComboBox*>(QStringLiteral("gradeCombo"));
        combo->setCurrentIndex(combo->findData(static_cast<int>(Grade::Poor)));
        // A grade other than the computed one needs a reason: the core refuses, the dialog stays.
        test::press(dialog, QDialogButtonBox::Ok);
        refusal = dialog->findChild<QLabel*>(QStringLiteral("dialogError"))->text();
        stayedOpen = QApplication::activeModalWidget() == dialog;
        test::type(dialog->findChild<QLineEdit*>(QStringLiteral("gradeReasonEdit")),
            QStringLiteral("佐证材料不实，实地核查完成量不足六成"));
        test::press(dialog, QDialogButtonBox::Ok);
    });
    QTest::mouseClick(grade, Qt::LeftButton);
    QVERIFY2(summary.contains(QLatin1String("92.91")), qPrintable(summary));
    QVERIFY2(refusal.contains(QLatin1String("needs a reason")), qPrintable(refusal));
    QVERIFY(stayedOpen);
    QCOMPARE(statusOf(RecordKind::SelfEvaluation, m_f.canalsEvaluation), RecordStatus::Approved);
    const QList<Review> reviews
        = *ReviewRepository(m_f.ws->database()).ofRecord(RecordKind::SelfEvaluation, m_f.canalsEvaluation);
    QCOMPARE(reviews.last().grade, std::optional<Grade>(Grade::Poor));
    QCOMPARE(reviews.last().gradeReason, QStringLiteral("佐证材料不实，实地核查完成量不足六成"));
    QCOMPARE(*EvaluationService(m_f.ws->database()).bindingGrade(m_f.canals.meta.id, 2025),
        std::optional<Grade>(Grade::Poor));
}

void TestReviewPage::givesAndLiftsAnOrder()
{
    select(RecordKind::MonitoringReport, m_f.canalsReports.first());
    QVERIFY(!button(QStringLiteral("liftActionButton"))->isEnabled());
    test::whenModal([](QWidget* dialog) {
        QCOMPARE(dialog->objectName(), QStringLiteral("orderDialog"));
        auto* kind = dialog->findChild<QComboBox*>(QStringLiteral("orderKindCombo"));
        kind->setCurrentIndex(kind->findData(static_cast<int>(OrderKind::Suspend)));
        test::type(dialog->findChild<QPlainTextEdit*>(QStringLiteral("reasonEdit")), QStringLiteral("执行进度严重滞后"));
        test::press(dialog, QDialogButtonBox::Ok);
    });
    QTest::mouseClick(button(QStringLiteral("orderActionButton")), Qt::LeftButton);
    QCOMPARE(*FinanceOrderRepository(m_f.ws->database()).inForce(m_f.canals.meta.id),
        std::optional<OrderKind>(OrderKind::Suspend));
    const QList<FinanceOrder> orders = *FinanceOrderRepository(m_f.ws->database()).ofSubject(m_f.canals.meta.id);
    QCOMPARE(orders.size(), 1);
    QCOMPARE(orders.first().reportId, m_f.canalsReports.first());
    select(RecordKind::MonitoringReport, m_f.canalsReports.first());
    QToolButton* lift = button(QStringLiteral("liftActionButton"));
    QVERIFY(lift->isEnabled());
    test::whenModal([](QWidget* dialog) {
        test::type(dialog->findChild<QPlainTextEdit*>(QStringLiteral("reasonEdit")), QStringLiteral("已整改到位"));
        test::press(dialog, QDialogButtonBox::Ok);
    });
    QTest::mouseClick(lift, Qt::LeftButton);
    QCOMPARE(*FinanceOrderRepository(m_f.ws->database()).inForce(m_f.canals.meta.id), std::optional<OrderKind>());
}

void TestReviewPage::filters()
{
    auto* overdue = m_page->findChild<QCheckBox*>(QStringLiteral("overdueFilter"));
    QTest::mouseClick(overdue, Qt::LeftButton);
    // On 1 March 2025 only January's monitoring (due 10 February) is overdue.
    QCOMPARE(m_page->model()->rowCount(), 1);
    QCOMPARE(m_page->model()->rowAt(0).month, 1);
    QTest::mouseClick(overdue, Qt::LeftButton);
    QCOMPARE(m_page->model()->rowCount(), 5);
    auto* unit = m_page->findChild<QComboBox*>(QStringLiteral("unitFilter"));
    const int unitIndex = unit->findData(m_f.unit.meta.id);
    QVERIFY(unitIndex > 0);
    unit->setCurrentIndex(unitIndex);
    QCOMPARE(m_page->model()->rowCount(), 5);
    auto* kind = m_page->findChild<QComboBox*>(QStringLiteral("kindFilter"));
    kind->setCurrentIndex(kind->findData(static_cast<int>(RecordKind::SelfEvaluation)));
    QCOMPARE(m_page->model()->rowCount(), 1);
    // A list request from the dashboard presets the filters.
    ListRequest request;
    request.stage = Stage::Review;
    request.recordKind = RecordKind::MonitoringReport;
    request.overdue = true;
    m_page->showList(request);
    QCOMPARE(m_page->model()->rowCount(), 1);
    QVERIFY(overdue->isChecked());
}

void TestReviewPage::enterOpensTheSubject()
{
    QSignalSpy opened(m_page.get(), &StagePage::openSubjectRequested);
    select(RecordKind::SelfEvaluation, m_f.canalsEvaluation);
    QTest::keyClick(m_table, Qt::Key_Return);
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.first().first().toUuid(), m_f.canals.meta.id);
}

QTEST_MAIN(TestReviewPage)
#include "TestReviewPage.moc"
