#include "ui/results/ResultsPage.h"

#include "core/domain/EnumTable.h"
#include "core/workflow/ActionAvailability.h"
#include "core/workspace/Workspace.h"
#include "ui/common/MessageBanner.h"
#include "ui/common/SpareWidthColumn.h"
#include "ui/common/Settings.h"
#include "ui/results/DecisionDialog.h"
#include "ui/results/ResultsModel.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QMetaMethod>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace jx {

ResultsPage::ResultsPage(QWidget* parent)
    : StagePage(parent)
    , m_model(new ResultsModel(this))
    , m_banner(new MessageBanner(this))
    , m_unit(new QComboBox(this))
    , m_gradeFilter(new QComboBox(this))
    , m_table(new QTableView(this))
    , m_count(new QLabel(this))
{
    setObjectName(QStringLiteral("resultsPage"));
    m_unit->setObjectName(QStringLiteral("unitCombo"));
    m_gradeFilter->setObjectName(QStringLiteral("gradeFilter"));
    m_gradeFilter->addItem(tr("All grades"), 0);
    for (const EnumEntry<Grade>& g : enumEntries<Grade>())
        m_gradeFilter->addItem(Names::of(g.value), static_cast<int>(g.value));
    connect(m_gradeFilter, &QComboBox::currentIndexChanged, this, [this] {
        const int g = m_gradeFilter->currentData().toInt();
        m_model->setGradeFilter(g == 0 ? std::nullopt : std::optional<Grade>(static_cast<Grade>(g)));
    });
    m_table->setObjectName(QStringLiteral("resultsTable"));
    m_count->setObjectName(QStringLiteral("resultsCount"));
    m_unit->addItem(Money::unitName(MoneyUnit::Yuan), static_cast<int>(MoneyUnit::Yuan));
    m_unit->addItem(Money::unitName(MoneyUnit::TenThousandYuan), static_cast<int>(MoneyUnit::TenThousandYuan));
    m_unit->setCurrentIndex(m_unit->findData(Settings::value(Settings::Key::AmountUnit).toInt()));
    m_model->setUnit(static_cast<MoneyUnit>(m_unit->currentData().toInt()));
    connect(m_unit, &QComboBox::currentIndexChanged, this,
        [this] { m_model->setUnit(static_cast<MoneyUnit>(m_unit->currentData().toInt())); });

    auto makeAction = [this](const QString& text, const QString& name, void (ResultsPage::*slot)()) {
        auto* a = new QAction(text, this);
        a->setObjectName(name);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
        connect(a, &QAction::triggered, this, slot);
        return a;
    };
    m_open = makeAction(tr("&Open"), QStringLiteral("openAction"), &ResultsPage::openCurrent);
    m_decide = makeAction(tr("&Decide…"), QStringLiteral("decideAction"), &ResultsPage::decideCurrent);
    m_decide->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    m_submit = makeAction(tr("&Submit the decision"), QStringLiteral("submitDecisionAction"), &ResultsPage::submitCurrent);
    m_approve
        = makeAction(tr("&Approve the decision"), QStringLiteral("approveDecisionAction"), &ResultsPage::approveCurrent);
    m_approve->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    // The model reads pages on demand: rows are never measured one by one, and fitting the
    // columns looks at the first page only.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setResizeContentsPrecision(ResultsModel::PageSize);
    m_table->installEventFilter(this);
    // The name takes the width the other columns leave, never less than 16 characters.
    m_nameColumn = new SpareWidthColumn(m_table, ResultsModel::NameColumn, m_table->fontMetrics().horizontalAdvance(QStringLiteral("中")) * 16);
    connect(m_table, &QTableView::doubleClicked, this, &ResultsPage::openCurrent);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ResultsPage::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_count->setText(tr("Programs: %1").arg(m_model->rowCount()));
        m_nameColumn->resizeOthersToContents();
        updateActions();
    });
    connect(m_model, &ResultsModel::errorOccurred, this, [this](const QString& m) { report(m, true); });

    // The actions are in the main toolbar (stageActions()), not repeated here.
    auto* bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Grade:"), this));
    bar->addWidget(m_gradeFilter);
    bar->addStretch(1);
    bar->addWidget(m_count);
    bar->addWidget(new QLabel(tr("Amounts in:"), this));
    bar->addWidget(m_unit);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    updateActions();
}

