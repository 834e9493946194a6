// The whole loop of issue 9 through ONE main window, as its users would work it: a preparer
// registers a program on 绩效目标 and fills its targets, finance returns them with a comment on
// 财政审核, the preparer corrects and resubmits, finance approves; the preparer reports a month's
// monitoring and writes the self-evaluation (the score follows what is typed), finance grades it
// 差 with a reason, and on 结果运用 the decision dialog refuses to keep the program and takes a
// reduction. Everything is done on widgets found by object name, dialogs answered when they are
// up; the core is only read, to check what each step left in the database.
//
// Who acts: the window switches person through MainWindow::setActor (the seam File > Who acts…
// and a future login use). A finance bureau's database lets only the bureau's own people act
// (a unit's preparer is refused, TestMainWindow::actorMustFitTheAgency), and the unit's work
// reaches finance by exchange package, which is not built yet. So the preparer here is the
// bureau's own officer preparing the bureau's own program; the reviewer is another officer.

#include "DialogAnswer.h"
#include "EditorDriving.h"
#include "TestSupport.h"

#include "core/i18n/Translations.h"
#include "core/storage/AgencyRepository.h"
#include "core/storage/EvaluationRepository.h"
#include "core/storage/MonitoringRepository.h"
#include "core/storage/ResultApplicationRepository.h"
#include "core/storage/ReviewRepository.h"
#include "core/storage/SubjectRepository.h"
#include "core/storage/TargetSetRepository.h"
#include "core/workflow/EvaluationService.h"
#include "core/workspace/Workspace.h"
#include "ui/common/Settings.h"
#include "ui/editors/EditorGrid.h"
#include "ui/editors/EvaluationEditor.h"
#include "ui/editors/MonitoringEditor.h"
#include "ui/editors/ProgramEditor.h"
#include "ui/editors/RecordEditor.h"
#include "ui/editors/TargetsEditor.h"
#include "ui/lists/SubjectListModel.h"
#include "ui/lists/SubjectListPage.h"
#include "ui/lists/SubjectListView.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/record/SubjectView.h"
#include "ui/results/ResultsModel.h"
#include "ui/results/ResultsPage.h"
#include "ui/review/ReviewPage.h"
#include "ui/review/ReviewQueueModel.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QDebug>
#include <QToolBar>
#include <QToolButton>

using namespace jx;
using namespace jx::test;

namespace {


} // namespace

class TestGuiLoop : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void wholeLoop();

private:
    // What a user does in the window.
    void goToStage(Stage stage);
    void clickToolbar(const QString& actionName);
    void actAs(const Actor& actor);
    void selectSubject(Stage stage, const QUuid& subjectId);
    void selectInQueue(RecordKind kind, const QUuid& recordId);
    QWidget* recordWidget() const { return m_window->recordWidget(); }
    template <typename T> T* editorShown(const char* className);

    // What the database says (read through the core).
    std::optional<RecordStatus> targetStatus();
    QList<Review> reviewsOf(RecordKind kind, const QUuid& id);

    // Steps of the loop.
    void registerProgram();
    void fillAndSubmitTargets();
    void financeReturnsTargets();
    void clerkCorrectsAndResubmits();
    void financeApprovesTargets();
    void clerkReportsMonitoring();
    void clerkEvaluatesAndSubmits();
    void financeGradesPoor();
    void resultsRefuseKeepTakeReduce();

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<MainWindow> m_window;
    Actor m_clerk;
    Actor m_reviewer;
    QUuid m_program;
    QUuid m_targets;
    QUuid m_evaluation;
    int m_year = 0;
};

void TestGuiLoop::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    Translations::install(*QCoreApplication::instance());
}

void TestGuiLoop::cleanupTestCase()
{
    m_window.reset();
    // Journals of this run's editors are not left for the next run.
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/drafts")).removeRecursively();
}

