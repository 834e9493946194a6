#include "core/demo/DemoGenerator.h"

#include "core/demo/DemoBuilder.h"

#include "core/demo/DemoData.h"
#include "core/domain/Agency.h"
#include "core/storage/AgencyRepository.h"
#include "core/storage/Database.h"
#include "core/storage/DivisionRepository.h"
#include "core/storage/Installation.h"
#include "core/storage/SeedData.h"

#include <QDate>
#include <QFile>
#include <QFileInfo>

#include <random>

namespace jx {

namespace {

QString u8(const char* s)
{
    return QString::fromUtf8(s);
}

} // namespace


Result<DemoScale> DemoGenerator::parseScale(const QString& text)
{
    if (text == QLatin1String("county"))
        return DemoScale::County;
    if (text == QLatin1String("prefecture"))
        return DemoScale::Prefecture;
    if (text == QLatin1String("region"))
        return DemoScale::Region;
    return makeError(Error::Code::Invalid, tr("Unknown scale “%1”: use county, prefecture or region.").arg(text));
}

Result<DemoSummary> DemoGenerator::createDemo(const QString& path, const DemoOptions& options)
{
    const std::optional<Division> region = SeedData::division(options.regionCode);
    if (!region || region->rank != DivisionRank::Region) {
        return makeError(Error::Code::Invalid,
            tr("“%1” is not a region-level division code (such as 650000).").arg(options.regionCode));
    }
    const int year = options.fiscalYear != 0 ? options.fiscalYear : QDate::currentDate().year() - 1;
    if (year < 2018 || year > 2100)
        return makeError(Error::Code::Invalid, tr("Demo year %1 is out of range (2018–2100).").arg(year));

    // Choose the division from the seed, deterministically.
    std::mt19937_64 pick(options.seed ^ 0x9E3779B97F4A7C15ULL);
    Division top = *region;
    auto validChildren = [&](const QString& parent) {
        QList<Division> out;
        for (const Division& d : SeedData::divisions()) {
            if (d.parentCode == parent && d.validIn(year))
                out << d;
        }
        return out;
    };
    if (options.scale != DemoScale::Region) {
        QList<Division> prefectures;
        for (const Division& d : validChildren(region->code)) {
            if (d.rank == DivisionRank::Prefecture && !validChildren(d.code).isEmpty())
                prefectures << d;
        }
        if (prefectures.isEmpty())
            return makeError(Error::Code::Invalid, tr("Region %1 has no prefectures in the division list.").arg(region->code));
        top = prefectures.at(qsizetype(pick() % quint64(prefectures.size())));
        if (options.scale == DemoScale::County) {
            QList<Division> counties;
            for (const Division& d : validChildren(top.code)) {
                if (d.rank == DivisionRank::County)
                    counties << d;
            }
            top = counties.at(qsizetype(pick() % quint64(counties.size())));
        }
    }

    // Built in a file of its own beside the target and renamed into place when complete, so that
    // a demo that is killed or cancelled leaves no half-filled database at the target.
    const QFileInfo target(path);
    if (target.exists() && target.size() > 0) {
        return makeError(Error::Code::Conflict,
            tr("“%1” already exists; choose a new file name (an existing database is never overwritten).").arg(path));
    }
    const QString partial = path + QStringLiteral(".partial");
    auto removePartial = [&partial] {
        for (const QString& suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm"),
                                       QStringLiteral("-journal") })
            QFile::remove(partial + suffix);
    };
    removePartial(); // left by a demo that was killed

    InstallationRequest request;
    request.divisionCode = top.code;
    request.agencyName = top.name + u8(demo::texts.financeBureau); // data, not interface text
    request.agencyKind = AgencyKind::FinanceBureau;
    request.agencyCode = top.code + QStringLiteral("-000");
    Result<std::unique_ptr<Database>> created = Installation::create(partial, request);
    if (!created)
        return created.error();
    std::unique_ptr<Database> db = std::move(created.value());

    // One transaction per county keeps the write-ahead log small at region scale; the file is
    // new, so on any failure or cancel the whole file is removed below.
    Result<DemoSummary> result = DemoSummary {};
    {
        DemoBuilder builder(*db, options, year);
        Result<void> r = builder.loadCategories();
        Result<Agency> self = Installation::selfAgency(*db);
        if (r && !self)
            r = self.error();
        QList<Division> counties;
        if (r) {
            if (top.rank == DivisionRank::County) {
                counties << top;
            } else {
                Result<QList<Division>> under = DivisionRepository(*db).countiesUnder(top.code, year);
                if (under)
                    counties = *under;
                else
                    r = under.error();
            }
        }
        if (r && top.rank != DivisionRank::County) {
            // Finance bureaus of the prefectures in between, so every level has its reviewer.
            Database::Transaction tx(*db);
            r = tx.started() ? Result<void>() : Result<void>(tx.startError());
            AgencyRepository agencies(*db);
            QList<Division> pending = validChildren(top.code);
            while (r && !pending.isEmpty()) {
                const Division d = pending.takeFirst();
                if (d.rank != DivisionRank::Prefecture)
                    continue;
                pending << validChildren(d.code);
                Agency finance;
                finance.meta.id = builder.uuid();
                finance.name = d.name + u8(demo::texts.financeBureau);
                finance.kind = AgencyKind::FinanceBureau;
                finance.divisionCode = d.code;
                finance.code = d.code + QStringLiteral("-000");
                r = agencies.save(finance);
                ++builder.summary().agencies;
            }
            if (r)
                r = tx.commit();
        }
        builder.summary().agencies += 1; // the installation's own finance bureau
        for (qsizetype i = 0; r && i < counties.size(); ++i) {
            Database::Transaction tx(*db);
            r = tx.started() ? Result<void>() : Result<void>(tx.startError());
            const bool own = counties.at(i).code == top.code;
            if (r)
                r = builder.county(counties.at(i), own ? &self.value() : nullptr, i, counties.size());
            if (r)
                r = tx.commit();
        }
        if (r) {
            DemoSummary s = builder.summary();
            s.divisionCode = top.code;
            s.divisionName = top.name;
            s.fiscalYear = year;
            result = s;
        } else {
            result = r.error();
        }
    }
    db.reset(); // the last connection: SQLite folds the write-ahead log into the file
    if (result) {
        if (target.exists() && QFileInfo(path).size() == 0)
            QFile::remove(path); // an empty file given as the target (as init accepts)
        if (QFileInfo::exists(partial + QStringLiteral("-wal")) || !QFile::rename(partial, path)) {
            result = makeError(Error::Code::Storage,
                tr("The demo database was built but could not be moved to “%1”.").arg(path));
        }
    }
    if (!result)
        removePartial();
    return result;
}

} // namespace jx
