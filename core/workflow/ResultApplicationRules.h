#pragma once

#include "core/domain/Money.h"
#include "core/domain/Problem.h"
#include "core/domain/Result.h"
#include "core/domain/ResultApplication.h"

#include <QCoreApplication>
#include <QList>
#include <QUuid>

#include <optional>

namespace jx {

class Database;

/**
 * The rules of a result application (结果运用, DOMAIN.md §2.5): the change of funding agrees
 * with the decision (keep = 0, reduce < 0, cancel = minus the whole amount, increase > 0), one
 * live decision per subject and year, and a program graded 差 is reduced or cancelled.
 */
class ResultApplicationRules
{
    Q_DECLARE_TR_FUNCTIONS(ResultApplicationRules)

public:
    explicit ResultApplicationRules(Database& db);

    /// Whether @p change agrees with @p decision on a subject funded with @p wholeAmount; none when it does.
    static std::optional<Problem> amountProblem(ApplicationDecision decision, Money change, Money wholeAmount);

    /**
     * Everything that stops @p application being saved: its change disagrees with its decision,
     * or another live decision on the same subject applies to the same year.
     */
    Result<QList<Problem>> saveProblems(const ResultApplication& application);
    /// saveProblems() and the 差 rule (on EvaluationService::bindingGrade()): what stops it being submitted.
    Result<QList<Problem>> submitProblems(const ResultApplication& application);

private:
    Database& m_db;
};

} // namespace jx
