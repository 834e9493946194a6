#include "ui/results/ResultsModel.h"

#include "core/storage/ChangeSet.h"
#include "core/workspace/Workspace.h"

#include <QColor>

namespace jx {

ResultsModel::ResultsModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void ResultsModel::setWorkspace(Workspace* workspace)
{
    disconnect(m_following);
    m_ws = workspace;
    if (workspace)
        m_following = connect(workspace, &Workspace::changed, this, &ResultsModel::follow);
    reload();
}

void ResultsModel::setFiscalYear(int year)
{
    if (year == m_year)
        return;
    m_year = year;
    reload();
}

void ResultsModel::setUnit(MoneyUnit unit)
{
    if (unit == m_unit)
        return;
    m_unit = unit;
    Q_EMIT headerDataChanged(Qt::Horizontal, AmountColumn, ChangeColumn);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, AmountColumn), index(int(m_rows.size()) - 1, ChangeColumn), { Qt::DisplayRole });
}

void ResultsModel::setGradeFilter(std::optional<Grade> grade)
{
    if (grade == m_grade)
        return;
    m_grade = grade;
    reload();
}

void ResultsModel::follow(const ChangeSet& changes)
{
    static const QString watched[] = { QStringLiteral("subject"), QStringLiteral("self_evaluation"),
        QStringLiteral("review"), QStringLiteral("result_application"), QStringLiteral("agency") };
    if (std::any_of(std::begin(watched), std::end(watched), [&](const QString& t) { return changes.touches(t); }))
        reload();
}

void ResultsModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_lastError.clear();
    if (m_ws && m_year != 0) {
        Result<QList<ResultsRow>> rows = ResultsListing(m_ws->database()).rows(m_ws->self(), m_year);
        if (rows) {
            for (ResultsRow& r : *rows) {
                if (!m_grade || r.grade == m_grade)
                    m_rows << std::move(r);
            }
        } else {
            m_lastError = rows.message();
        }
    }
    endResetModel();
    if (!m_lastError.isEmpty())
        Q_EMIT errorOccurred(m_lastError);
}

int ResultsModel::rowOf(const QUuid& programId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).programId == programId)
            return i;
    }
    return -1;
}

int ResultsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ResultsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ResultsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ResultsRow& r = m_rows.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case NameColumn:
            return r.name;
        case AgencyColumn:
            return r.agencyName;
        case AmountColumn:
            return r.amount.format(m_unit);
        case GradeColumn:
            if (!r.grade)
                return r.evaluationStatus ? tr("not scored") : tr("no self-evaluation");
            return Names::of(*r.grade);
        case ScoreColumn:
            return r.score ? QString::number(*r.score, 'f', 2) : QString();
        case DecisionColumn:
            return r.decision ? Names::of(r.decision->decision) : QString();
        case ChangeColumn:
            return r.decision ? r.decision->amountChange.format(m_unit) : QString();
        case StatusColumn:
            return r.decision ? Names::of(r.decision->status) : tr("not decided");
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole && index.column() == GradeColumn && r.grade == Grade::Poor)
        return QColor(0xB7, 0x1C, 0x1C);
    if (role == Qt::TextAlignmentRole
        && (index.column() == AmountColumn || index.column() == ChangeColumn || index.column() == ScoreColumn))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == GradeColumn && r.grade)
        return tr("The grade that binds the results: finance's once it approved the self-evaluation, else the computed one.");
    if (role == Qt::ToolTipRole && index.column() == DecisionColumn && r.decision)
        return r.decision->reason;
    if (role == Qt::UserRole)
        return r.programId;
    return {};
}

QVariant ResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn: return tr("Program");
    case AgencyColumn: return tr("Unit");
    case AmountColumn: return tr("Amount (%1)").arg(Money::unitName(m_unit));
    case GradeColumn: return tr("Binding grade");
    case ScoreColumn: return tr("Self-evaluation score");
    case DecisionColumn: return tr("Decision for next year");
    case ChangeColumn: return tr("Change (%1)").arg(Money::unitName(m_unit));
    case StatusColumn: return tr("Status");
    default: return {};
    }
}

} // namespace jx
