#pragma once

#include "core/domain/Agency.h"
#include "core/domain/Result.h"
#include "core/domain/Types.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QUuid>

#include <optional>

namespace jx {

class Database;

/// One submitted record waiting for review, as the 财政审核 queue lists it.
struct ReviewQueueRow
{
    RecordKind kind = RecordKind::TargetSet;
    QUuid recordId;
    QUuid subjectId;
    QString subject;                 ///< the subject's name
    QString subjectCode;             ///< the subject's code (项目编码); may be empty
    SubjectKind subjectKind = SubjectKind::Program;
    QUuid agencyId;                  ///< the owner of the record
    QString agencyName;
    QString divisionCode;            ///< the owner's division
    QString divisionName;
    int year = 0;                    ///< the fiscal year it is about (a decision: the year it applies to)
    int month = 0;                   ///< a monitoring report's month; 0 otherwise
    QString submitter;               ///< who submitted it last
    QDateTime submittedAt;           ///< when (UTC)
    std::optional<QDate> deadline;   ///< the statutory deadline of the work (DeadlineService::deadlineOf)
    bool overdue = false;            ///< the deadline has passed and it still waits for review
    std::optional<double> score;     ///< a self-evaluation's stored score
    std::optional<Grade> grade;      ///< a self-evaluation's stored (computed) grade
};

/// Which rows of the queue to show; empty fields do not filter.
struct ReviewQueueFilter
{
    std::optional<RecordKind> kind;
    QString divisionCode;  ///< the owner's division
    QUuid agencyId;        ///< the owner
    bool overdueOnly = false;
    int fiscalYear = 0;    ///< 0: every year
};

/// A record of the queue, without its details (what a bulk approval needs).
struct ReviewQueueKey
{
    RecordKind kind = RecordKind::TargetSet;
    QUuid recordId;
};

/**
 * 财政审核: what was submitted to an agency and waits for its review, oldest submission first.
 * A finance department sees the submitted records of the agencies of its own division and of
 * every division below it (whether it may act on those is Authority's to say, row by row); a
 * unit sees those of its subordinate units (its first review as 主管部门).
 */
class ReviewQueue
{
    Q_DECLARE_TR_FUNCTIONS(ReviewQueue)

public:
    explicit ReviewQueue(Database& db);

    /// The queue of @p reviewer under @p filter; overdue is judged on @p today.
    Result<QList<ReviewQueueRow>> rows(const Agency& reviewer, const ReviewQueueFilter& filter, const QDate& today);
    /// How many records the queue has (counted in SQL).
    Result<qint64> count(const Agency& reviewer, const ReviewQueueFilter& filter, const QDate& today);
    /// Up to @p limit rows of the queue from position @p offset (the queue's order, then kind and id).
    Result<QList<ReviewQueueRow>> rows(const Agency& reviewer, const ReviewQueueFilter& filter, const QDate& today,
                                       qint64 offset, int limit);
    /// The kind and id of every record of the queue, in its order (cheap: no details).
    Result<QList<ReviewQueueKey>> keys(const Agency& reviewer, const ReviewQueueFilter& filter, const QDate& today);

private:
    struct Sql;
    /// The queue's FROM … WHERE … with its binds; the overdue filter is the deadlines of the
    /// reviewer's policy (one region per database) before @p today, as DeadlineService::deadlineOf says.
    Result<Sql> build(const Agency& reviewer, const ReviewQueueFilter& filter, const QDate& today);

    Database& m_db;
};

} // namespace jx
