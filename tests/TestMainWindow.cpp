#include "TestSupport.h"

#include "core/i18n/Translations.h"
#include "core/storage/AgencyRepository.h"
#include "core/storage/PersonRepository.h"
#include "core/storage/SubjectRepository.h"
#include "core/workspace/Workspace.h"
#include "ui/common/MessageBanner.h"
#include "ui/common/Settings.h"
#include "ui/editors/RecordEditor.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/mainwindow/NewDatabaseDialog.h"
#include "ui/mainwindow/PlaceholderPage.h"
#include "ui/mainwindow/StagePages.h"
#include "ui/record/SubjectView.h"
#include "ui/reports/ReportsPage.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QProcess>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolBar>

using namespace jx;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void stagesInOrder();
    void statusBarSaysFileActorAndYear();
    void fiscalYearReachesEveryPage();
    void requestsAreRouted();
    void findFocusesSearch();
    void badFileShowsBannerAndKeepsDatabase();
    void zeroByteFileIsNotWritten();
    void foreignSqliteFileIsNotWritten();
    void readOnlyFileOpensReadOnly();
    void missingFileOffersNew();
    void relativePathShownWhole();
    void actorPickerAddsAndRemembers();
    void actorMustFitTheAgency();
    void demoCreationCancels();
    void helpAndVersionWithoutDisplay();
    void newDatabaseDialog();

private:
    QTemporaryDir m_dir;
    QString m_path;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // settings go to a test location
    QSettings().clear();
    Translations::install(*QCoreApplication::instance()); // JIXIAO_LANG: en under ctest
    std::unique_ptr<Database> db = test::createInstallation(m_dir);
    QVERIFY(db);
    m_path = db->path();
    Agency unit;
    unit.name = QStringLiteral("喀什市水利局");
    unit.kind = AgencyKind::BudgetUnit;
    unit.divisionCode = QStringLiteral("653101");
    QVERIFY(AgencyRepository(*db).save(unit).ok());
    const QStringList names = { QStringLiteral("2025年渠道防渗改造项目"), QStringLiteral("2025年农村饮水安全巩固提升项目"),
                                QStringLiteral("2025年防汛抗旱项目") };
    int serial = 0;
    for (const QString& name : names) {
        Subject s;
        s.code = QStringLiteral("SL-%1").arg(++serial);
        s.kind = SubjectKind::Program;
        s.fiscalYear = 2025;
        s.agencyId = unit.meta.id;
        s.divisionCode = unit.divisionCode;
        s.name = name;
        s.amount = Money::fromYuan(1'500'000);
        QVERIFY(SubjectRepository(*db).save(s).ok());
    }
}

void TestMainWindow::init()
{
    QSettings().clear();
}

void TestMainWindow::stagesInOrder()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY(window.openDatabase(m_path));
    auto* nav = window.findChild<QListWidget*>(QStringLiteral("stageNavigation"));
    QVERIFY(nav);
    QCOMPARE(nav->count(), 10);
    const QStringList expected = { QStringLiteral("Home"), QStringLiteral("Ex-ante assessment"),
                                   QStringLiteral("Performance targets"), QStringLiteral("Monitoring"),
                                   QStringLiteral("Self-evaluation"), QStringLiteral("Finance review"),
                                   QStringLiteral("Use of results"), QStringLiteral("Data exchange"),
                                   QStringLiteral("Reports"), QStringLiteral("Settings") };
    for (int i = 0; i < 10; ++i) {
        QCOMPARE(nav->item(i)->text(), expected.at(i));
        QVERIFY(!nav->item(i)->icon().isNull());
    }
    QCOMPARE(window.currentStage(), Stage::Home);
    // A click on 报表 shows its page: the list of reports.
    QTest::mouseClick(nav->viewport(), Qt::LeftButton, {}, nav->visualItemRect(nav->item(8)).center());
    QCOMPARE(window.currentStage(), Stage::Reports);
    auto* reports = qobject_cast<ReportsPage*>(window.page(Stage::Reports));
    QVERIFY(reports);
    QVERIFY(reports->isVisible());
    QVERIFY(reports->findChild<QWidget*>(QStringLiteral("reportList"))->isVisible());
    // Ctrl+1 goes home.
    QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(window.currentStage(), Stage::Home);
    QVERIFY(!window.windowIcon().isNull());
    auto* toolbar = window.findChild<QToolBar*>(QStringLiteral("mainToolBar"));
    QVERIFY(toolbar->actions().contains(window.findChild<QAction*>(QStringLiteral("actionRefresh"))));
    QCOMPARE(window.findChild<QAction*>(QStringLiteral("actionRefresh"))->shortcut(), QKeySequence(QKeySequence::Refresh));
}

