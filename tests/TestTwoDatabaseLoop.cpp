// The whole loop of issue 9 between TWO installations, as it is worked in real use: a budget unit's
// clerk in the unit's own database, the county finance bureau's officer in the bureau's database,
// each in a main window of their own. Every hand-over is a signed package file, exported on one
// window's 数据交换 page and previewed and imported on the other's:
//
//   unit: registers a program, fills its targets, submits    → submission package →
//   finance: finds them in 财政审核, returns them with a comment  → return package →
//   unit: sees the comment in the record view, corrects, resubmits → submission package →
//   finance: approves                                          → return package →
//   unit: sees them approved, reports a month's monitoring and writes the self-evaluation (the
//         score follows what is typed), submits both           → submission package →
//   finance: grades 差 with a reason; on 结果运用 the decision dialog refuses to keep the program
//            and takes a reduction                            → return package →
//   unit: sees the binding grade 差, and the decision.
//
// The keys are generated, exported and registered both ways on the Keys tabs. Widgets are found by
// object name and driven as users drive them; modal dialogs (files, passphrases, the review steps)
// are answered when they are up. The core is only read, to check what each step left behind.

#include "DialogAnswer.h"
#include "EditorDriving.h"
#include "TestSupport.h"

#include "core/i18n/Translations.h"
#include "core/storage/EvaluationRepository.h"
#include "core/storage/MonitoringRepository.h"
#include "core/storage/ResultApplicationRepository.h"
#include "core/storage/ReviewRepository.h"
#include "core/storage/SubjectRepository.h"
#include "core/storage/TargetSetRepository.h"
#include "core/workflow/EvaluationService.h"
#include "core/workspace/Workspace.h"
#include "ui/common/MessageBanner.h"
#include "ui/common/Settings.h"
#include "ui/editors/EditorGrid.h"
#include "ui/editors/EvaluationEditor.h"
#include "ui/editors/MonitoringEditor.h"
#include "ui/editors/ProgramEditor.h"
#include "ui/editors/RecordEditor.h"
#include "ui/editors/TargetsEditor.h"
#include "ui/exchange/ExchangePage.h"
#include "ui/exchange/PassphraseDialog.h"
#include "ui/lists/SubjectListModel.h"
#include "ui/lists/SubjectListPage.h"
#include "ui/lists/SubjectListView.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/record/SubjectView.h"
#include "ui/results/ResultsModel.h"
#include "ui/results/ResultsPage.h"
#include "ui/review/ReviewPage.h"
#include "ui/review/ReviewQueueModel.h"

#include <QAbstractButton>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDebug>
#include <QDir>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QToolButton>

using namespace jx;
using namespace jx::test;

namespace {

const QString Passphrase = QStringLiteral("喀什 2026 两库往来");


/// Whether any label, or any cell of any table, of @p widget shows @p text.
bool shows(QWidget* widget, const QString& text)
{
    for (QWidget* w : widget->findChildren<QWidget*>()) {
        if (w->isVisibleTo(widget) && w->property("text").toString().contains(text))
            return true;
        if (auto* view = qobject_cast<QAbstractItemView*>(w)) {
            QAbstractItemModel* m = view->model();
            for (int r = 0; m && r < m->rowCount(); ++r) {
                for (int c = 0; c < m->columnCount(); ++c) {
                    if (m->index(r, c).data().toString().contains(text))
                        return true;
                }
            }
        }
    }
    return false;
}

/// Answers the (non-native) file dialog with @p path typed into its name field.
void answerFile(const QString& path)
{
    test::whenModalOf<QFileDialog>([path](QFileDialog* d) {
        d->setDirectory(QFileInfo(path).absolutePath());
        if (auto* name = d->findChild<QLineEdit*>(QStringLiteral("fileNameEdit")))
            name->setText(path);
        else
            d->selectFile(path);
        static_cast<QDialog*>(d)->accept(); // QFileDialog::accept(), as the Open/Save button does
        if (d->isVisible())
            d->reject(); // never leave a test hanging on a dialog
    });
}

void answerPassphrase(bool twice = false)
{
    test::whenModalOf<PassphraseDialog>([twice](PassphraseDialog* d) {
        test::type(d->findChild<QLineEdit*>(QStringLiteral("passphrase")), Passphrase);
        if (twice)
            test::type(d->findChild<QLineEdit*>(QStringLiteral("passphraseAgain")), Passphrase);
        test::press(d, QDialogButtonBox::Ok);
    });
}

} // namespace

/// One installation and the person at it: a main window on its own database.
struct Desk
{
    QString name; ///< for messages: "unit", "finance"
    QString path;
    Actor actor;
    std::unique_ptr<MainWindow> window;
};

class TestTwoDatabaseLoop : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void wholeLoopBetweenTwoDatabases();

