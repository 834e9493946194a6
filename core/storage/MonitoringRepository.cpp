#include "core/storage/MonitoringRepository.h"

#include "core/domain/Validation.h"

namespace jx {

MonitoringRepository::MonitoringRepository(Database& db)
    : m_store(db, Tables::monitoringReport())
{
}

Result<void> MonitoringRepository::save(MonitoringReport& report)
{
    if (Result<void> r = Validation::check(report); !r)
        return r;
    return m_store.save(report, tr("monitoring report for month %1").arg(report.month));
}

Result<std::optional<MonitoringReport>> MonitoringRepository::find(const QUuid& id)
{
    return m_store.find(id);
}

Result<QList<MonitoringReport>> MonitoringRepository::ofSubject(const QUuid& subjectId, int fiscalYear)
{
    return m_store.list(QStringLiteral("WHERE subject_id = ? AND fiscal_year = ? AND deleted = 0 ORDER BY month"),
                        { RecordStore::idValue(subjectId), fiscalYear });
}

Result<void> MonitoringRepository::remove(const QUuid& id)
{
    return m_store.remove(id, tr("monitoring report %1").arg(id.toString(QUuid::WithoutBraces)));
}

} // namespace jx
