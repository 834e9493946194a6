#include "ui/lists/SubjectListPage.h"

#include "core/workflow/Authority.h"
#include "core/workspace/Workspace.h"
#include "ui/lists/SubjectListModel.h"
#include "ui/lists/SubjectListView.h"

#include <QAction>
#include <QTableView>
#include <QVBoxLayout>

namespace jx {

SubjectListPage::SubjectListPage(QWidget* parent)
    : StagePage(parent)
    , m_view(new SubjectListView(this))
    , m_open(new QAction(tr("Open"), this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    m_open->setObjectName(QStringLiteral("openSubject"));
    m_open->setEnabled(false);
    connect(m_open, &QAction::triggered, this, [this] {
        const QUuid id = m_view->currentSubjectId();
        if (!id.isNull())
            Q_EMIT openSubjectRequested(id);
    });
    connect(m_view, &SubjectListView::openRequested, this, &StagePage::openSubjectRequested);
    connect(m_view, &SubjectListView::messageRequested, this, &StagePage::messageRequested);
    connect(m_view, &SubjectListView::currentSubjectChanged, this, [this] { updateActions(); });
    connect(m_view->model(), &QAbstractItemModel::dataChanged, this, [this] { updateActions(); });
}

void SubjectListPage::configure(const QList<SubjectField>& fields, const QList<RecordKind>& stages,
                                const SubjectFilter& preset)
{
    m_view->setFields(fields);
    m_view->setStageFilters(stages);
    m_view->setPreset(preset);
}

void SubjectListPage::addStageAction(QAction* action)
{
    m_stageActions << action;
}

void SubjectListPage::setWorkspace(Workspace* workspace)
{
    m_workspace = workspace;
    m_view->setWorkspace(workspace);
    updateActions();
}

void SubjectListPage::setFiscalYear(int year)
{
    StagePage::setFiscalYear(year);
    m_view->setFiscalYear(year);
}

QList<QAction*> SubjectListPage::stageActions() const
{
    return QList<QAction*> { m_open } + m_stageActions + QList<QAction*> { m_view->exportAction() };
}

SubjectFilter SubjectListPage::filterOf(const ListRequest& request)
{
    SubjectFilter f;
    f.kind = request.subjectKind;
    if (request.recordKind && request.status)
        f.stages << StageFilter { *request.recordKind, request.status };
    f.grade = request.grade;
    f.order = request.order;
    if (!request.warning.isEmpty())
        f.warning = listWarningFromCode(request.warning);
    f.divisionCode = request.divisionCode;
    f.agencyId = request.agencyId;
    return f;
}

void SubjectListPage::showList(const ListRequest& request)
{
    SubjectFilter f = filterOf(request);
    f.fiscalYear = fiscalYear();
    m_view->applyFilter(f);
    // Overdue work is the core's to say (DeadlineService), for the year and day asked.
    if (request.overdue)
        m_view->showOverdue(request.asOf, request.dueKey, request.dueMonth);
}

void SubjectListPage::refresh()
{
    m_view->refresh();
    updateActions();
}

const SubjectListRow* SubjectListPage::currentRow() const
{
    return m_view->currentRow();
}

void SubjectListPage::updateActions()
{
    m_open->setEnabled(!m_view->currentSubjectId().isNull());
}

QString SubjectListPage::editRefusal(std::optional<RecordStatus> status, const QString& label) const
{
    if (!m_workspace)
        return tr("No database is open.");
    const SubjectListRow* row = currentRow();
    if (!row)
        return tr("Choose a program or budget in the list first.");
    Result<void> allowed = Authority(m_workspace->database()).checkEdit(m_workspace->actor(), row->ownerId, status, label);
    return allowed ? QString() : allowed.message();
}

void SubjectListPage::allow(QAction* action, const QString& reason, const QString& normal)
{
    action->setEnabled(reason.isEmpty());
    action->setToolTip(reason.isEmpty() ? normal : reason);
}

} // namespace jx