private:
    // What a user does in a window.
    void sitAt(Desk& desk);
    void goToStage(Desk& desk, Stage stage);
    void clickToolbar(Desk& desk, const QString& actionName);
    void clickButton(QWidget* page, const char* name);
    void selectSubject(Desk& desk, Stage stage, const QUuid& subjectId);
    void selectInQueue(Desk& desk, RecordKind kind, const QUuid& recordId);
    /// Opens the record view of the program from the list of @p stage (Enter on its row).
    SubjectView* openRecordView(Desk& desk, Stage stage);
    template <typename T> T* editorShown(Desk& desk, const char* className);
    ExchangePage* exchangePage(Desk& desk);
    /// Waits until the page's export, preview or import is over.
    void waitForExchange(ExchangePage* page);
    /// The status the list of @p stage shows for the program in column @p field.
    QString listStatus(Desk& desk, Stage stage, SubjectField field);

    // The hand-overs: a package exported at one desk, previewed and imported at the other.
    void exchangeKeys();
    void sendPackage(Desk& from, Desk& to, const QString& fileName);

    // Steps of the loop.
    void registerProgram();
    void fillAndSubmitTargets();
    void financeFindsAndReturnsTargets();
    void clerkSeesCommentCorrectsAndResubmits();
    void financeApprovesTargets();
    void clerkSeesApprovalReportsMonitoring();
    void clerkEvaluatesAndSubmits();
    void financeGradesPoor();
    void resultsRefuseKeepTakeReduce();
    void clerkSeesGradeAndDecision();

    // What a database says (read through the core).
    Database& db(Desk& desk) { return *desk.window->database(); }
    std::optional<RecordStatus> targetStatus(Desk& desk);
    QList<Review> reviewsOf(Desk& desk, RecordKind kind, const QUuid& id);

    QTemporaryDir m_dir;
    Desk m_unit;
    Desk m_finance;
    QUuid m_program;
    QUuid m_targets;
    QUuid m_evaluation;
    int m_year = 0;
    int m_packages = 0;
    QList<qint64> m_handOverMs;
    QHash<const Desk*, int> m_sentBy;
};

void TestTwoDatabaseLoop::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    Translations::install(*QCoreApplication::instance());
}

void TestTwoDatabaseLoop::cleanupTestCase()
{
    m_unit.window.reset();
    m_finance.window.reset();
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/drafts")).removeRecursively();
}

void TestTwoDatabaseLoop::sitAt(Desk& desk)
{
    // The person turns to their own window, as their next click makes it active.
    desk.window->raise();
    desk.window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(desk.window.get()));
    auto* status = desk.window->findChild<QLabel*>(QStringLiteral("statusActor"));
    QVERIFY2(status->text().contains(desk.actor.name), qPrintable(status->text()));
}

void TestTwoDatabaseLoop::goToStage(Desk& desk, Stage stage)
{
    auto* navigation = desk.window->findChild<QListWidget*>(QStringLiteral("stageNavigation"));
    QVERIFY(navigation);
    QListWidgetItem* item = navigation->item(static_cast<int>(stage));
    QVERIFY(item);
    navigation->scrollToItem(item);
    QTest::mouseClick(navigation->viewport(), Qt::LeftButton, {}, navigation->visualItemRect(item).center());
    QCOMPARE(desk.window->currentStage(), stage);
    QVERIFY(!desk.window->recordAreaShown());
}

void TestTwoDatabaseLoop::clickToolbar(Desk& desk, const QString& actionName)
{
    auto* toolBar = desk.window->findChild<QToolBar*>(QStringLiteral("mainToolBar"));
    QVERIFY(toolBar);
    QAction* action = nullptr;
    for (QAction* a : toolBar->actions()) {
        if (a->objectName() == actionName)
            action = a;
    }
    QVERIFY2(action, qPrintable(QStringLiteral("%1 is not in the toolbar").arg(actionName)));
    QVERIFY2(action->isEnabled(), qPrintable(QStringLiteral("%1 is disabled: %2").arg(actionName, action->toolTip())));
    QWidget* button = toolBar->widgetForAction(action);
    QTRY_VERIFY_WITH_TIMEOUT(button && button->isVisible(), 2000);
    QTest::mouseClick(button, Qt::LeftButton);
}

void TestTwoDatabaseLoop::clickButton(QWidget* page, const char* name)
{
    auto* button = page->findChild<QAbstractButton*>(QString::fromLatin1(name));
    QVERIFY2(button, name);
    QVERIFY2(button->isEnabled(), qPrintable(QStringLiteral("%1 is disabled: %2").arg(QString::fromLatin1(name), button->toolTip())));
    QTest::mouseClick(button, Qt::LeftButton);
}

void TestTwoDatabaseLoop::selectSubject(Desk& desk, Stage stage, const QUuid& subjectId)
{
    goToStage(desk, stage);
    if (QTest::currentTestFailed())
        return;
    auto* page = qobject_cast<SubjectListPage*>(desk.window->page(stage));
    QVERIFY(page);
    SubjectListModel* model = page->listView()->model();
    QTableView* table = page->listView()->table();
    int row = -1;
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->subjectId(r) == subjectId)
            row = r;
    }
    QVERIFY2(row >= 0, qPrintable(QStringLiteral("the program is not in the %1's list").arg(desk.name)));
    test::clickRow(table, row);
    QCOMPARE(page->listView()->currentSubjectId(), subjectId);
}

