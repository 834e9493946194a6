#include "ui/mainwindow/MainWindow.h"

#include "core/demo/DemoGenerator.h"
#include "core/storage/Database.h"
#include "core/storage/PersonRepository.h"
#include "core/workspace/Workspace.h"
#include "ui/common/MessageBanner.h"
#include "ui/common/Settings.h"
#include "ui/editors/RecordEditor.h"
#include "ui/mainwindow/ActorPicker.h"
#include "ui/mainwindow/NewDatabaseDialog.h"
#include "ui/mainwindow/StagePages.h"
#include "ui/record/SubjectView.h"
#include "ui/settings/SettingsPage.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QToolBar>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>

namespace jx {

namespace {

constexpr int MaxRecent = 8;

/// Whether Jixiao may write the file and its folder (its journal and backups live beside it).
bool writable(const QFileInfo& file)
{
    const QFileInfo folder(file.absolutePath());
    const auto ok = [](const QFileInfo& i) { return i.isWritable() && (i.permissions() & QFile::WriteOwner); };
    return ok(file) && ok(folder);
}

} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_banner(new MessageBanner(this))
    , m_navigation(new QListWidget(this))
    , m_content(new QStackedWidget(this))
    , m_pagesStack(new QStackedWidget(this))
    , m_recordArea(new QWidget(this))
    , m_recordTitle(new QLabel(this))
    , m_toolBar(new QToolBar(this))
    , m_fiscalYears(new QComboBox(this))
    , m_statusDatabase(new QLabel(this))
    , m_statusActor(new QLabel(this))
    , m_statusYear(new QLabel(this))
    , m_statusReadOnly(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(applicationIcon());

    // The side bar: the ten stages in the order of the loop, icon and name.
    m_navigation->setObjectName(QStringLiteral("stageNavigation"));
    m_navigation->setIconSize(QSize(20, 20));
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setSpacing(2);
    m_navigation->setStyleSheet(QStringLiteral(
        "#stageNavigation { background: #f3f5f8; padding-top: 8px; outline: 0; }"
        "#stageNavigation::item { padding: 7px 10px; border-radius: 4px; color: #1f2933; }"
        "#stageNavigation::item:selected { background: #dbe7f6; color: #0b3d75; }"));
    int widest = 0;
    for (Stage stage : allStages()) {
        auto* item = new QListWidgetItem(stageIcon(stage), stageName(stage), m_navigation);
        item->setData(Qt::UserRole, static_cast<int>(stage));
        item->setToolTip(stageName(stage));
        widest = std::max(widest, m_navigation->fontMetrics().horizontalAdvance(stageName(stage)));
        StagePage* page = createStagePage(stage, m_pagesStack);
        page->setProperty("stageKey", stageKey(stage));
        m_pages.insert(stage, page);
        m_pagesStack->addWidget(page);
        connectPage(page);
    }
    m_navigation->setFixedWidth(widest + 76);

    // The record area: a record view or an editor, with the way back to the page.
    m_recordArea->setObjectName(QStringLiteral("recordArea"));
    auto* back = new QPushButton(style()->standardIcon(QStyle::SP_ArrowBack), tr("Back"), m_recordArea);
    back->setObjectName(QStringLiteral("recordBack"));
    back->setShortcut(QKeySequence::Back);
    m_recordTitle->setObjectName(QStringLiteral("recordTitle"));
    auto* recordHeader = new QHBoxLayout;
    recordHeader->addWidget(back);
    recordHeader->addWidget(m_recordTitle, 1);
    auto* recordLayout = new QVBoxLayout(m_recordArea);
    recordLayout->setContentsMargins(0, 0, 0, 0);
    recordLayout->addLayout(recordHeader);
    connect(back, &QPushButton::clicked, this, &MainWindow::goBack);

    m_content->setObjectName(QStringLiteral("contentStack"));
    m_pagesStack->setObjectName(QStringLiteral("stagePages"));
    m_content->addWidget(m_pagesStack);
    m_content->addWidget(m_recordArea);

    auto* central = new QWidget(this);
    auto* right = new QVBoxLayout;
    right->setContentsMargins(8, 8, 8, 0);
    right->addWidget(m_banner);
    right->addWidget(m_content, 1);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    layout->addLayout(right, 1);
    setCentralWidget(central);

    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0)
            return;
        closeRecordArea();
        m_pagesStack->setCurrentIndex(row);
        updateToolBar();
    });

    buildMenus();
    buildToolBar();
    buildStatusBar();
    m_navigation->setCurrentRow(0);
    resize(1366, 768);
    updateTitle();
    updateStatus();
}

