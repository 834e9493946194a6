#include "ui/review/ReviewPage.h"

#include "core/domain/EnumTable.h"
#include "core/domain/FinanceOrder.h"
#include "core/storage/AgencyRepository.h"
#include "core/storage/DivisionRepository.h"
#include "core/storage/FinanceOrderRepository.h"
#include "core/workflow/ActionAvailability.h"
#include "core/workspace/Workspace.h"
#include "ui/common/MessageBanner.h"
#include "ui/common/SpareWidthColumn.h"
#include "ui/review/GradeDialog.h"
#include "ui/review/ReasonDialog.h"
#include "ui/review/ReviewQueueModel.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QMetaMethod>
#include <QMessageBox>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace jx {

ReviewPage::ReviewPage(QWidget* parent)
    : StagePage(parent)
    , m_model(new ReviewQueueModel(this))
    , m_banner(new MessageBanner(this))
    , m_kindFilter(new QComboBox(this))
    , m_divisionFilter(new QComboBox(this))
    , m_unitFilter(new QComboBox(this))
    , m_overdueFilter(new QCheckBox(tr("Overdue only"), this))
    , m_table(new QTableView(this))
    , m_count(new QLabel(this))
{
    setObjectName(QStringLiteral("reviewPage"));
    m_kindFilter->setObjectName(QStringLiteral("kindFilter"));
    m_divisionFilter->setObjectName(QStringLiteral("divisionFilter"));
    m_unitFilter->setObjectName(QStringLiteral("unitFilter"));
    m_overdueFilter->setObjectName(QStringLiteral("overdueFilter"));
    m_unitFilter->setMinimumContentsLength(16);
    m_unitFilter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_table->setObjectName(QStringLiteral("reviewTable"));
    m_count->setObjectName(QStringLiteral("queueCount"));

    m_kindFilter->addItem(tr("All records"), 0);
    for (const EnumEntry<RecordKind>& e : enumEntries<RecordKind>())
        m_kindFilter->addItem(Names::of(e.value), static_cast<int>(e.value));

    auto makeAction = [this](const QString& text, const QString& name, void (ReviewPage::*slot)()) {
        auto* a = new QAction(text, this);
        a->setObjectName(name);
        // The page's own keys: they work while the page (or its table) has the focus.
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
        connect(a, &QAction::triggered, this, slot);
        return a;
    };
    m_open = makeAction(tr("&Open"), QStringLiteral("openAction"), &ReviewPage::openCurrent);
    m_approve = makeAction(tr("&Approve"), QStringLiteral("approveAction"), &ReviewPage::approveCurrent);
    m_approve->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    m_return = makeAction(tr("&Return…"), QStringLiteral("returnAction"), &ReviewPage::returnCurrent);
    m_return->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_grade = makeAction(tr("&Grade…"), QStringLiteral("gradeAction"), &ReviewPage::gradeCurrent);
    m_grade->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G));
    m_bulkApprove = makeAction(tr("Approve &selected…"), QStringLiteral("bulkApproveAction"), &ReviewPage::approveSelected);
    m_order = makeAction(tr("Give an &order…"), QStringLiteral("orderAction"), &ReviewPage::orderOnCurrent);
    m_lift = makeAction(tr("&Lift the order…"), QStringLiteral("liftAction"), &ReviewPage::liftOnCurrent);
    m_approve->setToolTip(tr("Approve the record (Ctrl+Shift+A)"));
    m_return->setToolTip(tr("Return the record with a comment (Ctrl+Shift+R)"));

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    // The model reads pages on demand: rows are never measured one by one, and fitting the
    // columns looks at the first page only.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setResizeContentsPrecision(ReviewQueueModel::PageSize);
    // The name takes the width the other columns leave, never less than 16 characters.
    m_subjectColumn = new SpareWidthColumn(m_table, ReviewQueueModel::SubjectColumn, m_table->fontMetrics().horizontalAdvance(QStringLiteral("中")) * 16);
    m_table->installEventFilter(this);
    connect(m_table, &QTableView::doubleClicked, this, &ReviewPage::openCurrent);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ReviewPage::updateActions);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ReviewPage::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_count->setText(tr("Waiting for review: %1").arg(m_model->rowCount()));
        m_subjectColumn->resizeOthersToContents();
        updateActions();
    });
    connect(m_model, &ReviewQueueModel::errorOccurred, this, [this](const QString& m) { report(m, true); });
    connect(m_kindFilter, &QComboBox::currentIndexChanged, this, &ReviewPage::applyFilters);
    connect(m_divisionFilter, &QComboBox::currentIndexChanged, this, &ReviewPage::applyFilters);
    connect(m_unitFilter, &QComboBox::currentIndexChanged, this, &ReviewPage::applyFilters);
    connect(m_overdueFilter, &QCheckBox::toggled, this, &ReviewPage::applyFilters);

    auto* filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Record:"), this));
    filters->addWidget(m_kindFilter);
    filters->addWidget(new QLabel(tr("Division:"), this));
    filters->addWidget(m_divisionFilter);
    filters->addWidget(new QLabel(tr("Unit:"), this));
    filters->addWidget(m_unitFilter);
    filters->addWidget(m_overdueFilter);
    filters->addStretch(1);
    filters->addWidget(m_count);
    // The actions are in the main toolbar (stageActions()), not repeated here.
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    updateActions();
}

