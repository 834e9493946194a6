#pragma once

#include "core/domain/Money.h"
#include "core/storage/ProgramListing.h"

#include <QAbstractTableModel>
#include <QList>

namespace jx {

class ChangeSet;
class Database;
class Workspace;

/**
 * The programs of a database as a table: name, agency, budget book, kind, amount.
 * Rows are fetched page by page on the indexed key as the view scrolls (canFetchMore /
 * fetchMore); the total is counted in SQL. Amounts show in 元 or 万元.
 */
class ProgramListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        AgencyColumn,
        BookColumn,
        KindColumn,
        AmountColumn,
        ColumnCount
    };

    static constexpr int PageSize = 256;

    explicit ProgramListModel(QObject* parent = nullptr);

    /// Shows the programs of @p db (not owned; may be null to clear).
    void setDatabase(Database* db);
    /**
     * Shows the programs of @p workspace (not owned; may be null to clear) and follows its
     * changes: after a commit that touched programs, agencies or finance orders, the rows
     * already fetched are read again, so the list never shows stale data.
     */
    void setWorkspace(Workspace* workspace);
    void setFilter(const ProgramFilter& filter);
    const ProgramFilter& filter() const { return m_filter; }
    void setUnit(MoneyUnit unit);
    MoneyUnit unit() const { return m_unit; }

    /// Programs matching the filter, counted in SQL (-1 when there is no database).
    qint64 totalCount() const { return m_total; }
    /// The last error reading the database, empty if none.
    QString lastError() const { return m_lastError; }
    const ProgramRow& rowAt(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

Q_SIGNALS:
    void totalCountChanged(qint64 total);
    void errorOccurred(const QString& message);

private:
    void reload();
    void follow(const ChangeSet& changes);

    Database* m_db = nullptr;
    QMetaObject::Connection m_following;
    ProgramFilter m_filter;
    MoneyUnit m_unit = MoneyUnit::TenThousandYuan;
    QList<ProgramRow> m_rows;
    qint64 m_total = -1;
    bool m_exhausted = true;
    bool m_announcing = false;
    QString m_lastError;
};

} // namespace jx