MainWindow::~MainWindow()
{
    // The pages let go of the workspace before it closes.
    for (StagePage* page : std::as_const(m_pages))
        page->setWorkspace(nullptr);
    // So do the record view and the editors (also those whose deletion is still pending): they
    // hold the workspace, which as a member goes before the widgets the base class deletes.
    const QList<QWidget*> shown = m_recordArea->findChildren<QWidget*>(Qt::FindDirectChildrenOnly);
    for (QWidget* w : shown) {
        if (w->objectName() != QLatin1String("recordBack") && w != m_recordTitle)
            delete w;
    }
    m_recordWidget = nullptr;
}

void MainWindow::connectPage(StagePage* page)
{
    connect(page, &StagePage::openSubjectRequested, this, &MainWindow::openSubject);
    connect(page, &StagePage::editRequested, this, &MainWindow::editRecord);
    connect(page, &StagePage::listRequested, this, [this](const ListRequest& request) {
        showStage(request.stage);
        if (StagePage* target = m_pages.value(request.stage))
            target->showList(request);
    });
    connect(page, &StagePage::messageRequested, this, [this](const QString& text, bool error) {
        m_banner->showMessage(text, error ? MessageBanner::Kind::Error : MessageBanner::Kind::Information);
    });
    if (auto* settings = qobject_cast<SettingsPage*>(page))
        connect(settings, &SettingsPage::fiscalYearChosen, this, &MainWindow::setFiscalYear);
}

void MainWindow::openSubject(const QUuid& subjectId)
{
    if (!m_workspace)
        return;
    m_returnTo = QUuid();
    QWidget* view = createSubjectView(*m_workspace, subjectId, m_recordArea);
    if (auto* subjectView = qobject_cast<SubjectView*>(view)) {
        connect(subjectView, &SubjectView::editRequested, this, &MainWindow::editRecord);
        connect(subjectView, &SubjectView::messageRequested, this, [this](const QString& text, bool error) {
            m_banner->showMessage(text, error ? MessageBanner::Kind::Error : MessageBanner::Kind::Information);
        });
    }
    showRecordArea(view, tr("Record"));
}

void MainWindow::editRecord(std::optional<RecordKind> kind, const QUuid& subjectId, const QUuid& recordId)
{
    if (!m_workspace)
        return;
    if (m_workspace->readOnly()) {
        m_banner->showMessage(m_workspace->database().readOnlyMessage());
        return;
    }
    const QString title = kind ? Names::of(*kind) : tr("Program");
    QWidget* editor = createEditor(*m_workspace, kind, subjectId, recordId, m_recordArea);
    showRecordArea(editor, title);
    m_returnTo = subjectId;
    if (auto* recordEditor = qobject_cast<RecordEditor*>(editor)) {
        connect(recordEditor, &RecordEditor::saved, this, [this](const QUuid&) { updateStatus(); });
        connect(recordEditor, &RecordEditor::closeRequested, this, [this] { goBack(); }, Qt::QueuedConnection);
    }
}

void MainWindow::goBack()
{
    const QUuid subject = m_returnTo;
    if (!subject.isNull() && m_workspace)
        openSubject(subject);
    else
        closeRecordArea();
}

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* create = file->addAction(tr("&New…"), this, [this] { createNew(); });
    create->setShortcut(QKeySequence::New);
    create->setObjectName(QStringLiteral("actionNew"));
    QAction* open = file->addAction(tr("&Open…"), this, &MainWindow::chooseAndOpen);
    open->setShortcut(QKeySequence::Open);
    open->setObjectName(QStringLiteral("actionOpen"));
    m_recent = file->addMenu(tr("Open &recent"));
    m_recent->setObjectName(QStringLiteral("menuRecent"));
    file->addSeparator();
    m_chooseActor = file->addAction(tr("&Who acts…"), this, &MainWindow::chooseActor);
    m_chooseActor->setObjectName(QStringLiteral("actionChooseActor"));
    m_chooseActor->setShortcut(QKeySequence(tr("Ctrl+Shift+U")));
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setObjectName(QStringLiteral("actionQuit"));

    QMenu* view = menuBar()->addMenu(tr("&View"));
    int n = 0;
    for (Stage stage : allStages()) {
        QAction* go = view->addAction(stageIcon(stage), stageName(stage), this, [this, stage] { showStage(stage); });
        go->setObjectName(QStringLiteral("actionStage_%1").arg(stageKey(stage)));
        ++n;
        if (n <= 10)
            go->setShortcut(QKeySequence(QStringLiteral("Ctrl+%1").arg(n % 10)));
    }
    view->addSeparator();
    m_refresh = view->addAction(style()->standardIcon(QStyle::SP_BrowserReload), tr("&Refresh"), this,
                                &MainWindow::refreshPage);
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_refresh->setObjectName(QStringLiteral("actionRefresh"));
    m_find = view->addAction(style()->standardIcon(QStyle::SP_FileDialogContentsView), tr("&Find"), this,
                             &MainWindow::findInPage);
    m_find->setShortcut(QKeySequence::Find);
    m_find->setObjectName(QStringLiteral("actionFind"));
    view->addSeparator();
    QAction* toolbar = m_toolBar->toggleViewAction();
    toolbar->setText(tr("&Toolbar"));
    view->addAction(toolbar);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* about = help->addAction(tr("&About Jixiao"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("actionAbout"));
    updateRecent();
}

