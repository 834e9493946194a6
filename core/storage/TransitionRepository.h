#pragma once

#include "core/storage/TableStore.h"
#include "core/storage/Tables.h"

#include <QCoreApplication>

namespace jx {

/// The workflow history of records.
class TransitionRepository
{
    Q_DECLARE_TR_FUNCTIONS(TransitionRepository)

public:
    explicit TransitionRepository(Database& db);

    Result<void> save(Transition& transition);
    /// The history of one record, oldest first.
    Result<QList<Transition>> ofRecord(RecordKind kind, const QUuid& recordId);

private:
    TableStore<Transition> m_store;
};

} // namespace jx
