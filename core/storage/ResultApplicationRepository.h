#pragma once

#include "core/storage/TableStore.h"
#include "core/storage/Tables.h"

#include <QCoreApplication>

namespace jx {

/// 结果运用 decisions.
class ResultApplicationRepository
{
    Q_DECLARE_TR_FUNCTIONS(ResultApplicationRepository)

public:
    explicit ResultApplicationRepository(Database& db);

    Result<void> save(ResultApplication& application);
    Result<std::optional<ResultApplication>> find(const QUuid& id);
    Result<QList<ResultApplication>> ofSubject(const QUuid& subjectId);
    Result<void> remove(const QUuid& id);

private:
    TableStore<ResultApplication> m_store;
};

} // namespace jx
