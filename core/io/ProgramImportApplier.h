#pragma once

#include "core/domain/Problem.h"
#include "core/io/ImportedProgram.h"
#include "core/io/JsonInterchange.h"
#include "core/storage/EvaluationRepository.h"
#include "core/storage/MonitoringRepository.h"
#include "core/storage/SubjectRepository.h"
#include "core/storage/TargetSetRepository.h"

#include <QCoreApplication>
#include <QList>
#include <QUuid>

namespace jx {

class Database;

/**
 * The writing half of an import: stores programs read by ProgramJsonParser as the importing
 * agency's, inside the transaction the caller holds (all or nothing is the caller's). A program
 * with a known id is updated, else created; indicators are matched by id, else by name;
 * monitoring by month; the self-evaluation by program and year. Workflow states are kept.
 */
class ProgramImportApplier
{
    Q_DECLARE_TR_FUNCTIONS(JsonInterchange)

public:
    ProgramImportApplier(Database& db, const QUuid& agencyId, int fiscalYear);

    /// Writes @p program; a problem with its path for every record that cannot be written.
    void apply(ImportedProgram& program, QList<Problem>& problems);
    /// What has been written so far.
    const ImportSummary& summary() const { return m_summary; }

private:
    QUuid m_agencyId;
    int m_year = 0;
    SubjectRepository m_subjects;
    TargetSetRepository m_targetSets;
    MonitoringRepository m_monitoring;
    EvaluationRepository m_evaluations;
    ImportSummary m_summary;
};

} // namespace jx
