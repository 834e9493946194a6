#pragma once

#include "core/domain/Result.h"
#include "core/domain/Types.h"
#include "core/workflow/RecordLifecycle.h"

#include <optional>

namespace jx {

class CliContext;

/**
 * Finance's verdict on a self-evaluation from the options of `approve`: --grade (excellent,
 * good, fair, poor or 优 良 中 差), --reason, --accept / --reject (indicator ids whose 不适用 claim
 * is accepted or rejected) and --deduct (indicator ids whose far-above deduction is confirmed).
 * None when no such option is given; an error when they are given elsewhere or malformed.
 */
Result<std::optional<EvaluationVerdict>> evaluationVerdictOption(const CliContext& cli, RecordKind kind);

} // namespace jx