void TestMainWindow::statusBarSaysFileActorAndYear()
{
    MainWindow window;
    window.show();
    QVERIFY(window.openDatabase(m_path));
    QCOMPARE(window.findChild<QLabel*>(QStringLiteral("statusDatabase"))->text(),
             QDir::toNativeSeparators(QFileInfo(m_path).absoluteFilePath()));
    const QString actor = window.findChild<QLabel*>(QStringLiteral("statusActor"))->text();
    QVERIFY2(actor.contains(QStringLiteral("喀什市财政局")) && actor.contains(window.workspace()->actor().name), qPrintable(actor));
    QVERIFY2(actor.contains(Names::of(Role::FinanceReviewer)), qPrintable(actor));
    // The latest year with programs up to this one.
    QCOMPARE(window.fiscalYear(), 2025);
    QVERIFY(window.findChild<QLabel*>(QStringLiteral("statusYear"))->text().contains(QLatin1String("2025")));
    QVERIFY(window.findChild<QLabel*>(QStringLiteral("statusReadOnly"))->text().isEmpty());
}

void TestMainWindow::fiscalYearReachesEveryPage()
{
    MainWindow window;
    window.show();
    QVERIFY(window.openDatabase(m_path));
    auto* combo = window.findChild<QComboBox*>(QStringLiteral("fiscalYearCombo"));
    const int index = combo->findData(2026);
    QVERIFY(index >= 0);
    combo->setCurrentIndex(index);
    Q_EMIT combo->activated(index);
    QCOMPARE(window.fiscalYear(), 2026);
    for (Stage stage : allStages())
        QCOMPARE(window.page(stage)->fiscalYear(), 2026);
    QVERIFY(window.findChild<QLabel*>(QStringLiteral("statusYear"))->text().contains(QLatin1String("2026")));
    // The settings page's year switch is the same switch.
    auto* settingsYear = window.page(Stage::Settings)->findChild<QComboBox*>(QStringLiteral("settingsFiscalYear"));
    const int y2024 = settingsYear->findData(2024);
    settingsYear->setCurrentIndex(y2024);
    Q_EMIT settingsYear->activated(y2024);
    QCOMPARE(window.fiscalYear(), 2024);
    QCOMPARE(combo->currentData().toInt(), 2024);
    QCOMPARE(window.page(Stage::Home)->fiscalYear(), 2024);
}

void TestMainWindow::requestsAreRouted()
{
    MainWindow window;
    window.show();
    QVERIFY(window.openDatabase(m_path));
    StagePage* home = window.page(Stage::Home);
    ListRequest request;
    request.stage = Stage::Monitoring;
    request.overdue = true;
    Q_EMIT home->listRequested(request);
    QCOMPARE(window.currentStage(), Stage::Monitoring);

    QSqlQuery query(window.database()->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT id FROM subject WHERE kind = 3 AND deleted = 0 LIMIT 1")) && query.next());
    const QUuid program = QUuid::fromRfc4122(query.value(0).toByteArray());

    Q_EMIT home->openSubjectRequested(program);
    QVERIFY(window.recordAreaShown());
    QVERIFY(qobject_cast<SubjectView*>(window.recordWidget()));
    QVERIFY(window.recordWidget()->isVisible());
    QTest::mouseClick(window.findChild<QPushButton*>(QStringLiteral("recordBack")), Qt::LeftButton);
    QVERIFY(!window.recordAreaShown());
    QCOMPARE(window.currentStage(), Stage::Monitoring);

    // An editor opened about a subject goes back to that subject's record view.
    Q_EMIT home->editRequested(RecordKind::TargetSet, program, QUuid());
    QVERIFY(window.recordAreaShown());
    QVERIFY(qobject_cast<RecordEditor*>(window.recordWidget()));
    QTest::mouseClick(window.findChild<QPushButton*>(QStringLiteral("recordBack")), Qt::LeftButton);
    QTRY_VERIFY(qobject_cast<SubjectView*>(window.recordWidget()));
    QVERIFY(window.recordAreaShown());
    // Choosing a stage leaves the record area.
    window.showStage(Stage::Targets);
    QVERIFY(!window.recordAreaShown());

    Q_EMIT home->messageRequested(QStringLiteral("Saved."), false);
    QVERIFY(window.banner()->isVisible());
    QCOMPARE(window.banner()->text(), QStringLiteral("Saved."));
}

void TestMainWindow::findFocusesSearch()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY(window.openDatabase(m_path));
    // A page with a search field gets the focus there on Ctrl+F.
    StagePage* page = window.page(Stage::Targets);
    auto* search = page->findChild<QLineEdit*>(QStringLiteral("search"));
    QVERIFY(search);
    window.showStage(Stage::Targets);
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(search->hasFocus());
}

