#include "core/storage/EvaluationRepository.h"

#include <QSqlQuery>

namespace jx {

Result<std::optional<SelfEvaluation>> EvaluationRepository::ofSubject(const QUuid& subjectId, int fiscalYear)
{
    return m_store.first(QStringLiteral("WHERE subject_id = ? AND fiscal_year = ? AND deleted = 0"
                                        " ORDER BY modified_at DESC LIMIT 1"),
        { RecordStore::idValue(subjectId), fiscalYear });
}

Result<QList<SelfEvaluation>> EvaluationRepository::ofYear(int fiscalYear)
{
    return m_store.list(QStringLiteral("WHERE fiscal_year = ? AND deleted = 0 ORDER BY id"), { fiscalYear });
}

Result<std::optional<int>> EvaluationRepository::latestYear()
{
    Database& db = m_store.store().database();
    Result<QSqlQuery*> q = db.read(QStringLiteral("SELECT max(fiscal_year) FROM self_evaluation WHERE deleted = 0"), {},
        QCoreApplication::translate("Storage", "reading %1").arg(QStringLiteral("self_evaluation")));
    if (!q)
        return q.error();
    std::optional<int> year;
    if ((*q)->next() && !(*q)->value(0).isNull())
        year = (*q)->value(0).toInt();
    (*q)->finish();
    return year;
}

} // namespace jx
