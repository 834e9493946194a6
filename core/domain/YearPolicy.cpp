#include "core/domain/YearPolicy.h"

#include "core/domain/Validation.h"

#include <QJsonValue>

namespace jx {

Result<YearPolicy> YearPolicy::fromJson(const QJsonObject& document)
{
    YearPolicy p;
    p.m_document = document;
    p.m_regionCode = document.value(QStringLiteral("regionCode")).toString();
    p.m_fiscalYear = document.value(QStringLiteral("fiscalYear")).toInt();
    if (!Validation::isFiscalYear(p.m_fiscalYear))
        return makeError(Error::Code::Invalid, tr("Policy: “fiscalYear” is missing or out of range."));
    if (!p.m_regionCode.isEmpty() && !Validation::isDivisionCode(p.m_regionCode)) {
        return makeError(Error::Code::Invalid,
            tr("Policy %1: “regionCode” “%2” is not a six-digit division code.").arg(p.m_fiscalYear).arg(p.m_regionCode));
    }
    const QJsonObject bands = document.value(QStringLiteral("gradeBands")).toObject();
    p.m_excellentFrom = bands.value(QStringLiteral("excellent")).toDouble(90);
    p.m_goodFrom = bands.value(QStringLiteral("good")).toDouble(80);
    p.m_fairFrom = bands.value(QStringLiteral("fair")).toDouble(60);
    if (!(p.m_fairFrom > 0 && p.m_fairFrom < p.m_goodFrom && p.m_goodFrom < p.m_excellentFrom
          && p.m_excellentFrom <= 100)) {
        return makeError(Error::Code::Invalid,
            tr("Policy %1: grade bands must rise within 0–100 (fair < good < excellent).").arg(p.m_fiscalYear));
    }
    return p;
}

Grade YearPolicy::gradeFor(double score) const
{
    if (score >= m_excellentFrom)
        return Grade::Excellent;
    if (score >= m_goodFrom)
        return Grade::Good;
    if (score >= m_fairFrom)
        return Grade::Fair;
    return Grade::Poor;
}

} // namespace jx
