#pragma once

#include "core/storage/SubjectRecords.h"

namespace jx {

/// 事前绩效评估 with their dimension items; those of a subject oldest first.
using AssessmentRepository = SubjectRecords<ExAnteAssessment>;

} // namespace jx