void ReviewPage::setWorkspace(Workspace* workspace)
{
    disconnect(m_following);
    m_ws = workspace;
    fillFilterChoices();
    m_model->setWorkspace(workspace);
    // What may be done on the current row changes with orders and payments too, not only with the queue.
    if (workspace)
        m_following = connect(workspace, &Workspace::changed, this, &ReviewPage::updateActions);
}

void ReviewPage::setToday(const QDate& today)
{
    m_model->setToday(today);
}

QList<QAction*> ReviewPage::stageActions() const
{
    return { m_open, m_approve, m_return, m_grade, m_bulkApprove, m_order, m_lift };
}

void ReviewPage::fillFilterChoices()
{
    m_filling = true;
    m_divisionFilter->clear();
    m_unitFilter->clear();
    m_divisionFilter->addItem(tr("All divisions"), QString());
    m_unitFilter->addItem(tr("All units"), QUuid());
    if (m_ws) {
        const QString home = m_ws->self().divisionCode;
        DivisionRepository divisions(m_ws->database());
        if (Result<std::optional<Division>> own = divisions.find(home); own && own->has_value())
            m_divisionFilter->addItem((*own)->name, home);
        if (Result<QList<Division>> below = divisions.children(home); below) {
            for (const Division& d : *below)
                m_divisionFilter->addItem(d.name, d.code);
        }
        if (Result<QList<Agency>> agencies = AgencyRepository(m_ws->database()).inDivision(home); agencies) {
            for (const Agency& a : *agencies) {
                if (a.meta.id != m_ws->self().meta.id)
                    m_unitFilter->addItem(a.name, a.meta.id);
            }
        }
    }
    m_filling = false;
}

void ReviewPage::applyFilters()
{
    if (m_filling)
        return;
    ReviewQueueFilter f;
    if (const int kind = m_kindFilter->currentData().toInt(); kind != 0)
        f.kind = static_cast<RecordKind>(kind);
    f.divisionCode = m_divisionFilter->currentData().toString();
    f.agencyId = m_unitFilter->currentData().toUuid();
    f.overdueOnly = m_overdueFilter->isChecked();
    m_model->setFilter(f);
}

void ReviewPage::showList(const ListRequest& request)
{
    m_filling = true;
    m_kindFilter->setCurrentIndex(
        std::max(0, m_kindFilter->findData(request.recordKind ? static_cast<int>(*request.recordKind) : 0)));
    m_divisionFilter->setCurrentIndex(std::max(0, m_divisionFilter->findData(request.divisionCode)));
    m_unitFilter->setCurrentIndex(std::max(0, m_unitFilter->findData(request.agencyId)));
    m_overdueFilter->setChecked(request.overdue);
    m_filling = false;
    applyFilters();
}

void ReviewPage::refresh()
{
    fillFilterChoices();
    applyFilters();
}

bool ReviewPage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && key->modifiers() == Qt::NoModifier) {
            openCurrent();
            return true;
        }
    }
    return StagePage::eventFilter(watched, event);
}

