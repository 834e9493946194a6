#pragma once

#include "core/storage/TableStore.h"
#include "core/storage/Tables.h"

#include <QCoreApplication>

namespace jx {

/// Government budgets, agency overall budgets and programs (绩效管理对象).
class SubjectRepository
{
    Q_DECLARE_TR_FUNCTIONS(SubjectRepository)

public:
    explicit SubjectRepository(Database& db);

    Result<void> save(Subject& subject);
    Result<std::optional<Subject>> find(const QUuid& id);
    Result<QList<Subject>> ofAgency(const QUuid& agencyId, int fiscalYear);
    Result<void> remove(const QUuid& id);

private:
    TableStore<Subject> m_store;
};

} // namespace jx
