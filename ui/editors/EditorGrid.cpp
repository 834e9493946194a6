#include "ui/editors/EditorGrid.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QHeaderView>
#include <QKeyEvent>
#include <QStyledItemDelegate>

namespace jx {

namespace {

constexpr int ProblemRole = Qt::UserRole + 1;
constexpr int RowIdRole = Qt::UserRole + 2;

/// A combo box editor over a list of choices; text that is not one of them (pasted) is kept.
class ChoiceDelegate : public QStyledItemDelegate
{
public:
    ChoiceDelegate(QStringList choices, QObject* parent)
        : QStyledItemDelegate(parent)
        , m_choices(std::move(choices))
    { }

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem&, const QModelIndex&) const override
    {
        // Editable, so that the clerk types the first characters and Enter takes the match.
        auto* box = new QComboBox(parent);
        box->addItems(m_choices);
        box->setEditable(true);
        box->setInsertPolicy(QComboBox::NoInsert);
        return box;
    }
    void setEditorData(QWidget* editor, const QModelIndex& index) const override
    {
        auto* box = static_cast<QComboBox*>(editor);
        const int at = m_choices.indexOf(index.data().toString());
        box->setCurrentIndex(at);
        box->setEditText(index.data().toString());
    }
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override
    {
        model->setData(index, static_cast<QComboBox*>(editor)->currentText().trimmed());
    }

private:
    QStringList m_choices;
};

} // namespace

EditorGrid::EditorGrid(const QStringList& headers, QWidget* parent)
    : QTableWidget(0, int(headers.size()), parent)
{
    setHorizontalHeaderLabels(headers);
    setSelectionMode(QAbstractItemView::ContiguousSelection);
    setEditTriggers(QAbstractItemView::AnyKeyPressed | QAbstractItemView::EditKeyPressed
                    | QAbstractItemView::DoubleClicked);
    setTabKeyNavigation(true);
    verticalHeader()->setDefaultSectionSize(26);
    horizontalHeader()->setStretchLastSection(true);
    setWordWrap(false);
    connect(this, &QTableWidget::itemChanged, this, [this](QTableWidgetItem* item) {
        if (!m_quiet)
            Q_EMIT edited(item->row(), item->column());
    });
}

void EditorGrid::setColumnReadOnly(int column, bool readOnly)
{
    m_readOnlyColumns.removeAll(column);
    if (readOnly)
        m_readOnlyColumns << column;
}

void EditorGrid::setColumnChoices(int column, const QStringList& choices)
{
    setItemDelegateForColumn(column, new ChoiceDelegate(choices, this));
}

void EditorGrid::setColumnCheckable(int column)
{
    m_checkableColumns << column;
}

void EditorGrid::setEditable(bool editable)
{
    m_editable = editable;
    setEditTriggers(editable ? QAbstractItemView::AnyKeyPressed | QAbstractItemView::EditKeyPressed
                                   | QAbstractItemView::DoubleClicked
                             : QAbstractItemView::NoEditTriggers);
    m_quiet = true;
    for (int r = 0; r < rowCount(); ++r) {
        for (int c : std::as_const(m_checkableColumns)) {
            if (QTableWidgetItem* i = item(r, c))
                i->setFlags(editable ? i->flags() | Qt::ItemIsUserCheckable : i->flags() & ~Qt::ItemIsUserCheckable);
        }
    }
    m_quiet = false;
}

void EditorGrid::ensureItems(int row)
{
    m_quiet = true;
    if (row >= rowCount())
        setRowCount(row + 1);
    for (int c = 0; c < columnCount(); ++c) {
        if (item(row, c))
            continue;
        auto* i = new QTableWidgetItem;
        Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
        if (m_checkableColumns.contains(c)) {
            flags |= Qt::ItemIsUserCheckable;
            i->setCheckState(Qt::Unchecked);
        } else if (!m_readOnlyColumns.contains(c)) {
            flags |= Qt::ItemIsEditable;
        }
        if (m_readOnlyColumns.contains(c))
            i->setBackground(palette().alternateBase());
        i->setFlags(flags);
        setItem(row, c, i);
    }
    m_quiet = false;
}

QString EditorGrid::text(int row, int column) const
{
    const QTableWidgetItem* i = item(row, column);
    return i ? i->text() : QString();
}

void EditorGrid::setText(int row, int column, const QString& text)
{
    if (row >= rowCount())
        setRowCount(row + 1);
    ensureItems(row);
    m_quiet = true;
    item(row, column)->setText(text);
    m_quiet = false;
}

bool EditorGrid::isChecked(int row, int column) const
{
    const QTableWidgetItem* i = item(row, column);
    return i && i->checkState() == Qt::Checked;
}

void EditorGrid::setChecked(int row, int column, bool checked)
{
    ensureItems(row);
    m_quiet = true;
    item(row, column)->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    m_quiet = false;
}

QString EditorGrid::rowId(int row) const
{
    const QTableWidgetItem* i = item(row, 0);
    return i ? i->data(RowIdRole).toString() : QString();
}

void EditorGrid::setRowId(int row, const QString& id)
{
    ensureItems(row);
    m_quiet = true;
    item(row, 0)->setData(RowIdRole, id);
    m_quiet = false;
}

int EditorGrid::appendRow()
{
    const int row = rowCount();
    setRowCount(row + 1);
    ensureItems(row);
    return row;
}

bool EditorGrid::isRowEmpty(int row) const
{
    for (int c = 0; c < columnCount(); ++c) {
        if (!m_readOnlyColumns.contains(c) && !m_checkableColumns.contains(c) && !text(row, c).trimmed().isEmpty())
            return false;
    }
    return true;
}

