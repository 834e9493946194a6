#pragma once

#include <QStringList>
#include <QTableWidget>

namespace jx {

/**
 * The grid of an official table as a clerk fills it without the mouse: Enter moves to the next
 * editable cell (and on to a new row at the end when rows may be added), Ctrl+V pastes a block
 * copied from Excel (tab-separated lines) from the current cell on, and a cell with a problem is
 * marked with its reason as tooltip. Cells hold text only, so that nothing typed is ever lost.
 */
class EditorGrid : public QTableWidget
{
    Q_OBJECT

public:
    explicit EditorGrid(const QStringList& headers, QWidget* parent = nullptr);

    /// A computed or fixed column: shown, never edited, skipped by Enter.
    void setColumnReadOnly(int column, bool readOnly = true);
    bool isColumnReadOnly(int column) const { return m_readOnlyColumns.contains(column); }
    /// A column chosen from a list (a combo box editor); pasted text is kept as typed.
    void setColumnChoices(int column, const QStringList& choices);
    /// A column with a check box (不适用); its text is not used.
    void setColumnCheckable(int column);
    bool isColumnCheckable(int column) const { return m_checkableColumns.contains(column); }
    /// Whether Enter in the last row and pasting below it add rows.
    void setGrowable(bool growable) { m_growable = growable; }
    /// Read-only grids take no edit and no paste.
    void setEditable(bool editable);
    bool isEditable() const { return m_editable; }

    QString text(int row, int column) const;
    /// Sets a cell's text (creating the item); read-only columns are made non-editable.
    void setText(int row, int column, const QString& text);
    bool isChecked(int row, int column) const;
    void setChecked(int row, int column, bool checked);
    /// The id the row stands for (an indicator, a fund row), kept with the row.
    QString rowId(int row) const;
    void setRowId(int row, const QString& id);
    /// Appends an empty row with its items; returns it.
    int appendRow();
    bool isRowEmpty(int row) const;

    /// Commits the cell being typed in, if any (before a save), and stays on it.
    void commitEdits();
    /// Pastes tab-separated lines from the current cell on; returns the number of cells written.
    int pasteText(const QString& text);

    /// A computed cell's colour and tooltip (a traffic light), without an edit signal.
    void setCellColor(int row, int column, const QColor& color, const QString& toolTip = {});
    /// A row the clerk does not type in (a total row).
    void setRowReadOnly(int row);
    void setCellProblem(int row, int column, const QString& reason);
    void clearProblems();
    QString cellProblem(int row, int column) const;

Q_SIGNALS:
    /// The user changed cells (typing, paste, a check box); one signal per paste.
    void edited(int row, int column);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void closeEditor(QWidget* editor, QAbstractItemDelegate::EndEditHint hint) override;

private:
    void moveToNextCell();
    void ensureItems(int row);

    QList<int> m_readOnlyColumns;
    QList<int> m_checkableColumns;
    bool m_growable = false;
    bool m_editable = true;
    bool m_quiet = false;
};

} // namespace jx
