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

QList<DueWork> DeadlineService::workOf(const DeadlineRule& rule, const Agency& agency, DivisionRank rank,
    int fiscalYear)
{
    const bool finance = agency.kind == AgencyKind::FinanceBureau;
    auto piece = [&](RecordKind kind, QList<SubjectKind> kinds, int month) {
        DueWork w;
        w.key = rule.key;
        w.kind = kind;
        w.subjectKinds = std::move(kinds);
        w.month = month;
        w.fiscalYear = fiscalYear;
        w.dueDate = dueDate(rule, fiscalYear, month);
        return w;
    };
    QList<DueWork> out;
    if (rule.key == QLatin1String("monthlyMonitoring")) {
        for (int month = 1; month <= 12; ++month)
            out << piece(RecordKind::MonitoringReport, { SubjectKind::Program }, month);
    } else if (rule.key == QLatin1String("agencyMidYearCheck")) {
        out << piece(RecordKind::MonitoringReport, { SubjectKind::AgencyBudget }, MidYearMonth);
    } else if (rule.key == QLatin1String("unitSelfEvaluation")) {
        out << piece(RecordKind::SelfEvaluation, { SubjectKind::Program, SubjectKind::AgencyBudget }, 0);
    } else if (finance
        && ((rule.key == QLatin1String("countyGovernmentSelfEvaluation") && rank == DivisionRank::County)
            || (rule.key == QLatin1String("prefectureGovernmentSelfEvaluation") && rank == DivisionRank::Prefecture))) {
        // The government budget of the finance department's own division.
        DueWork w = piece(RecordKind::SelfEvaluation, { SubjectKind::GovernmentBudget }, 0);
        w.divisionCode = agency.divisionCode;
        out << w;
    }
    return out;
}

QString DeadlineService::titleOf(const DueWork& work)
{
    if (work.key == QLatin1String("monthlyMonitoring"))
        return tr("Monitoring of month %1 of %2").arg(work.month).arg(work.fiscalYear);
    if (work.key == QLatin1String("agencyMidYearCheck"))
        return tr("Mid-year check of the overall targets of %1").arg(work.fiscalYear);
    if (work.key == QLatin1String("unitSelfEvaluation"))
        return tr("Self-evaluation of the programs and overall budgets of %1").arg(work.fiscalYear);
    return tr("Self-evaluation of the government budget of %1").arg(work.fiscalYear);
}

