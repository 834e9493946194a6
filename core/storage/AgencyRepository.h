#pragma once

#include "core/storage/TableStore.h"
#include "core/storage/Tables.h"

#include <QCoreApplication>

namespace jx {

/// 财政部门 and 部门单位.
class AgencyRepository
{
    Q_DECLARE_TR_FUNCTIONS(AgencyRepository)

public:
    explicit AgencyRepository(Database& db);

    /// Validates and saves; a new agency with no owner owns itself.
    Result<void> save(Agency& agency);
    Result<std::optional<Agency>> find(const QUuid& id);
    Result<QList<Agency>> inDivision(const QString& divisionCode);
    Result<void> remove(const QUuid& id);

private:
    TableStore<Agency> m_store;
};

} // namespace jx
