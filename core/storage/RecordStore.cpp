#include "core/storage/RecordStore.h"

#include "core/storage/Database.h"

#include <QSqlError>

namespace jx {

namespace {

const QStringList metaColumns = {
    QStringLiteral("id"),
    QStringLiteral("owner_id"),
    QStringLiteral("revision"),
    QStringLiteral("modified_at"),
    QStringLiteral("deleted"),
};

} // namespace

QVariant textOrNull(const QString& text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

QVariant textNotNull(const QString& text)
{
    return text.isNull() ? QVariant(QString(QLatin1String(""))) : QVariant(text);
}

QVariant realOrNull(const std::optional<double>& value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<double>());
}

std::optional<double> optionalRealAt(const QSqlQuery& query, int column)
{
    const QVariant v = query.value(column);
    return v.isNull() ? std::nullopt : std::optional<double>(v.toDouble());
}

RecordStore::RecordStore(Database& db, QString table, QStringList columns)
    : m_db(db)
    , m_table(std::move(table))
    , m_columns(std::move(columns))
{
    const QStringList all = metaColumns + m_columns;
    QStringList marks;
    marks.fill(QStringLiteral("?"), all.size());
    m_insertSql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)").arg(m_table, all.join(QStringLiteral(", ")), marks.join(QStringLiteral(", ")));
    QStringList sets;
    for (const QString& c : all.mid(1))
        sets << c + QStringLiteral(" = ?");
    m_updateSql = QStringLiteral("UPDATE %1 SET %2 WHERE id = ? AND revision = ?").arg(m_table, sets.join(QStringLiteral(", ")));
}

void RecordStore::setStatusColumn(const QString& column)
{
    m_statusIndex = m_columns.indexOf(column);
    Q_ASSERT(m_statusIndex >= 0);
}

Result<bool> RecordStore::setStatus(const QUuid& id, int from, int to)
{
    Q_ASSERT(m_statusIndex >= 0);
    const QString column = m_columns.at(m_statusIndex);
    const QVariant values[] = { to, timeValue(QDateTime::currentDateTimeUtc()), idValue(id), from };
    Result<int> changed = m_db.write(
        QStringLiteral("UPDATE %1 SET %2 = ?, revision = revision + 1, modified_at = ? WHERE id = ? AND %2 = ? AND deleted = 0")
            .arg(m_table, column),
        values, tr("changing the status in %1").arg(m_table));
    if (!changed)
        return changed.error();
    if (*changed != 1)
        return false;
    m_db.noteChange(m_table, id, ChangeType::Updated);
    return true;
}

QString RecordStore::selectSql() const
{
    return QStringLiteral("SELECT %1 FROM %2").arg((metaColumns + m_columns).join(QStringLiteral(", ")), m_table);
}

Result<QSqlQuery*> RecordStore::select(const QString& tail, const QVariantList& binds)
{
    Result<QSqlQuery*> q = m_db.prepared(selectSql() + QLatin1Char(' ') + tail);
    if (!q)
        return q;
    for (const QVariant& v : binds)
        (*q)->addBindValue(v);
    if (!(*q)->exec())
        return m_db.queryError(**q, tr("reading %1").arg(m_table));
    return q;
}

Result<void> RecordStore::save(RecordMeta& meta, const QVariantList& values, const QString& label,
                               const QList<Reference>& references)
{
    Q_ASSERT(values.size() == m_columns.size());
    return meta.revision == 0 ? insert(meta, values, label, references) : update(meta, values, label, references);
}

Result<void> RecordStore::insert(RecordMeta& meta, const QVariantList& values, const QString& label,
                                 const QList<Reference>& references)
{
    RecordMeta written = meta;
    if (written.id.isNull())
        written.id = QUuid::createUuid();
    written.revision = 1;
    written.modifiedAt = QDateTime::currentDateTimeUtc();
    if (Result<void> r = put(written, values, label, references); !r)
        return r;
    meta = written;
    return {};
}

Result<void> RecordStore::put(const RecordMeta& meta, const QVariantList& values, const QString& label,
                              const QList<Reference>& references)
{
    QVariantList row;
    row.reserve(MetaColumnCount + values.size());
    row << idValue(meta.id) << idValue(meta.ownerId) << meta.revision << timeValue(meta.modifiedAt)
        << (meta.deleted ? 1 : 0);
    row << values;
    Result<int> written = m_db.write(m_insertSql, row, tr("saving %1").arg(label));
    if (!written) {
        Error e = written.error();
        if (e.code == Error::Code::Conflict)
            e.message = tr("%1 already exists (id %2).").arg(label, meta.id.toString(QUuid::WithoutBraces));
        return explain(e, label, references);
    }
    m_db.noteChange(m_table, meta.id, meta.deleted ? ChangeType::Removed : ChangeType::Created);
    return {};
}

