#include "core/storage/TargetSetRepository.h"

#include "core/domain/Validation.h"
#include "core/storage/Database.h"

#include <QSet>

namespace jx {

namespace {

TargetSet readSet(const QSqlQuery& q)
{
    constexpr int b = RecordStore::MetaColumnCount;
    TargetSet s;
    s.meta = RecordStore::readMeta(q);
    s.subjectId = RecordStore::uuidAt(q, b);
    s.fiscalYear = q.value(b + 1).toInt();
    s.receivingDivisionCode = q.value(b + 2).toString();
    s.objectiveAnnual = q.value(b + 3).toString();
    s.objectiveMidTerm = q.value(b + 4).toString();
    s.status = static_cast<RecordStatus>(q.value(b + 5).toInt());
    return s;
}

Indicator readIndicator(const QSqlQuery& q)
{
    constexpr int b = RecordStore::MetaColumnCount;
    Indicator i;
    i.meta = RecordStore::readMeta(q);
    i.targetSetId = RecordStore::uuidAt(q, b);
    i.categoryId = RecordStore::uuidAt(q, b + 1);
    i.libraryEntryId = RecordStore::uuidAt(q, b + 2);
    i.name = q.value(b + 3).toString();
    i.op = static_cast<IndicatorOperator>(q.value(b + 4).toInt());
    if (!q.value(b + 5).isNull())
        i.targetValue = q.value(b + 5).toDouble();
    i.targetText = q.value(b + 6).toString();
    i.unit = q.value(b + 7).toString();
    i.weight = q.value(b + 8).toDouble();
    i.content = q.value(b + 9).toString();
    i.baseline = q.value(b + 10).toString();
    i.dataSource = q.value(b + 11).toString();
    i.sortOrder = q.value(b + 12).toInt();
    i.standard = static_cast<EvaluationStandard>(q.value(b + 13).toInt());
    return i;
}

} // namespace

TargetSetRepository::TargetSetRepository(Database& db)
    : m_sets(db, QStringLiteral("target_set"),
             { QStringLiteral("subject_id"), QStringLiteral("fiscal_year"), QStringLiteral("receiving_division_code"),
               QStringLiteral("objective_annual"), QStringLiteral("objective_mid_term"), QStringLiteral("status") })
    , m_indicators(db, QStringLiteral("indicator"),
                   { QStringLiteral("target_set_id"), QStringLiteral("category_id"),
                     QStringLiteral("library_entry_id"), QStringLiteral("name"), QStringLiteral("operator"),
                     QStringLiteral("target_value"), QStringLiteral("target_text"), QStringLiteral("unit"),
                     QStringLiteral("weight"), QStringLiteral("content"), QStringLiteral("baseline"),
                     QStringLiteral("data_source"), QStringLiteral("sort_order"),
                     QStringLiteral("evaluation_standard") })
{
    m_sets.setStatusColumn(QStringLiteral("status"));
}

Result<void> TargetSetRepository::save(TargetSet& set)
{
    if (Result<void> r = Validation::check(set); !r)
        return r;
    Database& db = m_sets.database();
    Database::Transaction tx(db);
    if (!tx.started())
        return tx.startError();

    TargetSet saved = set; // written back only when everything succeeded
    const QList<Reference> refs = {
        { tr("subject"), QStringLiteral("subject"), QStringLiteral("id"), RecordStore::idValue(saved.subjectId) },
        { tr("receiving division"), QStringLiteral("division"), QStringLiteral("code"),
          textOrNull(saved.receivingDivisionCode) },
        { tr("owner"), QStringLiteral("agency"), QStringLiteral("id"), RecordStore::idValue(saved.meta.ownerId) },
    };
    if (Result<void> r = m_sets.save(saved.meta,
                                     { RecordStore::idValue(saved.subjectId), saved.fiscalYear,
                                       textOrNull(saved.receivingDivisionCode), textNotNull(saved.objectiveAnnual),
                                       textNotNull(saved.objectiveMidTerm), static_cast<int>(saved.status) },
                                     tr("target set of %1").arg(saved.fiscalYear), refs);
        !r) {
        return r;
    }

    QSet<QUuid> kept;
    for (qsizetype i = 0; i < saved.indicators.size(); ++i) {
        Indicator& indicator = saved.indicators[i];
        indicator.targetSetId = saved.meta.id;
        if (indicator.sortOrder == 0)
            indicator.sortOrder = int(i + 1);
        if (Result<void> r = saveIndicator(indicator, saved.meta.ownerId); !r)
            return r;
        kept.insert(indicator.meta.id);
    }
    if (set.meta.revision != 0) { // a new set has no older indicators to retire
        Result<QList<Indicator>> stored = indicators(saved.meta.id);
        if (!stored)
            return stored.error();
        for (const Indicator& old : *stored) {
            if (!kept.contains(old.meta.id)) {
                if (Result<void> r = m_indicators.tombstone(old.meta.id, Validation::label(old)); !r)
                    return r;
            }
        }
    }
    if (Result<void> r = tx.commit(); !r)
        return r;
    set = saved;
    return {};
}

Result<void> TargetSetRepository::saveIndicator(Indicator& i, const QUuid& ownerId)
{
    if (i.meta.ownerId.isNull())
        i.meta.ownerId = ownerId;
    const QList<Reference> refs = {
        { tr("category"), QStringLiteral("indicator_category"), QStringLiteral("id"),
          RecordStore::idValue(i.categoryId) },
        { tr("library entry"), QStringLiteral("indicator_library_entry"), QStringLiteral("id"),
          RecordStore::idValue(i.libraryEntryId) },
    };
    return m_indicators.save(i.meta,
                             { RecordStore::idValue(i.targetSetId), RecordStore::idValue(i.categoryId),
                               RecordStore::idValue(i.libraryEntryId), i.name, static_cast<int>(i.op),
                               realOrNull(i.targetValue), textOrNull(i.targetText), textOrNull(i.unit), i.weight,
                               textOrNull(i.content), textOrNull(i.baseline), textOrNull(i.dataSource),
                               i.sortOrder, static_cast<int>(i.standard) },
                             Validation::label(i), refs);
}

Result<std::optional<TargetSet>> TargetSetRepository::find(const QUuid& id)
{
    Result<QSqlQuery*> q = m_sets.select(QStringLiteral("WHERE id = ?"), { RecordStore::idValue(id) });
    if (!q)
        return q.error();
    if (!(*q)->next())
        return std::optional<TargetSet>();
    TargetSet set = readSet(**q);
    Result<QList<Indicator>> list = indicators(set.meta.id);
    if (!list)
        return list.error();
    set.indicators = *list;
    return std::optional<TargetSet>(set);
}

Result<std::optional<TargetSet>> TargetSetRepository::ofSubject(const QUuid& subjectId, int fiscalYear)
{
    Result<QSqlQuery*> q = m_sets.select(QStringLiteral("WHERE subject_id = ? AND fiscal_year = ? AND deleted = 0"
                                                        " ORDER BY modified_at DESC LIMIT 1"),
                                         { RecordStore::idValue(subjectId), fiscalYear });
    if (!q)
        return q.error();
    if (!(*q)->next())
        return std::optional<TargetSet>();
    return find(RecordStore::uuidAt(**q, 0));
}

Result<QList<Indicator>> TargetSetRepository::indicators(const QUuid& targetSetId)
{
    Result<QSqlQuery*> q = m_indicators.select(
        QStringLiteral("WHERE target_set_id = ? AND deleted = 0 ORDER BY sort_order, id"),
        { RecordStore::idValue(targetSetId) });
    if (!q)
        return q.error();
    QList<Indicator> out;
    while ((*q)->next())
        out << readIndicator(**q);
    return out;
}

Result<void> TargetSetRepository::remove(const QUuid& id)
{
    return m_sets.tombstone(id, tr("target set %1").arg(id.toString(QUuid::WithoutBraces)));
}

} // namespace jx