int EditorGrid::pasteText(const QString& text)
{
    if (!m_editable)
        return 0;
    QString block = text;
    block.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    if (block.endsWith(QLatin1Char('\n')))
        block.chop(1);
    const QStringList lines = block.split(QLatin1Char('\n'));
    const int top = qMax(0, currentRow());
    int left = currentColumn();
    if (left < 0) {
        // No cell chosen yet: the block goes to the first column the clerk types in.
        left = 0;
        while (left < columnCount() - 1 && m_readOnlyColumns.contains(left))
            ++left;
    }
    int written = 0;
    for (int n = 0; n < lines.size(); ++n) {
        const int row = top + n;
        if (row >= rowCount()) {
            if (!m_growable)
                break;
            appendRow();
        }
        ensureItems(row);
        const QStringList cells = lines.at(n).split(QLatin1Char('\t'));
        for (int k = 0; k < cells.size(); ++k) {
            const int column = left + k;
            if (column >= columnCount())
                break;
            if (m_readOnlyColumns.contains(column) || m_checkableColumns.contains(column))
                continue;
            setText(row, column, cells.at(k).trimmed());
            ++written;
        }
    }
    if (written > 0)
        Q_EMIT edited(top, left);
    return written;
}

void EditorGrid::setCellColor(int row, int column, const QColor& color, const QString& toolTip)
{
    ensureItems(row);
    m_quiet = true;
    item(row, column)->setForeground(color);
    item(row, column)->setToolTip(toolTip);
    m_quiet = false;
}

void EditorGrid::setRowReadOnly(int row)
{
    ensureItems(row);
    m_quiet = true;
    for (int c = 0; c < columnCount(); ++c) {
        item(row, c)->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        item(row, c)->setBackground(palette().alternateBase());
        QFont f = item(row, c)->font();
        f.setBold(true);
        item(row, c)->setFont(f);
    }
    m_quiet = false;
}

void EditorGrid::setCellProblem(int row, int column, const QString& reason)
{
    if (row < 0 || row >= rowCount() || column < 0 || column >= columnCount())
        return;
    ensureItems(row);
    m_quiet = true;
    QTableWidgetItem* i = item(row, column);
    const QString before = i->data(ProblemRole).toString();
    const QString joined = before.isEmpty() ? reason : before + QLatin1Char('\n') + reason;
    i->setData(ProblemRole, joined);
    i->setToolTip(joined);
    i->setBackground(QColor(0xfd, 0xd8, 0xd8));
    m_quiet = false;
}

QString EditorGrid::cellProblem(int row, int column) const
{
    const QTableWidgetItem* i = item(row, column);
    return i ? i->data(ProblemRole).toString() : QString();
}

void EditorGrid::clearProblems()
{
    m_quiet = true;
    for (int r = 0; r < rowCount(); ++r) {
        for (int c = 0; c < columnCount(); ++c) {
            QTableWidgetItem* i = item(r, c);
            if (!i || i->data(ProblemRole).toString().isEmpty())
                continue;
            i->setData(ProblemRole, QVariant());
            i->setToolTip({});
            i->setBackground(m_readOnlyColumns.contains(c) ? palette().alternateBase() : QBrush());
        }
    }
    m_quiet = false;
}

void EditorGrid::commitEdits()
{
    if (state() != QAbstractItemView::EditingState)
        return;
    QWidget* editor = QApplication::focusWidget();
    while (editor && editor->parentWidget() != viewport())
        editor = editor->parentWidget();
    if (!editor)
        return;
    commitData(editor);
    QTableWidget::closeEditor(editor, QAbstractItemDelegate::NoHint);
    setFocus();
}

void EditorGrid::keyPressEvent(QKeyEvent* event)
{
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && event->modifiers() == Qt::NoModifier
        && state() != QAbstractItemView::EditingState) {
        moveToNextCell();
        return;
    }
    if (event->matches(QKeySequence::Paste) && m_editable) {
        pasteText(QApplication::clipboard()->text());
        return;
    }
    if (event->key() == Qt::Key_Space && isColumnCheckable(currentColumn()) && m_editable) {
        ensureItems(currentRow());
        QTableWidgetItem* i = item(currentRow(), currentColumn());
        i->setCheckState(i->checkState() == Qt::Checked ? Qt::Unchecked : Qt::Checked);
        return;
    }
    QTableWidget::keyPressEvent(event);
}

void EditorGrid::closeEditor(QWidget* editor, QAbstractItemDelegate::EndEditHint hint)
{
    // Enter in a cell's editor commits it (SubmitModelCache); the clerk goes on to the next cell.
    QTableWidget::closeEditor(editor, hint == QAbstractItemDelegate::SubmitModelCache ? QAbstractItemDelegate::NoHint
                                                                                        : hint);
    if (hint == QAbstractItemDelegate::SubmitModelCache)
        moveToNextCell();
}

void EditorGrid::moveToNextCell()
{
    int row = qMax(0, currentRow());
    int column = currentColumn();
    for (int guard = rowCount() * columnCount() + columnCount(); guard > 0; --guard) {
        ++column;
        if (column >= columnCount()) {
            column = 0;
            ++row;
        }
        if (row >= rowCount()) {
            if (!m_growable || !m_editable)
                return;
            appendRow();
        }
        const QTableWidgetItem* i = item(row, column);
        const bool typed = !i || (i->flags() & Qt::ItemIsEditable) || m_checkableColumns.contains(column);
        if (!m_readOnlyColumns.contains(column) && typed) {
            setCurrentCell(row, column);
            return;
        }
    }
}

} // namespace jx
