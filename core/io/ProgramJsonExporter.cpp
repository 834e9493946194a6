#include "core/io/ProgramJsonExporter.h"

#include "core/domain/EnumTable.h"
#include "core/domain/Indicator.h"
#include "core/domain/IndicatorFramework.h"
#include "core/domain/MonitoringReport.h"
#include "core/domain/SelfEvaluation.h"
#include "core/domain/TargetSet.h"
#include "core/io/JsonInterchange.h"
#include "core/storage/Database.h"
#include "core/storage/EvaluationRepository.h"
#include "core/storage/FrameworkRepository.h"
#include "core/storage/MonitoringRepository.h"
#include "core/storage/RecordStore.h"
#include "core/storage/SubjectRepository.h"
#include "core/storage/TargetSetRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace jx {

namespace {

constexpr int PageSize = 256;

QString amountText(Money m)
{
    // Plain 元 with two decimals, no grouping: exact, and read back by Money::parse.
    return m.format(MoneyUnit::Yuan).remove(QLatin1Char(','));
}

} // namespace

ProgramJsonExporter::ProgramJsonExporter(Database& db)
    : m_db(db)
{ }

QString ProgramJsonExporter::categoryName(const QUuid& id)
{
    if (id.isNull())
        return {};
    if (auto it = m_categoryNames.constFind(id); it != m_categoryNames.cend())
        return *it;
    QString name;
    if (Result<std::optional<IndicatorCategory>> c = FrameworkRepository(m_db).findCategory(id); c && c->has_value())
        name = (*c)->name;
    m_categoryNames.insert(id, name);
    return name;
}

Result<QList<QUuid>> ProgramJsonExporter::page(
    const QUuid& agencyId, int fiscalYear, const std::optional<QPair<QString, QUuid>>& after, QList<QString>& names)
{
    // Keyset paging in id order: ids grow with time (newRecordId), so a document lists programs
    // in the order they were created, and an import appends to the indexes instead of
    // scattering its writes over them.
    const QString where = QStringLiteral(
        "SELECT id, name FROM subject WHERE agency_id = ? AND fiscal_year = ? AND kind = ? AND deleted = 0 ");
    const QString order = QStringLiteral(" ORDER BY id LIMIT %1").arg(PageSize);
    const QString sql = after ? QString(where + QStringLiteral("AND id > ?") + order) : QString(where + order);
    Result<QSqlQuery*> q = m_db.prepared(sql);
    if (!q)
        return q.error();
    QSqlQuery& query = **q;
    query.addBindValue(RecordStore::idValue(agencyId));
    query.addBindValue(fiscalYear);
    query.addBindValue(static_cast<int>(SubjectKind::Program));
    if (after)
        query.addBindValue(RecordStore::idValue(after->second));
    if (Result<void> r = m_db.run(query, tr("reading the programs to export")); !r)
        return r.error();
    QList<QUuid> ids;
    names.clear();
    while (query.next()) {
        ids << RecordStore::uuidAt(query, 0);
        names << query.value(1).toString();
    }
    query.finish();
    return ids;
}

