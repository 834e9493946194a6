#include "core/workflow/ReviewQueue.h"

#include "core/domain/EnumTable.h"
#include "core/storage/Database.h"
#include "core/storage/PolicyRepository.h"
#include "core/storage/RecordStore.h"
#include "core/workflow/DeadlineService.h"
#include "core/workflow/RecordLookup.h"

#include <QHash>
#include <QSqlQuery>

#include <algorithm>

namespace jx {

ReviewQueue::ReviewQueue(Database& db)
    : m_db(db)
{ }

Result<QList<ReviewQueueRow>> ReviewQueue::rows(
    const Agency& reviewer, const ReviewQueueFilter& filter, const QDate& today)
{
    // Every submitted record of the loop, as (kind, id, subject, year, month, score, grade).
    struct Part
    {
        RecordKind kind;
        const char* year;
        const char* month;
        const char* score;
        const char* grade;
    };
    const Part parts[] = {
        { RecordKind::Assessment, "s.fiscal_year", "0", "NULL", "NULL" },
        { RecordKind::TargetSet, "r.fiscal_year", "0", "NULL", "NULL" },
        { RecordKind::MonitoringReport, "r.fiscal_year", "r.month", "NULL", "NULL" },
        { RecordKind::SelfEvaluation, "r.fiscal_year", "0", "r.total_score", "r.grade" },
        { RecordKind::ResultApplication, "r.next_year", "0", "NULL", "NULL" },
    };
    QStringList selects;
    QVariantList binds;
    for (const Part& p : parts) {
        if (filter.kind && *filter.kind != p.kind)
            continue;
        selects << QStringLiteral("SELECT %1 AS kind, r.id AS id, r.owner_id AS owner_id, r.subject_id AS subject_id,"
                                  " %2 AS year, %3 AS month, %4 AS score, %5 AS grade"
                                  " FROM %6 r JOIN subject s ON s.id = r.subject_id"
                                  " WHERE r.deleted = 0 AND r.status = ?")
                       .arg(static_cast<int>(p.kind))
                       .arg(QLatin1String(p.year), QLatin1String(p.month), QLatin1String(p.score),
                           QLatin1String(p.grade), RecordLookup::tableOf(p.kind));
        binds << static_cast<int>(RecordStatus::Submitted);
    }
    // Whose records reach the reviewer: a finance department's division and every one below it;
    // a unit's subordinate units.
    QString scope;
    if (reviewer.kind == AgencyKind::FinanceBureau) {
        scope = QStringLiteral("a.division_code IN (WITH RECURSIVE below(code) AS (SELECT ? UNION ALL"
                               " SELECT d.code FROM division d JOIN below b ON d.parent_code = b.code)"
                               " SELECT code FROM below)");
    } else {
        scope = QStringLiteral("a.parent_id = ?");
    }
    QString sql = QStringLiteral(
        "SELECT q.kind, q.id, q.subject_id, s.name, s.kind, q.owner_id, a.name, a.division_code, d.name, d.rank,"
        " q.year, q.month, q.score, q.grade, s.fiscal_year,"
        " (SELECT t.actor_name FROM transition t WHERE t.record_kind = q.kind AND t.record_id = q.id"
        "  AND t.to_status = ? ORDER BY t.step DESC LIMIT 1),"
        " (SELECT t.at FROM transition t WHERE t.record_kind = q.kind AND t.record_id = q.id"
        "  AND t.to_status = ? ORDER BY t.step DESC LIMIT 1) AS submitted_at"
        " FROM (%1) q JOIN subject s ON s.id = q.subject_id JOIN agency a ON a.id = q.owner_id"
        " LEFT JOIN division d ON d.code = a.division_code WHERE %2")
                      .arg(selects.join(QStringLiteral(" UNION ALL ")), scope);
    QVariantList all;
    all << static_cast<int>(RecordStatus::Submitted) << static_cast<int>(RecordStatus::Submitted);
    all << binds;
    all << (reviewer.kind == AgencyKind::FinanceBureau ? QVariant(reviewer.divisionCode)
                                                       : RecordStore::idValue(reviewer.meta.id));
    if (!filter.divisionCode.isEmpty()) {
        sql += QStringLiteral(" AND a.division_code = ?");
        all << filter.divisionCode;
    }
    if (!filter.agencyId.isNull()) {
        sql += QStringLiteral(" AND q.owner_id = ?");
        all << RecordStore::idValue(filter.agencyId);
    }
    if (filter.fiscalYear != 0) {
        sql += QStringLiteral(" AND s.fiscal_year = ?");
        all << filter.fiscalYear;
    }
    sql += QStringLiteral(" ORDER BY submitted_at, q.kind, q.id");
    if (selects.isEmpty())
        return QList<ReviewQueueRow>();
    QSqlQuery q(m_db.connection());
    q.prepare(sql);
    for (const QVariant& v : std::as_const(all))
        q.addBindValue(v);
    if (!q.exec())
        return m_db.queryError(q, tr("reading the review queue"));
    PolicyRepository policies(m_db);
    QHash<QString, YearPolicy> policyCache;
    QList<ReviewQueueRow> out;
    while (q.next()) {
        ReviewQueueRow row;
        Result<RecordKind> kind = fromStored<RecordKind>(q.value(0), QStringLiteral("review queue, kind"));
        if (!kind)
            return kind.error();
        row.kind = *kind;
        row.recordId = RecordStore::uuidAt(q, 1);
        row.subjectId = RecordStore::uuidAt(q, 2);
        row.subject = q.value(3).toString();
        Result<SubjectKind> subjectKind = fromStored<SubjectKind>(q.value(4), QStringLiteral("table subject, column kind"));
        if (!subjectKind)
            return subjectKind.error();
        row.subjectKind = *subjectKind;
        row.agencyId = RecordStore::uuidAt(q, 5);
        row.agencyName = q.value(6).toString();
        row.divisionCode = q.value(7).toString();
        row.divisionName = q.value(8).toString();
        DivisionRank rank = DivisionRank::County;
        if (!q.value(9).isNull()) {
            Result<DivisionRank> stored = fromStored<DivisionRank>(q.value(9), QStringLiteral("table division, column rank"));
            if (!stored)
                return stored.error();
            rank = *stored;
        }
        row.year = q.value(10).toInt();
        row.month = q.value(11).toInt();
        if (!q.value(12).isNull())
            row.score = q.value(12).toDouble();
        if (!q.value(13).isNull()) {
            Result<Grade> grade = fromStored<Grade>(q.value(13), QStringLiteral("table self_evaluation, column grade"));
            if (!grade)
                return grade.error();
            row.grade = *grade;
        }
        const int subjectYear = q.value(14).toInt();
        row.submitter = q.value(15).toString();
        if (!q.value(16).isNull())
            row.submittedAt = RecordStore::timeAt(q, 16);
        const QString policyKey = row.divisionCode + QLatin1Char('/') + QString::number(subjectYear);
        if (!policyCache.contains(policyKey)) {
            Result<YearPolicy> policy = policies.policyForDivision(row.divisionCode, subjectYear);
            if (!policy)
                return policy.error();
            policyCache.insert(policyKey, *policy);
        }
        row.deadline = DeadlineService::deadlineOf(
            policyCache.value(policyKey), row.kind, row.subjectKind, rank, subjectYear, row.month);
        row.overdue = row.deadline && *row.deadline < today;
        if (filter.overdueOnly && !row.overdue)
            continue;
        out << row;
    }
    return out;
}

} // namespace jx
