#pragma once

#include <QObject>

class QTableView;

namespace jx {

/**
 * Gives one column of a table the width the other columns leave, never less than a readable
 * minimum (beyond it the table scrolls sideways instead of squeezing the column to nothing),
 * until the user sizes that column by hand. Unlike QHeaderView::Stretch the column stays
 * resizable, and unlike a stretched last section no empty column takes the room a name needs.
 * Follows the table's resizes and the user's resizing of the other columns; call fit() after
 * setting the other widths or changing the column.
 */
class SpareWidthColumn : public QObject
{
    Q_OBJECT

public:
    /// Installs itself on @p table (which owns it); @p column -1: none yet.
    SpareWidthColumn(QTableView* table, int column, int minimumWidth);

    void setColumn(int column, int minimumWidth);
    int column() const { return m_column; }
    /// Sizes the column now (unless the user sized it); forgets the user's size when @p reset.
    void fit(bool reset = false);
    /// The other columns are being sized by the program while @p on: not the user's doing.
    void setSizing(bool on) { m_sizing = on; }
    /// Sizes every other column to its contents, then this one (a width the user set stays).
    void resizeOthersToContents();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QTableView* m_table;
    int m_column;
    int m_minimum;
    bool m_sizing = false;
    bool m_userSized = false;
};

} // namespace jx
