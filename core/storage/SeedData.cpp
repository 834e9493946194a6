#include "core/storage/SeedData.h"

#include "core/domain/EnumTable.h"
#include "core/domain/IndicatorFramework.h"
#include "core/domain/YearPolicy.h"
#include "core/storage/Database.h"
#include "core/storage/DivisionRepository.h"
#include "core/storage/FrameworkRepository.h"
#include "core/storage/PolicyRepository.h"
#include "core/storage/RecordStore.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace jx {

namespace {

// Namespace of the UUIDs of shipped framework categories (a fixed random UUID).
const QUuid frameworkNamespace(QStringLiteral("{6f1d2c84-5a43-4b8e-9d6a-3c0b7e52a1f9}"));

Result<QByteArray> readResource(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(Error::Code::NotFound, SeedData::tr("The seed file %1 is missing from this build.").arg(path));
    return file.readAll();
}

Result<QJsonObject> readJson(const QString& path)
{
    Result<QByteArray> bytes = readResource(path);
    if (!bytes)
        return bytes.error();
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(*bytes, &err);
    if (doc.isNull())
        return makeError(Error::Code::Invalid, SeedData::tr("The seed file %1 is broken: %2").arg(path, err.errorString()));
    return doc.object();
}

std::optional<FrameworkKind> frameworkKind(const QString& name)
{
    static const QHash<QString, FrameworkKind> kinds = {
        { QStringLiteral("ProgramTargets"), FrameworkKind::ProgramTargets },
        { QStringLiteral("AgencyOverall"), FrameworkKind::AgencyOverall },
        { QStringLiteral("FinanceEvaluation"), FrameworkKind::FinanceEvaluation },
        { QStringLiteral("GovernmentBudget"), FrameworkKind::GovernmentBudget },
    };
    if (!kinds.contains(name))
        return std::nullopt;
    return kinds.value(name);
}

} // namespace

Result<QList<Division>> SeedData::parseDivisions(const QByteArray& csv, const QString& file)
{
    QList<Division> out;
    const QList<QByteArray> lines = csv.split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) { // line 0 is the header
        const QList<QByteArray> f = lines.at(i).trimmed().split(',');
        if (f.size() != 6)
            continue;
        Division d;
        d.code = QString::fromLatin1(f.at(0));
        d.name = QString::fromUtf8(f.at(1));
        Result<DivisionRank> rank = fromStored<DivisionRank>(QVariant(QString::fromLatin1(f.at(2))),
                                                             tr("seed file %1, line %2, rank").arg(file).arg(i + 1));
        if (!rank)
            return rank.error();
        d.rank = *rank;
        d.parentCode = QString::fromLatin1(f.at(3));
        d.validFrom = f.at(4).toInt();
        d.validTo = f.at(5).toInt();
        out << d;
    }
    return out;
}

const Result<QList<Division>>& SeedData::shippedDivisions()
{
    static const Result<QList<Division>> all = []() -> Result<QList<Division>> {
        const QString file = QStringLiteral(":/seed/divisions.csv");
        Result<QByteArray> bytes = readResource(file);
        if (!bytes)
            return bytes.error();
        return parseDivisions(*bytes, file);
    }();
    return all;
}

const QList<Division>& SeedData::divisions()
{
    static const QList<Division> none;
    const Result<QList<Division>>& all = shippedDivisions();
    return all ? *all : none;
}

std::optional<Division> SeedData::division(const QString& code)
{
    static const QHash<QString, qsizetype> index = [] {
        QHash<QString, qsizetype> h;
        const QList<Division>& all = divisions();
        for (qsizetype i = 0; i < all.size(); ++i)
            h.insert(all.at(i).code, i);
        return h;
    }();
    const auto it = index.constFind(code);
    if (it == index.constEnd())
        return std::nullopt;
    return divisions().at(*it);
}

Result<void> SeedData::loadDivisions(Database& db)
{
    const Result<QList<Division>>& all = shippedDivisions();
    if (!all)
        return all.error();
    if (all->isEmpty())
        return makeError(Error::Code::NotFound, tr("The division list is missing from this build."));
    Database::Transaction tx(db);
    if (!tx.started())
        return tx.startError();
    DivisionRepository repo(db);
    // Parents come before children except for the few re-parented prefectures; defer the check.
    if (Result<void> r = db.exec(QStringLiteral("PRAGMA defer_foreign_keys = ON")); !r)
        return r;
    for (const Division& d : *all) {
        if (Result<void> r = repo.save(d); !r)
            return r;
    }
    return tx.commit();
}