Result<int> ProgramJsonExporter::write(const QUuid& agencyId, int fiscalYear, QIODevice& out)
{
    auto put = [&](const QByteArray& bytes) -> Result<void> {
        if (out.write(bytes) != bytes.size())
            return makeError(Error::Code::Storage, tr("Cannot write the export: %1").arg(out.errorString()));
        return {};
    };
    // The header first, so that a reader knows the year before the programs.
    const QByteArray header = QStringLiteral("{\n    \"format\": \"jixiao-programs\",\n    \"version\": %1,\n"
                                             "    \"fiscalYear\": %2,\n    \"programs\": [")
                                  .arg(JsonInterchange::FormatVersion)
                                  .arg(fiscalYear)
                                  .toUtf8();
    if (Result<void> r = put(header); !r)
        return r.error();
    SubjectRepository subjects(m_db);
    int written = 0;
    std::optional<QPair<QString, QUuid>> after;
    QList<QString> names;
    for (;;) {
        Result<QList<QUuid>> ids = page(agencyId, fiscalYear, after, names);
        if (!ids)
            return ids.error();
        for (const QUuid& id : *ids) {
            Result<std::optional<Subject>> s = subjects.find(id);
            if (!s)
                return s.error();
            if (!s->has_value())
                continue;
            Result<QJsonObject> object = program(**s);
            if (!object)
                return object.error();
            // Indented as the whole document would be: every line of the object one level in
            // (JSON text holds no raw line breaks, so only the layout's own are touched).
            QByteArray bytes = QJsonDocument(*object).toJson(QJsonDocument::Indented);
            bytes.chop(1);
            bytes.replace('\n', QByteArrayLiteral("\n        "));
            bytes.prepend(written == 0 ? QByteArrayLiteral("\n        ") : QByteArrayLiteral(",\n        "));
            if (Result<void> r = put(bytes); !r)
                return r.error();
            ++written;
        }
        if (ids->size() < PageSize)
            break;
        after = qMakePair(names.constLast(), ids->constLast());
    }
    if (Result<void> r = put(written == 0 ? QByteArrayLiteral("]\n}\n") : QByteArrayLiteral("\n    ]\n}\n")); !r)
        return r.error();
    return written;
}

