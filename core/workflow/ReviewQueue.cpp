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
#include <limits>

namespace jx {

ReviewQueue::ReviewQueue(Database& db)
    : m_db(db)
{ }

struct ReviewQueue::Sql
{
    QString from; ///< FROM … WHERE …
    QVariantList binds;
    bool empty = false; ///< no kind of record is asked for
};

Result<ReviewQueue::Sql> ReviewQueue::build(const Agency& reviewer, const ReviewQueueFilter& filter, const QDate& today)
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
    Sql sql;
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
    if (selects.isEmpty()) {
        sql.empty = true;
        return sql;
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
    sql.from = QStringLiteral(" FROM (%1) q JOIN subject s ON s.id = q.subject_id JOIN agency a ON a.id = q.owner_id"
                              " LEFT JOIN division d ON d.code = a.division_code WHERE %2")
                   .arg(selects.join(QStringLiteral(" UNION ALL ")), scope);
    sql.binds = binds;
    sql.binds << (reviewer.kind == AgencyKind::FinanceBureau ? QVariant(reviewer.divisionCode)
                                                             : RecordStore::idValue(reviewer.meta.id));
    if (!filter.divisionCode.isEmpty()) {
        sql.from += QStringLiteral(" AND a.division_code = ?");
        sql.binds << filter.divisionCode;
    }
    if (!filter.agencyId.isNull()) {
        sql.from += QStringLiteral(" AND q.owner_id = ?");
        sql.binds << RecordStore::idValue(filter.agencyId);
    }
    if (filter.fiscalYear != 0) {
        sql.from += QStringLiteral(" AND s.fiscal_year = ?");
        sql.binds << filter.fiscalYear;
    }
    if (filter.overdueOnly) {
        // The work whose statutory deadline (DeadlineService::deadlineOf, the one rule) lies
        // before today, for every year with subjects: (year, kind, subject kind, rank, month).
        QSqlQuery years(m_db.connection());
        if (!years.exec(QStringLiteral("SELECT DISTINCT fiscal_year FROM subject WHERE deleted = 0")))
            return m_db.queryError(years, tr("reading the review queue"));
        QStringList terms;
        PolicyRepository policies(m_db);
        while (years.next()) {
            const int year = years.value(0).toInt();
            Result<YearPolicy> policy = policies.policyForDivision(reviewer.divisionCode, year);
            if (!policy)
                return policy.error();
            for (RecordKind kind : { RecordKind::MonitoringReport, RecordKind::SelfEvaluation }) {
                for (const EnumEntry<SubjectKind>& subjectKind : enumEntries<SubjectKind>()) {
                    for (const EnumEntry<DivisionRank>& rank : enumEntries<DivisionRank>()) {
                        for (int month = 0; month <= (kind == RecordKind::MonitoringReport ? 12 : 0); ++month) {
                            const std::optional<QDate> deadline = DeadlineService::deadlineOf(
                                *policy, kind, subjectKind.value, rank.value, year, month);
                            if (!deadline || *deadline >= today)
                                continue;
                            terms << QStringLiteral("(s.fiscal_year = %1 AND q.kind = %2 AND s.kind = %3"
                                                    " AND coalesce(d.rank, %4) = %5 AND q.month = %6)")
                                         .arg(year)
                                         .arg(static_cast<int>(kind))
                                         .arg(static_cast<int>(subjectKind.value))
                                         .arg(static_cast<int>(DivisionRank::County))
                                         .arg(static_cast<int>(rank.value))
                                         .arg(month);
                        }
                    }
                }
            }
        }
        sql.from += QStringLiteral(" AND (%1)").arg(terms.isEmpty() ? QStringLiteral("0") : terms.join(QStringLiteral(" OR ")));
    }
    return sql;
}

Result<qint64> ReviewQueue::count(const Agency& reviewer, const ReviewQueueFilter& filter, const QDate& today)
{
    Result<Sql> sql = build(reviewer, filter, today);
    if (!sql)
        return sql.error();
    if (sql->empty)
        return qint64(0);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT count(*)") + sql->from);
    for (const QVariant& v : std::as_const(sql->binds))
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return m_db.queryError(q, tr("reading the review queue"));
    return q.value(0).toLongLong();
}

namespace {

// The queue's order: oldest submission first.
const QString SubmittedAt = QStringLiteral(
    "(SELECT t.at FROM transition t WHERE t.record_kind = q.kind AND t.record_id = q.id"
    "  AND t.to_status = %1 ORDER BY t.step DESC LIMIT 1)");

} // namespace

Result<QList<ReviewQueueKey>> ReviewQueue::keys(const Agency& reviewer, const ReviewQueueFilter& filter,
                                                const QDate& today)
{
    Result<Sql> sql = build(reviewer, filter, today);
    if (!sql)
        return sql.error();
    QList<ReviewQueueKey> out;
    if (sql->empty)
        return out;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT q.kind, q.id, %1 AS submitted_at").arg(SubmittedAt.arg(static_cast<int>(RecordStatus::Submitted)))
              + sql->from + QStringLiteral(" ORDER BY submitted_at, q.kind, q.id"));
    for (const QVariant& v : std::as_const(sql->binds))
        q.addBindValue(v);
    if (!q.exec())
        return m_db.queryError(q, tr("reading the review queue"));
    while (q.next()) {
        Result<RecordKind> kind = fromStored<RecordKind>(q.value(0), QStringLiteral("review queue, kind"));
        if (!kind)
            return kind.error();
        out << ReviewQueueKey { *kind, RecordStore::uuidAt(q, 1) };
    }
    return out;
}

Result<QList<ReviewQueueRow>> ReviewQueue::rows(const Agency& reviewer, const ReviewQueueFilter& filter,
                                                const QDate& today)
{
    Result<qint64> n = count(reviewer, filter, today);
    if (!n)
        return n.error();
    return rows(reviewer, filter, today, 0, int(std::min<qint64>(*n, std::numeric_limits<int>::max())));
}

Result<QList<ReviewQueueRow>> ReviewQueue::rows(const Agency& reviewer, const ReviewQueueFilter& filter,
                                                const QDate& today, qint64 offset, int limit)
{
    Result<Sql> sql = build(reviewer, filter, today);
    if (!sql)
        return sql.error();
    if (sql->empty || limit <= 0)
        return QList<ReviewQueueRow>();
    const QString submitted = SubmittedAt.arg(static_cast<int>(RecordStatus::Submitted));
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "SELECT q.kind, q.id, q.subject_id, s.name, s.kind, q.owner_id, a.name, a.division_code, d.name, d.rank,"
        " q.year, q.month, q.score, q.grade, s.fiscal_year,"
        " (SELECT t.actor_name FROM transition t WHERE t.record_kind = q.kind AND t.record_id = q.id"
        "  AND t.to_status = %1 ORDER BY t.step DESC LIMIT 1),"
        " %2 AS submitted_at, s.code")
                  .arg(static_cast<int>(RecordStatus::Submitted))
                  .arg(submitted)
              + sql->from + QStringLiteral(" ORDER BY submitted_at, q.kind, q.id LIMIT ? OFFSET ?"));
    for (const QVariant& v : std::as_const(sql->binds))
        q.addBindValue(v);
    q.addBindValue(limit);
    q.addBindValue(offset);
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
        row.subjectCode = q.value(17).toString();
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
        out << row;
    }
    return out;
}

} // namespace jx
