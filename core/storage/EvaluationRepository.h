#pragma once

#include "core/storage/TableStore.h"
#include "core/storage/Tables.h"

#include <QCoreApplication>

namespace jx {

/// 绩效自评 with their funds rows and indicator entries.
class EvaluationRepository
{
    Q_DECLARE_TR_FUNCTIONS(EvaluationRepository)

public:
    explicit EvaluationRepository(Database& db);

    Result<void> save(SelfEvaluation& evaluation);
    Result<std::optional<SelfEvaluation>> find(const QUuid& id);
    Result<std::optional<SelfEvaluation>> ofSubject(const QUuid& subjectId, int fiscalYear);
    Result<void> remove(const QUuid& id);

private:
    TableStore<SelfEvaluation> m_store;
};

} // namespace jx
