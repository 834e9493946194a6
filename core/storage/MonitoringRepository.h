#pragma once

#include "core/storage/RecordRepository.h"

namespace jx {

/// 绩效监控: monthly reports with their indicator entries (saved with the report, in one transaction).
class MonitoringRepository : public RecordRepository<MonitoringReport>
{
public:
    using RecordRepository::RecordRepository;

    /// The live reports of a subject for a year, by month.
    Result<QList<MonitoringReport>> ofSubject(const QUuid& subjectId, int fiscalYear);
};

} // namespace jx
