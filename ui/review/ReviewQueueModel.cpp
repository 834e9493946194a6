#include "ui/review/ReviewQueueModel.h"

#include "core/storage/ChangeSet.h"
#include "core/workflow/RecordLookup.h"
#include "core/workspace/Workspace.h"

#include <QColor>
#include <QLocale>

#include <limits>

namespace jx {

ReviewQueueModel::ReviewQueueModel(QObject* parent)
    : QAbstractTableModel(parent)
    , m_today(QDate::currentDate())
{ }

void ReviewQueueModel::setWorkspace(Workspace* workspace)
{
    disconnect(m_following);
    m_ws = workspace;
    if (workspace)
        m_following = connect(workspace, &Workspace::changed, this, &ReviewQueueModel::follow);
    reload();
}

void ReviewQueueModel::setFilter(const ReviewQueueFilter& filter)
{
    m_filter = filter;
    reload();
}

void ReviewQueueModel::setToday(const QDate& today)
{
    m_today = today;
    reload();
}

void ReviewQueueModel::follow(const ChangeSet& changes)
{
    static const RecordKind kinds[] = { RecordKind::Assessment, RecordKind::TargetSet, RecordKind::MonitoringReport,
        RecordKind::SelfEvaluation, RecordKind::ResultApplication };
    bool touched = changes.touches(QStringLiteral("subject")) || changes.touches(QStringLiteral("agency"));
    for (RecordKind k : kinds)
        touched = touched || changes.touches(RecordLookup::tableOf(k));
    if (touched)
        reload();
}

void ReviewQueueModel::reload()
{
    beginResetModel();
    m_pages.clear();
    m_count = 0;
    m_lastError.clear();
    if (m_ws) {
        Result<qint64> count = ReviewQueue(m_ws->database()).count(m_ws->self(), m_filter, m_today);
        if (count)
            m_count = int(std::min<qint64>(*count, std::numeric_limits<int>::max()));
        else
            m_lastError = count.message();
    }
    endResetModel();
    if (!m_lastError.isEmpty())
        Q_EMIT errorOccurred(m_lastError);
}

const QList<ReviewQueueRow>* ReviewQueueModel::page(int index) const
{
    if (!m_ws)
        return nullptr;
    const auto read = [this](qint64 offset, int limit) {
        return ReviewQueue(m_ws->database()).rows(m_ws->self(), m_filter, m_today, offset, limit);
    };
    return m_pages.page(index, read, m_lastError);
}

const ReviewQueueRow& ReviewQueueModel::rowAt(int row) const
{
    static const ReviewQueueRow none;
    const QList<ReviewQueueRow>* rows = row >= 0 && row < m_count ? page(row / PageSize) : nullptr;
    if (!rows || row % PageSize >= rows->size())
        return none;
    return rows->at(row % PageSize);
}

Result<QList<ReviewQueueKey>> ReviewQueueModel::recordsOf(const QList<int>& rows) const
{
    if (!m_ws)
        return QList<ReviewQueueKey>();
    if (rows.isEmpty())
        return ReviewQueue(m_ws->database()).keys(m_ws->self(), m_filter, m_today);
    QList<ReviewQueueKey> out;
    out.reserve(rows.size());
    for (int r : rows) {
        const ReviewQueueRow& row = rowAt(r);
        if (row.recordId.isNull())
            return makeError(Error::Code::Storage, m_lastError.isEmpty() ? tr("The queue changed; choose again.") : m_lastError);
        out << ReviewQueueKey { row.kind, row.recordId };
    }
    return out;
}

int ReviewQueueModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_count;
}

int ReviewQueueModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReviewQueueModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ReviewQueueRow& r = rowAt(index.row());
    if (r.recordId.isNull())
        return role == Qt::DisplayRole && index.column() == SubjectColumn ? tr("…") : QVariant();
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case KindColumn:
            return r.kind == RecordKind::MonitoringReport ? tr("%1 (month %2)").arg(Names::of(r.kind)).arg(r.month)
                                                           : Names::of(r.kind);
        case SubjectColumn:
            return r.subject;
        case CodeColumn:
            return r.subjectCode;
        case AgencyColumn:
            return r.agencyName;
        case DivisionColumn:
            return r.divisionName.isEmpty() ? r.divisionCode : r.divisionName;
        case SubmitterColumn:
            return r.submitter;
        case SubmittedColumn:
            return r.submittedAt.isValid()
                ? QLocale().toString(r.submittedAt.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm"))
                : QString();
        case DeadlineColumn:
            if (!r.deadline)
                return QString();
            // Late is the unit's doing; a deadline passed while the record waits is finance's.
            if (r.submittedAt.isValid() && r.submittedAt.toLocalTime().date() > *r.deadline)
                return tr("%1 (submitted late)").arg(r.deadline->toString(Qt::ISODate));
            return r.overdue ? tr("%1 (passed, waiting)").arg(r.deadline->toString(Qt::ISODate))
                             : r.deadline->toString(Qt::ISODate);
        case GradeColumn:
            if (!r.score || !r.grade)
                return QString();
            return tr("%1 (%2)").arg(QString::number(*r.score, 'f', 2), Names::of(*r.grade));
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole && index.column() == DeadlineColumn && r.overdue)
        return QColor(0xB7, 0x1C, 0x1C);
    if (role == Qt::ToolTipRole && index.column() == SubjectColumn)
        return tr("%1\nFiscal year: %2").arg(r.subject).arg(r.year);
    if (role == Qt::UserRole)
        return r.recordId;
    return {};
}

QVariant ReviewQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case KindColumn: return tr("Record");
    case SubjectColumn: return tr("Subject");
    case CodeColumn: return tr("Code");
    case AgencyColumn: return tr("Unit");
    case DivisionColumn: return tr("Division");
    case SubmitterColumn: return tr("Submitted by");
    case SubmittedColumn: return tr("Submitted");
    case DeadlineColumn: return tr("Deadline");
    case GradeColumn: return tr("Score (grade)");
    default: return {};
    }
}

} // namespace jx
