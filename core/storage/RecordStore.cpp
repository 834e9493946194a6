#include "core/storage/RecordStore.h"

#include "core/storage/Column.h"
#include "core/storage/Database.h"

#include <QSqlError>

namespace jx {

namespace {

// Only drafts and returned records are edited or deleted; the workflow moves the others.
QString editableStatuses(const QString& column)
{
    return QStringLiteral("%1 IN (%2, %3)")
        .arg(column)
        .arg(static_cast<int>(RecordStatus::Draft))
        .arg(static_cast<int>(RecordStatus::Returned));
}

} // namespace

const QStringList& RecordStore::metaColumns()
{
    static const QStringList columns = {
        QStringLiteral("id"),
        QStringLiteral("owner_id"),
        QStringLiteral("revision"),
        QStringLiteral("modified_at"),
        QStringLiteral("deleted"),
    };
    return columns;
}

RecordStatements RecordStatements::make(const QString& table, const QStringList& columns)
{
    const QStringList all = RecordStore::metaColumns() + columns;
    QStringList marks;
    marks.fill(QStringLiteral("?"), all.size());
    QStringList sets;
    for (const QString& c : all.mid(1))
        sets << c + QStringLiteral(" = ?");
    RecordStatements s;
    s.table = table;
    s.columns = columns;
    s.select = QStringLiteral("SELECT %1 FROM %2").arg(all.join(QStringLiteral(", ")), table);
    s.insert = QStringLiteral("INSERT INTO %1 (%2, change_seq) VALUES (%3, %4)")
                   .arg(table, all.join(QStringLiteral(", ")), marks.join(QStringLiteral(", ")),
                        RecordStore::nextChangeSeq(table));
    s.exists = QStringLiteral("SELECT 1 FROM %1 WHERE id = ?").arg(table);
    s.update = QStringLiteral("UPDATE %1 SET %2, change_seq = %3 WHERE id = ? AND revision = ?")
                   .arg(table, sets.join(QStringLiteral(", ")), RecordStore::nextChangeSeq(table));
    return s;
}

RecordStore::RecordStore(Database& db, QString table, QStringList columns)
    : RecordStore(db, RecordStatements::make(table, columns))
{
}

RecordStore::RecordStore(Database& db, const RecordStatements& statements)
    : m_db(db)
    , m_sql(statements)
{
    if (!m_sql.statusColumn.isEmpty())
        setStatusColumn(m_sql.statusColumn);
}

void RecordStore::setStatusColumn(const QString& column)
{
    m_statusIndex = m_sql.columns.indexOf(column);
    Q_ASSERT(m_statusIndex >= 0);
    m_sql.statusColumn = column;
    m_sql.update = RecordStatements::make(m_sql.table, m_sql.columns).update + QStringLiteral(" AND ")
        + editableStatuses(column) + QStringLiteral(" AND %1 = ?").arg(column);
}

Result<bool> RecordStore::setStatus(const QUuid& id, int from, int to)
{
    Q_ASSERT(m_statusIndex >= 0);
    const QVariant values[] = { to, timeValue(QDateTime::currentDateTimeUtc()), idValue(id), from };
    Result<int> changed = m_db.write(
        QStringLiteral("UPDATE %1 SET %2 = ?, revision = revision + 1, modified_at = ?, change_seq = %3"
                       " WHERE id = ? AND %2 = ? AND deleted = 0")
            .arg(m_sql.table, m_sql.statusColumn, nextChangeSeq(m_sql.table)),
        values, tr("changing the status in %1").arg(m_sql.table));
    if (!changed)
        return changed.error();
    if (*changed != 1)
        return false;
    m_db.noteChange(m_sql.table, id, ChangeType::Updated);
    return true;
}

QString RecordStore::selectSql() const
{
    return m_sql.select;
}

Result<QSqlQuery*> RecordStore::select(const QString& tail, const QVariantList& binds)
{
    return m_db.read(m_sql.select + QLatin1Char(' ') + tail, binds, tr("reading %1").arg(m_sql.table));
}

QString RecordStore::nextChangeSeq(const QString& table)
{
    // One seek in the table's change_seq index; the write lock of the transaction makes it safe.
    return QStringLiteral("(SELECT coalesce(max(change_seq), 0) + 1 FROM %1)").arg(table);
}

Result<QList<ChangedRecord>> RecordStore::changedSince(qint64 sequence)
{
    Result<QSqlQuery*> q = m_db.prepared(
        QStringLiteral("SELECT id, revision, modified_at, deleted, change_seq FROM %1 WHERE change_seq > ?"
                       " ORDER BY change_seq")
            .arg(m_sql.table));
    if (!q)
        return q.error();
    (*q)->addBindValue(sequence);
    if (Result<void> r = m_db.run(**q, tr("reading the changes in %1").arg(m_sql.table)); !r)
        return r.error();
    QList<ChangedRecord> out;
    while ((*q)->next()) {
        const QSqlQuery& row = **q;
        out << ChangedRecord { m_sql.table, uuidAt(row, 0), row.value(1).toLongLong(), row.value(2).toLongLong(),
                               row.value(3).toInt() != 0, row.value(4).toLongLong() };
    }
    return out;
}

Result<void> RecordStore::save(RecordMeta& meta, std::span<const SqlValue> values, const LazyLabel& label,
                               const LazyReferences& references)
{
    Q_ASSERT(qsizetype(values.size()) == m_sql.columns.size());
    return meta.revision == 0 ? insert(meta, values, label, references) : update(meta, values, label, references);
}

Result<void> RecordStore::insert(RecordMeta& meta, std::span<const SqlValue> values, const LazyLabel& label,
                                 const LazyReferences& references)
{
    RecordMeta written = meta;
    if (written.id.isNull())
        written.id = newRecordId();
    written.revision = 1;
    written.modifiedAt = QDateTime::currentDateTimeUtc();
    if (Result<void> r = put(written, values, label, references); !r)
        return r;
    meta = written;
    return {};
}

Result<void> RecordStore::put(const RecordMeta& written, std::span<const SqlValue> values, const LazyLabel& label,
                              const LazyReferences& references)
{
    SqlRow& row = m_row;
    row.clear();
    row.push_back(SqlValue::uuid(written.id));
    row.push_back(SqlValue::uuid(written.ownerId));
    row.push_back(SqlValue::integer(written.revision));
    row.push_back(SqlValue::integer(timeValue(written.modifiedAt)));
    row.push_back(SqlValue::integer(written.deleted ? 1 : 0));
    row.insert(row.end(), values.begin(), values.end());
    Result<int> done = m_db.write(m_sql.insert, row, [&label] { return tr("saving %1").arg(label()); });
    if (!done) {
        Error e = done.error();
        const QString name = label();
        if (e.code == Error::Code::Conflict)
            e.message = tr("%1 already exists (id %2).").arg(name, written.id.toString(QUuid::WithoutBraces));
        return explain(m_db, e, name, references());
    }
    m_db.noteChange(m_sql.table, written.id, written.deleted ? ChangeType::Removed : ChangeType::Created);
    return {};
}

Result<bool> RecordStore::contains(const QUuid& id)
{
    const SqlValue key[] = { SqlValue::uuid(id) };
    return m_db.exists(m_sql.exists, key, [this] { return tr("reading %1").arg(m_sql.table); });
}

Result<void> RecordStore::update(RecordMeta& meta, std::span<const SqlValue> values, const LazyLabel& label,
                                 const LazyReferences& references)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    SqlRow& row = m_row;
    row.clear();
    row.push_back(SqlValue::uuid(meta.ownerId));
    row.push_back(SqlValue::integer(meta.revision + 1));
    row.push_back(SqlValue::integer(timeValue(now)));
    row.push_back(SqlValue::integer(meta.deleted ? 1 : 0));
    row.insert(row.end(), values.begin(), values.end());
    row.push_back(SqlValue::uuid(meta.id));
    row.push_back(SqlValue::integer(meta.revision));
    if (m_statusIndex >= 0)
        row.push_back(values[std::size_t(m_statusIndex)]);
    Result<int> changed = m_db.write(m_sql.update, row, [&label] { return tr("saving %1").arg(label()); });
    if (!changed)
        return explain(m_db, changed.error(), label(), references());
    if (*changed != 1 && m_statusIndex >= 0) {
        // Why nothing changed: a status the record may not be edited in, or a stale revision.
        if (const std::optional<RecordStatus> status = storedStatus(meta.id, false)) {
            if (*status == RecordStatus::Submitted || *status == RecordStatus::Approved) {
                return makeError(Error::Code::Conflict,
                    tr("%1 is %2 and cannot be changed until it is returned.")
                        .arg(label(), *status == RecordStatus::Submitted ? tr("submitted") : tr("approved")));
            }
            if (static_cast<int>(*status) != values[std::size_t(m_statusIndex)].toInteger()) {
                return makeError(Error::Code::Invalid,
                    tr("%1: the status changes only by submitting, approving or returning.").arg(label()));
            }
        }
    }
    if (*changed != 1) {
        return makeError(Error::Code::Conflict,
            tr("%1 was changed or removed since it was read (revision %2); reload it and try again.")
                .arg(label())
                .arg(meta.revision));
    }
    meta.revision += 1;
    meta.modifiedAt = now;
    m_db.noteChange(m_sql.table, meta.id, meta.deleted ? ChangeType::Removed : ChangeType::Updated);
    return {};
}

