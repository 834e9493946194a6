#pragma once

#include "core/storage/RecordRepository.h"

namespace jx {

/// 绩效自评 with their funds rows and indicator entries.
class EvaluationRepository : public RecordRepository<SelfEvaluation>
{
public:
    using RecordRepository::RecordRepository;

    /// The latest live self-evaluation of a subject for a year.
    Result<std::optional<SelfEvaluation>> ofSubject(const QUuid& subjectId, int fiscalYear);
    /// Every live self-evaluation of a year, in the order they were created.
    Result<QList<SelfEvaluation>> ofYear(int fiscalYear);
    /// The latest fiscal year with a live self-evaluation; none in a file without one.
    Result<std::optional<int>> latestYear();
};

} // namespace jx