Result<QJsonObject> ProgramJsonExporter::program(const Subject& s)
{
    const QJsonArray tagList = QJsonArray::fromStringList(codesOfFlags<FundingTag>(s.fundingTags));
    QJsonObject p { { QStringLiteral("id"), s.meta.id.toString(QUuid::WithoutBraces) },
        { QStringLiteral("code"), s.code }, { QStringLiteral("name"), s.name },
        { QStringLiteral("book"), codeOf(s.book) }, { QStringLiteral("kind"), codeOf(s.programKind) },
        { QStringLiteral("amount"), amountText(s.amount) }, { QStringLiteral("functionCode"), s.functionCode },
        { QStringLiteral("tags"), tagList }, { QStringLiteral("new"), s.isNew }, { QStringLiteral("major"), s.isMajor },
        { QStringLiteral("midYear"), s.isMidYear } };
    Result<std::optional<TargetSet>> set = TargetSetRepository(m_db).ofSubject(s.meta.id, s.fiscalYear);
    if (!set)
        return set.error();
    QHash<QUuid, QString> indicatorNames;
    if (set->has_value()) {
        QJsonArray indicators;
        for (const Indicator& i : (*set)->indicators) {
            indicatorNames.insert(i.meta.id, i.name);
            QJsonObject io { { QStringLiteral("id"), i.meta.id.toString(QUuid::WithoutBraces) },
                { QStringLiteral("category"), categoryName(i.categoryId) }, { QStringLiteral("name"), i.name },
                { QStringLiteral("operator"), codeOf(i.op) }, { QStringLiteral("unit"), i.unit },
                { QStringLiteral("weight"), i.weight }, { QStringLiteral("standard"), codeOf(i.standard) } };
            if (i.targetValue)
                io.insert(QStringLiteral("target"), *i.targetValue);
            else
                io.insert(QStringLiteral("target"), i.targetText);
            indicators.append(io);
        }
        p.insert(QStringLiteral("targets"),
            QJsonObject { { QStringLiteral("id"), (*set)->meta.id.toString(QUuid::WithoutBraces) },
                { QStringLiteral("status"), codeOf((*set)->status) },
                { QStringLiteral("objectiveAnnual"), (*set)->objectiveAnnual },
                { QStringLiteral("objectiveMidTerm"), (*set)->objectiveMidTerm },
                { QStringLiteral("indicators"), indicators } });
    }
    Result<QList<MonitoringReport>> reports = MonitoringRepository(m_db).ofSubject(s.meta.id, s.fiscalYear);
    if (!reports)
        return reports.error();
    QJsonArray monitoring;
    for (const MonitoringReport& r : *reports) {
        QJsonArray entries;
        for (const MonitoringEntry& e : r.entries) {
            QJsonObject eo { { QStringLiteral("indicator"), indicatorNames.value(e.indicatorId) },
                { QStringLiteral("likelihood"), codeOf(e.likelihood) } };
            if (e.progressValue)
                eo.insert(QStringLiteral("progress"), *e.progressValue);
            else if (!e.progressText.isEmpty())
                eo.insert(QStringLiteral("progressText"), e.progressText);
            if (e.forecastValue)
                eo.insert(QStringLiteral("forecast"), *e.forecastValue);
            if (e.cause)
                eo.insert(QStringLiteral("cause"), codeOf(*e.cause));
            if (!e.measures.isEmpty())
                eo.insert(QStringLiteral("measures"), e.measures);
            entries.append(eo);
        }
        monitoring.append(QJsonObject { { QStringLiteral("id"), r.meta.id.toString(QUuid::WithoutBraces) },
            { QStringLiteral("status"), codeOf(r.status) }, { QStringLiteral("month"), r.month },
            { QStringLiteral("budget"), amountText(r.budget) }, { QStringLiteral("executed"), amountText(r.executed) },
            { QStringLiteral("forecastYearEnd"), amountText(r.forecastYearEnd) },
            { QStringLiteral("entries"), entries } });
    }
    p.insert(QStringLiteral("monitoring"), monitoring);
    Result<std::optional<SelfEvaluation>> ev = EvaluationRepository(m_db).ofSubject(s.meta.id, s.fiscalYear);
    if (!ev)
        return ev.error();
    if (ev->has_value()) {
        const SelfEvaluation& e = **ev;
        QJsonArray funds;
        for (const EvaluationFund& f : e.funds) {
            funds.append(QJsonObject { { QStringLiteral("source"), codeOf(f.source) },
                { QStringLiteral("initialBudget"), amountText(f.initialBudget) },
                { QStringLiteral("adjustedBudget"), amountText(f.adjustedBudget) },
                { QStringLiteral("executed"), amountText(f.executed) } });
        }
        QJsonArray entries;
        for (const EvaluationEntry& x : e.entries) {
            QJsonObject xo { { QStringLiteral("indicator"), indicatorNames.value(x.indicatorId) } };
            if (x.actualValue)
                xo.insert(QStringLiteral("actual"), *x.actualValue);
            else if (!x.actualText.isEmpty())
                xo.insert(QStringLiteral("actualText"), x.actualText);
            if (x.notApplicable)
                xo.insert(QStringLiteral("notApplicable"), true);
            if (!x.notApplicableReason.isEmpty())
                xo.insert(QStringLiteral("notApplicableReason"), x.notApplicableReason);
            if (x.qualitativeLevel)
                xo.insert(QStringLiteral("level"), codeOf(*x.qualitativeLevel));
            if (x.score && x.qualitativeLevel)
                xo.insert(QStringLiteral("score"), *x.score);
            if (!x.deviationReason.isEmpty())
                xo.insert(QStringLiteral("deviationReason"), x.deviationReason);
            if (!x.explanation.isEmpty())
                xo.insert(QStringLiteral("explanation"), x.explanation);
            entries.append(xo);
        }
        p.insert(QStringLiteral("selfEvaluation"),
            QJsonObject { { QStringLiteral("id"), e.meta.id.toString(QUuid::WithoutBraces) },
                { QStringLiteral("status"), codeOf(e.status) }, { QStringLiteral("funds"), funds },
                { QStringLiteral("objectiveExpected"), e.objectiveExpected },
                { QStringLiteral("objectiveAchieved"), e.objectiveAchieved },
                { QStringLiteral("executionReason"), e.executionReason },
                { QStringLiteral("conclusion"), e.conclusion }, { QStringLiteral("problems"), e.problems },
                { QStringLiteral("measures"), e.measures }, { QStringLiteral("projectLead"), e.projectLead },
                { QStringLiteral("financeLead"), e.financeLead }, { QStringLiteral("entries"), entries } });
    }
    return p;
}

} // namespace jx
