#pragma once

#include "core/storage/RecordRepository.h"

namespace jx {

/// Government budgets, agency overall budgets and programs (绩效管理对象).
class SubjectRepository : public RecordRepository<Subject>
{
public:
    using RecordRepository::RecordRepository;

    /// Validates and saves; a subject with no owner is owned by its agency.
    Result<void> save(Subject& subject);
    Result<QList<Subject>> ofAgency(const QUuid& agencyId, int fiscalYear);
    /// Every live subject of a year (all agencies), for work on a whole year at once.
    Result<QList<Subject>> ofYear(int fiscalYear);
};

} // namespace jx