void MainWindow::buildToolBar()
{
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setWindowTitle(tr("Toolbar"));
    m_toolBar->setMovable(false);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    addToolBar(Qt::TopToolBarArea, m_toolBar);
    // The page's actions go before this separator; the common ones stay after it.
    m_pageActionsEnd = m_toolBar->addSeparator();
    m_toolBar->addAction(m_refresh);
    m_toolBar->addAction(m_find);
    auto* spacer = new QWidget(m_toolBar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_toolBar->addWidget(spacer);
    auto* yearLabel = new QLabel(tr("Fiscal year "), m_toolBar);
    m_toolBar->addWidget(yearLabel);
    m_fiscalYears->setObjectName(QStringLiteral("fiscalYearCombo"));
    m_fiscalYears->setToolTip(tr("The fiscal year every page shows"));
    m_fiscalYears->setMinimumContentsLength(6);
    m_toolBar->addWidget(m_fiscalYears);
    connect(m_fiscalYears, &QComboBox::activated, this,
            [this](int index) { setFiscalYear(m_fiscalYears->itemData(index).toInt()); });
}

void MainWindow::buildStatusBar()
{
    m_statusDatabase->setObjectName(QStringLiteral("statusDatabase"));
    m_statusActor->setObjectName(QStringLiteral("statusActor"));
    m_statusYear->setObjectName(QStringLiteral("statusYear"));
    m_statusReadOnly->setObjectName(QStringLiteral("statusReadOnly"));
    m_statusDatabase->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_statusReadOnly->setStyleSheet(QStringLiteral("color: #9a3412; font-weight: bold;"));
    statusBar()->addWidget(m_statusDatabase, 1);
    statusBar()->addPermanentWidget(m_statusReadOnly);
    statusBar()->addPermanentWidget(m_statusActor);
    statusBar()->addPermanentWidget(m_statusYear);
}

Database* MainWindow::database() const
{
    return m_workspace ? &m_workspace->database() : nullptr;
}

QString MainWindow::defaultDemoPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("demo.jixiao"));
}

void MainWindow::showStage(Stage stage)
{
    closeRecordArea();
    m_navigation->setCurrentRow(static_cast<int>(stage));
}

Stage MainWindow::currentStage() const
{
    return static_cast<Stage>(std::max(0, m_pagesStack->currentIndex()));
}

bool MainWindow::recordAreaShown() const
{
    return m_content->currentWidget() == m_recordArea;
}

void MainWindow::showRecordArea(QWidget* widget, const QString& title)
{
    if (m_recordWidget) {
        m_recordArea->layout()->removeWidget(m_recordWidget);
        m_recordWidget->deleteLater();
    }
    m_recordWidget = widget;
    m_recordArea->layout()->addWidget(widget);
    m_recordTitle->setText(QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped()));
    m_content->setCurrentWidget(m_recordArea);
}

void MainWindow::closeRecordArea()
{
    if (m_recordWidget) {
        m_recordArea->layout()->removeWidget(m_recordWidget);
        m_recordWidget->deleteLater();
        m_recordWidget = nullptr;
    }
    m_content->setCurrentWidget(m_pagesStack);
}

