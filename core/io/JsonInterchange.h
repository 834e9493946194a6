#pragma once

#include "core/domain/Result.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QJsonObject>
#include <QStringList>
#include <QUuid>

namespace jx {

class Database;

/// What an import did (or, in a dry run, would do).
struct ImportSummary
{
    int programsCreated = 0;
    int programsUpdated = 0;
    int indicators = 0;
    int monitoringReports = 0;
    int selfEvaluations = 0;
    bool dryRun = false;
};

/**
 * The JSON interchange of programs with their targets, monitoring and self-evaluation
 * (docs/json-format.md). Export writes an agency's programs of a year; import reads the same
 * format for the agency, all or nothing: every rejected field is reported with its path
 * (e.g. `programs[2].targets.indicators[0].operator`) and nothing is written.
 */
class JsonInterchange
{
    Q_DECLARE_TR_FUNCTIONS(JsonInterchange)

public:
    static constexpr int FormatVersion = 1;

    explicit JsonInterchange(Database& db);

    Result<QJsonObject> exportPrograms(const QUuid& agencyId, int fiscalYear);
    /// Writes the export document of exportPrograms() to @p out; returns the number of programs written.
    Result<int> exportPrograms(const QUuid& agencyId, int fiscalYear, QIODevice& out);
    /// Reads a document from @p in and imports it as importPrograms() does; a malformed file names where.
    Result<ImportSummary> importPrograms(QIODevice& in, const QUuid& agencyId, bool dryRun = false);
    /// On failure the error message lists every problem, one per line, each with its path.
    Result<ImportSummary> importPrograms(const QJsonObject& document, const QUuid& agencyId, bool dryRun = false);

private:
    Database& m_db;
};

} // namespace jx
