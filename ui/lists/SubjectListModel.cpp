#include "ui/lists/SubjectListModel.h"

#include "core/storage/ChangeSet.h"
#include "core/workspace/Workspace.h"

#include <QColor>

#include <algorithm>

namespace jx {

namespace {

bool isNumeric(SubjectField field)
{
    switch (field) {
    case SubjectField::Amount:
    case SubjectField::Executed:
    case SubjectField::AssessmentScore:
    case SubjectField::ExecutionRate:
    case SubjectField::TimeProgress:
    case SubjectField::Score:
        return true;
    default:
        return false;
    }
}

// Orders an index of step 14 reads in place at any position.
bool indexedOrder(SubjectField field)
{
    return field == SubjectField::Name || field == SubjectField::Code || field == SubjectField::Amount;
}

// Pages of a sort by a stage's value read by position before the whole order is read.
constexpr int PagesByPosition = 2;

} // namespace

SubjectListModel::SubjectListModel(QObject* parent)
    : QAbstractTableModel(parent)
    , m_fields { SubjectField::Name, SubjectField::Unit, SubjectField::Amount }
{
}

void SubjectListModel::setWorkspace(Workspace* workspace)
{
    disconnect(m_following);
    m_workspace = workspace;
    if (workspace)
        m_following = connect(workspace, &Workspace::changed, this, &SubjectListModel::follow);
    reload();
}

void SubjectListModel::setFields(const QList<SubjectField>& fields)
{
    beginResetModel();
    m_fields = fields;
    endResetModel();
}

void SubjectListModel::setFilter(const SubjectFilter& filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    reload();
}

void SubjectListModel::setSortOrder(const SubjectSort& sort)
{
    if (sort == m_sort)
        return;
    m_sort = sort;
    // The same rows in another order: a reset, since no row keeps its place and none is read yet.
    beginResetModel();
    dropPages();
    endResetModel();
}

void SubjectListModel::dropPages()
{
    m_pages.clear();
    m_used.clear();
    m_order.clear();
}

void SubjectListModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= m_fields.size())
        return;
    setSortOrder(SubjectSort { m_fields.at(column), order == Qt::DescendingOrder });
}

void SubjectListModel::setUnit(MoneyUnit unit)
{
    if (unit == m_unit)
        return;
    m_unit = unit;
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1), { Qt::DisplayRole });
    Q_EMIT totalsChanged(m_totals);
}

Result<SubjectTotals> SubjectListModel::count()
{
    if (!m_workspace)
        return SubjectTotals {};
    return SubjectQuery(m_workspace->database()).totals(m_filter);
}

void SubjectListModel::reload()
{
    beginResetModel();
    dropPages();
    m_lastError.clear();
    m_totals = {};
    Result<SubjectTotals> totals = count();
    if (totals)
        m_totals = *totals;
    else
        m_lastError = totals.message();
    endResetModel();
    Q_EMIT totalsChanged(m_totals);
    if (!m_lastError.isEmpty())
        Q_EMIT errorOccurred(m_lastError);
}

void SubjectListModel::follow(const ChangeSet& changes)
{
    static const QString watched[] = {
        QStringLiteral("subject"), QStringLiteral("agency"), QStringLiteral("target_set"),
        QStringLiteral("ex_ante_assessment"), QStringLiteral("monitoring_report"), QStringLiteral("self_evaluation"),
        QStringLiteral("review"), QStringLiteral("finance_order"),
    };
    if (std::none_of(std::begin(watched), std::end(watched), [&](const QString& t) { return changes.touches(t); }))
        return;
    refresh();
}

void SubjectListModel::refresh()
{
    Result<SubjectTotals> totals = count();
    if (!totals) {
        reload(); // shows the error on an empty list
        return;
    }
    m_lastError.clear();
    // Rows keep their places where they can: rows appear or disappear at the end, every row in
    // sight is read again (the view asks data() of the rows it shows, nothing else).
    const int before = rowCount();
    dropPages();
    const int after = int(std::min<qint64>(totals->count, INT_MAX));
    if (after > before) {
        beginInsertRows({}, before, after - 1);
        m_totals = *totals;
        endInsertRows();
    } else if (after < before) {
        beginRemoveRows({}, after, before - 1);
        m_totals = *totals;
        endRemoveRows();
    }
    m_totals = *totals;
    if (after > 0)
        Q_EMIT dataChanged(index(0, 0), index(after - 1, columnCount() - 1));
    Q_EMIT totalsChanged(m_totals);
}

