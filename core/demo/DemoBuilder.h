#pragma once

#include "core/demo/DemoGenerator.h"
#include "core/domain/Agency.h"
#include "core/domain/Division.h"
#include "core/domain/Result.h"

#include <QUuid>

#include <memory>

namespace jx {

class Database;

/**
 * Builds the synthetic data of one demo database, county by county, drawing every value from
 * the seeded generator in a fixed order (so that the same seed gives the same file) and from
 * the tables of DemoData. DemoGenerator::createDemo drives it; it writes through the
 * repositories of a file it has just created, below the workspace.
 */
class DemoBuilder
{
public:
    DemoBuilder(Database& db, const DemoOptions& options, int year);
    ~DemoBuilder();
    DemoBuilder(const DemoBuilder&) = delete;
    DemoBuilder& operator=(const DemoBuilder&) = delete;

    /// Reads the level-2 categories of the year's frameworks that indicators are filed under.
    Result<void> loadCategories();
    /// One county: its finance bureau (unless given), units, programs and all their records.
    Result<void> county(const Division& division, const Agency* financeBureau, qint64 index, qint64 total);
    /// The next id from the seeded generator.
    QUuid uuid();
    DemoSummary& summary();

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace jx
