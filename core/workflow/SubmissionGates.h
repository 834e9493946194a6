#pragma once

#include "core/domain/Problem.h"
#include "core/domain/Result.h"

#include <QCoreApplication>
#include <QList>

namespace jx {

class Database;

/**
 * What a record must satisfy before it is submitted, per kind (DOMAIN.md): targets (objective,
 * indicators complete, required classes, weights per the year's policy), monitoring (a cause
 * and measures for every indicator not certain to be reached), self-evaluation (no scoring
 * issue left), ex-ante assessment (report, five dimensions, the conclusion its score gives) and
 * result application (a program graded 差 is reduced or cancelled).
 *
 * Each problem carries the record and the path of the field it is about
 * ("indicators[2].unit", "entries[0].cause", "objectiveAnnual").
 */
class SubmissionGates
{
    Q_DECLARE_TR_FUNCTIONS(SubmissionGates)

public:
    explicit SubmissionGates(Database& db);

    /// The reasons the record cannot be submitted now (empty when it can), from the gates of its kind.
    Result<QList<Problem>> problems(RecordKind kind, const QUuid& id);

private:
    Result<QList<Problem>> targetSetProblems(const QUuid& id);
    Result<QList<Problem>> monitoringProblems(const QUuid& id);
    Result<QList<Problem>> evaluationProblems(const QUuid& id);
    Result<QList<Problem>> assessmentProblems(const QUuid& id);
    Result<QList<Problem>> applicationProblems(const QUuid& id);

    Database& m_db;
};

} // namespace jx
