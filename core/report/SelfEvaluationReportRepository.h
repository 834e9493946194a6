#pragma once

#include "core/report/SelfEvaluationReport.h"
#include "core/storage/SubjectRecords.h"

#include <optional>

namespace jx {

/// 绩效自评报告 (schema step 16): one live report per subject and fiscal year.
class SelfEvaluationReportRepository : public SubjectRecords<SelfEvaluationReport>
{
public:
    using SubjectRecords<SelfEvaluationReport>::SubjectRecords;

    /// The live report of @p subjectId for @p fiscalYear, if one was saved.
    Result<std::optional<SelfEvaluationReport>> ofSubject(const QUuid& subjectId, int fiscalYear);
};

} // namespace jx