std::optional<RecordStatus> RecordStore::storedStatus(const QUuid& id, bool liveOnly)
{
    QSqlQuery stored(m_db.connection());
    stored.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE id = ?%3")
                       .arg(m_sql.statusColumn, m_sql.table,
                            liveOnly ? QStringLiteral(" AND deleted = 0") : QString()));
    stored.addBindValue(idValue(id));
    RecordStatus status = RecordStatus::Draft;
    if (!stored.exec() || !stored.next() || !StoredValue<RecordStatus>::read(status, stored.value(0)))
        return std::nullopt;
    return status;
}

Result<void> RecordStore::tombstone(const QUuid& id, const QString& label)
{
    // A submitted or approved record is not deleted either, until it is returned.
    const QString guard =
        m_statusIndex < 0 ? QString() : QStringLiteral(" AND ") + editableStatuses(m_sql.statusColumn);
    const QVariant values[] = { timeValue(QDateTime::currentDateTimeUtc()), idValue(id) };
    Result<int> changed = m_db.write(
        QStringLiteral("UPDATE %1 SET deleted = 1, revision = revision + 1, modified_at = ?, change_seq = %2"
                       " WHERE id = ? AND deleted = 0")
                .arg(m_sql.table, nextChangeSeq(m_sql.table))
            + guard,
        values, tr("deleting %1").arg(label));
    if (!changed)
        return changed.error();
    if (*changed != 1) {
        if (m_statusIndex >= 0 && storedStatus(id, true)) {
            return makeError(Error::Code::Conflict,
                tr("%1 is submitted or approved and cannot be deleted until it is returned.").arg(label));
        }
        return makeError(Error::Code::NotFound, tr("%1 does not exist or was already deleted.").arg(label));
    }
    m_db.noteChange(m_sql.table, id, ChangeType::Removed);
    return {};
}

