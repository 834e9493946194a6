#pragma once

#include "core/domain/Result.h"
#include "core/domain/SelfEvaluationScorer.h"

#include <QCoreApplication>
#include <QUuid>

namespace jx {

class Database;

/**
 * Scores the self-evaluation of a subject from what the database holds: its targets, its
 * self-evaluation, the framework classes of its indicators and the year's policy of its
 * region. The GUI and the CLI both call this; the rules are in SelfEvaluationScorer.
 */
class EvaluationService
{
    Q_DECLARE_TR_FUNCTIONS(EvaluationService)

public:
    explicit EvaluationService(Database& db);

    Result<ScoreSheet> score(const QUuid& subjectId);

private:
    Database& m_db;
};

} // namespace jx
