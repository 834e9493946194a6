#include "core/storage/AgencyRepository.h"

#include "core/domain/Validation.h"
#include "core/storage/Database.h"

namespace jx {

namespace {

Agency readAgency(const QSqlQuery& q)
{
    constexpr int b = RecordStore::MetaColumnCount;
    Agency a;
    a.meta = RecordStore::readMeta(q);
    a.code = q.value(b).toString();
    a.name = q.value(b + 1).toString();
    a.kind = static_cast<AgencyKind>(q.value(b + 2).toInt());
    a.divisionCode = q.value(b + 3).toString();
    a.parentId = RecordStore::uuidAt(q, b + 4);
    return a;
}

} // namespace

AgencyRepository::AgencyRepository(Database& db)
    : m_store(db, QStringLiteral("agency"),
              { QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("kind"), QStringLiteral("division_code"),
                QStringLiteral("parent_id") })
{
}

Result<void> AgencyRepository::save(Agency& agency)
{
    if (agency.meta.id.isNull())
        agency.meta.id = QUuid::createUuid();
    if (agency.meta.ownerId.isNull())
        agency.meta.ownerId = agency.meta.id;
    if (Result<void> r = Validation::check(agency); !r)
        return r;
    const QList<Reference> refs = {
        { tr("division"), QStringLiteral("division"), QStringLiteral("code"), agency.divisionCode },
        { tr("parent unit"), QStringLiteral("agency"), QStringLiteral("id"), RecordStore::idValue(agency.parentId) },
        { tr("owner"), QStringLiteral("agency"), QStringLiteral("id"), RecordStore::idValue(agency.meta.ownerId) },
    };
    return m_store.save(agency.meta,
                        { textOrNull(agency.code), agency.name, static_cast<int>(agency.kind), agency.divisionCode,
                          RecordStore::idValue(agency.parentId) },
                        Validation::label(agency), refs);
}

Result<std::optional<Agency>> AgencyRepository::find(const QUuid& id)
{
    Result<QSqlQuery*> q = m_store.select(QStringLiteral("WHERE id = ?"), { RecordStore::idValue(id) });
    if (!q)
        return q.error();
    if (!(*q)->next())
        return std::optional<Agency>();
    return std::optional<Agency>(readAgency(**q));
}

Result<QList<Agency>> AgencyRepository::inDivision(const QString& divisionCode)
{
    Result<QSqlQuery*> q = m_store.select(QStringLiteral("WHERE division_code = ? AND deleted = 0 ORDER BY code, id"),
                                          { divisionCode });
    if (!q)
        return q.error();
    QList<Agency> out;
    while ((*q)->next())
        out << readAgency(**q);
    return out;
}

Result<void> AgencyRepository::remove(const QUuid& id)
{
    return m_store.tombstone(id, tr("agency %1").arg(id.toString(QUuid::WithoutBraces)));
}

} // namespace jx
