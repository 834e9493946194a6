#pragma once

#include "core/domain/Agency.h"
#include "core/domain/Money.h"
#include "core/domain/Result.h"
#include "core/domain/ResultApplication.h"
#include "core/domain/Types.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUuid>

#include <optional>

namespace jx {

class Database;

/// One program of a year as the 结果运用 page lists it: its binding grade and the decision on next year.
struct ResultsRow
{
    QUuid programId;
    QString code;
    QString name;
    QString agencyName;
    Money amount;
    std::optional<double> score;            ///< the self-evaluation's stored score
    std::optional<RecordStatus> evaluationStatus; ///< none: no self-evaluation
    std::optional<Grade> grade;             ///< EvaluationService::bindingGrade()
    std::optional<ResultApplication> decision; ///< the live decision for the year after
};

/**
 * 结果运用: the live programs of a fiscal year that a finance department decides on (those of
 * its division and the divisions below it), by name, each with the grade that binds its results
 * (EvaluationService::bindingGrade, as SubjectQuery evaluates it in SQL) and the decision on its
 * next year's funding. Read by window: a region has 300,000 programs, a view shows a screenful.
 */
class ResultsListing
{
    Q_DECLARE_TR_FUNCTIONS(ResultsListing)

public:
    explicit ResultsListing(Database& db);

    /// How many programs the list has (only those of binding grade @p grade when given).
    Result<qint64> count(const Agency& financeDepartment, int fiscalYear, std::optional<Grade> grade = std::nullopt);
    /// Up to @p limit rows from position @p offset, by name (then id).
    Result<QList<ResultsRow>> rows(const Agency& financeDepartment, int fiscalYear, std::optional<Grade> grade,
                                   qint64 offset, int limit);
    /// Every row (a small scope; tests).
    Result<QList<ResultsRow>> rows(const Agency& financeDepartment, int fiscalYear);

private:
    Database& m_db;
};

} // namespace jx