Result<void> SeedData::loadFrameworks(Database& db)
{
    Result<QJsonObject> root = readJson(QStringLiteral(":/seed/framework.json"));
    if (!root)
        return root.error();
    Database::Transaction tx(db);
    if (!tx.started())
        return tx.startError();
    FrameworkRepository repo(db);
    const QJsonArray frameworks = root->value(QStringLiteral("frameworks")).toArray();
    for (const QJsonValue& fv : frameworks) {
        const QJsonObject f = fv.toObject();
        const QString kindName = f.value(QStringLiteral("kind")).toString();
        const std::optional<FrameworkKind> kind = frameworkKind(kindName);
        const int year = f.value(QStringLiteral("fiscalYear")).toInt();
        if (!kind)
            return makeError(Error::Code::Invalid, tr("Seed framework: unknown kind “%1”.").arg(kindName));
        const QString base = QStringLiteral("framework/%1/%2/").arg(kindName).arg(year);
        int order = 0;
        for (const QJsonValue& cv : f.value(QStringLiteral("classes")).toArray()) {
            const QJsonObject c = cv.toObject();
            IndicatorCategory level1;
            level1.framework = *kind;
            level1.fiscalYear = year;
            level1.level = 1;
            level1.name = c.value(QStringLiteral("name")).toString();
            level1.required = c.value(QStringLiteral("required")).toBool();
            level1.weight = c.value(QStringLiteral("weight")).toDouble();
            level1.sortOrder = ++order;
            level1.meta.id = QUuid::createUuidV5(frameworkNamespace, base + level1.name);
            Result<std::optional<IndicatorCategory>> existing = repo.findCategory(level1.meta.id);
            if (!existing)
                return existing.error();
            if (existing->has_value())
                continue; // loaded before; an administrator may have edited it since
            if (Result<void> r = repo.save(level1); !r)
                return r;
            int childOrder = 0;
            for (const QJsonValue& nv : c.value(QStringLiteral("children")).toArray()) {
                IndicatorCategory level2;
                level2.framework = *kind;
                level2.fiscalYear = year;
                level2.level = 2;
                level2.parentId = level1.meta.id;
                level2.name = nv.toString();
                level2.sortOrder = ++childOrder;
                level2.meta.id = QUuid::createUuidV5(frameworkNamespace, base + level1.name + QLatin1Char('/') + level2.name);
                if (Result<void> r = repo.save(level2); !r)
                    return r;
            }
        }
    }
    return tx.commit();
}

Result<void> SeedData::loadPolicies(Database& db)
{
    Result<QJsonObject> root = readJson(QStringLiteral(":/seed/policy.json"));
    if (!root)
        return root.error();
    PolicyRepository repo(db);
    for (const QJsonValue& pv : root->value(QStringLiteral("policies")).toArray()) {
        Result<YearPolicy> policy = YearPolicy::fromJson(pv.toObject());
        if (!policy)
            return policy.error();
        Result<YearPolicy> existing = repo.policyFor(policy->regionCode(), policy->fiscalYear());
        if (existing && existing->regionCode() == policy->regionCode()
            && existing->fiscalYear() == policy->fiscalYear()) {
            continue; // keep what an administrator may have edited
        }
        if (Result<void> r = repo.save(*policy); !r)
            return r;
    }
    return {};
}

Result<void> SeedData::loadAll(Database& db)
{
    // The loaders write through today's repositories, which know only today's schema. This also
    // keeps seed loading out of the schema steps: inside a step the version is still the old one.
    if (db.schemaVersion() != Database::currentSchemaVersion()) {
        return makeError(Error::Code::Version,
            tr("The seed data can only be loaded into a database of schema %1; this one is at schema %2.")
                .arg(Database::currentSchemaVersion())
                .arg(db.schemaVersion()));
    }
    Database::Transaction tx(db);
    if (!tx.started())
        return tx.startError();
    for (auto load : { &SeedData::loadDivisions, &SeedData::loadFrameworks, &SeedData::loadPolicies }) {
        if (Result<void> r = load(db); !r)
            return r;
    }
    return tx.commit();
}

} // namespace jx
