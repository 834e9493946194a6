#include "core/domain/FiscalYear.h"

#include <algorithm>

namespace jx {

QDate FiscalYear::endOfMonth(int month) const
{
    const QDate first(m_year, std::clamp(month, 1, 12), 1);
    return first.addDays(first.daysInMonth() - 1);
}

double FiscalYear::timeProgressPercent(int month)
{
    return std::clamp(month, 0, 12) * 100.0 / 12.0;
}

} // namespace jx