Result<void> RecordStore::update(RecordMeta& meta, const QVariantList& values, const QString& label,
                                 const QList<Reference>& references)
{
    // Only drafts and returned records are edited, and never into another status.
    const QString sql = m_statusIndex < 0 ? m_updateSql
                                          : m_updateSql
            + QStringLiteral(" AND %1 IN (0, 2) AND %1 = ?").arg(m_columns.at(m_statusIndex));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVariantList row;
    row.reserve(MetaColumnCount + values.size() + 2);
    row << idValue(meta.ownerId) << meta.revision + 1 << timeValue(now) << (meta.deleted ? 1 : 0);
    row << values;
    row << idValue(meta.id) << meta.revision;
    if (m_statusIndex >= 0)
        row << values.at(m_statusIndex);
    Result<int> changed = m_db.write(sql, row, tr("saving %1").arg(label));
    if (!changed)
        return explain(changed.error(), label, references);
    if (*changed != 1 && m_statusIndex >= 0) {
        // Why nothing changed: a status the record may not be edited in, or a stale revision.
        QSqlQuery stored(m_db.connection());
        stored.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(m_columns.at(m_statusIndex), m_table));
        stored.addBindValue(idValue(meta.id));
        if (stored.exec() && stored.next()) {
            const int status = stored.value(0).toInt();
            if (status == 1 || status == 3) {
                return makeError(Error::Code::Conflict,
                    tr("%1 is %2 and cannot be changed until it is returned.")
                        .arg(label, status == 1 ? tr("submitted") : tr("approved")));
            }
            if (status != values.at(m_statusIndex).toInt()) {
                return makeError(Error::Code::Invalid,
                    tr("%1: the status changes only by submitting, approving or returning.").arg(label));
            }
        }
    }
    if (*changed != 1) {
        return makeError(Error::Code::Conflict,
            tr("%1 was changed or removed since it was read (revision %2); reload it and try again.")
                .arg(label)
                .arg(meta.revision));
    }
    meta.revision += 1;
    meta.modifiedAt = now;
    m_db.noteChange(m_table, meta.id, meta.deleted ? ChangeType::Removed : ChangeType::Updated);
    return {};
}

Result<void> RecordStore::tombstone(const QUuid& id, const QString& label)
{
    // A submitted or approved record is not deleted either, until it is returned.
    const QString guard = m_statusIndex < 0 ? QString()
                                            : QStringLiteral(" AND %1 IN (0, 2)").arg(m_columns.at(m_statusIndex));
    const QVariant values[] = { timeValue(QDateTime::currentDateTimeUtc()), idValue(id) };
    Result<int> changed = m_db.write(
        QStringLiteral("UPDATE %1 SET deleted = 1, revision = revision + 1, modified_at = ? WHERE id = ? AND deleted = 0")
                .arg(m_table)
            + guard,
        values, tr("deleting %1").arg(label));
    if (!changed)
        return changed.error();
    if (*changed != 1) {
        if (m_statusIndex >= 0) {
            QSqlQuery stored(m_db.connection());
            stored.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE id = ? AND deleted = 0").arg(m_columns.at(m_statusIndex), m_table));
            stored.addBindValue(idValue(id));
            if (stored.exec() && stored.next()) {
                return makeError(Error::Code::Conflict,
                    tr("%1 is submitted or approved and cannot be deleted until it is returned.").arg(label));
            }
        }
        return makeError(Error::Code::NotFound, tr("%1 does not exist or was already deleted.").arg(label));
    }
    m_db.noteChange(m_table, id, ChangeType::Removed);
    return {};
}

Result<void> RecordStore::deleteChildren(const QString& table, const QString& parentColumn, const QUuid& parentId,
                                         const QString& label)
{
    const QVariant values[] = { idValue(parentId) };
    Result<int> deleted = m_db.write(QStringLiteral("DELETE FROM %1 WHERE %2 = ?").arg(table, parentColumn), values,
                                     tr("saving %1").arg(label));
    if (!deleted)
        return deleted.error();
    return {};
}

Result<void> RecordStore::insertIndicatorChild(QSqlQuery& query, const QString& label, const QUuid& indicatorId)
{
    if (query.exec())
        return {};
    Error err = m_db.queryError(query, tr("saving %1").arg(label));
    if (err.code == Error::Code::Reference) {
        err.message = tr("Cannot save %1: indicator “%2” does not exist.")
                          .arg(label, indicatorId.toString(QUuid::WithoutBraces));
    }
    return err;
}

Error RecordStore::explain(const Error& error, const QString& label, const QList<Reference>& references)
{
    if (error.code != Error::Code::Reference)
        return error;
    for (const Reference& ref : references) {
        if (ref.value.isNull())
            continue;
        QSqlQuery check(m_db.connection());
        check.prepare(QStringLiteral("SELECT 1 FROM %1 WHERE %2 = ?").arg(ref.table, ref.column));
        check.addBindValue(ref.value);
        if (check.exec() && !check.next()) {
            return makeError(Error::Code::Reference,
                tr("Cannot save %1: its %2 “%3” does not exist.").arg(label, ref.what, displayValue(ref.value)));
        }
    }
    return makeError(Error::Code::Reference, tr("Cannot save %1: it refers to a record that does not exist.").arg(label));
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
    // 16 bytes in RFC 4122 order: half the size of the text form, and the byte order sorts
    // like the text form does.
    return id.isNull() ? QVariant(QMetaType::fromType<QByteArray>()) : QVariant(id.toRfc4122());
}

QUuid RecordStore::uuidAt(const QSqlQuery& query, int column)
{
    const QVariant v = query.value(column);
    if (v.isNull())
        return {};
    if (v.typeId() == QMetaType::QByteArray)
        return QUuid::fromRfc4122(v.toByteArray());
    return QUuid::fromString(v.toString());
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
