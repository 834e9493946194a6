#pragma once

#include "core/storage/TableStore.h"
#include "core/storage/Tables.h"

#include <QCoreApplication>

namespace jx {

/// 事前绩效评估 with their dimension items.
class AssessmentRepository
{
    Q_DECLARE_TR_FUNCTIONS(AssessmentRepository)

public:
    explicit AssessmentRepository(Database& db);

    Result<void> save(ExAnteAssessment& assessment);
    Result<std::optional<ExAnteAssessment>> find(const QUuid& id);
    Result<QList<ExAnteAssessment>> ofSubject(const QUuid& subjectId);
    Result<void> remove(const QUuid& id);

private:
    TableStore<ExAnteAssessment> m_store;
};

} // namespace jx
