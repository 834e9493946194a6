#include "ui/results/ResultsModel.h"

#include "core/storage/ChangeSet.h"
#include "core/workspace/Workspace.h"

#include <QColor>

#include <limits>

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
    if (m_count > 0)
        Q_EMIT dataChanged(index(0, AmountColumn), index(m_count - 1, ChangeColumn), { Qt::DisplayRole });
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
    // Where the rows read so far were, so that a page can find its current program again.
    m_before.clear();
    for (auto it = m_pages.pages().cbegin(); it != m_pages.pages().cend(); ++it) {
        for (int i = 0; i < it.value().size(); ++i)
            m_before.insert(it.value().at(i).programId, it.key() * PageSize + i);
    }
    beginResetModel();
    m_pages.clear();
    m_count = 0;
    m_lastError.clear();
    if (m_ws && m_year != 0) {
        Result<qint64> count = ResultsListing(m_ws->database()).count(m_ws->self(), m_year, m_grade);
        if (count)
            m_count = int(std::min<qint64>(*count, std::numeric_limits<int>::max()));
        else
            m_lastError = count.message();
    }
    endResetModel();
    if (!m_lastError.isEmpty())
        Q_EMIT errorOccurred(m_lastError);
}

const QList<ResultsRow>* ResultsModel::page(int index) const
{
    if (!m_ws)
        return nullptr;
    const auto read = [this](qint64 offset, int limit) {
        return ResultsListing(m_ws->database()).rows(m_ws->self(), m_year, m_grade, offset, limit);
    };
    return m_pages.page(index, read, m_lastError);
}

const ResultsRow& ResultsModel::rowAt(int row) const
{
    static const ResultsRow none;
    const QList<ResultsRow>* rows = row >= 0 && row < m_count ? page(row / PageSize) : nullptr;
    if (!rows || row % PageSize >= rows->size())
        return none;
    return rows->at(row % PageSize);
}

int ResultsModel::rowOf(const QUuid& programId) const
{
    for (auto it = m_pages.pages().cbegin(); it != m_pages.pages().cend(); ++it) {
        for (int i = 0; i < it.value().size(); ++i) {
            if (it.value().at(i).programId == programId)
                return it.key() * PageSize + i;
        }
    }
    // A reload keeps the order (by name): the program is where it was, unless the filter moved it.
    if (const auto it = m_before.constFind(programId); it != m_before.cend() && *it < m_count
        && rowAt(*it).programId == programId) {
        return *it;
    }
    // Else the first pages, as far as the cache holds them (a long list is not read through).
    for (int p = 0; p < MaxPages && qint64(p) * PageSize < m_count; ++p) {
        const QList<ResultsRow>* rows = page(p);
        if (!rows)
            break;
        for (int i = 0; i < rows->size(); ++i) {
            if (rows->at(i).programId == programId)
                return p * PageSize + i;
        }
    }
    return -1;
}

int ResultsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_count;
}

int ResultsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ResultsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ResultsRow& r = rowAt(index.row());
    if (r.programId.isNull())
        return role == Qt::DisplayRole && index.column() == NameColumn ? tr("…") : QVariant();
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