void TestMainWindow::badFileShowsBannerAndKeepsDatabase()
{
    MainWindow window;
    window.show();
    QVERIFY(window.openDatabase(m_path));
    const QString junk = m_dir.filePath(QStringLiteral("junk.jixiao"));
    QFile f(junk);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("not a database at all");
    f.close();
    const QByteArray before = test::fileHash(junk);
    QVERIFY(!window.openDatabase(junk));
    QVERIFY(window.banner()->isVisible());
    QVERIFY2(window.banner()->text().contains(QLatin1String("not a Jixiao database")), qPrintable(window.banner()->text()));
    // The whole path of the file at fault.
    QVERIFY2(window.banner()->text().contains(QDir::toNativeSeparators(junk)), qPrintable(window.banner()->text()));
    QCOMPARE(test::fileHash(junk), before);
    // The database that was open stays open.
    QCOMPARE(window.database()->path(), m_path);
}

void TestMainWindow::zeroByteFileIsNotWritten()
{
    MainWindow window;
    window.show();
    const QString empty = m_dir.filePath(QStringLiteral("empty.jixiao"));
    QFile f(empty);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.close();
    QVERIFY(!window.openDatabase(empty));
    QCOMPARE(QFileInfo(empty).size(), qint64(0));
    QVERIFY(!QFile::exists(empty + QStringLiteral("-wal")));
    QVERIFY2(window.banner()->text().contains(QLatin1String("0 bytes")), qPrintable(window.banner()->text()));
    QVERIFY(!window.banner()->text().contains(QLatin1String("“init”")));
    QVERIFY(!window.workspace());
}

void TestMainWindow::foreignSqliteFileIsNotWritten()
{
    const QString foreign = m_dir.filePath(QStringLiteral("other.sqlite"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
        db.setDatabaseName(foreign);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO notes (text) VALUES ('hello')")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
    const QByteArray before = test::fileHash(foreign);
    MainWindow window;
    window.show();
    QVERIFY(!window.openDatabase(foreign));
    QCOMPARE(test::fileHash(foreign), before);
    QVERIFY2(window.banner()->text().contains(QLatin1String("another application")), qPrintable(window.banner()->text()));
}

void TestMainWindow::readOnlyFileOpensReadOnly()
{
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("readonly.jixiao"));
    {
        // A consistent copy (the WAL folded in) through a second installation.
        std::unique_ptr<Database> db = test::createInstallation(dir, QStringLiteral("readonly.jixiao"));
        QVERIFY(db);
    }
    QVERIFY(QFile::setPermissions(copy, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    const QByteArray before = test::fileHash(copy);
    MainWindow window;
    window.show();
    QVERIFY(window.openDatabase(copy));
    QVERIFY(window.workspace()->readOnly());
    QVERIFY(window.windowTitle().contains(QLatin1String("read-only")));
    QVERIFY(!window.findChild<QLabel*>(QStringLiteral("statusReadOnly"))->text().isEmpty());
    QVERIFY2(window.banner()->text().contains(QLatin1String("read-only")), qPrintable(window.banner()->text()));
    // A write is refused with a translated message, never SQLite's words.
    Subject s = window.workspace()->newProgram();
    s.name = QStringLiteral("只读项目");
    s.code = QStringLiteral("RO-1");
    s.programKind = ProgramKind::Project;
    Result<void> saved = window.workspace()->saveSubject(s);
    QVERIFY(!saved.ok());
    QVERIFY2(saved.message().contains(QLatin1String("read-only")), qPrintable(saved.message()));
    QVERIFY(!saved.message().contains(QLatin1String("attempt to write")));
    // An edit is not even offered.
    Q_EMIT window.page(Stage::Home)->editRequested(RecordKind::TargetSet, QUuid::createUuid(), QUuid());
    QVERIFY(!window.recordAreaShown());
    QCOMPARE(test::fileHash(copy), before);
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
}

void TestMainWindow::missingFileOffersNew()
{
    MainWindow window;
    window.show();
    const QString missing = m_dir.filePath(QStringLiteral("missing.jixiao"));
    // Cancel: nothing is created, the banner names the whole path.
    QTimer::singleShot(0, this, [] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        QVERIFY(box);
        QCOMPARE(box->objectName(), QStringLiteral("missingFileBox"));
        QVERIFY(box->findChild<QPushButton*>(QStringLiteral("missingFileNew")));
        box->button(QMessageBox::Cancel)->click();
    });
    QVERIFY(!window.openDatabase(missing));
    QVERIFY(!QFile::exists(missing));
    QVERIFY(window.banner()->text().contains(QDir::toNativeSeparators(missing)));
    QVERIFY(!window.banner()->text().contains(QLatin1String("init")));
    // New: the new-database dialog with this path, filled in the way a user would.
    bool sawDialog = false;
    QTimer::singleShot(0, this, [this, &sawDialog, missing] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        QVERIFY(box);
        QTimer::singleShot(0, this, [&sawDialog, missing] {
            auto* dialog = qobject_cast<NewDatabaseDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            sawDialog = true;
            QCOMPARE(dialog->findChild<QLineEdit*>(QStringLiteral("newDatabasePath"))->text(),
                     QDir::toNativeSeparators(missing));
            QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("newDatabaseDivision")), QStringLiteral("654201"));
            dialog->findChild<QLineEdit*>(QStringLiteral("newDatabaseAgency"))->setText(QStringLiteral("塔城市教育局"));
            auto* kind = dialog->findChild<QComboBox*>(QStringLiteral("newDatabaseKind"));
            kind->setCurrentIndex(kind->findText(Names::of(AgencyKind::BudgetUnit)));
            QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        });
        box->findChild<QPushButton*>(QStringLiteral("missingFileNew"))->click();
    });
    QVERIFY(window.openDatabase(missing));
    QVERIFY(sawDialog);
    QVERIFY(QFile::exists(missing));
    QCOMPARE(window.workspace()->self().name, QStringLiteral("塔城市教育局"));
    // A unit's database: its person acts as a preparer.
    QCOMPARE(window.workspace()->actor().role, Role::UnitPreparer);
}

