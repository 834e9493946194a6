#pragma once

#include "core/domain/Result.h"

#include <QHash>
#include <QList>

#include <functional>

namespace jx {

/**
 * The pages of a long list that a model has read, the most recently used kept: a page is read
 * on a miss, and the least recently used one dropped when more than MaxPages are held, so that a
 * model over a region's list holds a bounded number of rows whatever the view scrolls to.
 */
template <typename Row>
class PageCache
{
public:
    static constexpr int PageSize = 128;
    static constexpr int MaxPages = 32;

    /// Reads @p limit rows from @p offset.
    using Read = std::function<Result<QList<Row>>(qint64 offset, int limit)>;

    void clear()
    {
        m_pages.clear();
        m_used.clear();
    }

    /// The pages held, by page index.
    const QHash<int, QList<Row>>& pages() const { return m_pages; }

    /// Page @p index, read through @p read when not held; null with @p error set when it fails.
    const QList<Row>* page(int index, const Read& read, QString& error)
    {
        if (const auto it = m_pages.constFind(index); it != m_pages.cend()) {
            m_used.removeOne(index);
            m_used << index;
            return &*it;
        }
        Result<QList<Row>> rows = read(qint64(index) * PageSize, PageSize);
        if (!rows) {
            error = rows.message();
            return nullptr;
        }
        while (m_used.size() >= MaxPages)
            m_pages.remove(m_used.takeFirst());
        m_used << index;
        return &*m_pages.insert(index, std::move(*rows));
    }

private:
    QHash<int, QList<Row>> m_pages; ///< by page index
    QList<int> m_used;              ///< page indexes, most recently used last
};

} // namespace jx
