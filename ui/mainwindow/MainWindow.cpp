#include "ui/mainwindow/MainWindow.h"

#include "core/demo/DemoGenerator.h"
#include "core/storage/Database.h"
#include "core/workspace/Workspace.h"
#include "core/storage/Installation.h"
#include "ui/common/MessageBanner.h"
#include "ui/common/Settings.h"
#include "ui/mainwindow/NewDatabaseDialog.h"
#include "ui/programs/ProgramListView.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressDialog>
#include <QStandardPaths>
#include <QStatusBar>
#include <QVBoxLayout>

namespace jx {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_banner(new MessageBanner(this))
    , m_programs(new ProgramListView(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(m_banner);
    layout->addWidget(m_programs, 1);
    setCentralWidget(central);

    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* create = file->addAction(tr("&New…"), this, &MainWindow::createNew);
    create->setShortcut(QKeySequence::New);
    create->setObjectName(QStringLiteral("actionNew"));
    QAction* open = file->addAction(tr("&Open…"), this, &MainWindow::chooseAndOpen);
    open->setShortcut(QKeySequence::Open);
    open->setObjectName(QStringLiteral("actionOpen"));
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Jixiao"), this, &MainWindow::showAbout);

    connect(m_programs, &ProgramListView::errorOccurred, this,
            [this](const QString& message) { m_banner->showMessage(message); });
    resize(1200, 720);
    updateTitle();
}

MainWindow::~MainWindow()
{
    m_programs->setWorkspace(nullptr);
}

Database* MainWindow::database() const
{
    return m_workspace ? &m_workspace->database() : nullptr;
}

QString MainWindow::defaultDemoPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("demo.jixiao"));
}

bool MainWindow::openDatabase(const QString& path)
{
    Result<std::unique_ptr<Workspace>> workspace = Workspace::open(path);
    if (!workspace) {
        m_banner->showMessage(workspace.message());
        return false;
    }
    m_programs->setWorkspace(nullptr);
    m_workspace = std::move(workspace.value());
    m_programs->setWorkspace(m_workspace.get());
    // The same safe opening as the command line (Database::open); an upgrade is reported.
    if (const QString report = m_workspace->database().upgradeReport(); !report.isEmpty())
        m_banner->showMessage(report, MessageBanner::Kind::Information);
    else
        m_banner->hide();
    updateTitle();
    Settings::setLastDatabase(QFileInfo(path).absoluteFilePath());
    return true;
}

bool MainWindow::createDemoDatabase(const QString& path)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QProgressDialog progress(tr("Creating the demo database (one county, 3,000 programs)…"), tr("Cancel"), 0, 100, this);
    progress.setWindowTitle(tr("First start"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    DemoOptions options;
    options.scale = DemoScale::County;
    options.seed = 1;
    options.progress = [&progress](double done) {
        progress.setValue(int(done * 100));
        QApplication::processEvents();
        return !progress.wasCanceled();
    };
    Result<DemoSummary> summary = DemoGenerator::createDemo(path, options);
    progress.reset();
    if (!summary) {
        m_banner->showMessage(tr("The demo database could not be created: %1").arg(summary.message()));
        return false;
    }
    return openDatabase(path);
}

void MainWindow::createNew()
{
    NewDatabaseDialog dialog(this);
    const QString dir = m_workspace ? QFileInfo(m_workspace->database().path()).absolutePath() : QDir::homePath();
    dialog.setPath(QDir(dir).filePath(tr("new.jixiao")));
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
        statusBar()->showMessage(QDir::toNativeSeparators(path));
    }
    setWindowTitle(title);
}

} // namespace jx
