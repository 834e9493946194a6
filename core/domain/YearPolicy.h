#pragma once

#include "core/domain/Result.h"
#include "core/domain/Types.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace jx {

/**
 * The rules of one fiscal year for one region as data (DOMAIN.md *defaults*): grade bands,
 * self-evaluation weights and formulas, ex-ante assessment bands, monitoring warnings and
 * deadlines. The whole document is kept; the typed accessors read the parts the core uses.
 */
class YearPolicy
{
    Q_DECLARE_TR_FUNCTIONS(YearPolicy)

public:
    /// Reads and checks a policy document (see resources/seed/policy.json).
    static Result<YearPolicy> fromJson(const QJsonObject& document);

    const QJsonObject& document() const { return m_document; }
    const QString& regionCode() const { return m_regionCode; }
    int fiscalYear() const { return m_fiscalYear; }

    double excellentFrom() const { return m_excellentFrom; }
    double goodFrom() const { return m_goodFrom; }
    double fairFrom() const { return m_fairFrom; }
    /// The grade of a total score; each band's lower bound is inclusive.
    Grade gradeFor(double score) const;

private:
    QJsonObject m_document;
    QString m_regionCode;
    int m_fiscalYear = 0;
    double m_excellentFrom = 90;
    double m_goodFrom = 80;
    double m_fairFrom = 60;
};

} // namespace jx