void MainWindow::updateToolBar()
{
    for (QAction* a : std::as_const(m_pageActions))
        m_toolBar->removeAction(a);
    m_pageActions.clear();
    StagePage* page = m_pages.value(currentStage());
    if (!page)
        return;
    m_pageActions = page->stageActions();
    StagePage::insertToolBarActions(m_toolBar, m_pageActionsEnd, m_pageActions);
    if (m_workspace && m_workspace->readOnly()) {
        // Which of a page's actions write is the page's to know; the window says why at least.
        const QString reason = m_workspace->database().readOnlyMessage();
        for (QAction* a : std::as_const(m_pageActions)) {
            if (a->property("writes").toBool()) {
                a->setEnabled(false);
                a->setToolTip(reason);
            }
        }
    }
}

void MainWindow::refreshPage()
{
    if (StagePage* page = m_pages.value(currentStage()))
        page->refresh();
}

void MainWindow::findInPage()
{
    // A page's search field is a visible line edit whose object name contains "search".
    StagePage* page = m_pages.value(currentStage());
    if (!page)
        return;
    const QList<QLineEdit*> edits = page->findChildren<QLineEdit*>();
    for (QLineEdit* edit : edits) {
        if (edit->isVisible() && edit->objectName().contains(QLatin1String("search"), Qt::CaseInsensitive)) {
            edit->setFocus(Qt::ShortcutFocusReason);
            edit->selectAll();
            return;
        }
    }
}

void MainWindow::setFiscalYear(int year)
{
    if (year <= 0)
        return;
    m_fiscalYear = year;
    const int index = m_fiscalYears->findData(year);
    if (index < 0) {
        m_fiscalYears->addItem(QString::number(year), year);
        m_fiscalYears->setCurrentIndex(m_fiscalYears->count() - 1);
    } else {
        m_fiscalYears->setCurrentIndex(index);
    }
    Settings::setValue(Settings::Key::FiscalYear, year);
    for (StagePage* page : std::as_const(m_pages))
        page->setFiscalYear(year);
    updateStatus();
}

void MainWindow::fillFiscalYears()
{
    QList<int> years;
    if (m_workspace) {
        QSqlQuery q(m_workspace->database().connection());
        if (q.exec(QStringLiteral("SELECT DISTINCT fiscal_year FROM subject WHERE deleted = 0 ORDER BY fiscal_year"))) {
            while (q.next())
                years << q.value(0).toInt();
        }
    }
    const int current = Workspace::defaultFiscalYear();
    for (int y : { current - 1, current, current + 1 }) {
        if (!years.contains(y))
            years << y;
    }
    std::sort(years.begin(), years.end());
    m_fiscalYears->clear();
    for (int y : std::as_const(years))
        m_fiscalYears->addItem(QString::number(y), y);
    // The year shown last, else the latest year with programs up to this one.
    int year = Settings::value(Settings::Key::FiscalYear).toInt();
    if (!years.contains(year) || year <= 0) {
        year = current;
        if (m_workspace) {
            QSqlQuery q(m_workspace->database().connection());
            q.prepare(QStringLiteral("SELECT max(fiscal_year) FROM subject WHERE deleted = 0 AND fiscal_year <= ?"));
            q.addBindValue(current);
            if (q.exec() && q.next() && !q.value(0).isNull())
                year = q.value(0).toInt();
        }
    }
    setFiscalYear(year);
}

bool MainWindow::openWorkspace(const QString& path)
{
    const QFileInfo info(path);
    const bool readOnly = !writable(info);
    Result<std::unique_ptr<Workspace>> workspace = readOnly ? Workspace::openReadOnly(path) : Workspace::open(path);
    if (!workspace) {
        m_banner->showMessage(tr("%1 could not be opened. %2")
                                  .arg(QDir::toNativeSeparators(path), workspace.message()));
        return false;
    }
    for (StagePage* page : std::as_const(m_pages))
        page->setWorkspace(nullptr);
    closeRecordArea();
    m_workspace = std::move(workspace.value());
    if (const QString report = m_workspace->database().upgradeReport(); !report.isEmpty())
        m_banner->showMessage(report, MessageBanner::Kind::Information);
    else if (readOnly)
        m_banner->showMessage(m_workspace->database().readOnlyMessage(), MessageBanner::Kind::Information);
    else
        m_banner->hide();
    settleActor();
    for (StagePage* page : std::as_const(m_pages))
        page->setWorkspace(m_workspace.get());
    fillFiscalYears();
    Settings::setLastDatabase(path);
    QStringList recent = Settings::value(Settings::Key::RecentDatabases).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    Settings::setValue(Settings::Key::RecentDatabases, QStringList(recent.mid(0, MaxRecent)));
    updateRecent();
    updateTitle();
    updateStatus();
    updateToolBar();
    return true;
}