QString TestTwoDatabaseLoop::listStatus(Desk& desk, Stage stage, SubjectField field)
{
    selectSubject(desk, stage, m_program);
    if (QTest::currentTestFailed())
        return {};
    auto* page = qobject_cast<SubjectListPage*>(desk.window->page(stage));
    SubjectListModel* model = page->listView()->model();
    const int column = model->columnOf(field);
    if (column < 0)
        return QStringLiteral("(no such column)");
    return model->data(model->index(page->listView()->table()->currentIndex().row(), column)).toString();
}

void TestTwoDatabaseLoop::selectInQueue(Desk& desk, RecordKind kind, const QUuid& recordId)
{
    auto* page = qobject_cast<ReviewPage*>(desk.window->page(Stage::Review));
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

SubjectView* TestTwoDatabaseLoop::openRecordView(Desk& desk, Stage stage)
{
    selectSubject(desk, stage, m_program);
    if (QTest::currentTestFailed())
        return nullptr;
    auto* page = qobject_cast<SubjectListPage*>(desk.window->page(stage));
    QTest::keyClick(page->listView()->table(), Qt::Key_Return);
    if (!desk.window->recordAreaShown())
        return nullptr;
    return qobject_cast<SubjectView*>(desk.window->recordWidget());
}

template <typename T> T* TestTwoDatabaseLoop::editorShown(Desk& desk, const char* className)
{
    if (!desk.window->recordAreaShown())
        return nullptr;
    MainWindow* window = desk.window.get();
    if (!QTest::qWaitFor([window] { return window->recordWidget() && window->recordWidget()->isVisible(); }, 2000))
        return nullptr;
    auto* editor = qobject_cast<T*>(window->recordWidget());
    if (!editor)
        qWarning("expected a %s in the record area, found %s", className,
                 window->recordWidget() ? window->recordWidget()->metaObject()->className() : "nothing");
    return editor;
}

ExchangePage* TestTwoDatabaseLoop::exchangePage(Desk& desk)
{
    return qobject_cast<ExchangePage*>(desk.window->page(Stage::Exchange));
}

void TestTwoDatabaseLoop::waitForExchange(ExchangePage* page)
{
    QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy(), 15000);
}

std::optional<RecordStatus> TestTwoDatabaseLoop::targetStatus(Desk& desk)
{
    Result<std::optional<TargetSet>> set = TargetSetRepository(db(desk)).ofSubject(m_program, m_year);
    if (!set || !set->has_value())
        return std::nullopt;
    return (*set)->status;
}

QList<Review> TestTwoDatabaseLoop::reviewsOf(Desk& desk, RecordKind kind, const QUuid& id)
{
    Result<QList<Review>> reviews = ReviewRepository(db(desk)).ofRecord(kind, id);
    return reviews ? *reviews : QList<Review>();
}

void TestTwoDatabaseLoop::exchangeKeys()
{
    // Each side generates its signing key and writes its key file (handed over on a USB stick);
    // each registers the other's on its Keys tab.
    for (Desk* desk : { &m_unit, &m_finance }) {
        sitAt(*desk);
        goToStage(*desk, Stage::Exchange);
        ExchangePage* page = exchangePage(*desk);
        QVERIFY(page);
        page->findChild<QTabWidget*>(QStringLiteral("exchangeTabs"))->setCurrentIndex(3);
        answerPassphrase(true);
        clickButton(page, "generateKeyButton");
        QVERIFY2(child<QLabel>(page, "ownKey")->text().contains(QLatin1String("Fingerprint")),
                 qPrintable(child<QLabel>(page, "ownKey")->text()));
        answerFile(m_dir.filePath(desk->name + QStringLiteral(".jxkey")));
        answerPassphrase();
        clickButton(page, "exportKeyButton");
        QVERIFY2(QFile::exists(m_dir.filePath(desk->name + QStringLiteral(".jxkey"))),
                 qPrintable(page->findChild<MessageBanner*>()->text()));
    }
    for (auto [at, from] : { std::pair { &m_unit, &m_finance }, std::pair { &m_finance, &m_unit } }) {
        sitAt(*at);
        ExchangePage* page = exchangePage(*at);
        answerFile(m_dir.filePath(from->name + QStringLiteral(".jxkey")));
        clickButton(page, "registerKeyButton");
        auto* known = child<QTableWidget>(page, "knownKeys");
        QCOMPARE(known->rowCount(), 1);
        QVERIFY2(known->item(0, 1)->text().startsWith(from->window->workspace()->self().name),
                 qPrintable(known->item(0, 1)->text()));
    }
}