void TestMainWindow::relativePathShownWhole()
{
    const QString before = QDir::currentPath();
    QDir::setCurrent(m_dir.path());
    MainWindow window;
    window.show();
    const bool opened = window.openDatabase(QFileInfo(m_path).fileName());
    QDir::setCurrent(before);
    QVERIFY(opened);
    QCOMPARE(window.findChild<QLabel*>(QStringLiteral("statusDatabase"))->text(),
             QDir::toNativeSeparators(QFileInfo(m_path).absoluteFilePath()));
    QCOMPARE(Settings::lastDatabase(), QFileInfo(m_path).absoluteFilePath());
}

void TestMainWindow::actorPickerAddsAndRemembers()
{
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openDatabase(m_path));
        QTimer::singleShot(0, this, [] {
            QWidget* picker = QApplication::activeModalWidget();
            QVERIFY(picker);
            QCOMPARE(picker->objectName(), QStringLiteral("actorPicker"));
            auto* name = picker->findChild<QLineEdit*>(QStringLiteral("actorNewName"));
            auto* role = picker->findChild<QComboBox*>(QStringLiteral("actorNewRole"));
            // A finance bureau offers the finance roles only.
            QCOMPARE(role->count(), 2);
            role->setCurrentIndex(role->findData(static_cast<int>(Role::FinanceAdministrator)));
            name->setText(QStringLiteral("王芳"));
            QTest::mouseClick(picker->findChild<QPushButton*>(QStringLiteral("actorAdd")), Qt::LeftButton);
            auto* people = picker->findChild<QListWidget*>(QStringLiteral("actorPeople"));
            QCOMPARE(people->count(), 2);
            QVERIFY(people->currentItem()->text().contains(QStringLiteral("王芳")));
            QTest::mouseClick(picker->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        });
        window.findChild<QAction*>(QStringLiteral("actionChooseActor"))->trigger();
        QCOMPARE(window.workspace()->actor().name, QStringLiteral("王芳"));
        QCOMPARE(window.workspace()->actor().role, Role::FinanceAdministrator);
        QVERIFY(window.findChild<QLabel*>(QStringLiteral("statusActor"))->text().contains(QStringLiteral("王芳")));
    }
    // Opened again, the last choice of this database acts without asking.
    MainWindow again;
    again.show();
    QVERIFY(again.openDatabase(m_path));
    QCOMPARE(again.workspace()->actor().name, QStringLiteral("王芳"));
    QCOMPARE(again.workspace()->actor().role, Role::FinanceAdministrator);
}

