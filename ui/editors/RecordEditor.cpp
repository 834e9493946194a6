#include "ui/editors/RecordEditor.h"

#include "core/domain/EnumTable.h"
#include "core/workflow/Authority.h"
#include "core/workflow/RecordLifecycle.h"
#include "core/workflow/RecordLookup.h"
#include "core/workflow/SubmissionGates.h"
#include "core/workspace/Workspace.h"
#include "ui/common/MessageBanner.h"
#include "ui/editors/EditorGrid.h"

#include <QAbstractButton>
#include <QAction>
#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QScrollArea>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QTimer>
#include <QUndoCommand>
#include <QUndoStack>
#include <QVBoxLayout>

namespace jx {

namespace {

constexpr int AutosaveMs = 2000;

/// One change of the editor's fields: the raw state before and after. Typing on in the same
/// field merges into one step, as a text editor does.
class SnapshotCommand : public QUndoCommand
{
public:
    SnapshotCommand(std::function<void(const QJsonObject&)> apply, QJsonObject before, QJsonObject after,
                    QString path, const QString& text)
        : QUndoCommand(text)
        , m_apply(std::move(apply))
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_path(std::move(path))
    { }

    int id() const override { return 1; }
    bool mergeWith(const QUndoCommand* other) override
    {
        auto* next = static_cast<const SnapshotCommand*>(other);
        if (next->m_path != m_path || m_path.isEmpty())
            return false;
        m_after = next->m_after;
        return true;
    }
    void undo() override { m_apply(m_before); }
    void redo() override
    {
        // The fields already hold the change when it is pushed.
        if (m_first) {
            m_first = false;
            return;
        }
        m_apply(m_after);
    }

private:
    std::function<void(const QJsonObject&)> m_apply;
    QJsonObject m_before;
    QJsonObject m_after;
    QString m_path;
    bool m_first = true;
};

const QString InvalidStyle = QStringLiteral("border: 1px solid #c62828; background: #fff3f3;");

} // namespace

RecordEditor::RecordEditor(Workspace& workspace, std::optional<RecordKind> kind, const QUuid& subjectId,
                           const QUuid& recordId, QWidget* parent)
    : QWidget(parent)
    , m_ws(workspace)
    , m_kind(kind)
    , m_subjectId(subjectId)
    , m_recordId(recordId)
    , m_undo(new QUndoStack(this))
    , m_autosave(new QTimer(this))
{
    m_autosave->setSingleShot(true);
    m_autosave->setInterval(AutosaveMs);
    connect(m_autosave, &QTimer::timeout, this, &RecordEditor::writeJournal);

    auto* outer = new QVBoxLayout(this);
    auto* header = new QHBoxLayout;
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("editorTitle"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("recordStatus"));
    header->addWidget(m_title, 1);
    header->addWidget(m_status);
    outer->addLayout(header);

    m_banner = new MessageBanner(this);
    m_banner->setObjectName(QStringLiteral("editorBanner"));
    m_banner->hide();
    outer->addWidget(m_banner);

    m_journalBar = new QFrame(this);
    m_journalBar->setObjectName(QStringLiteral("journalBar"));
    m_journalBar->setStyleSheet(QStringLiteral("#journalBar { background: #fff8e1; border: 1px solid #f0c36d; }"));
    auto* jl = new QHBoxLayout(m_journalBar);
    m_journalText = new QLabel(m_journalBar);
    m_journalText->setWordWrap(true);
    auto* restore = new QPushButton(tr("&Restore draft"), m_journalBar);
    restore->setObjectName(QStringLiteral("restoreDraft"));
    auto* discard = new QPushButton(tr("D&iscard draft"), m_journalBar);
    discard->setObjectName(QStringLiteral("discardDraft"));
    jl->addWidget(m_journalText, 1);
    jl->addWidget(restore);
    jl->addWidget(discard);
    connect(restore, &QPushButton::clicked, this, &RecordEditor::restoreDraft);
    connect(discard, &QPushButton::clicked, this, &RecordEditor::discardDraft);
    m_journalBar->hide();
    outer->addWidget(m_journalBar);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    auto* scroll = new QScrollArea(splitter);
    scroll->setObjectName(QStringLiteral("editorScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* content = new QWidget(scroll);
    m_body = new QVBoxLayout(content);
    scroll->setWidget(content);
    auto* side = new QWidget(splitter);
    auto* sl = new QVBoxLayout(side);
    sl->setContentsMargins(0, 0, 0, 0);
    auto* checkTitle = new QLabel(kind ? tr("To put right before submission") : tr("To put right"), side);
    m_checklist = new QListWidget(side);
    m_checklist->setObjectName(QStringLiteral("problemList"));
    m_checklist->setWordWrap(true);
    checkTitle->setBuddy(m_checklist);
    auto* historyTitle = new QLabel(tr("History"), side);
    m_history = new QListWidget(side);
    m_history->setObjectName(QStringLiteral("historyList"));
    m_history->setWordWrap(true);
    sl->addWidget(checkTitle);
    sl->addWidget(m_checklist, 2);
    sl->addWidget(historyTitle);
    sl->addWidget(m_history, 1);
    // A program has no workflow of its own: no history to show.
    historyTitle->setVisible(kind.has_value());
    m_history->setVisible(kind.has_value());
    splitter->addWidget(scroll);
    splitter->addWidget(side);
    // The form takes the width; the checklist and history stay a narrow column beside it.
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 0);
    splitter->setCollapsible(0, false);
    side->setMinimumWidth(220);
    splitter->setSizes({ 1040, 300 });
    outer->addWidget(splitter, 1);
    connect(m_checklist, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        const int n = item->data(Qt::UserRole).toInt();
        if (n >= 0 && n < m_shown.size())
            focusField(m_shown.at(n).field + QLatin1Char('#') + m_shown.at(n).itemId.toString(QUuid::WithoutBraces));
    });

    auto* buttons = new QHBoxLayout;
    auto* undo = new QPushButton(tr("Undo"), this);
    undo->setObjectName(QStringLiteral("undoButton"));
    auto* redo = new QPushButton(tr("Redo"), this);
    redo->setObjectName(QStringLiteral("redoButton"));
    m_saveButton = new QPushButton(tr("&Save (Ctrl+S)"), this);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_submitButton = new QPushButton(tr("S&ubmit (Ctrl+Enter)"), this);
    m_submitButton->setObjectName(QStringLiteral("submitButton"));
    m_submitButton->setVisible(kind.has_value());
    auto* close = new QPushButton(tr("Close"), this);
    close->setObjectName(QStringLiteral("closeButton"));
    for (QPushButton* b : { undo, redo, m_saveButton, m_submitButton, close })
        b->setAutoDefault(false);
    buttons->addWidget(undo);
    buttons->addWidget(redo);
    buttons->addStretch(1);
    buttons->addWidget(m_saveButton);
    buttons->addWidget(m_submitButton);
    buttons->addWidget(close);
    outer->addLayout(buttons);
    connect(undo, &QPushButton::clicked, m_undo, &QUndoStack::undo);
    connect(redo, &QPushButton::clicked, m_undo, &QUndoStack::redo);
    connect(m_undo, &QUndoStack::canUndoChanged, undo, &QWidget::setEnabled);
    connect(m_undo, &QUndoStack::canRedoChanged, redo, &QWidget::setEnabled);
    undo->setEnabled(false);
    redo->setEnabled(false);
    connect(m_saveButton, &QPushButton::clicked, this, &RecordEditor::save);
    connect(m_submitButton, &QPushButton::clicked, this, &RecordEditor::submit);
    connect(close, &QPushButton::clicked, this, [this] {
        writeJournal();
        Q_EMIT closeRequested();
    });

    auto shortcut = [this](const QKeySequence& keys, auto slot) {
        auto* s = new QShortcut(keys, this);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, slot);
    };
    shortcut(QKeySequence::Save, [this] { save(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), [this] { submit(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Enter), [this] { submit(); });
    shortcut(QKeySequence::Undo, [this] { m_undo->undo(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Y), [this] { m_undo->redo(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), [this] { m_undo->redo(); });
}

RecordEditor::~RecordEditor()
{
    // A closed window or tab keeps what was typed: the journal is offered back next time.
    writeJournal();
    // Children die after this: a cell editor committing on its way out must not reach us.
    m_closing = true;
    for (const auto& [path, widget] : std::as_const(m_fields))
        widget->disconnect(this);
    for (const GridInfo& g : std::as_const(m_grids))
        g.grid->blockSignals(true);
}

QWidget* RecordEditor::field(const QString& path, QWidget* widget)
{
    auto* box = new QWidget(this);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(1);
    layout->addWidget(widget);
    auto* error = new QLabel(box);
    error->setObjectName(widget->objectName() + QStringLiteral("Error"));
    error->setStyleSheet(QStringLiteral("color: #c62828;"));
    error->setWordWrap(true);
    error->hide();
    layout->addWidget(error);
    m_errorLabels.insert(path, error);
    if (!qobject_cast<EditorGrid*>(widget)) {
        m_fields.append({ path, widget });
        watch(path, widget);
    }
    return box;
}

void RecordEditor::grid(const QString& path, EditorGrid* grid, const QHash<QString, int>& columns)
{
    m_grids.insert(path, { grid, columns });
    connect(grid, &EditorGrid::edited, this, [this, path](int row, int) {
        edited(path + QStringLiteral("[%1]").arg(row));
    });
}

void RecordEditor::addRow(QFormLayout* form, const QString& label, const QString& path, QWidget* widget)
{
    auto* l = new QLabel(label, this);
    l->setBuddy(widget);
    form->addRow(l, field(path, widget));
}

void RecordEditor::watch(const QString& path, QWidget* widget)
{
    auto changed = [this, path] { edited(path); };
    if (auto* e = qobject_cast<QLineEdit*>(widget)) {
        connect(e, &QLineEdit::textChanged, this, changed);
        e->installEventFilter(this);
    } else if (auto* t = qobject_cast<QPlainTextEdit*>(widget)) {
        connect(t, &QPlainTextEdit::textChanged, this, changed);
        t->setTabChangesFocus(true); // Tab goes on to the next field, as on the paper form
        t->installEventFilter(this);
    } else if (auto* c = qobject_cast<QComboBox*>(widget)) {
        connect(c, &QComboBox::currentIndexChanged, this, changed);
    } else if (auto* b = qobject_cast<QAbstractButton*>(widget)) {
        connect(b, &QAbstractButton::toggled, this, changed);
    } else if (auto* s = qobject_cast<QSpinBox*>(widget)) {
        connect(s, &QSpinBox::valueChanged, this, changed);
        s->installEventFilter(this);
    }
}

bool RecordEditor::eventFilter(QObject* watched, QEvent* event)
{
    // Text fields have an undo of their own; Ctrl+Z goes to the editor's stack instead, so that
    // one undo history covers every field.
    if (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        const bool undo = key->matches(QKeySequence::Undo);
        const bool redo = key->matches(QKeySequence::Redo)
            || (key->key() == Qt::Key_Y && key->modifiers() == Qt::ControlModifier);
        if (undo || redo) {
            if (event->type() == QEvent::ShortcutOverride) {
                event->accept();
                return true;
            }
            if (undo)
                m_undo->undo();
            else
                m_undo->redo();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

QJsonObject RecordEditor::rawState() const
{
    QJsonObject state;
    for (const auto& [path, widget] : m_fields) {
        if (auto* e = qobject_cast<QLineEdit*>(widget))
            state.insert(path, e->text());
        else if (auto* t = qobject_cast<QPlainTextEdit*>(widget))
            state.insert(path, t->toPlainText());
        else if (auto* c = qobject_cast<QComboBox*>(widget))
            state.insert(path, c->currentIndex());
        else if (auto* b = qobject_cast<QAbstractButton*>(widget))
            state.insert(path, b->isChecked());
        else if (auto* s = qobject_cast<QSpinBox*>(widget))
            state.insert(path, s->value());
    }
    for (auto it = m_grids.cbegin(); it != m_grids.cend(); ++it) {
        const EditorGrid* g = it->grid;
        QJsonArray rows;
        for (int r = 0; r < g->rowCount(); ++r) {
            QJsonArray cells;
            for (int c = 0; c < g->columnCount(); ++c) {
                if (g->isColumnCheckable(c))
                    cells.append(g->isChecked(r, c));
                else if (g->isColumnReadOnly(c))
                    cells.append(QJsonValue::Null); // derived or fixed: not the clerk's input
                else
                    cells.append(g->text(r, c));
            }
            rows.append(QJsonObject { { QStringLiteral("id"), g->rowId(r) }, { QStringLiteral("cells"), cells } });
        }
        state.insert(it.key(), rows);
    }
    return state;
}

void RecordEditor::applyRawState(const QJsonObject& state)
{
    m_applying = true;
    for (const auto& [path, widget] : std::as_const(m_fields)) {
        if (!state.contains(path))
            continue;
        const QJsonValue v = state.value(path);
        if (auto* e = qobject_cast<QLineEdit*>(widget)) {
            if (e->text() != v.toString())
                e->setText(v.toString());
        } else if (auto* t = qobject_cast<QPlainTextEdit*>(widget)) {
            if (t->toPlainText() != v.toString())
                t->setPlainText(v.toString());
        } else if (auto* c = qobject_cast<QComboBox*>(widget)) {
            c->setCurrentIndex(v.toInt());
        } else if (auto* b = qobject_cast<QAbstractButton*>(widget)) {
            b->setChecked(v.toBool());
        } else if (auto* s = qobject_cast<QSpinBox*>(widget)) {
            s->setValue(v.toInt());
        }
    }
    for (auto it = m_grids.cbegin(); it != m_grids.cend(); ++it) {
        if (!state.contains(it.key()))
            continue;
        EditorGrid* g = it->grid;
        const QJsonArray rows = state.value(it.key()).toArray();
        g->setRowCount(int(rows.size()));
        for (int r = 0; r < rows.size(); ++r) {
            const QJsonObject row = rows.at(r).toObject();
            g->setRowId(r, row.value(QStringLiteral("id")).toString());
            const QJsonArray cells = row.value(QStringLiteral("cells")).toArray();
            for (int c = 0; c < g->columnCount() && c < cells.size(); ++c) {
                if (g->isColumnCheckable(c))
                    g->setChecked(r, c, cells.at(c).toBool());
                else if (!g->isColumnReadOnly(c))
                    g->setText(r, c, cells.at(c).toString());
            }
        }
    }
    m_applying = false;
    m_state = rawState();
    revalidate();
}

void RecordEditor::edited(const QString& path)
{
    if (m_applying || m_readOnly || m_closing)
        return;
    const QJsonObject now = rawState();
    if (now == m_state)
        return;
    // Steps are merged while the clerk types on in one field (or one grid cell).
    auto apply = [this](const QJsonObject& state) {
        applyRawState(state);
        if (!m_autosave->isActive())
            m_autosave->start();
    };
    m_undo->push(new SnapshotCommand(apply, m_state, now, path, tr("Edit %1").arg(path)));
    m_state = now;
    m_lastPath = path;
    if (!m_autosave->isActive())
        m_autosave->start();
    revalidate();
}

void RecordEditor::editAsOneStep(const std::function<void()>& change)
{
    const QJsonObject before = m_state;
    m_applying = true;
    change();
    m_applying = false;
    const QJsonObject now = rawState();
    if (now != before) {
        auto apply = [this](const QJsonObject& state) { applyRawState(state); };
        m_undo->push(new SnapshotCommand(apply, before, now, {}, tr("Fill in")));
        m_state = now;
        if (!m_autosave->isActive())
            m_autosave->start();
    }
    revalidate();
}

bool RecordEditor::isDirty() const
{
    return rawState() != m_savedState;
}

void RecordEditor::resetBaseline()
{
    m_state = rawState();
    m_savedState = m_state;
}

void RecordEditor::revalidate()
{
    refreshDerived();
    m_title->setText(title());
    QList<Problem> all = inputProblems() + liveIssues();
    for (const Problem& p : std::as_const(m_gateProblems)) {
        bool known = false;
        for (const Problem& q : std::as_const(all))
            known = known || (q.field == p.field && q.reason == p.reason);
        if (!known)
            all << p;
    }
    showProblems(all);
}

void RecordEditor::clearMarks()
{
    for (QLabel* l : std::as_const(m_errorLabels)) {
        l->clear();
        l->hide();
    }
    for (const auto& [path, widget] : std::as_const(m_fields)) {
        if (widget->property("invalid").toBool()) {
            widget->setProperty("invalid", false);
            widget->setStyleSheet({});
            widget->setToolTip({});
        }
    }
    for (const GridInfo& g : std::as_const(m_grids))
        g.grid->clearProblems();
}

bool RecordEditor::locate(const Problem& problem, EditorGrid** grid, int* row, int* column) const
{
    static const QRegularExpression re(QStringLiteral("^([A-Za-z]+)\\[(\\d+)\\](?:\\.([A-Za-z]+))?$"));
    const QRegularExpressionMatch m = re.match(problem.field);
    if (!m.hasMatch() || !m_grids.contains(m.captured(1)))
        return false;
    const GridInfo& info = m_grids.value(m.captured(1));
    *grid = info.grid;
    *row = m.captured(2).toInt();
    if (!problem.itemId.isNull()) {
        const QString id = problem.itemId.toString(QUuid::WithoutBraces);
        for (int r = 0; r < info.grid->rowCount(); ++r) {
            if (info.grid->rowId(r) == id) {
                *row = r;
                break;
            }
        }
    }
    *column = info.columns.value(m.captured(3), -1);
    if (*column < 0) {
        // A problem of the row as a whole: marked on its first cell the clerk types in.
        *column = 0;
        while (*column < info.grid->columnCount() - 1 && info.grid->isColumnReadOnly(*column))
            ++*column;
    }
    return *row < info.grid->rowCount();
}

void RecordEditor::placeProblem(const Problem& problem)
{
    EditorGrid* g = nullptr;
    int row = 0;
    int column = 0;
    if (locate(problem, &g, &row, &column)) {
        g->setCellProblem(row, column, problem.reason);
        return;
    }
    QString path = problem.field;
    if (!m_errorLabels.contains(path)) {
        // "indicators" for the set of indicators as a whole; "funds[0]" when there is no such row.
        path = path.section(QLatin1Char('['), 0, 0).section(QLatin1Char('.'), 0, 0);
    }
    if (QLabel* l = m_errorLabels.value(path)) {
        l->setText(l->text().isEmpty() ? problem.reason : l->text() + QLatin1Char('\n') + problem.reason);
        l->show();
    }
    if (QWidget* w = fieldWidget(path); w && !qobject_cast<EditorGrid*>(w)) {
        w->setProperty("invalid", true);
        w->setStyleSheet(InvalidStyle);
        w->setToolTip(problem.reason);
    }
}

void RecordEditor::showProblems(const QList<Problem>& problems)
{
    clearMarks();
    m_shown = problems;
    m_checklist->clear();
    for (qsizetype n = 0; n < problems.size(); ++n) {
        placeProblem(problems.at(n));
        auto* item = new QListWidgetItem(problems.at(n).reason, m_checklist);
        item->setData(Qt::UserRole, int(n));
        item->setToolTip(problems.at(n).field);
    }
    if (problems.isEmpty() && !m_readOnly)
        new QListWidgetItem(tr("Nothing left to put right."), m_checklist);
}

QWidget* RecordEditor::fieldWidget(const QString& path) const
{
    for (const auto& [p, widget] : m_fields) {
        if (p == path)
            return widget;
    }
    if (m_grids.contains(path))
        return m_grids.value(path).grid;
    return nullptr;
}

void RecordEditor::focusField(const QString& target)
{
    Problem problem;
    problem.field = target.section(QLatin1Char('#'), 0, 0);
    problem.itemId = QUuid::fromString(target.section(QLatin1Char('#'), 1));
    EditorGrid* g = nullptr;
    int row = 0;
    int column = 0;
    QWidget* focus = nullptr;
    if (locate(problem, &g, &row, &column)) {
        g->setCurrentCell(row, column);
        g->scrollToItem(g->item(row, column));
        focus = g;
    } else {
        focus = fieldWidget(problem.field);
        if (!focus)
            focus = fieldWidget(problem.field.section(QLatin1Char('['), 0, 0).section(QLatin1Char('.'), 0, 0));
    }
    if (!focus)
        return;
    if (auto* scroll = findChild<QScrollArea*>(QStringLiteral("editorScroll")))
        scroll->ensureWidgetVisible(focus);
    focus->setFocus(Qt::OtherFocusReason);
}

void RecordEditor::showMessage(const QString& text, bool error)
{
    m_banner->showMessage(text, error ? MessageBanner::Kind::Error : MessageBanner::Kind::Information);
    m_banner->show();
}

bool RecordEditor::save()
{
    if (m_readOnly)
        return false;
    // What is being typed in a cell counts (Ctrl+S pressed inside it).
    for (const GridInfo& g : std::as_const(m_grids))
        g.grid->commitEdits();
    const QList<Problem> blocking = inputProblems();
    if (!blocking.isEmpty()) {
        revalidate();
        showMessage(tr("Not saved: %n field(s) need correcting (marked in red; what you typed is kept).", "",
                       int(blocking.size())),
                    true);
        focusField(blocking.first().field + QLatin1Char('#') + blocking.first().itemId.toString(QUuid::WithoutBraces));
        return false;
    }
    const QString oldJournal = journalPath();
    Result<QUuid> r = saveRecord();
    if (!r) {
        // The workspace's message may start with the path of the field it is about.
        static const QRegularExpression lead(QStringLiteral("^([A-Za-z]+(?:\\[\\d+\\])?(?:\\.[A-Za-z]+)?): (.*)$"));
        const QRegularExpressionMatch m = lead.match(r.message());
        QList<Problem> problems = inputProblems();
        if (m.hasMatch())
            problems << Problem::at(m.captured(1), m.captured(2));
        showProblems(problems + m_gateProblems);
        showMessage(tr("Not saved: %1").arg(r.message()), true);
        return false;
    }
    m_recordId = *r;
    afterSave();
    resetBaseline();
    removeJournal(oldJournal);
    removeJournal(journalPath());
    m_autosave->stop();
    m_gateProblems.clear();
    if (m_kind) {
        Result<QList<Problem>> gates = SubmissionGates(m_ws.database()).problems(*m_kind, m_recordId);
        if (gates)
            m_gateProblems = *gates;
    }
    revalidate();
    loadHistory();
    showMessage(tr("Saved."), false);
    m_title->setText(title());
    Q_EMIT saved(m_recordId);
    return true;
}

bool RecordEditor::submit()
{
    if (!m_kind || m_readOnly)
        return false;
    if (!save())
        return false;
    if (!m_gateProblems.isEmpty()) {
        showMessage(tr("Saved, but not submitted yet: %n thing(s) to put right (see the list).", "",
                       int(m_gateProblems.size())),
                    true);
        focusField(m_gateProblems.first().field + QLatin1Char('#')
                   + m_gateProblems.first().itemId.toString(QUuid::WithoutBraces));
        return false;
    }
    Result<void> r = m_ws.submit(*m_kind, m_recordId);
    if (!r) {
        showMessage(tr("Not submitted: %1").arg(r.message()), true);
        return false;
    }
    setReadOnly(true);
    loadHistory();
    showMessage(tr("Submitted for review."), false);
    return true;
}

void RecordEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    for (const auto& [path, widget] : std::as_const(m_fields)) {
        if (auto* e = qobject_cast<QLineEdit*>(widget))
            e->setReadOnly(readOnly);
        else if (auto* t = qobject_cast<QPlainTextEdit*>(widget))
            t->setReadOnly(readOnly);
        else
            widget->setEnabled(!readOnly);
    }
    for (const GridInfo& g : std::as_const(m_grids))
        g.grid->setEditable(!readOnly);
    for (QPushButton* b : findChildren<QPushButton*>()) {
        if (b->property("editsRecord").toBool())
            b->setEnabled(!readOnly);
    }
    m_saveButton->setEnabled(!readOnly);
    m_submitButton->setEnabled(!readOnly);
    if (readOnly)
        m_checklist->clear();
}

void RecordEditor::loadHistory()
{
    m_history->clear();
    if (!m_kind || m_recordId.isNull()) {
        m_status->setText(m_recordId.isNull() ? tr("New, not saved yet") : QString());
        return;
    }
    Result<RecordState> state = RecordLookup(m_ws.database()).record(*m_kind, m_recordId);
    if (state && state->status)
        m_status->setText(tr("Status: %1").arg(Names::of(*state->status)));
    Result<QList<Transition>> steps = RecordLifecycle(m_ws.database()).history(*m_kind, m_recordId);
    if (!steps)
        return;
    for (const Transition& t : *steps) {
        QString line = tr("%1 %2: %3 → %4")
                           .arg(t.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")), t.actor.name,
                                Names::of(t.from), Names::of(t.to));
        if (!t.comment.isEmpty())
            line += tr(" (%1)").arg(t.comment);
        new QListWidgetItem(line, m_history);
    }
}

void RecordEditor::finishSetup()
{
    m_title->setText(title());
    resetBaseline();
    m_undo->clear();
    m_gateProblems.clear();
    m_journalBar->hide();
    m_banner->hide();
    setReadOnly(false);
    {
        Result<void> editable = editableNow();
        if (!editable) {
            setReadOnly(true);
            m_banner->showMessage(tr("Read only: %1").arg(editable.message()), MessageBanner::Kind::Information);
            m_banner->show();
        }
    }
    loadHistory();
    revalidate();
    if (!m_readOnly)
        offerJournal();
}

Result<void> RecordEditor::editableNow()
{
    if (!m_kind || m_recordId.isNull())
        return {};
    return RecordLifecycle(m_ws.database()).checkEdit(m_ws.actor(), *m_kind, m_recordId);
}

QString RecordEditor::journalKey(const QUuid& recordId) const
{
    const QString kind = m_kind ? codeOf(*m_kind) : QStringLiteral("program");
    if (!recordId.isNull())
        return kind + QLatin1Char('-') + recordId.toString(QUuid::WithoutBraces);
    return kind + QStringLiteral("-new-")
        + (m_subjectId.isNull() ? QStringLiteral("program") : m_subjectId.toString(QUuid::WithoutBraces));
}

QString RecordEditor::journalPath() const
{
    const QString db = QFileInfo(m_ws.database().path()).absoluteFilePath();
    const QString folder = QString::fromLatin1(
        QCryptographicHash::hash(db.toUtf8(), QCryptographicHash::Sha1).toHex().left(16));
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/drafts/") + folder
        + QLatin1Char('/') + journalKey(m_recordId) + QStringLiteral(".json");
}

void RecordEditor::removeJournal(const QString& path) const
{
    QFile::remove(path);
}

void RecordEditor::writeJournal()
{
    m_autosave->stop();
    if (m_readOnly)
        return;
    if (!isDirty()) {
        removeJournal(journalPath());
        return;
    }
    const QString path = journalPath();
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return;
    const QJsonObject journal { { QStringLiteral("state"), rawState() },
                                { QStringLiteral("at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate) },
                                { QStringLiteral("title"), m_title->text() } };
    file.write(QJsonDocument(journal).toJson(QJsonDocument::Compact));
    file.commit();
}

void RecordEditor::offerJournal()
{
    QFile file(journalPath());
    if (!file.open(QIODevice::ReadOnly))
        return;
    const QJsonObject journal = QJsonDocument::fromJson(file.readAll()).object();
    file.close();
    const QJsonObject state = journal.value(QStringLiteral("state")).toObject();
    if (state.isEmpty() || state == rawState()) {
        removeJournal(journalPath());
        return;
    }
    const QDateTime at = QDateTime::fromString(journal.value(QStringLiteral("at")).toString(), Qt::ISODate);
    m_journalText->setText(tr("This form was being filled in on %1 and not saved. Restore what was typed?")
                               .arg(at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))));
    m_journalBar->show();
}

void RecordEditor::restoreDraft()
{
    QFile file(journalPath());
    if (!file.open(QIODevice::ReadOnly))
        return;
    const QJsonObject state = QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("state")).toObject();
    file.close();
    m_journalBar->hide();
    if (state.isEmpty())
        return;
    const QJsonObject before = m_state;
    applyRawState(state);
    auto apply = [this](const QJsonObject& s) { applyRawState(s); };
    m_undo->push(new SnapshotCommand(apply, before, m_state, {}, tr("Restore draft")));
    showMessage(tr("The draft was restored; save it to keep it."), false);
}

void RecordEditor::discardDraft()
{
    removeJournal(journalPath());
    m_journalBar->hide();
}

void RecordEditor::closeEvent(QCloseEvent* event)
{
    writeJournal();
    QWidget::closeEvent(event);
}

} // namespace jx