void TestTwoDatabaseLoop::sendPackage(Desk& from, Desk& to, const QString& fileName)
{
    QElapsedTimer clock;
    clock.start();
    const QString path = m_dir.filePath(QStringLiteral("%1-%2").arg(++m_packages, 2, 10, QLatin1Char('0')).arg(fileName));
    // Exported on the sender's 数据交换 page, for the other agency.
    sitAt(from);
    goToStage(from, Stage::Exchange);
    ExchangePage* out = exchangePage(from);
    out->findChild<QTabWidget*>(QStringLiteral("exchangeTabs"))->setCurrentIndex(0);
    QCOMPARE(child<QSpinBox>(out, "exportYear")->value(), m_year);
    auto* recipient = child<QComboBox>(out, "exportRecipient");
    const int index = recipient->findData(to.window->workspace()->self().meta.id.toString(QUuid::WithoutBraces));
    QVERIFY2(index >= 0, qPrintable(QStringLiteral("%1 is not offered as recipient").arg(to.name)));
    recipient->setCurrentIndex(index);
    answerFile(path);
    answerPassphrase();
    clickButton(out, "exportButton");
    waitForExchange(out);
    QVERIFY2(QFile::exists(path), qPrintable(out->findChild<MessageBanner*>()->text()));
    auto* sentHistory = child<QTableWidget>(out, "exchangeHistory");
    int sent = 0;
    for (int r = 0; r < sentHistory->rowCount(); ++r)
        sent += sentHistory->item(r, 0)->text() == QLatin1String("Sent") ? 1 : 0;
    QCOMPARE(sent, m_sentBy[&from] + 1);
    m_sentBy[&from] = sent;

    // Opened on the recipient's page: the preview says who sent it and that it is valid, with a
    // dry run; then imported.
    sitAt(to);
    goToStage(to, Stage::Exchange);
    ExchangePage* in = exchangePage(to);
    answerFile(path);
    clickButton(in, "openPackageButton");
    waitForExchange(in);
    const QString preview = child<QPlainTextEdit>(in, "packagePreview")->toPlainText();
    QVERIFY2(preview.contains(QStringLiteral("Sender: %1").arg(from.window->workspace()->self().name)), qPrintable(preview));
    QVERIFY2(preview.contains(QLatin1String("Valid:")), qPrintable(preview));
    QVERIFY2(preview.contains(QLatin1String("Dry run")), qPrintable(preview));
    clickButton(in, "importButton");
    waitForExchange(in);
    const QString summary = child<QPlainTextEdit>(in, "packagePreview")->toPlainText();
    QVERIFY2(summary.contains(QLatin1String("Import of")), qPrintable(summary));
    // Everything taken: no record ignored, none in conflict.
    QVERIFY2(summary.contains(QLatin1String("Status: success")), qPrintable(summary));
    QVERIFY2(summary.contains(QLatin1String(" 0 ignored, 0 conflicts.")), qPrintable(summary));
    auto* received = child<QTableWidget>(in, "exchangeHistory");
    bool listed = false;
    for (int r = 0; r < received->rowCount(); ++r)
        listed = listed || (received->item(r, 0)->text() == QLatin1String("Received")
                            && received->item(r, 4)->text() == from.window->workspace()->self().name);
    QVERIFY2(listed, "the package is not in the recipient's history");
    m_handOverMs << clock.elapsed();
}