void ResultsPage::setWorkspace(Workspace* workspace)
{
    disconnect(m_following);
    m_ws = workspace;
    m_model->setWorkspace(workspace);
    if (workspace)
        m_following = connect(workspace, &Workspace::changed, this, &ResultsPage::updateActions);
}

void ResultsPage::setFiscalYear(int year)
{
    StagePage::setFiscalYear(year);
    m_model->setFiscalYear(year);
}

QList<QAction*> ResultsPage::stageActions() const
{
    return { m_open, m_decide, m_submit, m_approve };
}

void ResultsPage::showList(const ListRequest& request)
{
    // A link such as "programs graded 差" presets the grade.
    m_gradeFilter->setCurrentIndex(std::max(0, m_gradeFilter->findData(request.grade ? static_cast<int>(*request.grade) : 0)));
    refresh();
}

void ResultsPage::refresh()
{
    m_model->reload();
}

bool ResultsPage::eventFilter(QObject* watched, QEvent* event)
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

const ResultsRow* ResultsPage::currentRow() const
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid() || current.row() >= m_model->rowCount())
        return nullptr;
    return &m_model->rowAt(current.row());
}

void ResultsPage::updateActions()
{
    const ResultsRow* row = currentRow();
    m_open->setEnabled(row != nullptr);
    auto set = [&](QAction* a, SubjectAction action, const QUuid& recordId, const QString& base) {
        if (!m_ws || !row) {
            a->setEnabled(false);
            a->setToolTip(base);
            return;
        }
        Result<ActionState> s = ActionAvailability(m_ws->database())
                                    .state(m_ws->actor(), action, RecordKind::ResultApplication, row->programId, recordId);
        a->setEnabled(s && s->allowed);
        const QString why = s ? s->reason : s.message();
        a->setToolTip(a->isEnabled() || why.isEmpty() ? base : tr("%1\nNot now: %2").arg(base, why));
    };
    const QUuid decision = row && row->decision ? row->decision->meta.id : QUuid();
    set(m_decide, SubjectAction::Decide, decision, tr("Decide on next year's funding of the program"));
    if (decision.isNull()) {
        m_submit->setEnabled(false);
        m_approve->setEnabled(false);
        m_submit->setToolTip(tr("Nothing decided yet."));
        m_approve->setToolTip(tr("Nothing decided yet."));
    } else {
        set(m_submit, SubjectAction::Submit, decision, tr("Submit the decision for approval"));
        set(m_approve, SubjectAction::Approve, decision, tr("Approve the decision (Ctrl+Shift+A)"));
    }
}

void ResultsPage::report(const QString& text, bool error)
{
    StagePage::report(text, error, m_banner);
}

void ResultsPage::openCurrent()
{
    if (const ResultsRow* row = currentRow())
        Q_EMIT openSubjectRequested(row->programId);
}

void ResultsPage::decideCurrent()
{
    const ResultsRow* row = currentRow();
    if (!m_ws || !row)
        return;
    const QUuid program = row->programId;
    const QString name = row->name;
    DecisionDialog dialog(*m_ws, program, row->decision ? row->decision->meta.id : QUuid(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    report(tr("Decision saved on %1: %2.").arg(name, Names::of(dialog.decision().decision)), false);
    if (const int r = m_model->rowOf(program); r >= 0)
        m_table->setCurrentIndex(m_model->index(r, ResultsModel::NameColumn));
}

void ResultsPage::submitCurrent()
{
    const ResultsRow* row = currentRow();
    if (!m_ws || !row || !row->decision)
        return;
    const QUuid program = row->programId;
    const QString name = row->name;
    if (Result<void> r = m_ws->submit(RecordKind::ResultApplication, row->decision->meta.id); !r) {
        report(r.message(), true);
        return;
    }
    report(tr("The decision on %1 was submitted.").arg(name), false);
    if (const int r = m_model->rowOf(program); r >= 0)
        m_table->setCurrentIndex(m_model->index(r, ResultsModel::NameColumn));
}

void ResultsPage::approveCurrent()
{
    const ResultsRow* row = currentRow();
    if (!m_ws || !row || !row->decision)
        return;
    const QUuid program = row->programId;
    const QString name = row->name;
    if (Result<void> r = m_ws->approve(RecordKind::ResultApplication, row->decision->meta.id); !r) {
        report(r.message(), true);
        return;
    }
    report(tr("The decision on %1 was approved.").arg(name), false);
    if (const int r = m_model->rowOf(program); r >= 0)
        m_table->setCurrentIndex(m_model->index(r, ResultsModel::NameColumn));
}

} // namespace jx
