#pragma once

#include "core/storage/TableStore.h"
#include "core/storage/Tables.h"

#include <QCoreApplication>

namespace jx {

/// 绩效监控: monthly reports with their indicator entries.
class MonitoringRepository
{
    Q_DECLARE_TR_FUNCTIONS(MonitoringRepository)

public:
    explicit MonitoringRepository(Database& db);

    /// Saves the report and replaces its entries, in one transaction.
    Result<void> save(MonitoringReport& report);
    Result<std::optional<MonitoringReport>> find(const QUuid& id);
    /// The live reports of a subject for a year, by month.
    Result<QList<MonitoringReport>> ofSubject(const QUuid& subjectId, int fiscalYear);
    Result<void> remove(const QUuid& id);

private:
    TableStore<MonitoringReport> m_store;
};

} // namespace jx
