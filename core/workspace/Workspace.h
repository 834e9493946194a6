#pragma once

#include "core/domain/Agency.h"
#include "core/domain/ExAnteAssessment.h"
#include "core/domain/MonitoringReport.h"
#include "core/domain/Result.h"
#include "core/domain/ResultApplication.h"
#include "core/domain/SelfEvaluation.h"
#include "core/domain/Subject.h"
#include "core/domain/Transition.h"
#include "core/exchange/KeyFile.h"
#include "core/exchange/KeyRegistry.h"
#include "core/exchange/KeyStore.h"
#include "core/io/JsonInterchange.h"
#include "core/report/SelfEvaluationReport.h"
#include "core/storage/ChangeSet.h"
#include "core/storage/Database.h"
#include "core/storage/Installation.h"
#include "core/workflow/EvaluationService.h"
#include "core/workflow/RecordLifecycle.h"

#include <QObject>

#include <memory>
#include <optional>

namespace jx {

struct TargetSet;

/**
 * The one door into the core for every front end (GUI, CLI, exchange, reports): an open
 * database, the agency it belongs to, and the person acting now (name, role, agency).
 *
 * Every write goes through here and is checked inside the core before anything is written:
 * only the owner agency's own people change a record, only while it is a draft or returned,
 * never into another agency's hands; the workflow steps check their own rules (submission
 * gates, reviewer jurisdiction, separation of duties). The rules that are defaults (owner,
 * division, default fiscal year, the year a decision applies to) live here too, so no front
 * end computes them.
 *
 * After each committed transaction the workspace announces what changed (changed()), each
 * record once; a rollback announces nothing. Reads go through database() to repositories and
 * query objects; writes never do.
 */
class Workspace : public QObject
{
    Q_OBJECT

public:
    /// Opens an existing database and finds the agency it belongs to; the actor is defaultActor().
    static Result<std::unique_ptr<Workspace>> open(const QString& path);
    /**
     * Opens an existing database that may not be written (the file or its folder is read-only):
     * everything can be read, every write is refused with a translated message (readOnly()).
     */
    static Result<std::unique_ptr<Workspace>> openReadOnly(const QString& path);
    /// Creates a database for an agency (see Installation::create) and opens it.
    static Result<std::unique_ptr<Workspace>> create(const QString& path, const InstallationRequest& request);

    ~Workspace() override;

    /// For reads (repositories' find/list, query objects). Never write through it.
    Database& database() const { return *m_db; }
    const Agency& self() const { return m_self; }
    const Actor& actor() const { return m_actor; }
    /// Opened with openReadOnly(): nothing can be saved.
    bool readOnly() const { return m_db->readOnly(); }
    /// The person acting from now on; they act for this installation's agency.
    Result<void> setActor(const Actor& actor);
    /// Adds a person who may act for this agency (the list the window picks from; schema step 13).
    Result<void> addPerson(const Actor& person);
    /// Who acts when nobody said: the agency's preparer (a unit) or reviewer (finance), named after the OS user.
    static Actor defaultActor(const Agency& agency);

    // Defaults that are rules.
    /// The fiscal year new work belongs to when none is given: the current calendar year.
    static int defaultFiscalYear();
    /// A new program of this agency: owner, agency and division filled in, the default fiscal year.
    Subject newProgram() const;
    /**
     * Next year's program that continues @p predecessorId (a live program of this agency): its
     * fields copied, the following fiscal year, marked continuing (not new), predecessor set. Not
     * saved yet.
     */
    Result<Subject> nextYearProgram(const QUuid& predecessorId);
    /// A draft ex-ante assessment of a program: the five dimensions, each out of the year's policy maximum.
    Result<ExAnteAssessment> newAssessment(const QUuid& programId);
    /**
     * Rates every dimension (优/良/中/差 by its share of the maximum, on the year's grade bands)
     * and, when it has none, gives the assessment the conclusion its total earns under the policy.
     */
    Result<void> rateAssessment(ExAnteAssessment& assessment);
    /// A draft result application (结果运用) for a program: it applies to the year after the program's.
    Result<ResultApplication> newDecision(const QUuid& programId);

    // Writes, each checked against who acts.
    Result<void> saveSubject(Subject& subject);
    Result<void> saveTargets(TargetSet& targets);
    Result<void> saveMonitoring(MonitoringReport& report);
    Result<void> saveEvaluation(SelfEvaluation& evaluation);
    Result<void> saveAssessment(ExAnteAssessment& assessment);
    /**
     * Saves the 绩效自评报告 of a subject and year (one live report each: a new one for a pair
     * that has one takes its place). Editable while that year's self-evaluation is (a draft or
     * returned, by this agency's preparers), or before there is one.
     */
    Result<void> saveEvaluationReport(SelfEvaluationReport& report);
    /// A decision is saved only if it could be submitted (ResultApplicationRules::submitProblems()).
    Result<void> saveDecision(ResultApplication& application);
    /// Deletes (leaves a tombstone of) a subject or a record of the loop.
    Result<void> removeSubject(const QUuid& id);
    Result<void> removeRecord(RecordKind kind, const QUuid& id);

