#pragma once

#include "core/domain/Actor.h"
#include "ui/common/StagePage.h"

#include <QMainWindow>
#include <QMap>

#include <memory>

class QAction;
class QComboBox;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;
class QToolBar;

namespace jx {

class Database;
class Workspace;
class MessageBanner;

/**
 * The main window: a side bar with the ten stages, the page of the chosen stage, a record
 * area (a subject's record view or an editor, with a way back), the toolbar with the page's
 * actions, and the status bar saying which file is open, who acts and which fiscal year is
 * shown. Pages come from StagePages.h only; the window routes their requests.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    /**
     * Opens @p path (a relative path is taken from the current folder). A missing file offers a
     * new database there; a file that may not be written opens read-only. On failure the banner
     * says why and the previous database stays open.
     */
    bool openDatabase(const QString& path);
    /// Creates the demo database at @p path on a worker thread with progress and Cancel, then opens it.
    bool createDemoDatabase(const QString& path);

    /// The open workspace (every write goes through it), or null.
    Workspace* workspace() const { return m_workspace.get(); }
    /// The open database, for reading, or null.
    Database* database() const;
    MessageBanner* banner() const { return m_banner; }

    /// The page of @p stage.
    StagePage* page(Stage stage) const { return m_pages.value(stage); }
    /// Shows the page of @p stage.
    void showStage(Stage stage);
    Stage currentStage() const;
    /// Whether the record area (a record view or an editor) is shown instead of a stage page.
    bool recordAreaShown() const;
    int fiscalYear() const { return m_fiscalYear; }
    /// Shows @p year on every page.
    void setFiscalYear(int year);

    /**
     * Who acts from now on (checked by the workspace); remembered for this database. The seam
     * where a login can take the picker's place: chooseActor() asks, this applies.
     */
    bool setActor(const Actor& actor);
    /// Asks who acts (ActorPicker); true when somebody was chosen.
    bool chooseActor();

    /// Where the GUI keeps its demo database (the user's data directory).
    static QString defaultDemoPath();

    /// Shows the record view of a subject in the record area.
    void openSubject(const QUuid& subjectId);
    /**
     * Shows the editor of a record (StagePage::editRequested) in the record area; when it is
     * about a subject, Back and closing the editor return to that subject's record view.
     */
    void editRecord(std::optional<RecordKind> kind, const QUuid& subjectId, const QUuid& recordId);
    /// The record view or editor shown in the record area, or null.
    QWidget* recordWidget() const { return m_recordWidget; }

private:
    void buildMenus();
    void buildToolBar();
    void buildStatusBar();
    void createNew(const QString& suggestedPath = {});
    void chooseAndOpen();
    void showAbout();
    void updateTitle();
    void updateStatus();
    void updateRecent();
    void updateToolBar();
    void fillFiscalYears();
    void refreshPage();
    void findInPage();
    void showRecordArea(QWidget* widget, const QString& title);
    void closeRecordArea();
    /// Back from the record area: to the record view an editor was opened from, else to the stage page.
    void goBack();
    void connectPage(StagePage* page);
    /// Takes the remembered actor of this database, or asks when there is none.
    void settleActor();
    bool openWorkspace(const QString& path);

    std::unique_ptr<Workspace> m_workspace;
    MessageBanner* m_banner;
    QListWidget* m_navigation;
    QStackedWidget* m_content;
    QStackedWidget* m_pagesStack;
    QWidget* m_recordArea;
    QLabel* m_recordTitle;
    QWidget* m_recordWidget = nullptr;
    QUuid m_returnTo; ///< the subject whose record view Back returns to from an editor; null: the stage page
    QToolBar* m_toolBar;
    QList<QAction*> m_pageActions;
    QAction* m_pageActionsEnd = nullptr;
    QAction* m_refresh = nullptr;
    QAction* m_find = nullptr;
    QAction* m_chooseActor = nullptr;
    QMenu* m_recent = nullptr;
    QComboBox* m_fiscalYears;
    QLabel* m_statusDatabase;
    QLabel* m_statusActor;
    QLabel* m_statusYear;
    QLabel* m_statusReadOnly;
    QMap<Stage, StagePage*> m_pages;
    int m_fiscalYear = 0;
};

} // namespace jx
