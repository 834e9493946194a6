#include "core/storage/ResultApplicationRepository.h"

#include "core/domain/Validation.h"
#include "core/storage/Database.h"

namespace jx {

namespace {

ResultApplication readApplication(const QSqlQuery& q)
{
    constexpr int b = RecordStore::MetaColumnCount;
    ResultApplication a;
    a.meta = RecordStore::readMeta(q);
    a.subjectId = RecordStore::uuidAt(q, b);
    a.nextYear = q.value(b + 1).toInt();
    a.decision = static_cast<ApplicationDecision>(q.value(b + 2).toInt());
    a.amountChange = Money::fromFen(q.value(b + 3).toLongLong());
    a.reason = q.value(b + 4).toString();
    a.transferLinkage = q.value(b + 5).toString();
    a.status = static_cast<RecordStatus>(q.value(b + 6).toInt());
    return a;
}

} // namespace

ResultApplicationRepository::ResultApplicationRepository(Database& db)
    : m_store(db, QStringLiteral("result_application"),
              { QStringLiteral("subject_id"), QStringLiteral("next_year"), QStringLiteral("decision"),
                QStringLiteral("amount_change"), QStringLiteral("reason"), QStringLiteral("transfer_linkage"),
                QStringLiteral("status") })
{
    m_store.setStatusColumn(QStringLiteral("status"));
}

Result<void> ResultApplicationRepository::save(ResultApplication& a)
{
    if (Result<void> r = Validation::check(a); !r)
        return r;
    const QList<Reference> refs = {
        { tr("subject"), QStringLiteral("subject"), QStringLiteral("id"), RecordStore::idValue(a.subjectId) },
        { tr("owner"), QStringLiteral("agency"), QStringLiteral("id"), RecordStore::idValue(a.meta.ownerId) },
    };
    return m_store.save(a.meta,
                        { RecordStore::idValue(a.subjectId), a.nextYear, static_cast<int>(a.decision),
                          a.amountChange.fen(), textOrNull(a.reason), textOrNull(a.transferLinkage),
                          static_cast<int>(a.status) },
                        tr("result application for %1").arg(a.nextYear), refs);
}

Result<std::optional<ResultApplication>> ResultApplicationRepository::find(const QUuid& id)
{
    Result<QSqlQuery*> q = m_store.select(QStringLiteral("WHERE id = ?"), { RecordStore::idValue(id) });
    if (!q)
        return q.error();
    if (!(*q)->next())
        return std::optional<ResultApplication>();
    return std::optional<ResultApplication>(readApplication(**q));
}

Result<QList<ResultApplication>> ResultApplicationRepository::ofSubject(const QUuid& subjectId)
{
    Result<QSqlQuery*> q = m_store.select(QStringLiteral("WHERE subject_id = ? AND deleted = 0 ORDER BY next_year"),
                                          { RecordStore::idValue(subjectId) });
    if (!q)
        return q.error();
    QList<ResultApplication> out;
    while ((*q)->next())
        out << readApplication(**q);
    return out;
}

Result<void> ResultApplicationRepository::remove(const QUuid& id)
{
    return m_store.tombstone(id, tr("result application %1").arg(id.toString(QUuid::WithoutBraces)));
}

} // namespace jx
