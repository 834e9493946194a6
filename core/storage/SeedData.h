#pragma once

#include "core/domain/Division.h"
#include "core/domain/Result.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace jx {

class Database;

/**
 * The reference data shipped in resources/seed: administrative divisions, the default
 * indicator frameworks and the default year policies. Loading is idempotent; framework
 * categories get the same UUIDs in every installation so that they can travel.
 *
 * The seed data follows this build, the schema steps are frozen: the seed data is loaded
 * after migrating to the current schema (Database::open does it whenever it created or
 * upgraded a file), never from inside a schema step.
 */
class SeedData
{
    Q_DECLARE_TR_FUNCTIONS(SeedData)

public:
    /// The shipped divisions, parsed once; empty if they are broken (loadAll() reports why).
    static const QList<Division>& divisions();
    static std::optional<Division> division(const QString& code);

    /// Loads or refreshes all seed data into @p db, which must be at the current schema.
    static Result<void> loadAll(Database& db);

    /**
     * Parses a division list: a header line, then code,name,rank,parent,from,to. A rank that
     * is not a DivisionRank is an error naming @p file and the line.
     */
    static Result<QList<Division>> parseDivisions(const QByteArray& csv, const QString& file);

private:
    /// The shipped divisions, parsed once, or why they cannot be.
    static const Result<QList<Division>>& shippedDivisions();
    static Result<void> loadDivisions(Database& db);
    static Result<void> loadFrameworks(Database& db);
    static Result<void> loadPolicies(Database& db);
};

} // namespace jx
