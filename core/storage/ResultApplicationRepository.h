#pragma once

#include "core/storage/SubjectRecords.h"

namespace jx {

/// 结果运用 decisions; those of a subject by the year they apply to.
using ResultApplicationRepository = SubjectRecords<ResultApplication>;

} // namespace jx
