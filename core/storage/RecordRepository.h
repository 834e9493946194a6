#pragma once

#include "core/domain/Validation.h"
#include "core/storage/TableStore.h"
#include "core/storage/Tables.h"

namespace jx {

/**
 * The repository of one kind of travelling record: save, find and remove, over its declaration
 * (Tables::of<R>()), which also says what errors call a record. A kind with more queries or
 * rules derives from it (AgencyRepository); one with none is an alias of it or of SubjectRecords.
 */
template <typename R> class RecordRepository
{
public:
    explicit RecordRepository(Database& db)
        : m_store(db, Tables::of<R>())
    { }

    /// Checks the record's rules (Validation::check(), for kinds that have them), then saves it with its children.
    Result<void> save(R& record)
    {
        if constexpr (requires { Validation::check(record); }) {
            if (Result<void> r = Validation::check(record); !r)
                return r;
        }
        return m_store.save(record);
    }

    /// The record with @p id (live or a tombstone), with its children.
    Result<std::optional<R>> find(const QUuid& id) { return m_store.find(id); }

    /// Leaves a tombstone.
    Result<void> remove(const QUuid& id) { return m_store.remove(id); }

    /// The store, for the queries of a repository that holds several kinds (FrameworkRepository).
    TableStore<R>& store() { return m_store; }

protected:
    TableStore<R> m_store;
};

} // namespace jx
