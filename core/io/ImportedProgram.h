#pragma once

#include "core/domain/Indicator.h"
#include "core/domain/MonitoringReport.h"
#include "core/domain/SelfEvaluation.h"
#include "core/domain/Subject.h"
#include "core/domain/TargetSet.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace jx {

/**
 * One program of an interchange document, read and checked (ProgramJsonParser) and not yet
 * written (ProgramImportApplier). Entries name their indicator by name until the targets are
 * stored and the names can be resolved to ids.
 */
struct ImportedProgram
{
    // A section or list the document does not give (absent or null) leaves what is stored as it
    // is; the *Given flags say which lists were given. Only an indicator marked "deleted" is removed.
    QString path; ///< "programs[2]", the start of every problem's path
    Subject subject;
    bool tagsGiven = false;
    std::optional<TargetSet> targets;
    bool indicatorsGiven = false;
    /// An indicator the document deletes ("deleted": true), by id or else by name.
    struct Removal
    {
        QString path;
        QUuid id;
        QString name;
    };
    QList<Removal> deletedIndicators;
    struct Report
    {
        QString path;
        MonitoringReport report;
        bool entriesGiven = false;
        QStringList indicatorNames; ///< per entry
    };
    QList<Report> reports;
    std::optional<SelfEvaluation> evaluation;
    bool fundsGiven = false;
    bool evaluationEntriesGiven = false;
    QStringList evaluationIndicatorNames; ///< per entry of the evaluation
};

} // namespace jx
