#include "core/storage/PolicyRepository.h"

#include "core/storage/Database.h"
#include "core/storage/DivisionRepository.h"

#include <QJsonDocument>

namespace jx {

PolicyRepository::PolicyRepository(Database& db)
    : m_db(db)
{
}

Result<void> PolicyRepository::save(const YearPolicy& policy)
{
    Result<QSqlQuery*> q = m_db.prepared(QStringLiteral(
        "INSERT INTO policy (region_code, fiscal_year, document) VALUES (?, ?, ?)"
        " ON CONFLICT (region_code, fiscal_year) DO UPDATE SET document = excluded.document"));
    if (!q)
        return q.error();
    (*q)->addBindValue(policy.regionCode());
    (*q)->addBindValue(policy.fiscalYear());
    (*q)->addBindValue(QString::fromUtf8(QJsonDocument(policy.document()).toJson(QJsonDocument::Compact)));
    return m_db.run(**q, tr("saving the policy of %1").arg(policy.fiscalYear()));
}

Result<YearPolicy> PolicyRepository::policyForDivision(const QString& divisionCode, int fiscalYear)
{
    Result<QList<Division>> lineage = DivisionRepository(m_db).lineage(divisionCode);
    if (!lineage)
        return lineage.error();
    return policyFor(lineage->isEmpty() ? QString() : lineage->constLast().code, fiscalYear);
}

Result<YearPolicy> PolicyRepository::policyFor(const QString& regionCode, int fiscalYear)
{
    Result<QSqlQuery*> q = m_db.prepared(QStringLiteral(
        "SELECT document FROM policy WHERE region_code IN (?, '') AND fiscal_year <= ?"
        " ORDER BY region_code DESC, fiscal_year DESC LIMIT 1"));
    if (!q)
        return q.error();
    (*q)->addBindValue(regionCode);
    (*q)->addBindValue(fiscalYear);
    if (Result<void> r = m_db.run(**q, tr("reading the policy of %1").arg(fiscalYear)); !r)
        return r.error();
    if (!(*q)->next()) {
        return makeError(Error::Code::NotFound,
            tr("No policy is defined for %1 in region %2; a finance administrator must set one.")
                .arg(fiscalYear)
                .arg(regionCode.isEmpty() ? tr("(default)") : regionCode));
    }
    const QJsonDocument doc = QJsonDocument::fromJson((*q)->value(0).toString().toUtf8());
    return YearPolicy::fromJson(doc.object());
}

} // namespace jx
