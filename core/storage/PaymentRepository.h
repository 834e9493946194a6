#pragma once

#include "core/storage/SubjectRecords.h"

namespace jx {

/// 拨款: payments of programs; those of a subject oldest first.
using PaymentRepository = SubjectRecords<Payment>;

} // namespace jx