void TestGuiLoop::goToStage(Stage stage)
{
    // A click on the stage in the side bar.
    auto* navigation = m_window->findChild<QListWidget*>(QStringLiteral("stageNavigation"));
    QVERIFY(navigation);
    QListWidgetItem* item = navigation->item(static_cast<int>(stage));
    QVERIFY(item);
    navigation->scrollToItem(item);
    QTest::mouseClick(navigation->viewport(), Qt::LeftButton, {}, navigation->visualItemRect(item).center());
    QCOMPARE(m_window->currentStage(), stage);
    QVERIFY(!m_window->recordAreaShown());
}

void TestGuiLoop::clickToolbar(const QString& actionName)
{
    auto* toolBar = m_window->findChild<QToolBar*>(QStringLiteral("mainToolBar"));
    QVERIFY(toolBar);
    QAction* action = nullptr;
    for (QAction* a : toolBar->actions()) {
        if (a->objectName() == actionName)
            action = a;
    }
    QVERIFY2(action, qPrintable(QStringLiteral("%1 is not in the toolbar").arg(actionName)));
    QVERIFY2(action->isEnabled(), qPrintable(QStringLiteral("%1 is disabled: %2").arg(actionName, action->toolTip())));
    QWidget* button = toolBar->widgetForAction(action);
    QTRY_VERIFY_WITH_TIMEOUT(button && button->isVisible(), 2000); // laid out on the next turn of the event loop
    QVERIFY2(button && button->isVisible(), qPrintable(QStringLiteral("%1 has no visible button (%2)")
                                                          .arg(actionName, QString::fromLatin1(button ? button->metaObject()->className() : "none"))));
    QTest::mouseClick(button, Qt::LeftButton);
}

void TestGuiLoop::actAs(const Actor& actor)
{
    QVERIFY(m_window->setActor(actor));
    // After a dialog the window is active again, as the person's next click makes it.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    auto* status = m_window->findChild<QLabel*>(QStringLiteral("statusActor"));
    QVERIFY2(status->text().contains(actor.name), qPrintable(status->text()));
}

void TestGuiLoop::selectSubject(Stage stage, const QUuid& subjectId)
{
    goToStage(stage);
    if (QTest::currentTestFailed())
        return;
    auto* page = qobject_cast<SubjectListPage*>(m_window->page(stage));
    QVERIFY(page);
    SubjectListModel* model = page->listView()->model();
    QTableView* table = page->listView()->table();
    QCOMPARE(table->objectName(), QStringLiteral("subjectTable"));
    int row = -1;
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->subjectId(r) == subjectId)
            row = r;
    }
    QVERIFY2(row >= 0, "the program is not in the list");
    test::clickRow(table, row);
    QCOMPARE(page->listView()->currentSubjectId(), subjectId);
}

void TestGuiLoop::selectInQueue(RecordKind kind, const QUuid& recordId)
{
    auto* page = qobject_cast<ReviewPage*>(m_window->page(Stage::Review));
    QVERIFY(page);
    auto* table = page->findChild<QTableView*>(QStringLiteral("reviewTable"));
    QVERIFY(table);
    int row = -1;
    for (int r = 0; r < page->model()->rowCount(); ++r) {
        if (page->model()->rowAt(r).kind == kind && page->model()->rowAt(r).recordId == recordId)
            row = r;
    }
    QVERIFY2(row >= 0, "not in the review queue");
    test::clickRow(table, row);
    QCOMPARE(table->currentIndex().row(), row);
}

template <typename T> T* TestGuiLoop::editorShown(const char* className)
{
    // The editor is in the record area of the window, not a window of its own.
    if (!m_window->recordAreaShown())
        return nullptr;
    // Shown by the layout on the next turn of the event loop, as a user would see it.
    if (!QTest::qWaitFor([this] { return recordWidget() && recordWidget()->isVisible(); }, 2000))
        return nullptr;
    auto* editor = qobject_cast<T*>(recordWidget());
    if (!editor)
        qWarning("expected a %s in the record area, found %s", className,
                 recordWidget() ? recordWidget()->metaObject()->className() : "nothing");
    return editor;
}

std::optional<RecordStatus> TestGuiLoop::targetStatus()
{
    Result<std::optional<TargetSet>> set = TargetSetRepository(*m_window->database()).ofSubject(m_program, m_year);
    if (!set || !set->has_value())
        return std::nullopt;
    m_targets = (*set)->meta.id;
    return (*set)->status;
}

