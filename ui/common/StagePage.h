#pragma once

#include "core/domain/Types.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QUuid>
#include <QWidget>

#include <optional>

class QAction;
class QToolBar;

namespace jx {

class MessageBanner;
class Workspace;

/// The stages of the loop, one page each in the main window's navigation, in this order.
enum class Stage
{
    Home,          ///< 首页 (工作台)
    Assessment,    ///< 事前评估
    Targets,       ///< 绩效目标
    Monitoring,    ///< 运行监控
    Evaluation,    ///< 绩效自评
    Review,        ///< 财政审核
    Results,       ///< 结果运用
    Exchange,      ///< 数据交换
    Reports,       ///< 报表
    Settings,      ///< 设置
};

/**
 * What a number on the dashboard (or a link anywhere) asks a list to show: the stage whose
 * page shows it and a preset of its filters. Fields left empty do not filter.
 */
struct ListRequest
{
    Stage stage = Stage::Targets;
    std::optional<SubjectKind> subjectKind;
    std::optional<RecordKind> recordKind;   ///< with status: the status of this record kind
    std::optional<RecordStatus> status;
    std::optional<Grade> grade;
    std::optional<OrderKind> order;
    bool overdue = false;                   ///< work past its deadline (DeadlineService)
    QDate asOf;                             ///< with overdue: the day it is judged on; null: today
    QString dueKey;                         ///< with overdue: only this work (a policy deadline key); empty: all of the stage's
    int dueMonth = 0;                       ///< with dueKey "monthlyMonitoring": the month reported on
    QString warning;                        ///< a warning code (e.g. "execution-behind"); empty: none
    QString divisionCode;                   ///< GB/T 2260 code; empty: every division
    QUuid agencyId;                         ///< null: every agency
};

/**
 * One stage's page in the main window. The window owns the pages, hands them the open
 * workspace and the fiscal year, puts their actions in the toolbar while they are shown, and
 * routes their requests (open a subject, edit a record, show a list) to the right place, so
 * that no page knows another.
 */
class StagePage : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    /// The open workspace (not owned), or null when none is open.
    virtual void setWorkspace(Workspace* workspace) = 0;
    /// The fiscal year chosen in the main window.
    virtual void setFiscalYear(int year) { m_fiscalYear = year; }
    int fiscalYear() const { return m_fiscalYear; }
    /// The actions of this stage for the main toolbar (owned by the page).
    virtual QList<QAction*> stageActions() const { return {}; }
    /**
     * Puts @p actions in @p bar before @p before (null: at the end), each button named after
     * its action with "Button" appended (e.g. approveActionButton), so that a test or an
     * accessibility tool finds the button the user clicks.
     */
    static void insertToolBarActions(QToolBar* bar, QAction* before, const QList<QAction*>& actions);
    /// Applies a list request addressed to this page (filters preset); pages without a list ignore it.
    virtual void showList(const ListRequest& request) { Q_UNUSED(request) }
    /// Reads again what is shown (F5).
    virtual void refresh() {}

Q_SIGNALS:
    /// Open the record view of a subject (program, agency overall budget or government budget).
    void openSubjectRequested(const QUuid& subjectId);
    /**
     * Open the editor of a record of the loop about @p subjectId; a null @p recordId means a
     * new one. An editor for the subject itself (program registration) is asked with no kind.
     */
    void editRequested(std::optional<jx::RecordKind> kind, const QUuid& subjectId, const QUuid& recordId);
    /// Show the page of request.stage with its filters preset.
    void listRequested(const jx::ListRequest& request);
    /// A message for the window's banner (translated); error true for a failure.
    void messageRequested(const QString& text, bool error);

protected:
    /**
     * Says @p text: in the window's banner when the window listens (messageRequested), else in
     * the page's own @p banner, so a page shown on its own still tells its user.
     */
    void report(const QString& text, bool error, MessageBanner* banner);

private:
    int m_fiscalYear = 0;
};

} // namespace jx
