#pragma once

#include "ui/common/PageCache.h"
#include "core/workflow/ReviewQueue.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace jx {

class ChangeSet;
class Workspace;

/**
 * The 财政审核 queue as a table: kind, subject, unit, division, submitter, submitted, deadline,
 * score and grade of a self-evaluation. It reads ReviewQueue for the workspace's agency and
 * reads again after every commit that touched a record of the loop.
 *
 * At region scale the queue can hold hundreds of thousands of records: the count is asked of
 * SQL and rows are read in pages around what the view shows, into a sparse cache of a bounded
 * number of pages; a bulk approval asks for the keys alone (recordsOf()).
 */
class ReviewQueueModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        KindColumn,
        SubjectColumn,
        CodeColumn,
        AgencyColumn,
        DivisionColumn,
        SubmitterColumn,
        SubmittedColumn,
        DeadlineColumn,
        GradeColumn,
        ColumnCount
    };

    static constexpr int PageSize = PageCache<ReviewQueueRow>::PageSize;
    static constexpr int MaxPages = PageCache<ReviewQueueRow>::MaxPages;

    explicit ReviewQueueModel(QObject* parent = nullptr);

    /// Shows the queue of @p workspace's agency (not owned; null clears) and follows its changes.
    void setWorkspace(Workspace* workspace);
    void setFilter(const ReviewQueueFilter& filter);
    const ReviewQueueFilter& filter() const { return m_filter; }
    /// The day overdue is judged on (today unless a test says otherwise).
    void setToday(const QDate& today);
    void reload();

    /// The row at @p row, read if needed (an empty row when it cannot be read).
    const ReviewQueueRow& rowAt(int row) const;
    /// The records of @p rows, in that order; no rows: every record the filter shows.
    Result<QList<ReviewQueueKey>> recordsOf(const QList<int>& rows) const;
    QString lastError() const { return m_lastError; }
    /// Pages held in the cache (tests).
    int cachedPages() const { return int(m_pages.pages().size()); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void errorOccurred(const QString& message);

private:
    void follow(const ChangeSet& changes);
    const QList<ReviewQueueRow>* page(int index) const;

    Workspace* m_ws = nullptr;
    QMetaObject::Connection m_following;
    ReviewQueueFilter m_filter;
    QDate m_today;
    int m_count = 0;
    mutable PageCache<ReviewQueueRow> m_pages;
    mutable QString m_lastError;
};

} // namespace jx