QList<Review> TestGuiLoop::reviewsOf(RecordKind kind, const QUuid& id)
{
    Result<QList<Review>> reviews = ReviewRepository(*m_window->database()).ofRecord(kind, id);
    return reviews ? *reviews : QList<Review>();
}

void TestGuiLoop::wholeLoop()
{
    QElapsedTimer clock;
    clock.start();
    // The starting database: a county finance bureau with one budget unit under it and its people.
    m_path = m_dir.filePath(QStringLiteral("finance.jixiao"));
    {
        InstallationRequest request;
        request.divisionCode = QStringLiteral("653101");
        request.agencyName = QStringLiteral("喀什市财政局");
        request.agencyKind = AgencyKind::FinanceBureau;
        Result<std::unique_ptr<Workspace>> created = Workspace::create(m_path, request);
        QVERIFY2(created, qPrintable(created.message()));
        Workspace& ws = **created;
        Agency unit;
        unit.name = QStringLiteral("喀什市交通运输局");
        unit.kind = AgencyKind::BudgetUnit;
        unit.divisionCode = QStringLiteral("653101");
        QVERIFY(AgencyRepository(ws.database()).save(unit).ok());
        m_clerk = { QStringLiteral("王芳"), Role::FinanceAdministrator, ws.self().meta.id };
        m_reviewer = { QStringLiteral("张伟"), Role::FinanceReviewer, ws.self().meta.id };
        QVERIFY(ws.addPerson(m_clerk).ok());
        QVERIFY(ws.addPerson(m_reviewer).ok());
    }
    // The preparer was the last to act on this database: the window opens with her, asking nobody.
    Settings::setLastActor(QFileInfo(m_path).absoluteFilePath(), m_clerk.name, static_cast<int>(m_clerk.role));
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->openDatabase(m_path));
    QCOMPARE(m_window->workspace()->actor().name, m_clerk.name);
    m_year = m_window->fiscalYear();
    QVERIFY(m_year > 0);

    registerProgram();
    if (QTest::currentTestFailed())
        return;
    fillAndSubmitTargets();
    if (QTest::currentTestFailed())
        return;
    financeReturnsTargets();
    if (QTest::currentTestFailed())
        return;
    clerkCorrectsAndResubmits();
    if (QTest::currentTestFailed())
        return;
    financeApprovesTargets();
    if (QTest::currentTestFailed())
        return;
    clerkReportsMonitoring();
    if (QTest::currentTestFailed())
        return;
    clerkEvaluatesAndSubmits();
    if (QTest::currentTestFailed())
        return;
    financeGradesPoor();
    if (QTest::currentTestFailed())
        return;
    resultsRefuseKeepTakeReduce();
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(test::scalar(*m_window->database(), QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    QVERIFY2(clock.elapsed() < 40'000, qPrintable(QStringLiteral("the loop took %1 ms").arg(clock.elapsed())));
}

void TestGuiLoop::registerProgram()
{
    // 1. 绩效目标 → 新建项目: the program editor opens in the record area.
    goToStage(Stage::Targets);
    if (QTest::currentTestFailed())
        return;
    clickToolbar(QStringLiteral("newProgram"));
    if (QTest::currentTestFailed())
        return;
    auto* editor = editorShown<ProgramEditor>("ProgramEditor");
    QVERIFY(editor);
    auto* name = child<QLineEdit>(editor, "programName");
    QVERIFY(name);
    test::type(name, QStringLiteral("农村公路养护项目"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), child<QWidget>(editor, "programCode"));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("CZ-001"));
    auto* amount = child<QLineEdit>(editor, "amount");
    amount->setFocus();
    QTest::keyClicks(amount, QStringLiteral("1,200,000"));
    QSignalSpy saved(editor, &RecordEditor::saved);
    QTest::keyClick(amount, Qt::Key_S, Qt::ControlModifier);
    QVERIFY2(saved.size() == 1, qPrintable(problemsOf(editor)));
    m_program = saved.first().first().toUuid();
    Result<std::optional<Subject>> program = SubjectRepository(*m_window->database()).find(m_program);
    QVERIFY(program && program->has_value());
    QCOMPARE((*program)->name, QStringLiteral("农村公路养护项目"));
    QCOMPARE((*program)->code, QStringLiteral("CZ-001"));
    QCOMPARE((*program)->amount, Money::fromYuan(1'200'000));
    QCOMPARE((*program)->fiscalYear, m_year);
    // Back to the page, where the new program is listed.
    QTest::mouseClick(m_window->findChild<QPushButton*>(QStringLiteral("recordBack")), Qt::LeftButton);
    QCOMPARE(m_window->currentStage(), Stage::Targets);
    QVERIFY(!m_window->recordAreaShown());
}

void TestGuiLoop::fillAndSubmitTargets()
{
    // Chosen in the list, 编辑绩效目标 in the toolbar: the targets editor.
    selectSubject(Stage::Targets, m_program);
    if (QTest::currentTestFailed())
        return;
    clickToolbar(QStringLiteral("editTargets"));
    if (QTest::currentTestFailed())
        return;
    auto* editor = editorShown<TargetsEditor>("TargetsEditor");
    QVERIFY(editor);
    QVERIFY(!editor->isReadOnly());
    test::type(child<QPlainTextEdit>(editor, "objectiveAnnual"),
               QStringLiteral("完成农村公路养护120公里，群众出行条件明显改善。"));
    auto* grid = child<EditorGrid>(editor, "indicatorGrid");
    QVERIFY(grid);
    // The indicators pasted from the clerk's Excel sheet, one cell typed by hand.
    QApplication::clipboard()->setText(targetsTsv(QStringLiteral("80")));
    grid->setFocus();
    grid->setCurrentCell(0, TargetsEditor::LevelTwoColumn);
    QTest::keyClick(grid, Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(grid->rowCount(), 7);
    typeCell(grid, 0, TargetsEditor::UnitColumn, QStringLiteral("km"));
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(child<QLabel>(editor, "weightTotals")->text().contains(QStringLiteral("50 / 50")),
             qPrintable(child<QLabel>(editor, "weightTotals")->text()));
    // Ctrl+Enter submits.
    QTest::keyClick(grid, Qt::Key_Return, Qt::ControlModifier);
    QVERIFY2(editor->isReadOnly(), qPrintable(problemsOf(editor)));
    QCOMPARE(targetStatus(), std::optional<RecordStatus>(RecordStatus::Submitted));
    Result<std::optional<TargetSet>> set = TargetSetRepository(*m_window->database()).find(m_targets);
    QCOMPARE((*set)->indicators.size(), 7);
    QCOMPARE((*set)->indicators.at(0).unit, QStringLiteral("km"));
    QCOMPARE((*set)->indicators.at(6).targetValue, std::optional<double>(80));
}

void TestGuiLoop::financeReturnsTargets()
{
    // 2. The finance officer takes the chair and finds the targets in 财政审核.
    actAs(m_reviewer);
    if (QTest::currentTestFailed())
        return;
    goToStage(Stage::Review);
    if (QTest::currentTestFailed())
        return;
    selectInQueue(RecordKind::TargetSet, m_targets);
    if (QTest::currentTestFailed())
        return;
    auto* page = m_window->page(Stage::Review);
    QToolButton* ret = m_window->findChild<QToolButton*>(QStringLiteral("returnActionButton"));
    QVERIFY(ret && ret->isEnabled());
    QString dialogName;
    test::whenModal([&](QWidget* dialog) {
        dialogName = dialog->objectName();
        test::type(dialog->findChild<QPlainTextEdit*>(QStringLiteral("reasonEdit")),
                   QStringLiteral("满意度目标值偏低，请提高到95%"));
        test::press(dialog, QDialogButtonBox::Ok);
    });
    QTest::mouseClick(ret, Qt::LeftButton);
    QCOMPARE(dialogName, QStringLiteral("returnDialog"));
    QCOMPARE(targetStatus(), std::optional<RecordStatus>(RecordStatus::Returned));
    const QList<Review> reviews = reviewsOf(RecordKind::TargetSet, m_targets);
    QCOMPARE(reviews.size(), 1);
    QCOMPARE(reviews.first().decision, ReviewDecision::Return);
    QCOMPARE(reviews.first().comments, QStringLiteral("满意度目标值偏低，请提高到95%"));
    QCOMPARE(reviews.first().reviewer, m_reviewer.name);
}

void TestGuiLoop::clerkCorrectsAndResubmits()
{
    // 3. Back to the preparer: the list says returned; the record view shows finance's comment
    // and lets her edit the targets again.
    actAs(m_clerk);
    if (QTest::currentTestFailed())
        return;
    selectSubject(Stage::Targets, m_program);
    if (QTest::currentTestFailed())
        return;
    auto* page = qobject_cast<SubjectListPage*>(m_window->page(Stage::Targets));
    SubjectListModel* model = page->listView()->model();
    const int row = page->listView()->table()->currentIndex().row();
    const int statusColumn = model->columnOf(SubjectField::TargetStatus);
    QVERIFY(statusColumn >= 0);
    QCOMPARE(model->data(model->index(row, statusColumn)).toString(), Names::of(RecordStatus::Returned));
    // Enter opens the record view.
    QTest::keyClick(page->listView()->table(), Qt::Key_Return);
    QVERIFY(m_window->recordAreaShown());
    auto* view = qobject_cast<SubjectView*>(recordWidget());
    QVERIFY(view);
    bool commentShown = false;
    for (QWidget* w : view->findChildren<QWidget*>()) {
        const QVariant text = w->property("text");
        if (text.toString().contains(QStringLiteral("满意度目标值偏低")))
            commentShown = true;
        if (auto* table = qobject_cast<QAbstractItemView*>(w)) {
            QAbstractItemModel* m = table->model();
            for (int r = 0; m && r < m->rowCount(); ++r) {
                for (int c = 0; c < m->columnCount(); ++c)
                    commentShown = commentShown || m->index(r, c).data().toString().contains(QStringLiteral("满意度目标值偏低"));
            }
        }
    }
    QVERIFY2(commentShown, "finance's comment is not shown in the record view");
    auto* edit = view->findChild<QPushButton*>(QStringLiteral("actionEditTargetSet"));
    QVERIFY2(edit && edit->isEnabled(), edit ? qPrintable(edit->toolTip()) : "no button to edit the targets");
    QTest::mouseClick(edit, Qt::LeftButton);
    auto* editor = editorShown<TargetsEditor>("TargetsEditor");
    QVERIFY(editor);
    QVERIFY(!editor->isReadOnly());
    auto* grid = child<EditorGrid>(editor, "indicatorGrid");
    QCOMPARE(grid->rowCount(), 7);
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QCOMPARE(grid->text(6, TargetsEditor::ValueColumn), QStringLiteral("80"));
    typeCell(grid, 6, TargetsEditor::ValueColumn, QStringLiteral("95"));
    if (QTest::currentTestFailed())
        return;
    QTest::keyClick(grid, Qt::Key_Return, Qt::ControlModifier);
    QVERIFY2(editor->isReadOnly(), qPrintable(problemsOf(editor)));
    QCOMPARE(targetStatus(), std::optional<RecordStatus>(RecordStatus::Submitted));
    Result<std::optional<TargetSet>> set = TargetSetRepository(*m_window->database()).find(m_targets);
    QCOMPARE((*set)->indicators.at(6).targetValue, std::optional<double>(95));
    // Back returns to the record view the editor was opened from.
    QTest::mouseClick(m_window->findChild<QPushButton*>(QStringLiteral("recordBack")), Qt::LeftButton);
    QVERIFY(qobject_cast<SubjectView*>(recordWidget()));
}

void TestGuiLoop::financeApprovesTargets()
{
    // 4. Finance approves.
    actAs(m_reviewer);
    if (QTest::currentTestFailed())
        return;
    goToStage(Stage::Review);
    if (QTest::currentTestFailed())
        return;
    selectInQueue(RecordKind::TargetSet, m_targets);
    if (QTest::currentTestFailed())
        return;
    QToolButton* approve = m_window->findChild<QToolButton*>(QStringLiteral("approveActionButton"));
    QVERIFY(approve && approve->isEnabled());
    QTest::mouseClick(approve, Qt::LeftButton);
    QCOMPARE(targetStatus(), std::optional<RecordStatus>(RecordStatus::Approved));
    const QList<Review> reviews = reviewsOf(RecordKind::TargetSet, m_targets);
    QCOMPARE(reviews.size(), 2);
    QCOMPARE(reviews.last().decision, ReviewDecision::Approve);
}

void TestGuiLoop::clerkReportsMonitoring()
{
    // 5a. 运行监控: the month's report.
    actAs(m_clerk);
    if (QTest::currentTestFailed())
        return;
    selectSubject(Stage::Monitoring, m_program);
    if (QTest::currentTestFailed())
        return;
    clickToolbar(QStringLiteral("editMonitoring"));
    if (QTest::currentTestFailed())
        return;
    auto* editor = editorShown<MonitoringEditor>("MonitoringEditor");
    QVERIFY(editor);
    auto* month = child<QComboBox>(editor, "month");
    QVERIFY(month);
    month->setFocus();
    QTest::keyClick(month, Qt::Key_Home);
    for (int n = 0; n < 5; ++n)
        QTest::keyClick(month, Qt::Key_Down); // January → June
    QCOMPARE(month->currentIndex(), 5);
    auto* executed = child<QLineEdit>(editor, "executed");
    executed->setFocus();
    QTest::keyClicks(executed, QStringLiteral("600,000"));
    QVERIFY2(child<QLabel>(editor, "executionRate")->text().contains(QStringLiteral("50")),
             qPrintable(child<QLabel>(editor, "executionRate")->text()));
    auto* forecast = child<QLineEdit>(editor, "forecastYearEnd");
    forecast->setFocus();
    forecast->selectAll();
    QTest::keyClicks(forecast, QStringLiteral("1,200,000"));
    auto* grid = child<EditorGrid>(editor, "progressGrid");
    QCOMPARE(grid->rowCount(), 7);
    const char* progress[] = { "60", "100", "6", "9800", nullptr, "30", "92" };
    const char* yearEnd[] = { "120", "100", "11", "9800", nullptr, "60", "95" };
    for (int r = 0; r < 7; ++r) {
        if (!progress[r])
            continue;
        typeCell(grid, r, MonitoringEditor::ProgressColumn, QString::fromLatin1(progress[r]));
        typeCell(grid, r, MonitoringEditor::ForecastColumn, QString::fromLatin1(yearEnd[r]));
    }
    QSignalSpy saved(editor, &RecordEditor::saved);
    QTest::keyClick(grid, Qt::Key_S, Qt::ControlModifier);
    QVERIFY2(saved.size() == 1, qPrintable(problemsOf(editor)));
    QTest::keyClick(grid, Qt::Key_Return, Qt::ControlModifier);
    QVERIFY2(editor->isReadOnly(), qPrintable(problemsOf(editor)));
    Result<std::optional<MonitoringReport>> report = MonitoringRepository(*m_window->database()).find(editor->recordId());
    QVERIFY(report && report->has_value());
    QCOMPARE((*report)->month, 6);
    QCOMPARE((*report)->executed, Money::fromYuan(600'000));
    QCOMPARE((*report)->status, RecordStatus::Submitted);
}

void TestGuiLoop::clerkEvaluatesAndSubmits()
{
    // 5b. 绩效自评: the score follows what is typed.
    selectSubject(Stage::Evaluation, m_program);
    if (QTest::currentTestFailed())
        return;
    clickToolbar(QStringLiteral("editEvaluation"));
    if (QTest::currentTestFailed())
        return;
    auto* editor = editorShown<EvaluationEditor>("EvaluationEditor");
    QVERIFY(editor);
    auto* funds = child<EditorGrid>(editor, "fundsGrid");
    auto* grid = child<EditorGrid>(editor, "scoreGrid");
    auto* total = child<QLabel>(editor, "evaluationTotal");
    QVERIFY(funds && grid && total);
    QCOMPARE(grid->rowCount(), 7);
    typeCell(funds, 0, EvaluationEditor::AdjustedColumn, QStringLiteral("1,200,000"));
    if (QTest::currentTestFailed())
        return;
    typeCell(funds, 0, EvaluationEditor::ExecutedColumn, QStringLiteral("1,200,000"));
    if (QTest::currentTestFailed())
        return;
    const QString before = total->text();
    typeCell(grid, 0, EvaluationEditor::ActualColumn, QStringLiteral("110"));
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(grid->text(0, EvaluationEditor::ScoreColumn), QStringLiteral("18.33"));
    const QString after110 = total->text();
    QVERIFY2(after110 != before, qPrintable(before));
    typeCell(grid, 0, EvaluationEditor::ActualColumn, QStringLiteral("120"));
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(grid->text(0, EvaluationEditor::ScoreColumn), QStringLiteral("20.00"));
    QVERIFY2(total->text() != after110, qPrintable(after110));
    // The rest, found by the indicator's name in the grid (rows follow the year's framework).
    const QList<QPair<QString, QString>> actuals = { { QStringLiteral("验收合格率"), QStringLiteral("100") },
                                                     { QStringLiteral("完工时间"), QStringLiteral("11") },
                                                     { QStringLiteral("单位养护成本"), QStringLiteral("9500") },
                                                     { QStringLiteral("带动就业人数"), QStringLiteral("60") },
                                                     { QStringLiteral("服务对象满意度"), QStringLiteral("96") } };
    auto rowNamed = [grid](const QString& name) {
        for (int r = 0; r < grid->rowCount(); ++r) {
            if (grid->text(r, EvaluationEditor::NameColumn) == name)
                return r;
        }
        return -1;
    };
    for (const auto& [name, value] : actuals) {
        const int r = rowNamed(name);
        QVERIFY2(r >= 0, qPrintable(name));
        typeCell(grid, r, EvaluationEditor::ActualColumn, value);
        if (QTest::currentTestFailed())
            return;
    }
    const int qualitative = rowNamed(QStringLiteral("群众出行条件改善"));
    QVERIFY(qualitative >= 0);
    typeCell(grid, qualitative, EvaluationEditor::LevelColumn, Names::of(QualitativeLevel::Achieved));
    if (QTest::currentTestFailed())
        return;
    typeCell(grid, qualitative, EvaluationEditor::LevelScoreColumn, QStringLiteral("15"));
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(total->text().contains(QStringLiteral("100")), qPrintable(total->text()));
    QVERIFY(child<QLabel>(editor, "evaluationGrade")->text().contains(Names::of(Grade::Excellent)));
    test::type(child<QPlainTextEdit>(editor, "objectiveAchieved"), QStringLiteral("完成养护120公里，路况明显改善。"));
    if (auto* lead = child<QLineEdit>(editor, "projectLead"))
        test::type(lead, QStringLiteral("王建国"));
    if (auto* lead = child<QLineEdit>(editor, "financeLead"))
        test::type(lead, QStringLiteral("王芳"));
    // 6a. Submitted with Ctrl+Enter.
    QTest::keyClick(grid, Qt::Key_Return, Qt::ControlModifier);
    QVERIFY2(editor->isReadOnly(), qPrintable(problemsOf(editor)));
    m_evaluation = editor->recordId();
    Result<std::optional<SelfEvaluation>> ev = EvaluationRepository(*m_window->database()).find(m_evaluation);
    QVERIFY(ev && ev->has_value());
    QCOMPARE((*ev)->status, RecordStatus::Submitted);
    QCOMPARE((*ev)->subjectId, m_program);
}

void TestGuiLoop::financeGradesPoor()
{
    // 6b. Finance grades it 差, with the reason the grade dialog asks for.
    actAs(m_reviewer);
    if (QTest::currentTestFailed())
        return;
    goToStage(Stage::Review);
    if (QTest::currentTestFailed())
        return;
    selectInQueue(RecordKind::SelfEvaluation, m_evaluation);
    if (QTest::currentTestFailed())
        return;
    QToolButton* grade = m_window->findChild<QToolButton*>(QStringLiteral("gradeActionButton"));
    QVERIFY(grade && grade->isEnabled());
    QString dialogName, refusal;
    test::whenModal([&](QWidget* dialog) {
        dialogName = dialog->objectName();
        auto* combo = dialog->findChild<QComboBox*>(QStringLiteral("gradeCombo"));
        combo->setCurrentIndex(combo->findData(static_cast<int>(Grade::Poor)));
        test::press(dialog, QDialogButtonBox::Ok); // no reason yet: refused, the dialog stays
        refusal = dialog->findChild<QLabel*>(QStringLiteral("dialogError"))->text();
        test::type(dialog->findChild<QLineEdit*>(QStringLiteral("gradeReasonEdit")),
                   QStringLiteral("佐证材料不实，实地核查完成量不足六成"));
        test::press(dialog, QDialogButtonBox::Ok);
    });
    QTest::mouseClick(grade, Qt::LeftButton);
    QCOMPARE(dialogName, QStringLiteral("gradeDialog"));
    QVERIFY2(!refusal.isEmpty(), "a changed grade without a reason was not refused");
    Result<std::optional<SelfEvaluation>> ev = EvaluationRepository(*m_window->database()).find(m_evaluation);
    QCOMPARE((*ev)->status, RecordStatus::Approved);
    const QList<Review> reviews = reviewsOf(RecordKind::SelfEvaluation, m_evaluation);
    QVERIFY(!reviews.isEmpty());
    QCOMPARE(reviews.last().grade, std::optional<Grade>(Grade::Poor));
    QCOMPARE(reviews.last().gradeReason, QStringLiteral("佐证材料不实，实地核查完成量不足六成"));
    QCOMPARE(*EvaluationService(*m_window->database()).bindingGrade(m_program, m_year),
             std::optional<Grade>(Grade::Poor));
}

void TestGuiLoop::resultsRefuseKeepTakeReduce()
{
    // 7. 结果运用: a program graded 差 cannot be kept; it is reduced.
    goToStage(Stage::Results);
    if (QTest::currentTestFailed())
        return;
    auto* page = qobject_cast<ResultsPage*>(m_window->page(Stage::Results));
    QVERIFY(page);
    auto* table = page->findChild<QTableView*>(QStringLiteral("resultsTable"));
    const int row = page->model()->rowOf(m_program);
    QVERIFY2(row >= 0, "the program is not on the results page");
    test::clickRow(table, row);
    QToolButton* decide = m_window->findChild<QToolButton*>(QStringLiteral("decideActionButton"));
    QVERIFY(decide && decide->isEnabled());
    QString dialogName, refusal, kept;
    bool stayedOpen = false;
    test::whenModal([&](QWidget* dialog) {
        dialogName = dialog->objectName();
        auto* kind = dialog->findChild<QComboBox*>(QStringLiteral("decisionCombo"));
        kind->setCurrentIndex(kind->findData(static_cast<int>(ApplicationDecision::Keep)));
        auto* reason = dialog->findChild<QPlainTextEdit*>(QStringLiteral("reasonEdit"));
        test::type(reason, QStringLiteral("维持原预算规模"));
        test::press(dialog, QDialogButtonBox::Ok);
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
    QCOMPARE(dialogName, QStringLiteral("decisionDialog"));
    QVERIFY2(refusal.contains(QStringLiteral("差")), qPrintable(refusal));
    QVERIFY(stayedOpen);
    QCOMPARE(kept, QStringLiteral("维持原预算规模"));
    const QList<ResultApplication> saved = *ResultApplicationRepository(*m_window->database()).ofSubject(m_program);
    QCOMPARE(saved.size(), 1);
    QCOMPARE(saved.first().decision, ApplicationDecision::Reduce);
    QCOMPARE(saved.first().amountChange, Money::fromYuan(-200'000));
    QCOMPARE(saved.first().nextYear, m_year + 1);
    QCOMPARE(saved.first().reason, QStringLiteral("评价等级为差，消减20万元"));
}

QTEST_MAIN(TestGuiLoop)
#include "TestGuiLoop.moc"