Result<OverdueFilter> DeadlineService::overdueWork(const QUuid& agencyId, int fiscalYear, const QDate& today,
    RecordKind stage, const QString& key, int month)
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
    Result<std::optional<Division>> division = DivisionRepository(m_db).find(a.divisionCode);
    if (!division)
        return division.error();
    const DivisionRank rank = division->has_value() ? (*division)->rank : DivisionRank::County;
    OverdueFilter filter;
    filter.stage = stage;
    filter.asOf = today;
    for (const DeadlineRule& rule : policy->deadlines()) {
        for (const DueWork& w : workOf(rule, a, rank, fiscalYear)) {
            // Due on the day itself is not late: only a date before today is overdue (as due() says).
            if (w.kind != stage || w.dueDate >= today)
                continue;
            if (!key.isEmpty() && (w.key != key || (month != 0 && w.month != month)))
                continue;
            filter.work << w;
            if (!key.isEmpty())
                filter.title = titleOf(w);
        }
    }
    return filter;
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

    // Counts of the scope's subjects that owe the work of @p items (one owing shape: the same
    // kinds, year and division), and of those that handed each piece in (the SQL of DueWork,
    // which the lists' overdue filter asks too), in one reading of the subjects; for a finance
    // department also by unit and by lower division.
    auto progress = [&](const QList<DueWork>& works, QList<DueItem>& items, qsizetype first) -> Result<void> {
        QVariantList binds;
        QStringList sums;
        for (const DueWork& work : works)
            sums << QStringLiteral("sum(%1)").arg(work.handedInJoined(binds));
        const QString owed = works.constFirst().owedBy(binds);
        const QString from = QStringLiteral("FROM subject s") + DueWork::summaryJoin();
        if (!works.constFirst().divisionCode.isEmpty()) {
            // A government budget: its division's own, counted as one line.
            QSqlQuery q(m_db.connection());
            q.prepare(QStringLiteral("SELECT count(*), %1 %2 WHERE %3").arg(sums.join(QLatin1Char(',')), from, owed));
            for (const QVariant& v : std::as_const(binds))
                q.addBindValue(v);
            if (!q.exec() || !q.next())
                return m_db.queryError(q, tr("reading what is due"));
            for (qsizetype i = 0; i < works.size(); ++i) {
                items[first + i].total = q.value(0).toInt();
                items[first + i].done = q.value(int(1 + i)).toInt();
            }
            return {};
        }
        QString where = QStringLiteral("s.agency_id = ?");
        binds << RecordStore::idValue(scope.agencyId);
        if (scope.finance) {
            // Its own subjects, and the units' of its division and of every division below it.
            QStringList marks { QStringLiteral("?") };
            binds << static_cast<int>(AgencyKind::BudgetUnit) << scope.division;
            for (auto it = scope.lowerDivisionOf.cbegin(); it != scope.lowerDivisionOf.cend(); ++it) {
                marks << QStringLiteral("?");
                binds << it.key();
            }
            where = QStringLiteral("(s.agency_id = ? OR (ag.kind = ? AND s.division_code IN (%1)))")
                        .arg(marks.join(QLatin1Char(',')));
        }
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT s.agency_id, ag.name, s.division_code, count(*), %1"
                                 " %2 JOIN agency ag ON ag.id = s.agency_id"
                                 " WHERE %3 AND %4"
                                 " GROUP BY s.agency_id, s.division_code ORDER BY ag.name, s.agency_id")
                      .arg(sums.join(QLatin1Char(',')), from, owed, where));
        for (const QVariant& v : std::as_const(binds))
            q.addBindValue(v);
        if (!q.exec())
            return m_db.queryError(q, tr("reading what is due"));
        QList<QHash<QString, qsizetype>> lowerIndex(works.size());
        while (q.next()) {
            const int total = q.value(3).toInt();
            const QString divisionCode = q.value(2).toString();
            const QString lower = scope.lowerDivisionOf.value(divisionCode);
            for (qsizetype i = 0; i < works.size(); ++i) {
                DueItem& item = items[first + i];
                const int done = q.value(int(4 + i)).toInt();
                item.total += total;
                item.done += done;
                if (!scope.finance)
                    continue;
                if (lower.isEmpty()) {
                    item.byUnit << DueCount { RecordStore::uuidAt(q, 0).toString(QUuid::WithoutBraces),
                        q.value(1).toString(), total, done };
                    continue;
                }
                if (!lowerIndex[i].contains(lower)) {
                    lowerIndex[i].insert(lower, item.byDivision.size());
                    item.byDivision << DueCount { lower, scope.divisionNames.value(lower), 0, 0 };
                }
                DueCount& c = item.byDivision[lowerIndex[i].value(lower)];
                c.total += total;
                c.done += done;
            }
        }
        for (qsizetype i = 0; i < works.size(); ++i) {
            std::sort(items[first + i].byDivision.begin(), items[first + i].byDivision.end(),
                [](const DueCount& x, const DueCount& y) { return x.key < y.key; });
        }
        return {};
    };

    QList<DueItem> items;
    for (const DeadlineRule& rule : policy->deadlines()) {
        if (rule.key == QLatin1String("annualSummary")) {
            const QDate dueDate = DeadlineService::dueDate(rule, fiscalYear);
            if (scope.finance && rank == DivisionRank::Prefecture && dueDate <= horizon) {
                DueItem item;
                item.key = rule.key;
                item.dueDate = dueDate;
                item.title = tr("Annual summary of budget performance work of %1").arg(fiscalYear);
                item.tracked = false;
                items << item;
            }
            continue;
        }
        // A rule's pieces of work owed by the same subjects (the months of monitoring) are
        // counted together.
        QList<DueWork> batch;
        const qsizetype first = items.size();
        auto flush = [&]() -> Result<void> {
            if (batch.isEmpty())
                return {};
            const qsizetype at = items.size() - batch.size();
            Result<void> r = progress(batch, items, at);
            batch.clear();
            return r;
        };
        for (const DueWork& work : workOf(rule, a, rank, fiscalYear)) {
            if (work.dueDate > horizon)
                continue;
            if (!batch.isEmpty()
                && (batch.constFirst().subjectKinds != work.subjectKinds || batch.constFirst().fiscalYear != work.fiscalYear
                    || batch.constFirst().divisionCode != work.divisionCode)) {
                if (Result<void> r = flush(); !r)
                    return r.error();
            }
            DueItem item;
            item.key = work.key;
            item.title = titleOf(work);
            item.dueDate = work.dueDate;
            item.month = work.month;
            items << item;
            batch << work;
        }
        if (Result<void> r = flush(); !r)
            return r.error();
        // Only the work somebody owes.
        items.erase(std::remove_if(items.begin() + first, items.end(), [](const DueItem& i) { return i.total == 0; }),
                    items.end());
    }
    // Due on the day itself is not late: only a date before today is overdue.
    for (DueItem& item : items)
        item.overdue = item.dueDate < today && (!item.tracked || item.done < item.total);
    std::stable_sort(
        items.begin(), items.end(), [](const DueItem& x, const DueItem& y) { return x.dueDate < y.dueDate; });
    return items;
}

} // namespace jx
