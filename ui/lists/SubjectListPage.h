#pragma once

#include "core/storage/SubjectQuery.h"
#include "ui/common/StagePage.h"

namespace jx {

class SubjectListView;

/**
 * What the list pages of the stages share: a SubjectListView with the stage's columns and
 * filters, the actions 打开 and 导出, following the window's workspace and fiscal year, and
 * list requests turned into the bar's filters. A stage's page adds its own actions and says
 * when they apply (updateActions()).
 */
class SubjectListPage : public StagePage
{
    Q_OBJECT

public:
    explicit SubjectListPage(QWidget* parent = nullptr);

    void setWorkspace(Workspace* workspace) override;
    void setFiscalYear(int year) override;
    QList<QAction*> stageActions() const override;
    void showList(const ListRequest& request) override;
    void refresh() override;

    SubjectListView* listView() const { return m_view; }
    Workspace* workspace() const { return m_workspace; }
    /// The filter a list request asks for (the year is the window's).
    static SubjectFilter filterOf(const ListRequest& request);

protected:
    /// Sets the columns, the stage filters offered and the page's own conditions.
    void configure(const QList<SubjectField>& fields, const QList<RecordKind>& stages, const SubjectFilter& preset = {});
    /// The page's own actions, after 打开 and before 导出.
    void addStageAction(QAction* action);
    /// Enables the page's actions for the current row (and workspace, actor); tooltips say why not.
    virtual void updateActions();
    /// The current row as read, or null.
    const SubjectListRow* currentRow() const;
    /**
     * Why the actor may not write a record of the current subject in @p status (none: a new
     * record), as core's Authority says; empty when they may. @p label names the record.
     */
    QString editRefusal(std::optional<RecordStatus> status, const QString& label) const;
    /// Sets @p action enabled, or disabled with @p reason as its tooltip (the tooltip @p normal otherwise).
    static void allow(QAction* action, const QString& reason, const QString& normal);

private:
    SubjectListView* m_view;
    Workspace* m_workspace = nullptr;
    QAction* m_open;
    QList<QAction*> m_stageActions;
};

} // namespace jx
