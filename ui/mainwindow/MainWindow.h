#pragma once

#include <QMainWindow>

#include <memory>

namespace jx {

class Database;
class Workspace;
class MessageBanner;
class ProgramListView;

/// The main window: the open database, its program list, and the file menu.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Opens @p path; on failure the banner says why and the previous database stays open.
    bool openDatabase(const QString& path);
    /// Creates the demo database at @p path with a progress dialog, then opens it.
    bool createDemoDatabase(const QString& path);

    /// The open workspace (every write goes through it), or null.
    Workspace* workspace() const { return m_workspace.get(); }
    /// The open database, for reading, or null.
    Database* database() const;
    ProgramListView* programList() const { return m_programs; }
    MessageBanner* banner() const { return m_banner; }

    /// Where the GUI keeps its demo database (the user's data directory).
    static QString defaultDemoPath();

private:
    void createNew();
    void chooseAndOpen();
    void showAbout();
    void updateTitle();

    std::unique_ptr<Workspace> m_workspace;
    MessageBanner* m_banner;
    ProgramListView* m_programs;
};

} // namespace jx
