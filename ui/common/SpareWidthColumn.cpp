#include "ui/common/SpareWidthColumn.h"

#include <QEvent>
#include <QHeaderView>
#include <QScopedValueRollback>
#include <QTableView>

#include <algorithm>

namespace jx {

SpareWidthColumn::SpareWidthColumn(QTableView* table, int column, int minimumWidth)
    : QObject(table)
    , m_table(table)
    , m_column(column)
    , m_minimum(minimumWidth)
{
    QHeaderView* header = table->horizontalHeader();
    header->setStretchLastSection(false);
    table->viewport()->installEventFilter(this);
    connect(header, &QHeaderView::sectionResized, this, [this](int logical) {
        if (m_sizing)
            return;
        if (logical == m_column)
            m_userSized = true; // sized by hand: kept as the user left it
        else
            fit();
    });
}

void SpareWidthColumn::setColumn(int column, int minimumWidth)
{
    m_column = column;
    m_minimum = minimumWidth;
    fit(true);
}

void SpareWidthColumn::fit(bool reset)
{
    if (reset)
        m_userSized = false;
    QHeaderView* header = m_table->horizontalHeader();
    if (m_column < 0 || m_column >= header->count() || m_userSized)
        return;
    if (header->sectionResizeMode(m_column) != QHeaderView::Interactive)
        header->setSectionResizeMode(m_column, QHeaderView::Interactive);
    int others = 0;
    for (int c = 0; c < header->count(); ++c) {
        if (c != m_column && !header->isSectionHidden(c))
            others += header->sectionSize(c);
    }
    const QScopedValueRollback<bool> sizing(m_sizing, true);
    header->resizeSection(m_column, std::max(m_minimum, m_table->viewport()->width() - others));
}

void SpareWidthColumn::resizeOthersToContents()
{
    {
        const QScopedValueRollback<bool> sizing(m_sizing, true);
        for (int c = 0; c < m_table->horizontalHeader()->count(); ++c) {
            if (c != m_column)
                m_table->resizeColumnToContents(c);
        }
    }
    fit();
}

bool SpareWidthColumn::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Resize)
        fit();
    return QObject::eventFilter(watched, event);
}

} // namespace jx
