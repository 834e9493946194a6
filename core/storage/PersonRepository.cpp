#include "core/storage/PersonRepository.h"

#include "core/storage/Database.h"
#include "core/storage/RecordStore.h"

#include <QSqlQuery>

namespace jx {

PersonRepository::PersonRepository(Database& db)
    : m_db(db)
{ }

Result<QList<Person>> PersonRepository::list(const QUuid& agencyId)
{
    Result<QSqlQuery*> q = m_db.read(
        QStringLiteral("SELECT id, name, role FROM person WHERE agency_id = ? ORDER BY name, role"),
        { RecordStore::idValue(agencyId) }, tr("reading the people"));
    if (!q)
        return q.error();
    QList<Person> out;
    while ((*q)->next()) {
        Person p;
        p.id = QUuid::fromRfc4122((*q)->value(0).toByteArray());
        p.actor = Actor { (*q)->value(1).toString(), static_cast<Role>((*q)->value(2).toInt()), agencyId };
        out << p;
    }
    (*q)->finish();
    return out;
}

Result<Person> PersonRepository::add(const Actor& actor)
{
    const QString name = actor.name.trimmed();
    if (name.isEmpty())
        return makeError(Error::Code::Invalid, tr("A person needs a name."));
    Result<QList<Person>> people = list(actor.agencyId);
    if (!people)
        return people.error();
    for (const Person& p : *people) {
        if (p.actor.name == name && p.actor.role == actor.role)
            return makeError(Error::Code::Conflict, tr("%1 is already listed with this role.").arg(name));
    }
    Person p { QUuid::createUuid(), Actor { name, actor.role, actor.agencyId } };
    const QVariant values[] = { RecordStore::idValue(p.id), name, static_cast<int>(actor.role),
                                RecordStore::idValue(actor.agencyId) };
    Result<int> r = m_db.write(QStringLiteral("INSERT INTO person (id, name, role, agency_id) VALUES (?, ?, ?, ?)"),
                               values, tr("adding %1").arg(name));
    if (!r)
        return r.error();
    return p;
}

Actor PersonRepository::defaultActor(const Agency& agency)
{
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty())
        name = qEnvironmentVariable("USERNAME");
    if (name.isEmpty())
        name = tr("local user");
    const Role role = agency.kind == AgencyKind::BudgetUnit ? Role::UnitPreparer : Role::FinanceReviewer;
    return Actor { name, role, agency.meta.id };
}

bool PersonRepository::roleFits(Role role, AgencyKind kind)
{
    const bool unitRole = role == Role::UnitPreparer || role == Role::UnitHead;
    return kind == AgencyKind::BudgetUnit ? unitRole : !unitRole;
}

} // namespace jx