void TestTwoDatabaseLoop::wholeLoopBetweenTwoDatabases()
{
    QElapsedTimer clock;
    clock.start();
    // Two installations that have never exchanged anything: the unit's and the county bureau's.
    m_unit.name = QStringLiteral("unit");
    m_finance.name = QStringLiteral("finance");
    m_unit.path = m_dir.filePath(QStringLiteral("unit.jixiao"));
    m_finance.path = m_dir.filePath(QStringLiteral("finance.jixiao"));
    for (Desk* desk : { &m_unit, &m_finance }) {
        const bool unit = desk == &m_unit;
        InstallationRequest request;
        request.divisionCode = QStringLiteral("653101");
        request.agencyName = unit ? QStringLiteral("喀什市交通运输局") : QStringLiteral("喀什市财政局");
        request.agencyKind = unit ? AgencyKind::BudgetUnit : AgencyKind::FinanceBureau;
        request.agencyCode = unit ? QStringLiteral("U001") : QStringLiteral("F653101");
        Result<std::unique_ptr<Workspace>> created = Workspace::create(desk->path, request);
        QVERIFY2(created, qPrintable(created.message()));
        desk->actor = unit ? Actor { QStringLiteral("李丽娜"), Role::UnitPreparer, (*created)->self().meta.id }
                           : Actor { QStringLiteral("张伟"), Role::FinanceReviewer, (*created)->self().meta.id };
        QVERIFY((*created)->addPerson(desk->actor).ok());
        // The person who was the last to act on the database: the window opens with them.
        Settings::setLastActor(QFileInfo(desk->path).absoluteFilePath(), desk->actor.name, static_cast<int>(desk->actor.role));
    }
    for (Desk* desk : { &m_unit, &m_finance }) {
        desk->window = std::make_unique<MainWindow>();
        desk->window->show();
        QVERIFY(QTest::qWaitForWindowExposed(desk->window.get()));
        QVERIFY(desk->window->openDatabase(desk->path));
        QCOMPARE(desk->window->workspace()->actor().name, desk->actor.name);
    }
    m_year = m_unit.window->fiscalYear();
    QCOMPARE(m_finance.window->fiscalYear(), m_year);

    const auto step = [this](void (TestTwoDatabaseLoop::*f)()) {
        (this->*f)();
        return !QTest::currentTestFailed();
    };
    if (!step(&TestTwoDatabaseLoop::exchangeKeys) || !step(&TestTwoDatabaseLoop::registerProgram)
        || !step(&TestTwoDatabaseLoop::fillAndSubmitTargets))
        return;
    sendPackage(m_unit, m_finance, QStringLiteral("targets.jxpkg"));
    if (QTest::currentTestFailed() || !step(&TestTwoDatabaseLoop::financeFindsAndReturnsTargets))
        return;
    sendPackage(m_finance, m_unit, QStringLiteral("returned.jxpkg"));
    if (QTest::currentTestFailed() || !step(&TestTwoDatabaseLoop::clerkSeesCommentCorrectsAndResubmits))
        return;
    sendPackage(m_unit, m_finance, QStringLiteral("resubmitted.jxpkg"));
    if (QTest::currentTestFailed() || !step(&TestTwoDatabaseLoop::financeApprovesTargets))
        return;
    sendPackage(m_finance, m_unit, QStringLiteral("approved.jxpkg"));
    if (QTest::currentTestFailed() || !step(&TestTwoDatabaseLoop::clerkSeesApprovalReportsMonitoring)
        || !step(&TestTwoDatabaseLoop::clerkEvaluatesAndSubmits))
        return;
    sendPackage(m_unit, m_finance, QStringLiteral("evaluation.jxpkg"));
    if (QTest::currentTestFailed() || !step(&TestTwoDatabaseLoop::financeGradesPoor)
        || !step(&TestTwoDatabaseLoop::resultsRefuseKeepTakeReduce))
        return;
    sendPackage(m_finance, m_unit, QStringLiteral("graded.jxpkg"));
    if (QTest::currentTestFailed() || !step(&TestTwoDatabaseLoop::clerkSeesGradeAndDecision))
        return;
    for (Desk* desk : { &m_unit, &m_finance })
        QCOMPARE(test::scalar(db(*desk), QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    qInfo() << "loop took" << clock.elapsed() << "ms; hand-overs (export + preview + import)" << m_handOverMs;
    QVERIFY2(clock.elapsed() < 20'000, qPrintable(QStringLiteral("the loop took %1 ms").arg(clock.elapsed())));
}

void TestTwoDatabaseLoop::registerProgram()
{
    // 1. At the unit: 绩效目标 → 新建项目.
    sitAt(m_unit);
    goToStage(m_unit, Stage::Targets);
    if (QTest::currentTestFailed())
        return;
    clickToolbar(m_unit, QStringLiteral("newProgram"));
    if (QTest::currentTestFailed())
        return;
    auto* editor = editorShown<ProgramEditor>(m_unit, "ProgramEditor");
    QVERIFY(editor);
    test::type(child<QLineEdit>(editor, "programName"), QStringLiteral("农村公路养护项目"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), child<QWidget>(editor, "programCode"));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("JT-001"));
    auto* amount = child<QLineEdit>(editor, "amount");
    amount->setFocus();
    QTest::keyClicks(amount, QStringLiteral("1,200,000"));
    QSignalSpy saved(editor, &RecordEditor::saved);
    QTest::keyClick(amount, Qt::Key_S, Qt::ControlModifier);
    QVERIFY2(saved.size() == 1, qPrintable(problemsOf(editor)));
    m_program = saved.first().first().toUuid();
    Result<std::optional<Subject>> program = SubjectRepository(db(m_unit)).find(m_program);
    QVERIFY(program && program->has_value());
    QCOMPARE((*program)->agencyId, m_unit.window->workspace()->self().meta.id);
    QCOMPARE((*program)->fiscalYear, m_year);
    QTest::mouseClick(m_unit.window->findChild<QPushButton*>(QStringLiteral("recordBack")), Qt::LeftButton);
}

void TestTwoDatabaseLoop::fillAndSubmitTargets()
{
    selectSubject(m_unit, Stage::Targets, m_program);
    if (QTest::currentTestFailed())
        return;
    clickToolbar(m_unit, QStringLiteral("editTargets"));
    if (QTest::currentTestFailed())
        return;
    auto* editor = editorShown<TargetsEditor>(m_unit, "TargetsEditor");
    QVERIFY(editor);
    test::type(child<QPlainTextEdit>(editor, "objectiveAnnual"), QStringLiteral("完成农村公路养护120公里，群众出行条件明显改善。"));
    auto* grid = child<EditorGrid>(editor, "indicatorGrid");
    QVERIFY(grid);
    QApplication::clipboard()->setText(targetsTsv(QStringLiteral("80")));
    grid->setFocus();
    grid->setCurrentCell(0, TargetsEditor::LevelTwoColumn);
    QTest::keyClick(grid, Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(grid->rowCount(), 7);
    QTest::keyClick(grid, Qt::Key_Return, Qt::ControlModifier); // Ctrl+Enter submits
    QVERIFY2(editor->isReadOnly(), qPrintable(problemsOf(editor)));
    QCOMPARE(targetStatus(m_unit), std::optional<RecordStatus>(RecordStatus::Submitted));
    m_targets = editor->recordId();
    QTest::mouseClick(m_unit.window->findChild<QPushButton*>(QStringLiteral("recordBack")), Qt::LeftButton);
}

void TestTwoDatabaseLoop::financeFindsAndReturnsTargets()
{
    // 2. At the bureau, after the import: the targets wait in 财政审核, from the unit.
    sitAt(m_finance);
    goToStage(m_finance, Stage::Review);
    if (QTest::currentTestFailed())
        return;
    selectInQueue(m_finance, RecordKind::TargetSet, m_targets);
    if (QTest::currentTestFailed())
        return;
    auto* page = qobject_cast<ReviewPage*>(m_finance.window->page(Stage::Review));
    const int row = page->findChild<QTableView*>(QStringLiteral("reviewTable"))->currentIndex().row();
    QVERIFY2(shows(page, QStringLiteral("喀什市交通运输局")), "the queue does not name the unit");
    QCOMPARE(page->model()->rowAt(row).subjectId, m_program);
    QString dialogName;
    test::whenModal([&](QWidget* dialog) {
        dialogName = dialog->objectName();
        test::type(dialog->findChild<QPlainTextEdit*>(QStringLiteral("reasonEdit")), QStringLiteral("满意度目标值偏低，请提高到95%"));
        test::press(dialog, QDialogButtonBox::Ok);
    });
    clickButton(m_finance.window.get(), "returnActionButton");
    QCOMPARE(dialogName, QStringLiteral("returnDialog"));
    QCOMPARE(targetStatus(m_finance), std::optional<RecordStatus>(RecordStatus::Returned));
}

void TestTwoDatabaseLoop::clerkSeesCommentCorrectsAndResubmits()
{
    // 3. At the unit, after the return package: the list says returned, the record view shows
    // the bureau's comment, and the targets can be edited again.
    sitAt(m_unit);
    QCOMPARE(listStatus(m_unit, Stage::Targets, SubjectField::TargetStatus), Names::of(RecordStatus::Returned));
    SubjectView* view = openRecordView(m_unit, Stage::Targets);
    QVERIFY(view);
    QVERIFY2(shows(view, QStringLiteral("满意度目标值偏低")), "the bureau's comment is not shown in the unit's record view");
    auto* edit = view->findChild<QPushButton*>(QStringLiteral("actionEditTargetSet"));
    QVERIFY2(edit && edit->isEnabled(), edit ? qPrintable(edit->toolTip()) : "no button to edit the targets");
    QTest::mouseClick(edit, Qt::LeftButton);
    auto* editor = editorShown<TargetsEditor>(m_unit, "TargetsEditor");
    QVERIFY(editor);
    QVERIFY(!editor->isReadOnly());
    auto* grid = child<EditorGrid>(editor, "indicatorGrid");
    QCOMPARE(grid->rowCount(), 7);
    sitAt(m_unit);
    QCOMPARE(grid->text(6, TargetsEditor::ValueColumn), QStringLiteral("80"));
    typeCell(grid, 6, TargetsEditor::ValueColumn, QStringLiteral("95"));
    if (QTest::currentTestFailed())
        return;
    QTest::keyClick(grid, Qt::Key_Return, Qt::ControlModifier);
    QVERIFY2(editor->isReadOnly(), qPrintable(problemsOf(editor)));
    QCOMPARE(targetStatus(m_unit), std::optional<RecordStatus>(RecordStatus::Submitted));
    QTest::mouseClick(m_unit.window->findChild<QPushButton*>(QStringLiteral("recordBack")), Qt::LeftButton);
    QTest::mouseClick(m_unit.window->findChild<QPushButton*>(QStringLiteral("recordBack")), Qt::LeftButton);
}

void TestTwoDatabaseLoop::financeApprovesTargets()
{
    // 4. At the bureau: the corrected targets are back in the queue, with the new value; approved.
    sitAt(m_finance);
    QCOMPARE(targetStatus(m_finance), std::optional<RecordStatus>(RecordStatus::Submitted));
    Result<std::optional<TargetSet>> set = TargetSetRepository(db(m_finance)).find(m_targets);
    QCOMPARE((*set)->indicators.at(6).targetValue, std::optional<double>(95));
    goToStage(m_finance, Stage::Review);
    if (QTest::currentTestFailed())
        return;
    selectInQueue(m_finance, RecordKind::TargetSet, m_targets);
    if (QTest::currentTestFailed())
        return;
    clickButton(m_finance.window.get(), "approveActionButton");
    QCOMPARE(targetStatus(m_finance), std::optional<RecordStatus>(RecordStatus::Approved));
}

void TestTwoDatabaseLoop::clerkSeesApprovalReportsMonitoring()
{
    // 5a. At the unit: the targets are approved; June's monitoring report.
    sitAt(m_unit);
    QCOMPARE(listStatus(m_unit, Stage::Targets, SubjectField::TargetStatus), Names::of(RecordStatus::Approved));
    const QList<Review> reviews = reviewsOf(m_unit, RecordKind::TargetSet, m_targets);
    QCOMPARE(reviews.size(), 2);
    QCOMPARE(reviews.last().decision, ReviewDecision::Approve);
    selectSubject(m_unit, Stage::Monitoring, m_program);
    if (QTest::currentTestFailed())
        return;
    clickToolbar(m_unit, QStringLiteral("editMonitoring"));
    if (QTest::currentTestFailed())
        return;
    auto* editor = editorShown<MonitoringEditor>(m_unit, "MonitoringEditor");
    QVERIFY(editor);
    auto* month = child<QComboBox>(editor, "month");
    month->setFocus();
    QTest::keyClick(month, Qt::Key_Home);
    for (int n = 0; n < 5; ++n)
        QTest::keyClick(month, Qt::Key_Down);
    QCOMPARE(month->currentIndex(), 5);
    auto* executed = child<QLineEdit>(editor, "executed");
    executed->setFocus();
    QTest::keyClicks(executed, QStringLiteral("600,000"));
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
        if (QTest::currentTestFailed())
            return;
    }
    QTest::keyClick(grid, Qt::Key_Return, Qt::ControlModifier);
    QVERIFY2(editor->isReadOnly(), qPrintable(problemsOf(editor)));
    Result<std::optional<MonitoringReport>> report = MonitoringRepository(db(m_unit)).find(editor->recordId());
    QVERIFY(report && report->has_value());
    QCOMPARE((*report)->status, RecordStatus::Submitted);
    QTest::mouseClick(m_unit.window->findChild<QPushButton*>(QStringLiteral("recordBack")), Qt::LeftButton);
}

void TestTwoDatabaseLoop::clerkEvaluatesAndSubmits()
{
    // 5b. 绩效自评: the score follows what is typed.
    selectSubject(m_unit, Stage::Evaluation, m_program);
    if (QTest::currentTestFailed())
        return;
    clickToolbar(m_unit, QStringLiteral("editEvaluation"));
    if (QTest::currentTestFailed())
        return;
    auto* editor = editorShown<EvaluationEditor>(m_unit, "EvaluationEditor");
    QVERIFY(editor);
    auto* funds = child<EditorGrid>(editor, "fundsGrid");
    auto* grid = child<EditorGrid>(editor, "scoreGrid");
    auto* total = child<QLabel>(editor, "evaluationTotal");
    QVERIFY(funds && grid && total);
    QCOMPARE(grid->rowCount(), 7);
    typeCell(funds, 0, EvaluationEditor::AdjustedColumn, QStringLiteral("1,200,000"));
    typeCell(funds, 0, EvaluationEditor::ExecutedColumn, QStringLiteral("1,200,000"));
    if (QTest::currentTestFailed())
        return;
    auto rowNamed = [grid](const QString& name) {
        for (int r = 0; r < grid->rowCount(); ++r) {
            if (grid->text(r, EvaluationEditor::NameColumn) == name)
                return r;
        }
        return -1;
    };
    const int mileage = rowNamed(QStringLiteral("养护里程"));
    QVERIFY(mileage >= 0);
    const QString before = total->text();
    typeCell(grid, mileage, EvaluationEditor::ActualColumn, QStringLiteral("110"));
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(grid->text(mileage, EvaluationEditor::ScoreColumn), QStringLiteral("18.33"));
    const QString after110 = total->text();
    QVERIFY2(after110 != before, qPrintable(before));
    typeCell(grid, mileage, EvaluationEditor::ActualColumn, QStringLiteral("120"));
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(grid->text(mileage, EvaluationEditor::ScoreColumn), QStringLiteral("20.00"));
    QVERIFY2(total->text() != after110, qPrintable(after110));
    const QList<QPair<QString, QString>> actuals = { { QStringLiteral("验收合格率"), QStringLiteral("100") },
                                                     { QStringLiteral("完工时间"), QStringLiteral("11") },
                                                     { QStringLiteral("单位养护成本"), QStringLiteral("9500") },
                                                     { QStringLiteral("带动就业人数"), QStringLiteral("60") },
                                                     { QStringLiteral("服务对象满意度"), QStringLiteral("96") } };
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
    typeCell(grid, qualitative, EvaluationEditor::LevelScoreColumn, QStringLiteral("15"));
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(total->text().contains(QStringLiteral("100")), qPrintable(total->text()));
    QVERIFY(child<QLabel>(editor, "evaluationGrade")->text().contains(Names::of(Grade::Excellent)));
    test::type(child<QPlainTextEdit>(editor, "objectiveAchieved"), QStringLiteral("完成养护120公里，路况明显改善。"));
    if (auto* lead = child<QLineEdit>(editor, "projectLead"))
        test::type(lead, QStringLiteral("王建国"));
    if (auto* lead = child<QLineEdit>(editor, "financeLead"))
        test::type(lead, QStringLiteral("李丽娜"));
    QTest::keyClick(grid, Qt::Key_Return, Qt::ControlModifier);
    QVERIFY2(editor->isReadOnly(), qPrintable(problemsOf(editor)));
    m_evaluation = editor->recordId();
    Result<std::optional<SelfEvaluation>> ev = EvaluationRepository(db(m_unit)).find(m_evaluation);
    QVERIFY(ev && ev->has_value());
    QCOMPARE((*ev)->status, RecordStatus::Submitted);
    QTest::mouseClick(m_unit.window->findChild<QPushButton*>(QStringLiteral("recordBack")), Qt::LeftButton);
}

void TestTwoDatabaseLoop::financeGradesPoor()
{
    // 6. At the bureau: the self-evaluation waits in the queue; graded 差 with a reason.
    sitAt(m_finance);
    goToStage(m_finance, Stage::Review);
    if (QTest::currentTestFailed())
        return;
    selectInQueue(m_finance, RecordKind::SelfEvaluation, m_evaluation);
    if (QTest::currentTestFailed())
        return;
    QString dialogName, refusal;
    test::whenModal([&](QWidget* dialog) {
        dialogName = dialog->objectName();
        auto* combo = dialog->findChild<QComboBox*>(QStringLiteral("gradeCombo"));
        combo->setCurrentIndex(combo->findData(static_cast<int>(Grade::Poor)));
        test::press(dialog, QDialogButtonBox::Ok); // no reason yet: refused, the dialog stays
        refusal = dialog->findChild<QLabel*>(QStringLiteral("dialogError"))->text();
        test::type(dialog->findChild<QLineEdit*>(QStringLiteral("gradeReasonEdit")), QStringLiteral("佐证材料不实，实地核查完成量不足六成"));
        test::press(dialog, QDialogButtonBox::Ok);
    });
    clickButton(m_finance.window.get(), "gradeActionButton");
    QCOMPARE(dialogName, QStringLiteral("gradeDialog"));
    QVERIFY2(!refusal.isEmpty(), "a changed grade without a reason was not refused");
    QCOMPARE(*EvaluationService(db(m_finance)).bindingGrade(m_program, m_year), std::optional<Grade>(Grade::Poor));
}

void TestTwoDatabaseLoop::resultsRefuseKeepTakeReduce()
{
    // 7. 结果运用 at the bureau: a program graded 差 cannot be kept; it is reduced.
    goToStage(m_finance, Stage::Results);
    if (QTest::currentTestFailed())
        return;
    auto* page = qobject_cast<ResultsPage*>(m_finance.window->page(Stage::Results));
    QVERIFY(page);
    const int row = page->model()->rowOf(m_program);
    QVERIFY2(row >= 0, "the unit's program is not on the bureau's results page");
    test::clickRow(page->findChild<QTableView*>(QStringLiteral("resultsTable")), row);
    QString dialogName, refusal;
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
        kind->setCurrentIndex(kind->findData(static_cast<int>(ApplicationDecision::Reduce)));
        auto* unit = dialog->findChild<QComboBox*>(QStringLiteral("unitCombo"));
        unit->setCurrentIndex(unit->findData(static_cast<int>(MoneyUnit::TenThousandYuan)));
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("amountEdit")), QStringLiteral("20"));
        reason->selectAll();
        test::type(reason, QStringLiteral("评价等级为差，消减20万元"));
        test::press(dialog, QDialogButtonBox::Ok);
    });
    clickButton(m_finance.window.get(), "decideActionButton");
    QCOMPARE(dialogName, QStringLiteral("decisionDialog"));
    QVERIFY2(refusal.contains(QStringLiteral("差")), qPrintable(refusal));
    QVERIFY(stayedOpen);
    const QList<ResultApplication> saved = *ResultApplicationRepository(db(m_finance)).ofSubject(m_program);
    QCOMPARE(saved.size(), 1);
    QCOMPARE(saved.first().decision, ApplicationDecision::Reduce);
    QCOMPARE(saved.first().amountChange, Money::fromYuan(-200'000));
}

void TestTwoDatabaseLoop::clerkSeesGradeAndDecision()
{
    // 8. At the unit, after the last return package: the binding grade 差 with its reason, and
    // next year's reduction, in the program's record view.
    sitAt(m_unit);
    Result<std::optional<SelfEvaluation>> ev = EvaluationRepository(db(m_unit)).find(m_evaluation);
    QCOMPARE((*ev)->status, RecordStatus::Approved);
    SubjectView* view = openRecordView(m_unit, Stage::Evaluation);
    QVERIFY(view);
    const QString summary = child<QLabel>(view, "evaluationSummary")->text();
    QVERIFY2(summary.contains(Names::of(Grade::Poor)), qPrintable(summary));
    QVERIFY2(shows(view, QStringLiteral("佐证材料不实")), "the reason for the grade is not shown at the unit");
    const QString decision = child<QLabel>(view, "decisionSummary")->text();
    QVERIFY2(decision.contains(Names::of(ApplicationDecision::Reduce)), qPrintable(decision));
}

QTEST_MAIN(TestTwoDatabaseLoop)
#include "TestTwoDatabaseLoop.moc"
