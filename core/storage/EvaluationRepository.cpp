#include "core/storage/EvaluationRepository.h"

#include "core/domain/Validation.h"
#include "core/storage/Database.h"

namespace jx {

namespace {

SelfEvaluation readEvaluation(const QSqlQuery& q)
{
    constexpr int b = RecordStore::MetaColumnCount;
    SelfEvaluation e;
    e.meta = RecordStore::readMeta(q);
    e.subjectId = RecordStore::uuidAt(q, b);
    e.fiscalYear = q.value(b + 1).toInt();
    e.objectiveExpected = q.value(b + 2).toString();
    e.objectiveAchieved = q.value(b + 3).toString();
    e.executionReason = q.value(b + 4).toString();
    if (!q.value(b + 5).isNull())
        e.totalScore = q.value(b + 5).toDouble();
    if (!q.value(b + 6).isNull())
        e.grade = static_cast<Grade>(q.value(b + 6).toInt());
    e.conclusion = q.value(b + 7).toString();
    e.problems = q.value(b + 8).toString();
    e.measures = q.value(b + 9).toString();
    e.projectLead = q.value(b + 10).toString();
    e.financeLead = q.value(b + 11).toString();
    e.status = static_cast<RecordStatus>(q.value(b + 12).toInt());
    return e;
}

} // namespace

EvaluationRepository::EvaluationRepository(Database& db)
    : m_store(db, QStringLiteral("self_evaluation"),
              { QStringLiteral("subject_id"), QStringLiteral("fiscal_year"), QStringLiteral("objective_expected"),
                QStringLiteral("objective_achieved"), QStringLiteral("execution_reason"),
                QStringLiteral("total_score"), QStringLiteral("grade"), QStringLiteral("conclusion"),
                QStringLiteral("problems"), QStringLiteral("measures"), QStringLiteral("project_lead"),
                QStringLiteral("finance_lead"), QStringLiteral("status") })
{
    m_store.setStatusColumn(QStringLiteral("status"));
}

Result<void> EvaluationRepository::save(SelfEvaluation& ev)
{
    if (Result<void> r = Validation::check(ev); !r)
        return r;
    Database& db = m_store.database();
    Database::Transaction tx(db);
    if (!tx.started())
        return tx.startError();
    RecordMeta meta = ev.meta;
    const QString label = tr("self-evaluation of %1").arg(ev.fiscalYear);
    const QList<Reference> refs = {
        { tr("subject"), QStringLiteral("subject"), QStringLiteral("id"), RecordStore::idValue(ev.subjectId) },
        { tr("owner"), QStringLiteral("agency"), QStringLiteral("id"), RecordStore::idValue(ev.meta.ownerId) },
    };
    const QVariant grade = ev.grade ? QVariant(static_cast<int>(*ev.grade)) : QVariant(QMetaType::fromType<int>());
    if (Result<void> r = m_store.save(meta,
                                      { RecordStore::idValue(ev.subjectId), ev.fiscalYear,
                                        textOrNull(ev.objectiveExpected), textOrNull(ev.objectiveAchieved),
                                        textOrNull(ev.executionReason), realOrNull(ev.totalScore), grade,
                                        textOrNull(ev.conclusion), textOrNull(ev.problems), textOrNull(ev.measures),
                                        textOrNull(ev.projectLead), textOrNull(ev.financeLead),
                                        static_cast<int>(ev.status) },
                                      label, refs);
        !r) {
        return r;
    }
    const QVariant id = RecordStore::idValue(meta.id);
    for (const QString& table : { QStringLiteral("evaluation_fund"), QStringLiteral("evaluation_entry") }) {
        if (Result<void> r = m_store.deleteChildren(table, QStringLiteral("evaluation_id"), meta.id, label); !r)
            return r;
    }
    for (const EvaluationFund& f : ev.funds) {
        Result<QSqlQuery*> ins = db.prepared(QStringLiteral(
            "INSERT INTO evaluation_fund (evaluation_id, source, initial_budget, adjusted_budget, executed)"
            " VALUES (?, ?, ?, ?, ?)"));
        if (!ins)
            return ins.error();
        QSqlQuery& q = **ins;
        q.addBindValue(id);
        q.addBindValue(static_cast<int>(f.source));
        q.addBindValue(f.initialBudget.fen());
        q.addBindValue(f.adjustedBudget.fen());
        q.addBindValue(f.executed.fen());
        if (Result<void> r = db.run(q, tr("%1, funds row “%2”").arg(label, Names::of(f.source))); !r)
            return r;
    }
    for (const EvaluationEntry& e : ev.entries) {
        Result<QSqlQuery*> ins = db.prepared(QStringLiteral(
            "INSERT INTO evaluation_entry (evaluation_id, indicator_id, actual_value, actual_text, not_applicable,"
            " score, deviation_reason, qualitative_level, explanation) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        if (!ins)
            return ins.error();
        QSqlQuery& q = **ins;
        q.addBindValue(id);
        q.addBindValue(RecordStore::idValue(e.indicatorId));
        q.addBindValue(realOrNull(e.actualValue));
        q.addBindValue(textOrNull(e.actualText));
        q.addBindValue(e.notApplicable ? 1 : 0);
        q.addBindValue(realOrNull(e.score));
        q.addBindValue(textOrNull(e.deviationReason));
        q.addBindValue(e.qualitativeLevel ? QVariant(static_cast<int>(*e.qualitativeLevel))
                                          : QVariant(QMetaType::fromType<int>()));
        q.addBindValue(textOrNull(e.explanation));
        if (Result<void> r = m_store.insertIndicatorChild(q, label, e.indicatorId); !r)
            return r;
    }
    if (Result<void> r = tx.commit(); !r)
        return r;
    ev.meta = meta;
    return {};
}

Result<void> EvaluationRepository::loadChildren(SelfEvaluation& ev)
{
    Database& db = m_store.database();
    const QVariant id = RecordStore::idValue(ev.meta.id);
    Result<QSqlQuery*> f = db.prepared(QStringLiteral(
        "SELECT source, initial_budget, adjusted_budget, executed FROM evaluation_fund WHERE evaluation_id = ?"
        " ORDER BY source"));
    if (!f)
        return f.error();
    (*f)->addBindValue(id);
    if (Result<void> r = db.run(**f, tr("reading self-evaluation funds")); !r)
        return r;
    ev.funds.clear();
    while ((*f)->next()) {
        EvaluationFund fund;
        fund.source = static_cast<FundSource>((*f)->value(0).toInt());
        fund.initialBudget = Money::fromFen((*f)->value(1).toLongLong());
        fund.adjustedBudget = Money::fromFen((*f)->value(2).toLongLong());
        fund.executed = Money::fromFen((*f)->value(3).toLongLong());
        ev.funds << fund;
    }
    Result<QSqlQuery*> q = db.prepared(QStringLiteral(
        "SELECT e.indicator_id, e.actual_value, e.actual_text, e.not_applicable, e.score, e.deviation_reason,"
        " e.qualitative_level, e.explanation FROM evaluation_entry e JOIN indicator i ON i.id = e.indicator_id WHERE e.evaluation_id = ?"
        " ORDER BY i.sort_order, i.id"));
    if (!q)
        return q.error();
    (*q)->addBindValue(id);
    if (Result<void> r = db.run(**q, tr("reading self-evaluation entries")); !r)
        return r;
    ev.entries.clear();
    while ((*q)->next()) {
        const QSqlQuery& row = **q;
        EvaluationEntry e;
        e.indicatorId = RecordStore::uuidAt(row, 0);
        if (!row.value(1).isNull())
            e.actualValue = row.value(1).toDouble();
        e.actualText = row.value(2).toString();
        e.notApplicable = row.value(3).toBool();
        if (!row.value(4).isNull())
            e.score = row.value(4).toDouble();
        e.deviationReason = row.value(5).toString();
        if (!row.value(6).isNull())
            e.qualitativeLevel = static_cast<QualitativeLevel>(row.value(6).toInt());
        e.explanation = row.value(7).toString();
        ev.entries << e;
    }
    return {};
}

Result<std::optional<SelfEvaluation>> EvaluationRepository::find(const QUuid& id)
{
    Result<QSqlQuery*> q = m_store.select(QStringLiteral("WHERE id = ?"), { RecordStore::idValue(id) });
    if (!q)
        return q.error();
    if (!(*q)->next())
        return std::optional<SelfEvaluation>();
    SelfEvaluation ev = readEvaluation(**q);
    if (Result<void> r = loadChildren(ev); !r)
        return r.error();
    return std::optional<SelfEvaluation>(ev);
}

Result<std::optional<SelfEvaluation>> EvaluationRepository::ofSubject(const QUuid& subjectId, int fiscalYear)
{
    Result<QSqlQuery*> q = m_store.select(QStringLiteral("WHERE subject_id = ? AND fiscal_year = ? AND deleted = 0"
                                                         " ORDER BY modified_at DESC LIMIT 1"),
                                          { RecordStore::idValue(subjectId), fiscalYear });
    if (!q)
        return q.error();
    if (!(*q)->next())
        return std::optional<SelfEvaluation>();
    const QUuid id = RecordStore::uuidAt(**q, 0);
    return find(id);
}

Result<void> EvaluationRepository::remove(const QUuid& id)
{
    return m_store.tombstone(id, tr("self-evaluation %1").arg(id.toString(QUuid::WithoutBraces)));
}

} // namespace jx
