#include "core/storage/AssessmentRepository.h"

#include "core/domain/Validation.h"
#include "core/storage/Database.h"

namespace jx {

namespace {

ExAnteAssessment readAssessment(const QSqlQuery& q)
{
    constexpr int b = RecordStore::MetaColumnCount;
    ExAnteAssessment a;
    a.meta = RecordStore::readMeta(q);
    a.subjectId = RecordStore::uuidAt(q, b);
    a.assessor = static_cast<AssessorKind>(q.value(b + 1).toInt());
    a.assessorName = q.value(b + 2).toString();
    if (!q.value(b + 3).isNull())
        a.conclusion = static_cast<AssessmentConclusion>(q.value(b + 3).toInt());
    a.report = q.value(b + 4).toString();
    a.status = static_cast<RecordStatus>(q.value(b + 5).toInt());
    return a;
}

} // namespace

AssessmentRepository::AssessmentRepository(Database& db)
    : m_store(db, QStringLiteral("ex_ante_assessment"),
              { QStringLiteral("subject_id"), QStringLiteral("assessor"), QStringLiteral("assessor_name"),
                QStringLiteral("conclusion"), QStringLiteral("report"), QStringLiteral("status") })
{
    m_store.setStatusColumn(QStringLiteral("status"));
}

Result<void> AssessmentRepository::save(ExAnteAssessment& a)
{
    if (Result<void> r = Validation::check(a); !r)
        return r;
    Database& db = m_store.database();
    Database::Transaction tx(db);
    if (!tx.started())
        return tx.startError();
    RecordMeta meta = a.meta;
    const QList<Reference> refs = {
        { tr("subject"), QStringLiteral("subject"), QStringLiteral("id"), RecordStore::idValue(a.subjectId) },
        { tr("owner"), QStringLiteral("agency"), QStringLiteral("id"), RecordStore::idValue(a.meta.ownerId) },
    };
    const QVariant conclusion = a.conclusion ? QVariant(static_cast<int>(*a.conclusion))
                                             : QVariant(QMetaType::fromType<int>());
    if (Result<void> r = m_store.save(meta,
                                      { RecordStore::idValue(a.subjectId), static_cast<int>(a.assessor),
                                        textOrNull(a.assessorName), conclusion, textNotNull(a.report),
                                        static_cast<int>(a.status) },
                                      tr("ex-ante assessment"), refs);
        !r) {
        return r;
    }
    if (Result<void> r = m_store.deleteChildren(QStringLiteral("assessment_item"), QStringLiteral("assessment_id"), meta.id,
                                                tr("the ex-ante assessment"));
        !r)
        return r;
    for (const AssessmentItem& item : a.items) {
        Result<QSqlQuery*> ins = db.prepared(QStringLiteral(
            "INSERT INTO assessment_item (assessment_id, dimension, max_score, score, rating, comment)"
            " VALUES (?, ?, ?, ?, ?, ?)"));
        if (!ins)
            return ins.error();
        QSqlQuery& q = **ins;
        q.addBindValue(RecordStore::idValue(meta.id));
        q.addBindValue(static_cast<int>(item.dimension));
        q.addBindValue(item.maxScore);
        q.addBindValue(item.score);
        q.addBindValue(static_cast<int>(item.rating));
        q.addBindValue(textOrNull(item.comment));
        if (Result<void> r = db.run(q, tr("saving “%1”").arg(Names::of(item.dimension))); !r)
            return r;
    }
    if (Result<void> r = tx.commit(); !r)
        return r;
    a.meta = meta;
    return {};
}

Result<void> AssessmentRepository::loadItems(ExAnteAssessment& a)
{
    Database& db = m_store.database();
    Result<QSqlQuery*> q = db.prepared(QStringLiteral(
        "SELECT dimension, max_score, score, rating, comment FROM assessment_item WHERE assessment_id = ? ORDER BY dimension"));
    if (!q)
        return q.error();
    (*q)->addBindValue(RecordStore::idValue(a.meta.id));
    if (Result<void> r = db.run(**q, tr("reading the ex-ante assessment")); !r)
        return r;
    a.items.clear();
    while ((*q)->next()) {
        AssessmentItem item;
        item.dimension = static_cast<AssessmentDimension>((*q)->value(0).toInt());
        item.maxScore = (*q)->value(1).toDouble();
        item.score = (*q)->value(2).toDouble();
        item.rating = static_cast<Grade>((*q)->value(3).toInt());
        item.comment = (*q)->value(4).toString();
        a.items << item;
    }
    return {};
}

Result<std::optional<ExAnteAssessment>> AssessmentRepository::find(const QUuid& id)
{
    Result<QSqlQuery*> q = m_store.select(QStringLiteral("WHERE id = ?"), { RecordStore::idValue(id) });
    if (!q)
        return q.error();
    if (!(*q)->next())
        return std::optional<ExAnteAssessment>();
    ExAnteAssessment a = readAssessment(**q);
    if (Result<void> r = loadItems(a); !r)
        return r.error();
    return std::optional<ExAnteAssessment>(a);
}

Result<QList<ExAnteAssessment>> AssessmentRepository::ofSubject(const QUuid& subjectId)
{
    Result<QSqlQuery*> q = m_store.select(QStringLiteral("WHERE subject_id = ? AND deleted = 0 ORDER BY modified_at"),
                                          { RecordStore::idValue(subjectId) });
    if (!q)
        return q.error();
    QList<ExAnteAssessment> out;
    while ((*q)->next())
        out << readAssessment(**q);
    for (ExAnteAssessment& a : out) {
        if (Result<void> r = loadItems(a); !r)
            return r.error();
    }
    return out;
}

Result<void> AssessmentRepository::remove(const QUuid& id)
{
    return m_store.tombstone(id, tr("ex-ante assessment %1").arg(id.toString(QUuid::WithoutBraces)));
}

} // namespace jx
