#pragma once

#include "core/storage/SubjectQuery.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace jx {

class ChangeSet;
class Database;
class Workspace;

/**
 * The subjects of a database (programs, agency overall budgets, government budgets) as a table
 * of the chosen columns, at any scale: the row count is counted in SQL, and rows are read in
 * pages of PageSize by position when data() first asks for one (a sparse cache of at most
 * MaxPages pages), so that jumping to the end reads only the rows in sight. Sorting and
 * filtering are done in SQL (SubjectQuery). The model follows the workspace's changes: after
 * a commit that touched what a row shows, it counts again and drops its pages; the view then
 * reads again only the rows it shows.
 *
 * Sorted by name, code or amount, a window is read straight from an index at any position.
 * Sorted by a stage's value, the first pages are read by position (SQLite keeps only the top
 * rows while it sorts); past them, the list's whole order (its ids) is read once and the
 * windows are read by id.
 */
class SubjectListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int PageSize = 128;
    static constexpr int MaxPages = 64;
    /// data() role of the subject's id (QUuid).
    static constexpr int IdRole = Qt::UserRole;

    explicit SubjectListModel(QObject* parent = nullptr);

    /// Shows the subjects of @p workspace (not owned; null clears) and follows its changes.
    void setWorkspace(Workspace* workspace);
    Workspace* workspace() const { return m_workspace; }

    void setFields(const QList<SubjectField>& fields);
    const QList<SubjectField>& fields() const { return m_fields; }
    int columnOf(SubjectField field) const { return int(m_fields.indexOf(field)); }

    void setFilter(const SubjectFilter& filter);
    const SubjectFilter& filter() const { return m_filter; }
    void setSortOrder(const SubjectSort& sort);
    const SubjectSort& sortOrder() const { return m_sort; }
    void setUnit(MoneyUnit unit);
    MoneyUnit unit() const { return m_unit; }

    /// Count and amount of the filtered rows (count -1 when nothing is open or reading failed).
    const SubjectTotals& totals() const { return m_totals; }
    qint64 totalCount() const { return m_workspace && m_lastError.isEmpty() ? m_totals.count : -1; }
    QString lastError() const { return m_lastError; }
    /// Pages held in the cache.
    int cachedPages() const { return int(m_pages.size()); }
    /// Pages read from the database since the model was made (for tests and benchmarks).
    int pagesRead() const { return m_pagesRead; }

    /// The row at @p row, read if needed; null when it cannot be read.
    const SubjectListRow* rowAt(int row) const;
    QUuid subjectId(int row) const;

    /// Counts again and drops the cached pages (F5).
    void refresh();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

Q_SIGNALS:
    void totalsChanged(const jx::SubjectTotals& totals);
    void errorOccurred(const QString& message);

private:
    void reload();
    void follow(const ChangeSet& changes);
    Result<SubjectTotals> count();
    const QList<SubjectListRow>* page(int index) const;
    void dropPages();
    void setError(const QString& message) const;

    Workspace* m_workspace = nullptr;
    QMetaObject::Connection m_following;
    QList<SubjectField> m_fields;
    SubjectFilter m_filter;
    SubjectSort m_sort;
    MoneyUnit m_unit = MoneyUnit::TenThousandYuan;
    SubjectTotals m_totals;
    mutable QString m_lastError;
    // The sparse cache: pages by index, and the order they were last used in (most recent last).
    mutable QHash<int, QList<SubjectListRow>> m_pages;
    mutable QList<int> m_used;
    // The whole order of a list sorted by a value no index holds (score, grade, status…), read
    // once when the view goes past the first pages: each window read by position would sort
    // the whole list again. Dropped with the pages.
    mutable QList<QUuid> m_order;
    mutable int m_pagesRead = 0;
};

} // namespace jx
