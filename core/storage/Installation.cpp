#include "core/storage/Installation.h"

#include "core/storage/PersonRepository.h"

#include "core/storage/AgencyRepository.h"
#include "core/storage/DatabaseFile.h"
#include "core/storage/SeedData.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>

namespace jx {

Result<std::unique_ptr<Database>> Installation::create(const QString& path, const InstallationRequest& request)
{
    const std::optional<Division> division = SeedData::division(request.divisionCode);
    if (!division) {
        return makeError(Error::Code::Invalid,
            tr("Unknown division code “%1”: use a six-digit GB/T 2260 code such as 650000 or 653101.")
                .arg(request.divisionCode));
    }
    if (division->validTo != 0) {
        return makeError(Error::Code::Invalid,
            tr("Division code %1 (%2) was last used in %3; use its current code.")
                .arg(division->code, division->name)
                .arg(division->validTo));
    }
    if (request.agencyName.trimmed().isEmpty())
        return makeError(Error::Code::Invalid, tr("The agency name is empty."));
    const QFileInfo info(path);
    if (info.exists() && info.size() > 0) {
        return makeError(Error::Code::Conflict,
            tr("“%1” already exists; choose a new file name (an existing database is never overwritten).").arg(path));
    }
    const bool existedEmpty = info.exists();

    auto cleanup = [&](const Error& e) -> Result<std::unique_ptr<Database>> {
        if (!existedEmpty) {
            QFile::remove(path);
            QFile::remove(path + QStringLiteral("-wal"));
            QFile::remove(path + QStringLiteral("-shm"));
        }
        return e;
    };

    // In order: create the file and migrate it to the current schema, then load the seed data
    // (both done by Database::open), then record the agency this installation works for.
    Result<std::unique_ptr<Database>> opened = Database::open(path, Database::OpenMode::CreateIfMissing);
    if (!opened)
        return cleanup(opened.error());
    std::unique_ptr<Database> db = std::move(opened.value());
    Result<void> r;
    {
        Database::Transaction tx(*db);
        r = tx.started() ? Result<void>() : Result<void>(tx.startError());
        Agency agency;
        if (r) {
            agency.name = request.agencyName.trimmed();
            agency.kind = request.agencyKind;
            agency.code = request.agencyCode;
            agency.divisionCode = division->code;
            r = AgencyRepository(*db).save(agency);
        }
        if (r)
            r = db->setMetaValue(AgencyKey, agency.meta.id.toString(QUuid::WithoutBraces));
        if (r)
            r = db->setMetaValue(CreatedKey, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        if (r) {
            // The first person who acts (schema step 13): the window offers them at start.
            Result<Person> person = PersonRepository(*db).add(PersonRepository::defaultActor(agency));
            r = person ? Result<void>() : Result<void>(person.error());
        }
        if (r)
            r = tx.commit();
    } // an uncommitted transaction rolls back here, before the connection closes
    if (!r) {
        db.reset();
        return cleanup(r.error());
    }
    return db;
}

Result<Agency> Installation::selfAgency(Database& db)
{
    const QUuid id = QUuid::fromString(db.metaValue(AgencyKey));
    if (id.isNull())
        return makeError(Error::Code::NotFound, tr("This database has not been set up for an agency; run “init”."));
    Result<std::optional<Agency>> agency = AgencyRepository(db).find(id);
    if (!agency)
        return agency.error();
    if (!agency->has_value())
        return makeError(Error::Code::NotFound, tr("The agency of this database is missing."));
    return **agency;
}

Result<QList<QPair<QString, qint64>>> Installation::tableCounts(Database& db)
{
    // The tables the migrations declare (the file check has refused any other), each name
    // quoted: nothing read from the file is pasted into SQL.
    QList<QPair<QString, qint64>> out;
    for (const QString& name : DatabaseFile::currentTables()) {
        QSqlQuery count(db.connection());
        if (!count.exec(QStringLiteral("SELECT count(*) FROM %1").arg(DatabaseFile::quoteIdentifier(name)))
            || !count.next())
            return db.queryError(count, tr("counting %1").arg(name));
        out << qMakePair(name, count.value(0).toLongLong());
    }
    return out;
}

} // namespace jx
