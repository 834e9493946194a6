#pragma once

#include "core/domain/Problem.h"
#include "core/domain/Result.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QJsonObject>
#include <QList>
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
    /// The self-evaluations written, whose stored score the workspace brings up to date.
    QList<QUuid> evaluationIds;
};

/**
 * The JSON interchange of programs with their targets, monitoring and self-evaluation
 * (docs/json-format.md). Export writes an agency's programs of a year; import reads the same
 * format for the agency, all or nothing: every rejected field is reported with its path
 * (e.g. `programs[2].targets.indicators[0].operator`) and nothing is written.
 *
 * Both stream a program at a time (ProgramJsonExporter; JsonStreamReader, ProgramJsonParser
 * and ProgramImportApplier), so memory does not grow with the size of the document.
 */
class JsonInterchange
{
    Q_DECLARE_TR_FUNCTIONS(JsonInterchange)

public:
    static constexpr int FormatVersion = 1;

    explicit JsonInterchange(Database& db);

    /// Writes the document of @p agencyId's programs of @p fiscalYear to @p out; the number of programs written.
    Result<int> exportPrograms(const QUuid& agencyId, int fiscalYear, QIODevice& out);
    /**
     * Reads a document from @p in and imports it for @p agencyId in one transaction. On failure
     * nothing is written and the error message lists every problem, one per line, each with
     * its path (problems() has them one by one); a malformed file names the byte where.
     */
    Result<ImportSummary> importPrograms(QIODevice& in, const QUuid& agencyId, bool dryRun = false);

    /// The export as one object, for small documents (tests).
    Result<QJsonObject> exportPrograms(const QUuid& agencyId, int fiscalYear);
    /// Imports a document held as one object, for small documents (tests).
    Result<ImportSummary> importPrograms(const QJsonObject& document, const QUuid& agencyId, bool dryRun = false);

    /// The problems that rejected the last import, in document order.
    const QList<Problem>& problems() const { return m_problems; }

private:
    Database& m_db;
    QList<Problem> m_problems;
};

} // namespace jx
