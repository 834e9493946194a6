#pragma once

#include "core/domain/Money.h"
#include "core/workflow/ResultsListing.h"

#include <QAbstractTableModel>
#include <QList>

namespace jx {

class ChangeSet;
class Workspace;

/**
 * 结果运用: the programs of a fiscal year with their binding grade and the decision on next
 * year's funding (ResultsListing), read again after every commit that touched programs,
 * self-evaluations, reviews or decisions. Amounts in 元 or 万元.
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

    explicit ResultsModel(QObject* parent = nullptr);

    void setWorkspace(Workspace* workspace);
    void setFiscalYear(int year);
    void setUnit(MoneyUnit unit);
    /// Only programs whose binding grade is @p grade (none: all).
    void setGradeFilter(std::optional<Grade> grade);
    std::optional<Grade> gradeFilter() const { return m_grade; }
    void reload();

    const ResultsRow& rowAt(int row) const { return m_rows.at(row); }
    /// The row of @p programId, or -1.
    int rowOf(const QUuid& programId) const;
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
    int m_year = 0;
    std::optional<Grade> m_grade;
    MoneyUnit m_unit = MoneyUnit::TenThousandYuan;
    QList<ResultsRow> m_rows;
    QString m_lastError;
};

} // namespace jx
