#pragma once

#include "core/workflow/ReviewQueue.h"

#include <QAbstractTableModel>
#include <QList>

namespace jx {

class ChangeSet;
class Workspace;

/**
 * The 财政审核 queue as a table: kind, subject, unit, division, submitter, submitted, deadline,
 * score and grade of a self-evaluation. It reads ReviewQueue for the workspace's agency and
 * reads again after every commit that touched a record of the loop.
 */
class ReviewQueueModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        KindColumn,
        SubjectColumn,
        AgencyColumn,
        DivisionColumn,
        SubmitterColumn,
        SubmittedColumn,
        DeadlineColumn,
        GradeColumn,
        ColumnCount
    };

    explicit ReviewQueueModel(QObject* parent = nullptr);

    /// Shows the queue of @p workspace's agency (not owned; null clears) and follows its changes.
    void setWorkspace(Workspace* workspace);
    void setFilter(const ReviewQueueFilter& filter);
    const ReviewQueueFilter& filter() const { return m_filter; }
    /// The day overdue is judged on (today unless a test says otherwise).
    void setToday(const QDate& today);
    void reload();

    const ReviewQueueRow& rowAt(int row) const { return m_rows.at(row); }
    QString lastError() const { return m_lastError; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void errorOccurred(const QString& message);

private:
    void follow(const ChangeSet& changes);

    Workspace* m_ws = nullptr;
    QMetaObject::Connection m_following;
    ReviewQueueFilter m_filter;
    QDate m_today;
    QList<ReviewQueueRow> m_rows;
    QString m_lastError;
};

} // namespace jx