Error RecordStore::explain(Database& db, const Error& error, const QString& label, const QList<Reference>& references)
{
    if (error.code != Error::Code::Reference)
        return error;
    for (const Reference& ref : references) {
        if (ref.value.isNull())
            continue;
        QSqlQuery check(db.connection());
        check.prepare(QStringLiteral("SELECT 1 FROM %1 WHERE %2 = ?").arg(ref.table, ref.column));
        check.addBindValue(ref.value);
        if (check.exec() && !check.next()) {
            return makeError(Error::Code::Reference,
                tr("Cannot save %1: its %2 “%3” does not exist.").arg(label, ref.what, displayValue(ref.value)));
        }
    }
    return makeError(Error::Code::Reference,
        tr("Cannot save %1: it refers to a record that does not exist.").arg(label));
}

RecordMeta RecordStore::readMeta(const QSqlQuery& query)
{
    RecordMeta meta;
    meta.id = uuidAt(query, 0);
    meta.ownerId = uuidAt(query, 1);
    meta.revision = query.value(2).toLongLong();
    meta.modifiedAt = timeAt(query, 3);
    meta.deleted = query.value(4).toInt() != 0;
    return meta;
}

QVariant RecordStore::idValue(const QUuid& id)
{
    return storedUuid(id);
}

QUuid RecordStore::uuidAt(const QSqlQuery& query, int column)
{
    return uuidFromStored(query.value(column));
}

QString RecordStore::displayValue(const QVariant& value)
{
    if (value.typeId() == QMetaType::QByteArray && value.toByteArray().size() == 16)
        return QUuid::fromRfc4122(value.toByteArray()).toString(QUuid::WithoutBraces);
    return value.toString();
}

qint64 RecordStore::timeValue(const QDateTime& time)
{
    return time.isValid() ? time.toMSecsSinceEpoch() : 0;
}

QDateTime RecordStore::timeAt(const QSqlQuery& query, int column)
{
    return QDateTime::fromMSecsSinceEpoch(query.value(column).toLongLong(), Qt::UTC);
}

} // namespace jx
