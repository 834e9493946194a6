#pragma once

#include "core/domain/Types.h"

#include <QString>

namespace jx {

/// 行政区划: a GB/T 2260 six-digit code with its rank, parent and years of validity.
struct Division
{
    QString code;       ///< six digits
    QString name;
    DivisionRank rank = DivisionRank::County;
    QString parentCode; ///< empty for a region (province level)
    int validFrom = 0;  ///< first year the code is in use
    int validTo = 0;    ///< last year, 0 while still in use

    bool validIn(int year) const { return year >= validFrom && (validTo == 0 || year <= validTo); }
};

} // namespace jx
