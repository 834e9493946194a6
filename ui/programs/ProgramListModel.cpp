#include "ui/programs/ProgramListModel.h"

#include "core/domain/Types.h"
#include "core/workspace/Workspace.h"

#include <QColor>

namespace jx {

ProgramListModel::ProgramListModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void ProgramListModel::setDatabase(Database* db)
{
    m_db = db;
    reload();
}

void ProgramListModel::setWorkspace(Workspace* workspace)
{
    disconnect(m_following);
    if (workspace)
        m_following = connect(workspace, &Workspace::changed, this, &ProgramListModel::follow);
    setDatabase(workspace ? &workspace->database() : nullptr);
}

void ProgramListModel::follow(const ChangeSet& changes)
{
    static const QString watched[] = { QStringLiteral("subject"), QStringLiteral("agency"),
                                       QStringLiteral("finance_order") };
    if (std::none_of(std::begin(watched), std::end(watched), [&](const QString& t) { return changes.touches(t); }))
        return;
    // Read again as far as the view had read, so that the rows in sight stay in sight.
    const qsizetype fetched = m_rows.size();
    reload();
    while (m_rows.size() < fetched && canFetchMore({}))
        fetchMore({});
}

void ProgramListModel::setFilter(const ProgramFilter& filter)
{
    m_filter = filter;
    reload();
}

void ProgramListModel::setUnit(MoneyUnit unit)
{
    if (unit == m_unit)
        return;
    m_unit = unit;
    Q_EMIT headerDataChanged(Qt::Horizontal, AmountColumn, AmountColumn);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, AmountColumn), index(int(m_rows.size()) - 1, AmountColumn), { Qt::DisplayRole });
}

void ProgramListModel::reload()
{
    m_announcing = true;
    beginResetModel();
    m_rows.clear();
    m_total = -1;
    m_exhausted = true;
    m_lastError.clear();
    if (m_db) {
        Result<qint64> total = ProgramListing(*m_db).count(m_filter);
        if (total) {
            m_total = *total;
            m_exhausted = m_total == 0;
        } else {
            m_lastError = total.message();
        }
    }
    endResetModel();
    m_announcing = false;
    Q_EMIT totalCountChanged(m_total);
    if (!m_lastError.isEmpty())
        Q_EMIT errorOccurred(m_lastError);
}

int ProgramListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ProgramListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProgramListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ProgramRow& row = m_rows.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case NameColumn:
            // A program under a finance order shows it wherever it is listed.
            return row.order ? tr("[%1] %2").arg(Names::of(*row.order), row.name) : row.name;
        case AgencyColumn: return row.agencyName;
        case BookColumn: return Names::of(row.book);
        case KindColumn: return Names::of(row.kind);
        case AmountColumn: return row.amount.format(m_unit);
        default: return {};
        }
    }
    if (role == Qt::ForegroundRole && row.order && *row.order != OrderKind::Rectify)
        return QColor(0xB7, 0x1C, 0x1C);
    if (role == Qt::TextAlignmentRole && index.column() == AmountColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == NameColumn) {
        QString tip = tr("%1\nCode: %2\nFiscal year: %3").arg(row.name, row.code).arg(row.fiscalYear);
        // 暂缓 and 停止 hold the next payment (拨款) until the order is lifted (Payments).
        if (row.order && *row.order != OrderKind::Rectify)
            tip += QLatin1Char('\n') + tr("Payments held: %1 in force").arg(Names::of(*row.order));
        return tip;
    }
    if (role == Qt::UserRole)
        return row.id;
    return {};
}

QVariant ProgramListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn: return tr("Program");
    case AgencyColumn: return tr("Agency");
    case BookColumn: return tr("Budget book");
    case KindColumn: return tr("Kind");
    case AmountColumn: return tr("Amount (%1)").arg(Money::unitName(m_unit));
    default: return {};
    }
}

bool ProgramListModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_db && !m_exhausted;
}

void ProgramListModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    if (m_announcing) {
        // A slot of our own reset or insertion asks for more rows: insert them once that change
        // has been announced to every listener.
        QMetaObject::invokeMethod(this, [this] { fetchMore({}); }, Qt::QueuedConnection);
        return;
    }
    const std::optional<ProgramRow> after = m_rows.isEmpty() ? std::nullopt : std::optional<ProgramRow>(m_rows.constLast());
    Result<QList<ProgramRow>> page = ProgramListing(*m_db).page(m_filter, after, PageSize);
    if (!page) {
        m_exhausted = true;
        m_lastError = page.message();
        Q_EMIT errorOccurred(m_lastError);
        return;
    }
    if (page->size() < PageSize)
        m_exhausted = true;
    if (page->isEmpty())
        return;
    const int first = int(m_rows.size());
    m_announcing = true;
    beginInsertRows({}, first, first + int(page->size()) - 1);
    m_rows.append(*page);
    endInsertRows();
    m_announcing = false;
}

} // namespace jx
