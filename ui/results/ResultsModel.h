#pragma once

#include "ui/common/PageCache.h"
#include "core/domain/Money.h"
#include "core/workflow/ResultsListing.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace jx {

class ChangeSet;
class Workspace;

/**
 * 结果运用: the programs of a fiscal year with their binding grade and the decision on next
 * year's funding (ResultsListing), read again after every commit that touched programs,
 * self-evaluations, reviews or decisions. Amounts in 元 or 万元.
 *
 * A region has 300,000 programs: the count is asked of SQL and rows are read in pages around
 * what the view shows, into a sparse cache of a bounded number of pages.
 */
class ResultsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        AgencyColumn,
        AmountColumn,
        GradeColumn,
        ScoreColumn,
        DecisionColumn,
        ChangeColumn,
        StatusColumn,
        ColumnCount
    };

    static constexpr int PageSize = PageCache<ResultsRow>::PageSize;
    static constexpr int MaxPages = PageCache<ResultsRow>::MaxPages;

    explicit ResultsModel(QObject* parent = nullptr);

    void setWorkspace(Workspace* workspace);
    void setFiscalYear(int year);
    void setUnit(MoneyUnit unit);
    /// Only programs whose binding grade is @p grade (none: all).
    void setGradeFilter(std::optional<Grade> grade);
    std::optional<Grade> gradeFilter() const { return m_grade; }
    void reload();

    /// The row at @p row, read if needed (an empty row when it cannot be read).
    const ResultsRow& rowAt(int row) const;
    /// The row of @p programId among the rows read (or where it was before the last reload), or -1.
    int rowOf(const QUuid& programId) const;
    /// Pages held in the cache (tests).
    int cachedPages() const { return int(m_pages.pages().size()); }
    QString lastError() const { return m_lastError; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void errorOccurred(const QString& message);

private:
    void follow(const ChangeSet& changes);
    const QList<ResultsRow>* page(int index) const;

    Workspace* m_ws = nullptr;
    QMetaObject::Connection m_following;
    int m_year = 0;
    std::optional<Grade> m_grade;
    MoneyUnit m_unit = MoneyUnit::TenThousandYuan;
    int m_count = 0;
    mutable PageCache<ResultsRow> m_pages;
    QHash<QUuid, int> m_before;                    ///< rows read before the last reload, by program
    mutable QString m_lastError;
};

} // namespace jx
