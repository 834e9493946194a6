#pragma once

#include "core/storage/RecordRepository.h"

namespace jx {

/// The repository of a kind of record about a subject (subject_id): RecordRepository and the records of a subject.
template <typename R> class SubjectRecords : public RecordRepository<R>
{
public:
    using RecordRepository<R>::RecordRepository;

    /// The live records of a subject, in the declared order (RecordTable::listedBySubject()).
    Result<QList<R>> ofSubject(const QUuid& subjectId)
    {
        return this->m_store.list(QStringLiteral("WHERE subject_id = ? AND deleted = 0 ORDER BY %1")
                                      .arg(this->m_store.table().subjectOrder()),
            { RecordStore::idValue(subjectId) });
    }
};

} // namespace jx
