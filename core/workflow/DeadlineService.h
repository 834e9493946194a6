#pragma once

#include "core/domain/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QUuid>

namespace jx {

class Database;

/// One piece of work with a statutory deadline, and how far it is done.
struct DueItem
{
    QString key;       ///< the policy's deadline key, e.g. "monthlyMonitoring"
    QString title;     ///< translated, e.g. "Monitoring of 4月"
    QDate dueDate;
    int total = 0;     ///< records expected
    int done = 0;      ///< submitted or approved
    bool tracked = true; ///< false for work Jixiao has no record of (a reminder only)
    bool overdue = false;
};

/**
 * What an agency has due and overdue under the statutory calendar of the year's policy:
 * monthly monitoring of its programs, the June check of its overall targets, and for
 * finance departments the government budget self-evaluation and the annual summary.
 */
class DeadlineService
{
    Q_DECLARE_TR_FUNCTIONS(DeadlineService)

public:
    explicit DeadlineService(Database& db);

    /// Items due up to @p horizonDays after @p today, oldest first.
    Result<QList<DueItem>> due(const QUuid& agencyId, int fiscalYear, const QDate& today, int horizonDays = 31);

private:
    Database& m_db;
};

} // namespace jx