const QList<SubjectListRow>* SubjectListModel::page(int pageIndex) const
{
    auto it = m_pages.find(pageIndex);
    if (it != m_pages.end()) {
        if (m_used.constLast() != pageIndex) {
            m_used.removeOne(pageIndex);
            m_used << pageIndex;
        }
        return &*it;
    }
    if (!m_workspace)
        return nullptr;
    SubjectQuery query(m_workspace->database());
    const qint64 count = rowCount();
    const qint64 first = qint64(pageIndex) * PageSize;
    const qint64 end = std::min<qint64>(first + PageSize, count);
    Result<QList<SubjectListRow>> rows = QList<SubjectListRow>();
    if (!m_order.isEmpty() || indexedOrder(m_sort.field) || pageIndex < PagesByPosition) {
        rows = m_order.isEmpty() ? query.rows(m_filter, m_sort, first, PageSize)
                                 : query.rowsOf(m_order.mid(first, PageSize), m_filter.fiscalYear);
    } else if (count - end < qint64(PagesByPosition) * PageSize) {
        // Near the end: the first rows of the reversed order (the id breaks ties, so it is the
        // exact reverse), for what the first page costs, down to the last row at once, so that
        // jumping to the end sorts once.
        Result<QList<SubjectListRow>> tail
            = query.rows(m_filter, SubjectSort { m_sort.field, !m_sort.descending }, 0, int(count - first));
        ++m_pagesRead;
        if (!tail) {
            setError(tail.message());
            return nullptr;
        }
        std::reverse(tail->begin(), tail->end());
        for (qsizetype at = PageSize; at < tail->size(); at += PageSize) {
            const int later = pageIndex + int(at / PageSize);
            if (!m_pages.contains(later) && m_pages.size() < MaxPages - 1) {
                m_pages.insert(later, tail->mid(at, PageSize));
                m_used.prepend(later); // the least recently used: the page asked for comes last
            }
        }
        rows = tail->mid(0, PageSize);
    } else {
        Result<QList<QUuid>> order = query.ids(m_filter, m_sort, 0, int(count));
        if (!order) {
            setError(order.message());
            return nullptr;
        }
        m_order = *std::move(order);
        rows = query.rowsOf(m_order.mid(first, PageSize), m_filter.fiscalYear);
    }
    ++m_pagesRead;
    if (!rows) {
        setError(rows.message());
        return nullptr;
    }
    while (m_pages.size() >= MaxPages && !m_used.isEmpty())
        m_pages.remove(m_used.takeFirst());
    m_used << pageIndex;
    return &*m_pages.insert(pageIndex, *std::move(rows));
}

void SubjectListModel::setError(const QString& message) const
{
    if (message == m_lastError)
        return;
    m_lastError = message;
    // Signalled after data() returns: a view must not be told of an error inside its own paint.
    QMetaObject::invokeMethod(
        const_cast<SubjectListModel*>(this), [this, message] { Q_EMIT const_cast<SubjectListModel*>(this)->errorOccurred(message); },
        Qt::QueuedConnection);
}

const SubjectListRow* SubjectListModel::rowAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return nullptr;
    const QList<SubjectListRow>* rows = page(row / PageSize);
    const int at = row % PageSize;
    return rows && at < rows->size() ? &rows->at(at) : nullptr;
}

QUuid SubjectListModel::subjectId(int row) const
{
    const SubjectListRow* r = rowAt(row);
    return r ? r->id : QUuid();
}

int SubjectListModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() || !m_workspace)
        return 0;
    return int(std::min<qint64>(m_totals.count, INT_MAX));
}

int SubjectListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_fields.size());
}

QVariant SubjectListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SubjectField field = m_fields.at(index.column());
    if (role == Qt::TextAlignmentRole) {
        return isNumeric(field) ? QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter)
                                : QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::ForegroundRole && role != IdRole)
        return {};
    const SubjectListRow* row = rowAt(index.row());
    if (!row)
        return role == Qt::DisplayRole && index.column() == 0 ? QVariant(tr("…")) : QVariant();
    switch (role) {
    case Qt::DisplayRole:
        if (field == SubjectField::Name && row->order)
            return tr("[%1] %2").arg(Names::of(*row->order), row->name);
        return SubjectQuery::text(*row, field, m_unit);
    case IdRole: return row->id;
    case Qt::ForegroundRole:
        // 暂缓 and 停止 hold the funding; warnings ask for attention: both in red.
        if ((row->order && *row->order != OrderKind::Rectify) || (field == SubjectField::Warning && row->hasWarning())
            || (field == SubjectField::ExecutionRate && row->executionBehind))
            return QColor(0xB7, 0x1C, 0x1C);
        return {};
    case Qt::ToolTipRole:
        if (field == SubjectField::Name || field == SubjectField::Code || field == SubjectField::Unit) {
            QString tip = tr("%1\nCode: %2\nUnit: %3\nFiscal year: %4")
                              .arg(row->name, row->code.isEmpty() ? tr("none") : row->code, row->unitName)
                              .arg(row->fiscalYear);
            if (row->order && *row->order != OrderKind::Rectify)
                tip += QLatin1Char('\n') + tr("Payments held: %1 in force").arg(Names::of(*row->order));
            return tip;
        }
        return SubjectQuery::text(*row, field, m_unit);
    default: return {};
    }
}

QVariant SubjectListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_fields.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return SubjectQuery::header(m_fields.at(section), m_unit);
    return {};
}

} // namespace jx
