#pragma once

#include "core/domain/Result.h"
#include "core/domain/YearPolicy.h"

#include <QCoreApplication>

#include <optional>

namespace jx {

class Database;

/// The year policies of each region (and the national default, region code "").
class PolicyRepository
{
    Q_DECLARE_TR_FUNCTIONS(PolicyRepository)

public:
    explicit PolicyRepository(Database& db);

    Result<void> save(const YearPolicy& policy);
    /**
     * The policy in force for @p regionCode in @p fiscalYear: the region's own policy of the
     * latest year not after it, else the national default of the latest such year.
     */
    Result<YearPolicy> policyFor(const QString& regionCode, int fiscalYear);
    /// The policy in force where @p divisionCode is: that of its region (the top of its lineage).
    Result<YearPolicy> policyForDivision(const QString& divisionCode, int fiscalYear);

private:
    Database& m_db;
};

} // namespace jx
