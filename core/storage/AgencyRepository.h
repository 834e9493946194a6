#pragma once

#include "core/storage/RecordRepository.h"

namespace jx {

/// 财政部门 and 部门单位.
class AgencyRepository : public RecordRepository<Agency>
{
public:
    using RecordRepository::RecordRepository;

    /// Validates and saves; a new agency with no owner owns itself.
    Result<void> save(Agency& agency);
    Result<QList<Agency>> inDivision(const QString& divisionCode);
};

} // namespace jx
