#include "core/storage/TargetSetRepository.h"

#include "core/domain/Validation.h"

#include <QSet>

namespace jx {

TargetSetRepository::TargetSetRepository(Database& db)
    : m_sets(db, Tables::of<TargetSet>())
    , m_indicators(db, Tables::of<Indicator>())
{
}

Result<void> TargetSetRepository::save(TargetSet& set)
{
    if (Result<void> r = Validation::check(set); !r)
        return r;
    Database::Transaction tx(m_sets.store().database());
    if (!tx.started())
        return tx.startError();

    // Indicators are travelling records of their own (not child rows): each keeps its id and
    // revision, and one dropped from the list becomes a tombstone.
    TargetSet saved = set; // written back only when everything succeeded
    if (Result<void> r = m_sets.save(saved); !r)
        return r;
    QSet<QUuid> kept;
    for (qsizetype i = 0; i < saved.indicators.size(); ++i) {
        Indicator& indicator = saved.indicators[i];
        indicator.targetSetId = saved.meta.id;
        if (indicator.sortOrder == 0)
            indicator.sortOrder = int(i + 1);
        if (indicator.meta.ownerId.isNull())
            indicator.meta.ownerId = saved.meta.ownerId;
        if (Result<void> r = m_indicators.save(indicator); !r)
            return r;
        kept.insert(indicator.meta.id);
    }
    if (set.meta.revision != 0) { // a new set has no older indicators to retire
        Result<QList<Indicator>> stored = indicators(saved.meta.id);
        if (!stored)
            return stored.error();
        for (const Indicator& old : *stored) {
            if (!kept.contains(old.meta.id)) {
                if (Result<void> r = m_indicators.remove(old.meta.id, Validation::label(old)); !r)
                    return r;
            }
        }
    }
    if (Result<void> r = tx.commit(); !r)
        return r;
    set = saved;
    return {};
}

Result<std::optional<TargetSet>> TargetSetRepository::find(const QUuid& id)
{
    return withIndicators(m_sets.find(id));
}

Result<std::optional<TargetSet>> TargetSetRepository::ofSubject(const QUuid& subjectId, int fiscalYear)
{
    return withIndicators(m_sets.first(
        QStringLiteral("WHERE subject_id = ? AND fiscal_year = ? AND deleted = 0 ORDER BY modified_at DESC LIMIT 1"),
        { RecordStore::idValue(subjectId), fiscalYear }));
}

Result<std::optional<TargetSet>> TargetSetRepository::withIndicators(Result<std::optional<TargetSet>> set)
{
    if (!set || !*set)
        return set;
    Result<QList<Indicator>> list = indicators((*set)->meta.id);
    if (!list)
        return list.error();
    (*set)->indicators = *std::move(list);
    return set;
}

Result<QList<Indicator>> TargetSetRepository::indicators(const QUuid& targetSetId)
{
    return m_indicators.list(QStringLiteral("WHERE target_set_id = ? AND deleted = 0 ORDER BY sort_order, id"),
                             { RecordStore::idValue(targetSetId) });
}

Result<QHash<QUuid, TargetSet>> TargetSetRepository::ofYear(int fiscalYear)
{
    Result<QList<TargetSet>> sets
        = m_sets.list(QStringLiteral("WHERE fiscal_year = ? AND deleted = 0 ORDER BY modified_at DESC"), { fiscalYear });
    if (!sets)
        return sets.error();
    QHash<QUuid, TargetSet> bySubject;
    QHash<QUuid, QUuid> subjectOfSet;
    for (TargetSet& s : *sets) {
        if (bySubject.contains(s.subjectId))
            continue; // an older set of the same subject
        subjectOfSet.insert(s.meta.id, s.subjectId);
        bySubject.insert(s.subjectId, std::move(s));
    }
    Result<QList<Indicator>> indicators = m_indicators.list(
        QStringLiteral("WHERE deleted = 0 AND target_set_id IN (SELECT id FROM target_set WHERE fiscal_year = ?"
                       " AND deleted = 0) ORDER BY target_set_id, sort_order, id"),
        { fiscalYear });
    if (!indicators)
        return indicators.error();
    for (Indicator& i : *indicators) {
        const auto subject = subjectOfSet.constFind(i.targetSetId);
        if (subject != subjectOfSet.constEnd())
            bySubject[*subject].indicators << std::move(i);
    }
    return bySubject;
}

Result<void> TargetSetRepository::remove(const QUuid& id)
{
    return m_sets.remove(id);
}

} // namespace jx