void TestMainWindow::actorMustFitTheAgency()
{
    // Two people now (王芳 was added above): the one remembered acts without asking.
    Settings::setLastActor(QFileInfo(m_path).absoluteFilePath(), QStringLiteral("王芳"),
                           static_cast<int>(Role::FinanceAdministrator));
    MainWindow window;
    window.show();
    QVERIFY(window.openDatabase(m_path));
    // A unit's role in a finance bureau's database is refused, and says so.
    QVERIFY(!window.setActor({ QStringLiteral("李丽娜"), Role::UnitPreparer, {} }));
    QVERIFY(window.banner()->isVisible());
    QVERIFY(window.workspace()->actor().name != QStringLiteral("李丽娜"));
}

void TestMainWindow::demoCreationCancels()
{
    MainWindow window;
    window.show();
    const QString path = m_dir.filePath(QStringLiteral("demo-cancelled.jixiao"));
    bool cancelled = false;
    // Cancel as a user would, once the progress shows.
    QTimer timer;
    timer.setInterval(50);
    connect(&timer, &QTimer::timeout, this, [&] {
        auto* progress = window.findChild<QProgressDialog*>(QStringLiteral("demoProgress"));
        if (progress && progress->isVisible() && progress->value() > 0 && !cancelled) {
            cancelled = true;
            QTest::mouseClick(progress->findChild<QPushButton*>(), Qt::LeftButton);
        }
    });
    timer.start();
    QVERIFY(!window.createDemoDatabase(path));
    timer.stop();
    QVERIFY(cancelled);
    QVERIFY(!QFile::exists(path));
    QVERIFY2(window.banner()->text().contains(QLatin1String("cancelled")), qPrintable(window.banner()->text()));
}

void TestMainWindow::helpAndVersionWithoutDisplay()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    for (const QString& option : { QStringLiteral("--help"), QStringLiteral("--version") }) {
        QProcess gui;
        gui.setProcessEnvironment(env);
        gui.start(QStringLiteral(JIXIAO_GUI_BINARY), { option });
        QVERIFY(gui.waitForFinished(20000));
        QCOMPARE(gui.exitStatus(), QProcess::NormalExit);
        QCOMPARE(gui.exitCode(), 0);
        const QString out = QString::fromUtf8(gui.readAllStandardOutput());
        QVERIFY2(out.contains(option == QLatin1String("--help") ? QStringLiteral("--lang") : QStringLiteral("0.")),
                 qPrintable(out + QString::fromUtf8(gui.readAllStandardError())));
    }
}

void TestMainWindow::newDatabaseDialog()
{
    NewDatabaseDialog dialog;
    dialog.show();
    const QString path = m_dir.filePath(QStringLiteral("unit.jixiao"));
    dialog.setPath(path);
    auto* division = dialog.findChild<QLineEdit*>(QStringLiteral("newDatabaseDivision"));
    auto* divisionName = dialog.findChild<QLabel*>(QStringLiteral("newDatabaseDivisionName"));
    auto* agency = dialog.findChild<QLineEdit*>(QStringLiteral("newDatabaseAgency"));
    auto* ok = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    auto* banner = dialog.findChild<MessageBanner*>();

    // An unknown code: the reason shows in the dialog, which stays open, and no file appears.
    QTest::keyClicks(division, QStringLiteral("659999"));
    QVERIFY(!divisionName->text().isEmpty());
    agency->setText(QStringLiteral("塔城市教育局"));
    QTest::mouseClick(ok, Qt::LeftButton);
    QVERIFY(dialog.isVisible());
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(QLatin1String("659999")), qPrintable(banner->text()));
    QVERIFY(!QFile::exists(path));

    division->clear();
    QTest::keyClicks(division, QStringLiteral("654201"));
    QCOMPARE(divisionName->text(), QStringLiteral("塔城市"));
    // Pictures for the user guide when asked for: JIXIAO_SCREENSHOT_DIR=... ctest -R TestMainWindow
    if (const QString dir = qEnvironmentVariable("JIXIAO_SCREENSHOT_DIR"); !dir.isEmpty())
        dialog.grab().save(QDir(dir).filePath(QStringLiteral("new-database.png")));
    QTest::mouseClick(ok, Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.createdPath(), path);
    Result<std::unique_ptr<Database>> db = Database::open(path);
    QVERIFY(db.ok());
    QCOMPARE(Installation::selfAgency(**db)->name, QStringLiteral("塔城市教育局"));
    QCOMPARE(Installation::selfAgency(**db)->divisionCode, QStringLiteral("654201"));
}

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