const ReviewQueueRow* ReviewPage::currentRow() const
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid() || current.row() >= m_model->rowCount())
        return nullptr;
    return &m_model->rowAt(current.row());
}

QList<int> ReviewPage::selectedRows() const
{
    QList<int> rows;
    for (const QModelIndex& i : m_table->selectionModel()->selectedRows())
        rows << i.row();
    std::sort(rows.begin(), rows.end());
    return rows;
}

QUuid ReviewPage::orderInForce() const
{
    const ReviewQueueRow* row = currentRow();
    if (!m_ws || !row)
        return {};
    Result<QList<FinanceOrder>> orders = FinanceOrderRepository(m_ws->database()).ofSubject(row->subjectId);
    if (!orders)
        return {};
    for (auto it = orders->crbegin(); it != orders->crend(); ++it) {
        if (it->inForce())
            return it->meta.id;
    }
    return {};
}

void ReviewPage::updateActions()
{
    const ReviewQueueRow* row = currentRow();
    auto set = [&](QAction* a, SubjectAction action, std::optional<RecordKind> kind, const QUuid& recordId) {
        if (!m_ws || !row) {
            a->setEnabled(false);
            return;
        }
        Result<ActionState> s
            = ActionAvailability(m_ws->database()).state(m_ws->actor(), action, kind, row->subjectId, recordId);
        a->setEnabled(s && s->allowed);
        // Why a step cannot be taken, where the person looks for it.
        a->setStatusTip(s ? s->reason : s.message());
        a->setData(s ? s->reason : s.message());
    };
    m_open->setEnabled(row != nullptr);
    if (row) {
        set(m_approve, SubjectAction::Approve, row->kind, row->recordId);
        set(m_return, SubjectAction::Return, row->kind, row->recordId);
        if (row->kind == RecordKind::SelfEvaluation) {
            set(m_grade, SubjectAction::Grade, row->kind, row->recordId);
        } else {
            m_grade->setEnabled(false);
            m_grade->setData(tr("Only a self-evaluation is graded."));
        }
        if (row->subjectKind == SubjectKind::Program) {
            set(m_order, SubjectAction::IssueOrder, std::nullopt, {});
            const QUuid order = orderInForce();
            if (order.isNull()) {
                m_lift->setEnabled(false);
                m_lift->setData(tr("No order is in force on this program."));
            } else {
                set(m_lift, SubjectAction::LiftOrder, std::nullopt, order);
            }
        } else {
            m_order->setEnabled(false);
            m_lift->setEnabled(false);
        }
    } else {
        for (QAction* a : { m_approve, m_return, m_grade, m_order, m_lift })
            a->setEnabled(false);
    }
    m_bulkApprove->setEnabled(m_ws && m_model->rowCount() > 0);
    // A disabled step says why on its button.
    for (QAction* a : { m_approve, m_return, m_grade, m_order, m_lift }) {
        const QString why = a->data().toString();
        const QString base = a == m_approve ? tr("Approve the record (Ctrl+Shift+A)")
            : a == m_return                 ? tr("Return the record with a comment (Ctrl+Shift+R)")
                                            : a->text().remove(QLatin1Char('&'));
        a->setToolTip(a->isEnabled() || why.isEmpty() ? base : tr("%1\nNot now: %2").arg(base, why));
    }
}

void ReviewPage::report(const QString& text, bool error)
{
    StagePage::report(text, error, m_banner);
}

void ReviewPage::openCurrent()
{
    if (const ReviewQueueRow* row = currentRow())
        Q_EMIT openSubjectRequested(row->subjectId);
}

void ReviewPage::approveCurrent()
{
    const ReviewQueueRow* row = currentRow();
    if (!m_ws || !row)
        return;
    if (!m_approve->isEnabled()) {
        report(m_approve->data().toString(), true);
        return;
    }
    if (row->kind == RecordKind::SelfEvaluation) {
        gradeCurrent(); // approving a self-evaluation is grading it
        return;
    }
    const QString what = row->subject;
    const RecordKind kind = row->kind;
    if (Result<void> r = m_ws->approve(kind, row->recordId); !r) {
        report(r.message(), true);
        return;
    }
    report(tr("Approved: %1 of %2.").arg(Names::of(kind), what), false);
}

