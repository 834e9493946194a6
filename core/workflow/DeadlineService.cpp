#include "core/workflow/DeadlineService.h"

#include "core/storage/AgencyRepository.h"
#include "core/storage/Database.h"
#include "core/storage/DivisionRepository.h"
#include "core/storage/PolicyRepository.h"
#include "core/storage/RecordStore.h"

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

} // namespace

DeadlineService::DeadlineService(Database& db)
    : m_db(db)
{
}

Result<QList<DueItem>> DeadlineService::due(const QUuid& agencyId, int fiscalYear, const QDate& today, int horizonDays)
{
    Result<std::optional<Agency>> agency = AgencyRepository(m_db).find(agencyId);
    if (!agency)
        return agency.error();
    if (!agency->has_value())
        return makeError(Error::Code::NotFound, tr("There is no agency with id %1.").arg(agencyId.toString(QUuid::WithoutBraces)));
    const Agency& a = **agency;
    Result<YearPolicy> policy = PolicyRepository(m_db).policyForDivision(a.divisionCode, fiscalYear);
    if (!policy)
        return policy.error();
    Result<std::optional<Division>> division = DivisionRepository(m_db).find(a.divisionCode);
    if (!division)
        return division.error();
    const DivisionRank rank = division->has_value() ? (*division)->rank : DivisionRank::County;
    const QDate horizon = today.addDays(horizonDays);

    // Counts of subjects of a kind for the agency (or its division) and of those with a
    // submitted or approved record in @p table matching @p extra.
    auto progress = [&](SubjectKind subjectKind, bool byDivision, const QString& table, const QString& extra,
                        const QVariantList& extraBinds, DueItem& item) -> Result<void> {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT count(*), sum(EXISTS (SELECT 1 FROM %1 r WHERE r.subject_id = s.id"
                                 " AND r.deleted = 0 AND r.status IN (?, ?) %2))"
                                 " FROM subject s WHERE s.kind = ? AND s.fiscal_year = ? AND s.deleted = 0 AND %3 = ?")
                      .arg(table, extra, byDivision ? QStringLiteral("s.division_code") : QStringLiteral("s.agency_id")));
        q.addBindValue(static_cast<int>(RecordStatus::Submitted));
        q.addBindValue(static_cast<int>(RecordStatus::Approved));
        for (const QVariant& v : extraBinds)
            q.addBindValue(v);
        q.addBindValue(static_cast<int>(subjectKind));
        q.addBindValue(fiscalYear);
        q.addBindValue(byDivision ? QVariant(a.divisionCode) : RecordStore::idValue(a.meta.id));
        if (!q.exec() || !q.next())
            return m_db.queryError(q, tr("reading what is due"));
        item.total = q.value(0).toInt();
        item.done = q.value(1).toInt();
        return {};
    };

    QList<DueItem> items;
    for (const DeadlineRule& rule : policy->deadlines()) {
        if (rule.key == QLatin1String("monthlyMonitoring")) {
            for (int month = 1; month <= 12; ++month) {
                const QDate dueDate = month == 12 ? clampedDate(fiscalYear + 1, 1, rule.day)
                                                  : clampedDate(fiscalYear, month + 1, rule.day);
                if (dueDate > horizon)
                    break;
                DueItem item { rule.key, tr("Monitoring of month %1 of %2").arg(month).arg(fiscalYear), dueDate };
                if (Result<void> r = progress(SubjectKind::Program, false, QStringLiteral("monitoring_report"),
                                              QStringLiteral("AND r.month = ?"), { month }, item);
                    !r)
                    return r.error();
                if (item.total > 0)
                    items << item;
            }
            continue;
        }
        const QDate dueDate = clampedDate(fiscalYear + rule.yearOffset, std::max(rule.month, 1), rule.day);
        if (dueDate > horizon)
            continue;
        DueItem item { rule.key, {}, dueDate };
        if (rule.key == QLatin1String("agencyMidYearCheck") && a.kind == AgencyKind::BudgetUnit) {
            item.title = tr("Mid-year check of the overall targets of %1").arg(fiscalYear);
            if (Result<void> r = progress(SubjectKind::AgencyBudget, false, QStringLiteral("monitoring_report"),
                                          QStringLiteral("AND r.month = ?"), { MidYearMonth }, item); !r)
                return r.error();
        } else if ((rule.key == QLatin1String("countyGovernmentSelfEvaluation") && rank == DivisionRank::County)
                   || (rule.key == QLatin1String("prefectureGovernmentSelfEvaluation") && rank == DivisionRank::Prefecture)) {
            if (a.kind != AgencyKind::FinanceBureau)
                continue;
            item.title = tr("Self-evaluation of the government budget of %1").arg(fiscalYear);
            if (Result<void> r = progress(SubjectKind::GovernmentBudget, true, QStringLiteral("self_evaluation"), {}, {}, item); !r)
                return r.error();
        } else if (rule.key == QLatin1String("annualSummary") && a.kind == AgencyKind::FinanceBureau
                   && rank == DivisionRank::Prefecture) {
            item.title = tr("Annual summary of budget performance work of %1").arg(fiscalYear);
            item.tracked = false;
        } else {
            continue;
        }
        if (item.tracked && item.total == 0)
            continue;
        items << item;
    }
    for (DueItem& item : items)
        item.overdue = item.dueDate < today && (!item.tracked || item.done < item.total);
    std::stable_sort(items.begin(), items.end(), [](const DueItem& x, const DueItem& y) { return x.dueDate < y.dueDate; });
    return items;
}

} // namespace jx
