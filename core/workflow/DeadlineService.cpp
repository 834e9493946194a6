#include "core/workflow/DeadlineService.h"

#include "core/storage/AgencyRepository.h"
#include "core/storage/Database.h"
#include "core/storage/DivisionRepository.h"
#include "core/storage/PolicyRepository.h"
#include "core/storage/RecordStore.h"

#include <QHash>
#include <QSqlQuery>

#include <algorithm>

namespace jx {

namespace {

/// The month whose monitoring of the overall targets is the mid-year check (June).
constexpr int MidYearMonth = 6;

QDate clampedDate(int year, int month, int day)
{
    const QDate first(year, month, 1);
    return QDate(year, month, std::min(day, first.daysInMonth()));
}

/// Whose subjects an agency answers for.
struct Scope
{
    QUuid agencyId;
    bool finance = false;
    QString division; ///< the finance department's own division
    QHash<QString, QString> lowerDivisionOf; ///< every division below it → the one directly below it
    QHash<QString, QString> divisionNames; ///< the divisions directly below it
};

} // namespace

DeadlineService::DeadlineService(Database& db)
    : m_db(db)
{ }

QDate DeadlineService::dueDate(const DeadlineRule& rule, int fiscalYear, int month)
{
    if (rule.key == QLatin1String("monthlyMonitoring")) {
        // Day `day` of the month after the month reported on.
        return month >= 12 ? clampedDate(fiscalYear + 1, 1, rule.day) : clampedDate(fiscalYear, month + 1, rule.day);
    }
    return clampedDate(fiscalYear + rule.yearOffset, std::max(rule.month, 1), rule.day);
}

std::optional<QDate> DeadlineService::deadlineOf(const YearPolicy& policy, RecordKind kind, SubjectKind subjectKind,
    DivisionRank rank, int fiscalYear, int month)
{
    QString key;
    if (kind == RecordKind::MonitoringReport && subjectKind == SubjectKind::Program && month >= 1)
        key = QStringLiteral("monthlyMonitoring");
    else if (kind == RecordKind::MonitoringReport && subjectKind == SubjectKind::AgencyBudget && month == MidYearMonth)
        key = QStringLiteral("agencyMidYearCheck");
    else if (kind == RecordKind::SelfEvaluation && subjectKind != SubjectKind::GovernmentBudget)
        key = QStringLiteral("unitSelfEvaluation");
    else if (kind == RecordKind::SelfEvaluation && rank == DivisionRank::County)
        key = QStringLiteral("countyGovernmentSelfEvaluation");
    else if (kind == RecordKind::SelfEvaluation && rank == DivisionRank::Prefecture)
        key = QStringLiteral("prefectureGovernmentSelfEvaluation");
    if (key.isEmpty())
        return std::nullopt;
    for (const DeadlineRule& rule : policy.deadlines()) {
        if (rule.key == key)
            return dueDate(rule, fiscalYear, month);
    }
    return std::nullopt;
}

Result<QList<DueItem>> DeadlineService::due(const QUuid& agencyId, int fiscalYear, const QDate& today, int horizonDays)
{
    Result<std::optional<Agency>> agency = AgencyRepository(m_db).find(agencyId);
    if (!agency)
        return agency.error();
    if (!agency->has_value())
        return makeError(
            Error::Code::NotFound, tr("There is no agency with id %1.").arg(agencyId.toString(QUuid::WithoutBraces)));
    const Agency& a = **agency;
    Result<YearPolicy> policy = PolicyRepository(m_db).policyForDivision(a.divisionCode, fiscalYear);
    if (!policy)
        return policy.error();
    DivisionRepository divisions(m_db);
    Result<std::optional<Division>> division = divisions.find(a.divisionCode);
    if (!division)
        return division.error();
    const DivisionRank rank = division->has_value() ? (*division)->rank : DivisionRank::County;
    const QDate horizon = today.addDays(horizonDays);

    Scope scope;
    scope.agencyId = a.meta.id;
    scope.finance = a.kind == AgencyKind::FinanceBureau;
    scope.division = a.divisionCode;
    if (scope.finance) {
        // Everything below the finance department's division, under the division directly below it.
        Result<QList<Division>> top = divisions.children(a.divisionCode, fiscalYear);
        if (!top)
            return top.error();
        for (const Division& d : *top) {
            scope.divisionNames.insert(d.code, d.name);
            QStringList pending { d.code };
            while (!pending.isEmpty()) {
                const QString code = pending.takeFirst();
                scope.lowerDivisionOf.insert(code, d.code);
                Result<QList<Division>> kids = divisions.children(code, fiscalYear);
                if (!kids)
                    return kids.error();
                for (const Division& k : *kids)
                    pending << k.code;
            }
        }
    }

    // Counts of the scope's subjects of @p kinds, and of those with a submitted or approved
    // record in @p table matching @p extra; for a finance department also by unit and by lower division.
    auto progress = [&](const QList<SubjectKind>& kinds, const QString& table, const QString& extra,
                        const QVariantList& extraBinds, DueItem& item) -> Result<void> {
        QStringList kindMarks;
        for (qsizetype n = 0; n < kinds.size(); ++n)
            kindMarks << QStringLiteral("?");
        QString where = QStringLiteral("s.agency_id = ?");
        QVariantList scopeBinds { RecordStore::idValue(scope.agencyId) };
        if (scope.finance) {
            // Its own subjects, and the units' of its division and of every division below it.
            QStringList marks { QStringLiteral("?") };
            scopeBinds << static_cast<int>(AgencyKind::BudgetUnit) << scope.division;
            for (auto it = scope.lowerDivisionOf.cbegin(); it != scope.lowerDivisionOf.cend(); ++it) {
                marks << QStringLiteral("?");
                scopeBinds << it.key();
            }
            where = QStringLiteral("(s.agency_id = ? OR (ag.kind = ? AND s.division_code IN (%1)))")
                        .arg(marks.join(QLatin1Char(',')));
        }
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT s.agency_id, ag.name, s.division_code, count(*),"
                                 " sum(EXISTS (SELECT 1 FROM %1 r WHERE r.subject_id = s.id"
                                 " AND r.deleted = 0 AND r.status IN (?, ?) %2))"
                                 " FROM subject s JOIN agency ag ON ag.id = s.agency_id"
                                 " WHERE s.kind IN (%3) AND s.fiscal_year = ? AND s.deleted = 0 AND %4"
                                 " GROUP BY s.agency_id, s.division_code ORDER BY ag.name, s.agency_id")
                      .arg(table, extra, kindMarks.join(QLatin1Char(',')), where));
        q.addBindValue(static_cast<int>(RecordStatus::Submitted));
        q.addBindValue(static_cast<int>(RecordStatus::Approved));
        for (const QVariant& v : extraBinds)
            q.addBindValue(v);
        for (SubjectKind k : kinds)
            q.addBindValue(static_cast<int>(k));
        q.addBindValue(fiscalYear);
        for (const QVariant& v : scopeBinds)
            q.addBindValue(v);
        if (!q.exec())
            return m_db.queryError(q, tr("reading what is due"));
        QHash<QString, qsizetype> lowerIndex;
        while (q.next()) {
            const int total = q.value(3).toInt();
            const int done = q.value(4).toInt();
            item.total += total;
            item.done += done;
            if (!scope.finance)
                continue;
            const QString divisionCode = q.value(2).toString();
            const QString lower = scope.lowerDivisionOf.value(divisionCode);
            if (lower.isEmpty()) {
                item.byUnit << DueCount { RecordStore::uuidAt(q, 0).toString(QUuid::WithoutBraces),
                    q.value(1).toString(), total, done };
                continue;
            }
            if (!lowerIndex.contains(lower)) {
                lowerIndex.insert(lower, item.byDivision.size());
                item.byDivision << DueCount { lower, scope.divisionNames.value(lower), 0, 0 };
            }
            DueCount& c = item.byDivision[lowerIndex.value(lower)];
            c.total += total;
            c.done += done;
        }
        std::sort(item.byDivision.begin(), item.byDivision.end(),
            [](const DueCount& x, const DueCount& y) { return x.key < y.key; });
        return {};
    };

    QList<DueItem> items;
    for (const DeadlineRule& rule : policy->deadlines()) {
        if (rule.key == QLatin1String("monthlyMonitoring")) {
            for (int month = 1; month <= 12; ++month) {
                const QDate dueDate = DeadlineService::dueDate(rule, fiscalYear, month);
                if (dueDate > horizon)
                    break;
                DueItem item;
                item.key = rule.key;
                item.title = tr("Monitoring of month %1 of %2").arg(month).arg(fiscalYear);
                item.dueDate = dueDate;
                if (Result<void> r = progress({ SubjectKind::Program }, QStringLiteral("monitoring_report"),
                        QStringLiteral("AND r.month = ?"), { month }, item);
                    !r)
                    return r.error();
                if (item.total > 0)
                    items << item;
            }
            continue;
        }
        const QDate dueDate = DeadlineService::dueDate(rule, fiscalYear);
        if (dueDate > horizon)
            continue;
        DueItem item;
        item.key = rule.key;
        item.dueDate = dueDate;
        if (rule.key == QLatin1String("agencyMidYearCheck")) {
            item.title = tr("Mid-year check of the overall targets of %1").arg(fiscalYear);
            if (Result<void> r = progress({ SubjectKind::AgencyBudget }, QStringLiteral("monitoring_report"),
                    QStringLiteral("AND r.month = ?"), { MidYearMonth }, item);
                !r)
                return r.error();
        } else if (rule.key == QLatin1String("unitSelfEvaluation")) {
            item.title = tr("Self-evaluation of the programs and overall budgets of %1").arg(fiscalYear);
            if (Result<void> r = progress({ SubjectKind::Program, SubjectKind::AgencyBudget },
                    QStringLiteral("self_evaluation"), QStringLiteral("AND r.fiscal_year = ?"), { fiscalYear }, item);
                !r)
                return r.error();
        } else if ((rule.key == QLatin1String("countyGovernmentSelfEvaluation") && rank == DivisionRank::County)
            || (rule.key == QLatin1String("prefectureGovernmentSelfEvaluation") && rank == DivisionRank::Prefecture)) {
            if (!scope.finance)
                continue;
            item.title = tr("Self-evaluation of the government budget of %1").arg(fiscalYear);
            // The government budget of the finance department's own division.
            QSqlQuery q(m_db.connection());
            q.prepare(QStringLiteral("SELECT count(*), sum(EXISTS (SELECT 1 FROM self_evaluation r"
                                     " WHERE r.subject_id = s.id AND r.deleted = 0 AND r.status IN (?, ?)))"
                                     " FROM subject s WHERE s.kind = ? AND s.fiscal_year = ? AND s.deleted = 0"
                                     " AND s.division_code = ?"));
            q.addBindValue(static_cast<int>(RecordStatus::Submitted));
            q.addBindValue(static_cast<int>(RecordStatus::Approved));
            q.addBindValue(static_cast<int>(SubjectKind::GovernmentBudget));
            q.addBindValue(fiscalYear);
            q.addBindValue(a.divisionCode);
            if (!q.exec() || !q.next())
                return m_db.queryError(q, tr("reading what is due"));
            item.total = q.value(0).toInt();
            item.done = q.value(1).toInt();
        } else if (rule.key == QLatin1String("annualSummary") && scope.finance && rank == DivisionRank::Prefecture) {
            item.title = tr("Annual summary of budget performance work of %1").arg(fiscalYear);
            item.tracked = false;
        } else {
            continue;
        }
        if (item.tracked && item.total == 0)
            continue;
        items << item;
    }
    // Due on the day itself is not late: only a date before today is overdue.
    for (DueItem& item : items)
        item.overdue = item.dueDate < today && (!item.tracked || item.done < item.total);
    std::stable_sort(
        items.begin(), items.end(), [](const DueItem& x, const DueItem& y) { return x.dueDate < y.dueDate; });
    return items;
}

} // namespace jx
