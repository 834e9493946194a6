#include "core/workflow/ResultsListing.h"

#include "core/domain/EnumTable.h"
#include "core/storage/Database.h"
#include "core/storage/RecordStore.h"
#include "core/storage/ResultApplicationRepository.h"
#include "core/workflow/EvaluationService.h"

#include <QHash>
#include <QSqlQuery>

namespace jx {

ResultsListing::ResultsListing(Database& db)
    : m_db(db)
{ }

Result<QList<ResultsRow>> ResultsListing::rows(const Agency& financeDepartment, int fiscalYear)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "SELECT s.id, s.code, s.name, a.name, s.amount,"
        " (SELECT e.total_score FROM self_evaluation e WHERE e.subject_id = s.id AND e.fiscal_year = s.fiscal_year"
        "  AND e.deleted = 0 ORDER BY e.modified_at DESC LIMIT 1),"
        " (SELECT e.status FROM self_evaluation e WHERE e.subject_id = s.id AND e.fiscal_year = s.fiscal_year"
        "  AND e.deleted = 0 ORDER BY e.modified_at DESC LIMIT 1)"
        " FROM subject s JOIN agency a ON a.id = s.agency_id"
        " WHERE s.kind = ? AND s.fiscal_year = ? AND s.deleted = 0"
        " AND s.division_code IN (WITH RECURSIVE below(code) AS (SELECT ? UNION ALL"
        "  SELECT d.code FROM division d JOIN below b ON d.parent_code = b.code) SELECT code FROM below)"
        " ORDER BY s.name, s.id"));
    q.addBindValue(static_cast<int>(SubjectKind::Program));
    q.addBindValue(fiscalYear);
    q.addBindValue(financeDepartment.divisionCode);
    if (!q.exec())
        return m_db.queryError(q, tr("reading the programs of %1").arg(fiscalYear));
    QList<ResultsRow> out;
    while (q.next()) {
        ResultsRow row;
        row.programId = RecordStore::uuidAt(q, 0);
        row.code = q.value(1).toString();
        row.name = q.value(2).toString();
        row.agencyName = q.value(3).toString();
        row.amount = Money::fromFen(q.value(4).toLongLong());
        if (!q.value(5).isNull())
            row.score = q.value(5).toDouble();
        if (!q.value(6).isNull()) {
            Result<RecordStatus> status
                = fromStored<RecordStatus>(q.value(6), QStringLiteral("table self_evaluation, column status"));
            if (!status)
                return status.error();
            row.evaluationStatus = *status;
        }
        out << row;
    }
    // The decisions on next year, read at once.
    QHash<QUuid, qsizetype> byProgram;
    for (qsizetype i = 0; i < out.size(); ++i)
        byProgram.insert(out.at(i).programId, i);
    Result<QList<ResultApplication>> decisions = ResultApplicationRepository(m_db).store().list(
        QStringLiteral("WHERE next_year = ? AND deleted = 0"), { fiscalYear + 1 });
    if (!decisions)
        return decisions.error();
    for (const ResultApplication& d : *decisions) {
        if (const auto it = byProgram.constFind(d.subjectId); it != byProgram.cend())
            out[*it].decision = d;
    }
    // The grade that binds: the one rule of it, asked of the service, only where there is a self-evaluation.
    EvaluationService evaluations(m_db);
    for (ResultsRow& row : out) {
        if (!row.evaluationStatus)
            continue;
        Result<std::optional<Grade>> grade = evaluations.bindingGrade(row.programId, fiscalYear);
        if (!grade)
            return grade.error();
        row.grade = *grade;
    }
    return out;
}

} // namespace jx
