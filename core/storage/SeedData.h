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
 */
class SeedData
{
    Q_DECLARE_TR_FUNCTIONS(SeedData)

public:
    /// The shipped divisions, parsed once.
    static const QList<Division>& divisions();
    static std::optional<Division> division(const QString& code);

    static Result<void> loadDivisions(Database& db);
    static Result<void> loadFrameworks(Database& db);
    static Result<void> loadPolicies(Database& db);
    static Result<void> loadAll(Database& db);
};

} // namespace jx
