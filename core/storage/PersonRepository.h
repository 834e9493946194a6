#pragma once

#include "core/domain/Actor.h"
#include "core/domain/Agency.h"
#include "core/domain/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QUuid>

namespace jx {

class Database;

/// A person who may act in this installation (table person, schema step 13).
struct Person
{
    QUuid id;
    Actor actor; ///< name, role and the agency they act for
};

/**
 * The people of an installation, who act in the window (ActorPicker). Kept in the file and
 * local to it: people do not travel in packages.
 */
class PersonRepository
{
    Q_DECLARE_TR_FUNCTIONS(PersonRepository)

public:
    explicit PersonRepository(Database& db);

    /// The people of @p agencyId, by name.
    Result<QList<Person>> list(const QUuid& agencyId);
    /// Adds a person (a new id); the same name and role twice in one agency is refused.
    Result<Person> add(const Actor& actor);

    /// Who acts when nobody said: the agency's preparer (a unit) or reviewer (finance), named after the OS user.
    static Actor defaultActor(const Agency& agency);
    /// Whether @p role is one of the roles of an agency of @p kind (unit roles for units, finance roles for finance).
    static bool roleFits(Role role, AgencyKind kind);

private:
    Database& m_db;
};

} // namespace jx