bool MainWindow::openDatabase(const QString& given)
{
    // Shown and remembered whole: a relative path is the current folder's.
    const QString path = QFileInfo(given).absoluteFilePath();
    if (!QFileInfo::exists(path)) {
        QMessageBox box(QMessageBox::Question, tr("No such database"),
                        tr("There is no file %1.\n\nCreate a new database there?").arg(QDir::toNativeSeparators(path)),
                        QMessageBox::NoButton, this);
        box.setObjectName(QStringLiteral("missingFileBox"));
        QPushButton* create = box.addButton(tr("New…"), QMessageBox::AcceptRole);
        create->setObjectName(QStringLiteral("missingFileNew"));
        box.addButton(QMessageBox::Cancel);
        box.exec();
        if (box.clickedButton() == create) {
            createNew(path);
            return m_workspace && QFileInfo(m_workspace->database().path()).absoluteFilePath() == path;
        }
        m_banner->showMessage(tr("There is no file %1.").arg(QDir::toNativeSeparators(path)));
        return false;
    }
    if (QFileInfo(path).isFile() && QFileInfo(path).size() == 0) {
        // Said here rather than by the core, whose words point to the command line.
        m_banner->showMessage(tr("%1 is empty (0 bytes), not a Jixiao database; it was left as it is. Open another "
                                 "file, or create a database with File > New.")
                                  .arg(QDir::toNativeSeparators(path)));
        return false;
    }
    return openWorkspace(path);
}

bool MainWindow::createDemoDatabase(const QString& path)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QProgressDialog progress(tr("Creating the demo database (one county, 3,000 programs)…"), tr("Cancel"), 0, 100, this);
    progress.setObjectName(QStringLiteral("demoProgress"));
    progress.setWindowTitle(tr("First start"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    progress.setValue(0);
    // The generator runs on a worker thread with its own connection; it asks this flag whether
    // to go on and reports progress through queued calls, so the window stays responsive.
    auto cancelled = std::make_shared<std::atomic_bool>(false);
    DemoOptions options;
    options.scale = DemoScale::County;
    options.seed = 1;
    options.progress = [cancelled, &progress](double done) {
        QMetaObject::invokeMethod(&progress, [&progress, done] { progress.setValue(int(done * 100)); },
                                  Qt::QueuedConnection);
        return !cancelled->load();
    };
    connect(&progress, &QProgressDialog::canceled, this, [cancelled] { cancelled->store(true); });
    QFutureWatcher<Result<DemoSummary>> watcher;
    QEventLoop loop;
    connect(&watcher, &QFutureWatcher<Result<DemoSummary>>::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(QtConcurrent::run([path, options] { return DemoGenerator::createDemo(path, options); }));
    if (!watcher.isFinished())
        loop.exec();
    // Progress calls still queued point at the dialog: let them run before it goes.
    QCoreApplication::processEvents();
    const Result<DemoSummary> summary = watcher.result();
    progress.reset();
    if (!summary) {
        if (cancelled->load())
            m_banner->showMessage(tr("The demo database was not created (cancelled); nothing was left behind."),
                                  MessageBanner::Kind::Information);
        else
            m_banner->showMessage(tr("The demo database could not be created: %1").arg(summary.message()));
        return false;
    }
    return openDatabase(path);
}

void MainWindow::createNew(const QString& suggestedPath)
{
    NewDatabaseDialog dialog(this);
    QString path = suggestedPath;
    if (path.isEmpty()) {
        const QString dir = m_workspace ? QFileInfo(m_workspace->database().path()).absolutePath() : QDir::homePath();
        path = QDir(dir).filePath(tr("new.jixiao"));
    }
    dialog.setPath(path);
    if (dialog.exec() == QDialog::Accepted)
        openDatabase(dialog.createdPath());
}

void MainWindow::chooseAndOpen()
{
    const QString start = m_workspace ? QFileInfo(m_workspace->database().path()).absolutePath() : QDir::homePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open database"), start,
                                                      tr("Jixiao databases (*.jixiao *.db *.sqlite);;All files (*)"));
    if (!path.isEmpty())
        openDatabase(path);
}

void MainWindow::updateRecent()
{
    m_recent->clear();
    const QStringList recent = Settings::value(Settings::Key::RecentDatabases).toStringList();
    for (const QString& path : recent) {
        QAction* a = m_recent->addAction(QDir::toNativeSeparators(path), this, [this, path] { openDatabase(path); });
        a->setObjectName(QStringLiteral("actionRecent"));
    }
    m_recent->setEnabled(!recent.isEmpty());
}

void MainWindow::settleActor()
{
    const QString path = m_workspace->database().path();
    const QPair<QString, int> last = Settings::lastActor(path);
    Result<QList<Person>> people = PersonRepository(m_workspace->database()).list(m_workspace->self().meta.id);
    if (people) {
        for (const Person& p : *people) {
            if (p.actor.name == last.first && static_cast<int>(p.actor.role) == last.second) {
                if (setActor(p.actor))
                    return;
            }
        }
        // Nobody remembered: one person is who acts; several are asked.
        if (people->size() == 1 && setActor(people->constFirst().actor))
            return;
        if (people->size() > 1 && chooseActor())
            return;
    }
    // No list to choose from (an older file not yet upgraded, or nobody chosen): the default.
    (void)m_workspace->setActor(Workspace::defaultActor(m_workspace->self()));
}

bool MainWindow::chooseActor()
{
    if (!m_workspace)
        return false;
    const QPair<QString, int> last = Settings::lastActor(m_workspace->database().path());
    const std::optional<Actor> actor = ActorPicker::pick(*m_workspace, last.first, last.second, this);
    return actor && setActor(*actor);
}

bool MainWindow::setActor(const Actor& actor)
{
    if (!m_workspace)
        return false;
    // The window lets only the roles of this kind of agency act (the command line is looser).
    if (!PersonRepository::roleFits(actor.role, m_workspace->self().kind)) {
        m_banner->showMessage(tr("%1 cannot act as %2 for %3, which is a %4.")
                                  .arg(actor.name, Names::of(actor.role), m_workspace->self().name,
                                       Names::of(m_workspace->self().kind)));
        return false;
    }
    if (Result<void> r = m_workspace->setActor(actor); !r) {
        m_banner->showMessage(r.message());
        return false;
    }
    Settings::setLastActor(m_workspace->database().path(), actor.name, static_cast<int>(actor.role));
    updateStatus();
    return true;
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Jixiao"),
                       tr("<h3>Jixiao %1</h3><p>Budget performance management: ex-ante assessment, performance "
                          "targets, monitoring, self-evaluation and the use of results, offline on one PC.</p>")
                           .arg(QApplication::applicationVersion()));
}