void ReviewPage::returnCurrent()
{
    const ReviewQueueRow* row = currentRow();
    if (!m_ws || !row)
        return;
    const RecordKind kind = row->kind;
    const QUuid id = row->recordId;
    const QString what = row->subject;
    ReasonDialog dialog(tr("Return %1").arg(Names::of(kind)), tr("What to change:"), this);
    dialog.setObjectName(QStringLiteral("returnDialog"));
    dialog.setTextRequired(true, tr("Returning needs a comment saying what to change."));
    dialog.setAction([this, kind, id](const ReasonDialog& d) { return m_ws->returnRecord(kind, id, d.text()); });
    if (dialog.exec() == QDialog::Accepted)
        report(tr("Returned: %1 of %2.").arg(Names::of(kind), what), false);
}

void ReviewPage::gradeCurrent()
{
    const ReviewQueueRow* row = currentRow();
    if (!m_ws || !row || row->kind != RecordKind::SelfEvaluation)
        return;
    const QString what = row->subject;
    GradeDialog dialog(*m_ws, row->recordId, this);
    if (dialog.exec() == QDialog::Accepted)
        report(tr("Graded and approved: the self-evaluation of %1.").arg(what), false);
}

void ReviewPage::approveSelected()
{
    if (!m_ws)
        return;
    QList<int> rows = selectedRows();
    if (rows.size() < 2)
        rows.clear(); // nothing chosen: everything the filter shows (asked of the queue, not read row by row)
    Result<QList<ReviewQueueKey>> records = m_model->recordsOf(rows);
    if (!records) {
        report(records.message(), true);
        return;
    }
    if (records->isEmpty())
        return;
    const RecordKind kind = records->constFirst().kind;
    QList<QUuid> ids;
    ids.reserve(records->size());
    for (const ReviewQueueKey& k : std::as_const(*records)) {
        if (k.kind != kind) {
            report(tr("Records of several kinds are chosen; approve one kind at a time (filter by record)."), true);
            return;
        }
        ids << k.recordId;
    }
    QMessageBox box(QMessageBox::Question, tr("Approve selected"),
        tr("Approve %1 records (%2)? Either all of them are approved or, if one cannot be, none.")
            .arg(ids.size())
            .arg(Names::of(kind)),
        QMessageBox::Yes | QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("bulkApproveConfirmation"));
    box.setDefaultButton(QMessageBox::Cancel);
    if (box.exec() != QMessageBox::Yes)
        return;
    Result<int> approved = m_ws->approveAll(kind, ids);
    if (!approved) {
        report(approved.message(), true);
        return;
    }
    report(tr("Approved: %1 records.").arg(*approved), false);
}

void ReviewPage::orderOnCurrent()
{
    const ReviewQueueRow* row = currentRow();
    if (!m_ws || !row)
        return;
    const QUuid program = row->subjectId;
    const QUuid report = row->kind == RecordKind::MonitoringReport ? row->recordId : QUuid();
    const QString what = row->subject;
    ReasonDialog dialog(tr("Order on %1").arg(what), tr("Reason:"), this);
    dialog.setObjectName(QStringLiteral("orderDialog"));
    dialog.addOrderKinds();
    dialog.setTextRequired(true, tr("An order needs a reason."));
    dialog.setAction([this, program, report](const ReasonDialog& d) -> Result<void> {
        Result<QUuid> r = m_ws->issueOrder(program, *d.orderKind(), d.text(), report);
        if (!r)
            return r.error();
        return {};
    });
    if (dialog.exec() == QDialog::Accepted)
        this->report(tr("Order given on %1.").arg(what), false);
}

void ReviewPage::liftOnCurrent()
{
    const QUuid order = orderInForce();
    if (!m_ws || order.isNull())
        return;
    ReasonDialog dialog(tr("Lift the order"), tr("Reason:"), this);
    dialog.setObjectName(QStringLiteral("liftDialog"));
    dialog.addOutcome(tr("Outcome of the rectification:"));
    dialog.setTextRequired(true, tr("Lifting an order needs a reason."));
    dialog.setAction([this, order](const ReasonDialog& d) { return m_ws->liftOrder(order, d.text(), d.outcome()); });
    if (dialog.exec() == QDialog::Accepted)
        report(tr("The order was lifted."), false);
}

} // namespace jx