    // The workflow, as the actor.
    Result<void> submit(RecordKind kind, const QUuid& id, const QString& comment = {});
    Result<void> approve(
        RecordKind kind, const QUuid& id, const QString& comment = {}, std::optional<Grade> grade = std::nullopt);
    Result<void> returnRecord(RecordKind kind, const QUuid& id, const QString& comment);
    /// Approves a self-evaluation with finance's grade, its reason and its decisions on the items.
    Result<void> approveEvaluation(const QUuid& id, const QString& comment, const EvaluationVerdict& verdict);
    Result<int> approveAll(RecordKind kind, const QList<QUuid>& ids, const QString& comment = {});
    Result<void> applyForBudget(const QUuid& programId);
    Result<void> arrangeBudget(const QUuid& programId);
    Result<QUuid> issueOrder(const QUuid& programId, OrderKind kind, const QString& reason, const QUuid& reportId = {});
    /// Lifts an order; lifting an order to rectify records the outcome of the rectification.
    Result<void> liftOrder(const QUuid& orderId, const QString& reason, const QString& outcome = {});
    /// 拨款: pays part of a program's arranged budget, unless an order holds its funding.
    Result<QUuid> pay(const QUuid& programId, Money amount, const QString& note = {});

    /**
     * Scores every self-evaluation of @p fiscalYear in this database in one go, and stores the
     * score and grade of those still in draft (or returned) where they changed: they are
     * derived, so the core refreshes them whoever owns the record. Submitted and approved
     * self-evaluations keep the score they were submitted with. All or nothing.
     */
    Result<QList<YearScore>> scoreYear(int fiscalYear);

    /**
     * Imports programs of this agency from the JSON interchange, all or nothing. Unless
     * @p dryRun, the database is first copied into its rotating backup set (Backup); without
     * that copy nothing is imported.
     */
    Result<ImportSummary> importPrograms(const QJsonObject& document, bool dryRun = false);
    /// The same from a file or stream (read as it goes where the format allows).
    Result<ImportSummary> importPrograms(QIODevice& in, bool dryRun = false);
    /// The copy made before the last import (empty when none was made).
    QString lastBackup() const { return m_lastBackup; }
    /// Writes this agency's programs of @p fiscalYear in the JSON interchange; the number of programs.
    Result<int> exportPrograms(int fiscalYear, QIODevice& out);

    // Signing keys for the exchange between levels (core/exchange), kept by the people of this agency.
    /// A new signing key of this agency (a current one is retired), protected by @p passphrase.
    Result<OwnKey> generateKey(const QByteArray& passphrase);
    /// Registers another agency's key from its key file, so that its packages are accepted.
    Result<KnownKey> registerKey(const KeyFile& file);
    /// Revokes a registered key: packages it signed are refused from now on.
    Result<void> revokeKey(const QString& fingerprint, const QString& reason);

    /**
     * Announces (changed()) what another connection of this process committed to this file: the
     * work of a worker thread with a workspace of its own (the 数据交换 page's import).
     */
    void announce(const ChangeSet& changes);

Q_SIGNALS:
    /// What one committed transaction changed.
    void changed(const jx::ChangeSet& changes);

private:
    Workspace(std::unique_ptr<Database> db, Agency self);

    /// The actor may prepare records of this agency (a unit's preparer or head; finance's own officers).
    Result<void> checkPreparer(const QString& label) const;
    /// A record about @p subjectId that the actor's agency writes: the subject exists and is theirs.
    Result<void> checkOwnSubject(const QUuid& subjectId, const QString& label);
    /// An existing record may be changed by the actor now (owner, status), and keeps its owner.
    Result<void> checkExisting(RecordKind kind, const RecordMeta& meta);
    /// A new record is claimed for this agency (claim()); an existing one must be editable now (checkExisting()).
    Result<void> checkWrite(RecordKind kind, RecordMeta& meta);
    /// checkWrite(), and the subject the record is about is this agency's own.
    Result<void> checkSubjectRecord(RecordKind kind, RecordMeta& meta, const QUuid& subjectId);
    /// A program's predecessor is a live program of the same agency one year before, followed by no other.
    Result<void> checkPredecessor(const Subject& program);
    /// A draft decision on @p program, owned by this agency, for the year after the program's.
    ResultApplication decisionFor(const Subject& program) const;
    /// Fills in the owner of a new record and refuses one given to another agency.
    Result<void> claim(RecordMeta& meta, const QString& label) const;
    /// After an import: stores the score and grade of the drafts it wrote, as saveEvaluation() does.
    Result<ImportSummary> storeImportedScores(Result<ImportSummary> summary);
    /// Commits an import's transaction @p tx unless it failed or was a dry run.
    static Result<ImportSummary> commitImport(Database::Transaction& tx, Result<ImportSummary> summary);

    Result<void> backupBeforeImport(bool dryRun);

    std::unique_ptr<Database> m_db;
    QString m_lastBackup;
    Agency m_self;
    Actor m_actor;
    int m_listener = 0;
};

} // namespace jx