void MainWindow::updateTitle()
{
    QString title = tr("Jixiao — Budget performance management");
    if (m_workspace) {
        const QString path = m_workspace->database().path();
        title = tr("%1 — %2 — Jixiao").arg(m_workspace->self().name, QFileInfo(path).fileName());
        if (m_workspace->readOnly())
            title = tr("%1 (read-only)").arg(title);
    }
    setWindowTitle(title);
}

void MainWindow::updateStatus()
{
    m_chooseActor->setEnabled(m_workspace != nullptr);
    if (!m_workspace) {
        m_statusDatabase->setText(tr("No database open"));
        m_statusActor->clear();
        m_statusYear->clear();
        m_statusReadOnly->clear();
        return;
    }
    const QString absolute = QFileInfo(m_workspace->database().path()).absoluteFilePath();
    const QString path = QDir::toNativeSeparators(absolute);
    // The whole path, with the home folder written "~" where that is the custom (not on Windows),
    // so that the part that tells files apart stays visible in a narrow window; the tooltip
    // always has it in full.
    QString shown = path;
#ifndef Q_OS_WIN
    const QString home = QDir::homePath();
    if (home != QLatin1String("/") && absolute.startsWith(home + QLatin1Char('/')))
        shown = QLatin1Char('~') + absolute.mid(home.size());
#endif
    m_statusDatabase->setText(shown);
    m_statusDatabase->setToolTip(path);
    const Actor& a = m_workspace->actor();
    m_statusActor->setText(tr("%1 · %2 · %3").arg(a.name, Names::of(a.role), m_workspace->self().name));
    m_statusActor->setToolTip(tr("Who acts; change it in File > Who acts…"));
    m_statusYear->setText(tr("Fiscal year %1").arg(m_fiscalYear));
    m_statusReadOnly->setText(m_workspace->readOnly() ? tr("Read-only") : QString());
    m_statusReadOnly->setToolTip(m_workspace->readOnly() ? m_workspace->database().readOnlyMessage() : QString());
}

} // namespace jx
