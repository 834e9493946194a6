#pragma once

#include "core/domain/Agency.h"
#include "core/domain/Result.h"
#include "core/domain/YearPolicy.h"
#include "core/storage/SubjectQuery.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QUuid>

#include <optional>

namespace jx {

class Database;

/// How far one unit, or everything under one lower division, is with a piece of due work.
struct DueCount
{
    QString key; ///< the agency id (a unit) or the division code (a lower level)
    QString name; ///< the unit's or the division's name
    int total = 0;
    int done = 0; ///< handed in: submitted or approved
    int missing() const { return total - done; }
};

/// One piece of work with a statutory deadline, and how far it is done.
struct DueItem
{
    QString key; ///< the policy's deadline key, e.g. "monthlyMonitoring"
    QString title; ///< translated, e.g. "Monitoring of 4月"
    QDate dueDate;
    int month = 0; ///< monitoring: the month reported on; 0 otherwise
    int total = 0; ///< records expected
    int done = 0; ///< submitted or approved
    bool tracked = true; ///< false for work Jixiao has no record of (a reminder only)
    bool overdue = false;
    /// For a finance department: the units of its own division, one line each (those with something due).
    QList<DueCount> byUnit;
    /// For a finance department: each division directly below it, with everything under it.
    QList<DueCount> byDivision;

    int missing() const { return total - done; }
    /// What is missing after the due date (0 before it, and on it).
    int overdueCount() const { return overdue && tracked ? missing() : 0; }
};

/**
 * What an agency has due and overdue under the statutory calendar of the year's policy:
 * monthly monitoring of programs, the June check of overall targets, the units' own
 * self-evaluations of their programs and overall budgets, and for finance departments the
 * government budget self-evaluation and the annual summary.
 *
 * A unit sees its own work. A finance department sees everything under its supervision: its
 * own records, the units of its division (by unit) and every unit of the divisions below it
 * (by lower division), with counts handed in, missing and overdue.
 */
class DeadlineService
{
    Q_DECLARE_TR_FUNCTIONS(DeadlineService)

public:
    explicit DeadlineService(Database& db);

    /// Items due up to @p horizonDays after @p today (a date on the horizon is included), oldest first.
    Result<QList<DueItem>> due(const QUuid& agencyId, int fiscalYear, const QDate& today, int horizonDays = 31);

    /// The due date of @p rule in @p fiscalYear; for the monthly rule, that of the work of @p month.
    static QDate dueDate(const DeadlineRule& rule, int fiscalYear, int month = 0);
    /**
     * The statutory deadline of a record of @p kind about a subject of @p subjectKind in a division
     * of @p rank (@p month: a monitoring report's) under @p policy; none for work without one
     * (targets, assessments, decisions, monitoring of other months than the due ones).
     */
    static std::optional<QDate> deadlineOf(const YearPolicy& policy, RecordKind kind, SubjectKind subjectKind,
        DivisionRank rank, int fiscalYear, int month = 0);

    /**
     * The tracked work that @p rule asks of the subjects of @p agency (in a division of @p rank)
     * in @p fiscalYear: one piece per month for monthly monitoring; none for a rule about work
     * Jixiao keeps no record of, or that is not this agency's to track.
     */
    static QList<DueWork> workOf(const DeadlineRule& rule, const Agency& agency, DivisionRank rank, int fiscalYear);
    /**
     * The work of @p stage (MonitoringReport or SelfEvaluation) due before @p today: a subject
     * that owes one of them and has not handed it in is overdue (the lists' overdue filter).
     * @p key (and @p month) narrow it to one piece, as a line of the dashboard shows it.
     */
    Result<OverdueFilter> overdueWork(const QUuid& agencyId, int fiscalYear, const QDate& today, RecordKind stage,
        const QString& key = {}, int month = 0);
    /// The translated title of a piece of work ("Monitoring of month 4 of 2025").
    static QString titleOf(const DueWork& work);

private:
    Database& m_db;
};

} // namespace jx
