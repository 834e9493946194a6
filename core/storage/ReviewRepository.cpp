#include "core/storage/ReviewRepository.h"

#include "core/domain/Validation.h"
#include "core/storage/Database.h"

namespace jx {

namespace {

Review readReview(const QSqlQuery& q)
{
    constexpr int b = RecordStore::MetaColumnCount;
    Review r;
    r.meta = RecordStore::readMeta(q);
    r.recordKind = static_cast<RecordKind>(q.value(b).toInt());
    r.recordId = RecordStore::uuidAt(q, b + 1);
    r.decision = static_cast<ReviewDecision>(q.value(b + 2).toInt());
    if (!q.value(b + 3).isNull())
        r.grade = static_cast<Grade>(q.value(b + 3).toInt());
    if (!q.value(b + 4).isNull())
        r.score = q.value(b + 4).toDouble();
    r.comments = q.value(b + 5).toString();
    r.reviewer = q.value(b + 6).toString();
    r.reviewedAt = RecordStore::timeAt(q, b + 7);
    r.step = q.value(b + 8).toInt();
    return r;
}

} // namespace

ReviewRepository::ReviewRepository(Database& db)
    : m_store(db, QStringLiteral("review"),
              { QStringLiteral("record_kind"), QStringLiteral("record_id"), QStringLiteral("decision"),
                QStringLiteral("grade"), QStringLiteral("score"), QStringLiteral("comments"),
                QStringLiteral("reviewer"), QStringLiteral("reviewed_at"), QStringLiteral("step") })
{
}

Result<void> ReviewRepository::save(Review& r)
{
    if (Result<void> v = Validation::check(r); !v)
        return v;
    if (!r.reviewedAt.isValid())
        r.reviewedAt = QDateTime::currentDateTimeUtc();
    const QList<Reference> refs = {
        { tr("reviewing finance department"), QStringLiteral("agency"), QStringLiteral("id"),
          RecordStore::idValue(r.meta.ownerId) },
    };
    return m_store.save(r.meta,
                        { static_cast<int>(r.recordKind), RecordStore::idValue(r.recordId),
                          static_cast<int>(r.decision),
                          r.grade ? QVariant(static_cast<int>(*r.grade)) : QVariant(QMetaType::fromType<int>()),
                          r.score ? QVariant(*r.score) : QVariant(QMetaType::fromType<double>()),
                          textOrNull(r.comments), textOrNull(r.reviewer), RecordStore::timeValue(r.reviewedAt),
                          r.step },
                        tr("review of %1").arg(Names::of(r.recordKind)), refs);
}

Result<std::optional<Review>> ReviewRepository::find(const QUuid& id)
{
    Result<QSqlQuery*> q = m_store.select(QStringLiteral("WHERE id = ?"), { RecordStore::idValue(id) });
    if (!q)
        return q.error();
    if (!(*q)->next())
        return std::optional<Review>();
    return std::optional<Review>(readReview(**q));
}

Result<QList<Review>> ReviewRepository::ofRecord(RecordKind kind, const QUuid& recordId)
{
    Result<QSqlQuery*> q = m_store.select(
        QStringLiteral("WHERE record_kind = ? AND record_id = ? AND deleted = 0 ORDER BY step, reviewed_at, id"),
        { static_cast<int>(kind), RecordStore::idValue(recordId) });
    if (!q)
        return q.error();
    QList<Review> out;
    while ((*q)->next())
        out << readReview(**q);
    return out;
}

Result<void> ReviewRepository::remove(const QUuid& id)
{
    return m_store.tombstone(id, tr("review %1").arg(id.toString(QUuid::WithoutBraces)));
}

} // namespace jx
