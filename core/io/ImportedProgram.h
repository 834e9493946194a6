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
    QString path; ///< "programs[2]", the start of every problem's path
    Subject subject;
    std::optional<TargetSet> targets;
    struct Report
    {
        QString path;
        MonitoringReport report;
        QStringList indicatorNames; ///< per entry
    };
    QList<Report> reports;
    std::optional<SelfEvaluation> evaluation;
    QStringList evaluationIndicatorNames; ///< per entry of the evaluation
};

} // namespace jx
