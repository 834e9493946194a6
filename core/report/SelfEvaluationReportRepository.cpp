#include "core/report/SelfEvaluationReportRepository.h"

namespace jx {

Result<std::optional<SelfEvaluationReport>> SelfEvaluationReportRepository::ofSubject(const QUuid& subjectId,
                                                                                     int fiscalYear)
{
    Result<QList<SelfEvaluationReport>> reports = SubjectRecords<SelfEvaluationReport>::ofSubject(subjectId);
    if (!reports)
        return reports.error();
    for (const SelfEvaluationReport& report : *reports)
        if (report.fiscalYear == fiscalYear)
            return std::optional<SelfEvaluationReport>(report);
    return std::optional<SelfEvaluationReport>();
}

} // namespace jx
