#include "core/exchange/ExchangeLog.h"

#include "core/storage/Database.h"
#include "core/storage/RecordStore.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace jx {

namespace {

QString jsonText(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject jsonObject(const QString& text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

QJsonObject marksJson(const QHash<QString, qint64>& marks)
{
    QJsonObject o;
    for (auto it = marks.cbegin(); it != marks.cend(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

QHash<QString, qint64> marksFrom(const QJsonObject& o)
{
    QHash<QString, qint64> marks;
    for (auto it = o.constBegin(); it != o.constEnd(); ++it)
        marks.insert(it.key(), it->toInteger());
    return marks;
}

int kindValue(ExchangeDirection d)
{
    return d == ExchangeDirection::Submission ? 1 : 2;
}

ExchangeDirection kindFrom(int v)
{
    return v == 2 ? ExchangeDirection::Return : ExchangeDirection::Submission;
}

QVariant timeValue(const QDateTime& t)
{
    return t.isValid() ? QVariant(t.toMSecsSinceEpoch()) : QVariant();
}

QDateTime timeFrom(const QVariant& v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

} // namespace

ExchangeLog::ExchangeLog(Database& db)
    : m_db(db)
{
}

Result<qint64> ExchangeLog::nextSequence()
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT coalesce(max(sequence), 0) + 1 FROM sent_package")) || !q.next())
        return m_db.queryError(q, tr("reading the packages sent"));
    return q.value(0).toLongLong();
}

Result<void> ExchangeLog::recordSent(const SentPackage& p)
{
    QJsonObject counts;
    for (auto it = p.counts.cbegin(); it != p.counts.cend(); ++it)
        counts.insert(it.key(), it.value());
    const QVariant values[] = { RecordStore::idValue(p.id), RecordStore::idValue(p.recipientId), kindValue(p.direction),
        p.sequence, p.fiscalYear, p.stages.join(QLatin1Char(',')), p.scope, jsonText(marksJson(p.marks)), jsonText(counts),
        timeValue(p.createdAt), p.fileName };
    Result<int> r = m_db.write(QStringLiteral("INSERT INTO sent_package (id, recipient_id, kind, sequence, fiscal_year, stages,"
                                              " scope, marks, counts, created_at, file_name) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        values, tr("recording the package sent"));
    if (!r)
        return r.error();
    return {};
}

Result<QHash<QString, qint64>> ExchangeLog::acknowledgedMarks(const QUuid& recipientId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT acknowledged_marks FROM exchange_peer WHERE agency_id = ?"));
    q.addBindValue(RecordStore::idValue(recipientId));
    if (!q.exec())
        return m_db.queryError(q, tr("reading what the recipient acknowledged"));
    if (!q.next() || q.value(0).isNull())
        return QHash<QString, qint64>();
    return marksFrom(jsonObject(q.value(0).toString()));
}

Result<QUuid> ExchangeLog::lastReceivedFrom(const QUuid& agencyId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id FROM received_package WHERE sender_id = ? ORDER BY sequence DESC LIMIT 1"));
    q.addBindValue(RecordStore::idValue(agencyId));
    if (!q.exec())
        return m_db.queryError(q, tr("reading the packages received"));
    return q.next() ? RecordStore::uuidAt(q, 0) : QUuid();
}

Result<qint64> ExchangeLog::lastSequenceFrom(const QUuid& senderId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT received_sequence FROM exchange_peer WHERE agency_id = ?"));
    q.addBindValue(RecordStore::idValue(senderId));
    if (!q.exec())
        return m_db.queryError(q, tr("reading the packages received"));
    return q.next() ? q.value(0).toLongLong() : 0;
}

Result<std::optional<ReceivedPackage>> ExchangeLog::received(const QUuid& id)
{
    Result<QList<ReceivedPackage>> all = receivedAll();
    if (!all)
        return all.error();
    for (const ReceivedPackage& p : *all) {
        if (p.id == id)
            return std::optional<ReceivedPackage>(p);
    }
    return std::optional<ReceivedPackage>();
}

Result<void> ExchangeLog::recordReceived(const ReceivedPackage& p, const QUuid& acknowledges)
{
    const int status = p.summary.status == ExchangeSummary::Status::Success ? 1
        : p.summary.status == ExchangeSummary::Status::Warning             ? 2
                                                                           : 3;
    const QVariant values[] = { RecordStore::idValue(p.id), RecordStore::idValue(p.senderId), kindValue(p.direction),
        p.sequence, p.fiscalYear, jsonText(p.header), jsonText(p.summary.toJson()), status, timeValue(p.importedAt),
        p.fileName };
    if (Result<int> r = m_db.write(QStringLiteral("INSERT INTO received_package (id, sender_id, kind, sequence, fiscal_year,"
                                                  " header, summary, status, imported_at, file_name)"
                                                  " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            values, tr("recording the package received"));
        !r) {
        return r.error();
    }
    const QVariant peer[] = { RecordStore::idValue(p.senderId), p.sequence };
    if (Result<int> r = m_db.write(QStringLiteral("INSERT INTO exchange_peer (agency_id, received_sequence) VALUES (?, ?)"
                                                  " ON CONFLICT (agency_id) DO UPDATE SET received_sequence ="
                                                  " max(received_sequence, excluded.received_sequence)"),
            peer, tr("recording the package received"));
        !r) {
        return r.error();
    }
    if (acknowledges.isNull())
        return {};
    // The package it names was ours to the sender: the sender now has everything it carried.
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT marks FROM sent_package WHERE id = ? AND recipient_id = ?"));
    q.addBindValue(RecordStore::idValue(acknowledges));
    q.addBindValue(RecordStore::idValue(p.senderId));
    if (!q.exec())
        return m_db.queryError(q, tr("reading the packages sent"));
    if (!q.next())
        return {};
    const QString marks = q.value(0).toString();
    q.finish();
    const QVariant ack[] = { marks, RecordStore::idValue(acknowledges), RecordStore::idValue(p.senderId) };
    if (Result<int> r = m_db.write(QStringLiteral("UPDATE exchange_peer SET acknowledged_marks = ?, acknowledged_package = ?"
                                                  " WHERE agency_id = ?"),
            ack, tr("recording the acknowledgement"));
        !r) {
        return r.error();
    }
    const QVariant sent[] = { timeValue(p.importedAt), RecordStore::idValue(acknowledges) };
    if (Result<int> r = m_db.write(QStringLiteral("UPDATE sent_package SET acknowledged_at = ? WHERE id = ? AND acknowledged_at IS NULL"),
            sent, tr("recording the acknowledgement"));
        !r) {
        return r.error();
    }
    return {};
}

Result<QList<SentPackage>> ExchangeLog::sent()
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT id, recipient_id, kind, sequence, fiscal_year, stages, scope, marks, counts, created_at,"
                               " file_name, acknowledged_at FROM sent_package ORDER BY sequence")))
        return m_db.queryError(q, tr("reading the packages sent"));
    QList<SentPackage> out;
    while (q.next()) {
        SentPackage p;
        p.id = RecordStore::uuidAt(q, 0);
        p.recipientId = RecordStore::uuidAt(q, 1);
        p.direction = kindFrom(q.value(2).toInt());
        p.sequence = q.value(3).toLongLong();
        p.fiscalYear = q.value(4).toInt();
        p.stages = q.value(5).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        p.scope = q.value(6).toString();
        p.marks = marksFrom(jsonObject(q.value(7).toString()));
        const QJsonObject counts = jsonObject(q.value(8).toString());
        for (auto it = counts.constBegin(); it != counts.constEnd(); ++it)
            p.counts.insert(it.key(), it->toInteger());
        p.createdAt = timeFrom(q.value(9));
        p.fileName = q.value(10).toString();
        p.acknowledgedAt = timeFrom(q.value(11));
        out << p;
    }
    return out;
}

Result<QList<ReceivedPackage>> ExchangeLog::receivedAll()
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT id, sender_id, kind, sequence, fiscal_year, header, summary, imported_at, file_name"
                               " FROM received_package ORDER BY imported_at, sequence")))
        return m_db.queryError(q, tr("reading the packages received"));
    QList<ReceivedPackage> out;
    while (q.next()) {
        ReceivedPackage p;
        p.id = RecordStore::uuidAt(q, 0);
        p.senderId = RecordStore::uuidAt(q, 1);
        p.direction = kindFrom(q.value(2).toInt());
        p.sequence = q.value(3).toLongLong();
        p.fiscalYear = q.value(4).toInt();
        p.header = jsonObject(q.value(5).toString());
        p.summary = ExchangeSummary::fromJson(jsonObject(q.value(6).toString()));
        p.importedAt = timeFrom(q.value(7));
        p.fileName = q.value(8).toString();
        out << p;
    }
    return out;
}

} // namespace jx
