#include "core/storage/MonitoringRepository.h"

namespace jx {

Result<QList<MonitoringReport>> MonitoringRepository::ofSubject(const QUuid& subjectId, int fiscalYear)
{
    return m_store.list(QStringLiteral("WHERE subject_id = ? AND fiscal_year = ? AND deleted = 0 ORDER BY month"),
        { RecordStore::idValue(subjectId), fiscalYear });
}

} // namespace jx
