// Longer than our usual file: the Workspace is the one door for every write, and each write
// is a few lines that ask Authority and call the storage or workflow class that does the work;
// keeping them together is what lets a reader see every write and its check in one place.

#include "core/workspace/Workspace.h"

#include "core/storage/PersonRepository.h"

#include "core/domain/EnumTable.h"
#include "core/domain/Indicator.h"
#include "core/domain/TargetSet.h"
#include "core/domain/Validation.h"
#include "core/storage/AssessmentRepository.h"
#include "core/storage/Backup.h"
#include "core/storage/DivisionRepository.h"
#include "core/storage/EvaluationRepository.h"
#include "core/storage/MonitoringRepository.h"
#include "core/storage/PolicyRepository.h"
#include "core/storage/RecordStore.h"
#include "core/storage/ResultApplicationRepository.h"
#include "core/storage/SubjectRepository.h"
#include "core/storage/TargetSetRepository.h"
#include "core/workflow/Authority.h"
#include "core/workflow/BudgetGates.h"
#include "core/workflow/FinanceOrders.h"
#include "core/workflow/Payments.h"
#include "core/report/SelfEvaluationReportRepository.h"
#include "core/workflow/RecordLifecycle.h"
#include "core/workflow/RecordLookup.h"
#include "core/workflow/ResultApplicationRules.h"

#include <QDate>
#include <QSqlQuery>

namespace jx {

Workspace::Workspace(std::unique_ptr<Database> db, Agency self)
    : m_db(std::move(db))
    , m_self(std::move(self))
    , m_actor(defaultActor(m_self))
{
    m_listener = m_db->addChangeListener([this](const ChangeSet& changes) { Q_EMIT changed(changes); });
}

Workspace::~Workspace()
{
    m_db->removeChangeListener(m_listener);
}

void Workspace::announce(const ChangeSet& changes)
{
    if (!changes.isEmpty())
        Q_EMIT changed(changes);
}

Result<std::unique_ptr<Workspace>> Workspace::open(const QString& path)
{
    Result<std::unique_ptr<Database>> db = Database::open(path, Database::OpenMode::OpenExisting);
    if (!db)
        return db.error();
    Result<Agency> self = Installation::selfAgency(**db);
    if (!self)
        return self.error();
    return std::unique_ptr<Workspace>(new Workspace(std::move(*db), *self));
}

Result<std::unique_ptr<Workspace>> Workspace::openReadOnly(const QString& path)
{
    Result<std::unique_ptr<Database>> db = Database::open(path, Database::OpenMode::ReadOnly);
    if (!db)
        return db.error();
    Result<Agency> self = Installation::selfAgency(**db);
    if (!self)
        return self.error();
    return std::unique_ptr<Workspace>(new Workspace(std::move(*db), *self));
}

Result<std::unique_ptr<Workspace>> Workspace::create(const QString& path, const InstallationRequest& request)
{
    Result<std::unique_ptr<Database>> db = Installation::create(path, request);
    if (!db)
        return db.error();
    Result<Agency> self = Installation::selfAgency(**db);
    if (!self)
        return self.error();
    return std::unique_ptr<Workspace>(new Workspace(std::move(*db), *self));
}

Actor Workspace::defaultActor(const Agency& agency)
{
    return PersonRepository::defaultActor(agency);
}

Result<void> Workspace::setActor(const Actor& actor)
{
    Actor a = actor;
    if (a.agencyId.isNull())
        a.agencyId = m_self.meta.id;
    if (a.agencyId != m_self.meta.id) {
        return makeError(Error::Code::Invalid,
            tr("%1 acts for another agency; this database belongs to %2.").arg(a.name, m_self.name));
    }
    if (a.name.trimmed().isEmpty())
        return makeError(Error::Code::Invalid, tr("Who acts needs a name."));
    // A role of another kind of agency is accepted here and refused by each step it may not
    // take (the command line's --role relies on that); the window offers fitting roles only.
    m_actor = a;
    return {};
}

Result<void> Workspace::addPerson(const Actor& person)
{
    Actor a = person;
    if (a.agencyId.isNull())
        a.agencyId = m_self.meta.id;
    if (a.agencyId != m_self.meta.id) {
        return makeError(Error::Code::Invalid,
            tr("%1 acts for another agency; this database belongs to %2.").arg(a.name, m_self.name));
    }
    if (!PersonRepository::roleFits(a.role, m_self.kind)) {
        return makeError(Error::Code::Invalid,
            tr("%1 cannot act as %2 for %3, which is a %4.")
                .arg(a.name, Names::of(a.role), m_self.name, Names::of(m_self.kind)));
    }
    Result<Person> added = PersonRepository(*m_db).add(a);
    if (!added)
        return added.error();
    return {};
}

Result<OwnKey> Workspace::generateKey(const QByteArray& passphrase)
{
    return KeyStore(*m_db).generate(m_self, passphrase);
}

Result<KnownKey> Workspace::registerKey(const KeyFile& file)
{
    return KeyRegistry(*m_db).add(file);
}

Result<void> Workspace::revokeKey(const QString& fingerprint, const QString& reason)
{
    return KeyRegistry(*m_db).revoke(fingerprint, reason);
}

int Workspace::defaultFiscalYear()
{
    return QDate::currentDate().year();
}

Subject Workspace::newProgram() const
{
    Subject s;
    s.kind = SubjectKind::Program;
    s.agencyId = m_self.meta.id;
    s.meta.ownerId = m_self.meta.id;
    s.divisionCode = m_self.divisionCode;
    s.fiscalYear = defaultFiscalYear();
    return s;
}

Result<Subject> Workspace::nextYearProgram(const QUuid& predecessorId)
{
    Result<Subject> before = RecordLookup(*m_db).liveProgram(predecessorId);
    if (!before)
        return before.error();
    if (before->agencyId != m_self.meta.id) {
        return makeError(Error::Code::Invalid,
            tr("%1 belongs to another agency; only that agency continues it.").arg(Validation::label(*before)));
    }
    Subject next = *before;
    next.meta = RecordMeta();
    next.meta.ownerId = before->meta.ownerId;
    next.fiscalYear = before->fiscalYear + 1;
    next.predecessorId = before->meta.id;
    next.isNew = false; // a continuing program (延续)
    next.isMidYear = false;
    return next;
}

Result<void> Workspace::checkPredecessor(const Subject& s)
{
    if (s.predecessorId.isNull())
        return {};
    const QString label = Validation::label(s);
    if (!s.isProgram())
        return makeError(Error::Code::Invalid, tr("%1 is not a program and follows no predecessor.").arg(label));
    if (s.predecessorId == s.meta.id)
        return makeError(Error::Code::Invalid, tr("%1 cannot be its own predecessor.").arg(label));
    Result<Subject> before = RecordLookup(*m_db).liveProgram(s.predecessorId);
    if (!before)
        return before.error();
    if (before->agencyId != s.agencyId) {
        return makeError(Error::Code::Invalid,
            tr("%1 cannot follow %2, a program of another agency.").arg(label, Validation::label(*before)));
    }
    if (before->fiscalYear != s.fiscalYear - 1) {
        return makeError(Error::Code::Invalid,
            tr("%1 (%2) cannot follow %3 of %4: a predecessor is the program of the year before.")
                .arg(label)
                .arg(s.fiscalYear)
                .arg(Validation::label(*before))
                .arg(before->fiscalYear));
    }
    QSqlQuery q(m_db->connection());
    // A new program has no id yet: every live successor is another one.
    q.prepare(QStringLiteral("SELECT name FROM subject WHERE predecessor_id = ? AND deleted = 0 %1 LIMIT 1")
                  .arg(s.meta.id.isNull() ? QString() : QStringLiteral("AND id <> ?")));
    q.addBindValue(RecordStore::idValue(s.predecessorId));
    if (!s.meta.id.isNull())
        q.addBindValue(RecordStore::idValue(s.meta.id));
    if (!q.exec())
        return m_db->queryError(q, tr("reading the programs that follow %1").arg(Validation::label(*before)));
    if (q.next()) {
        return makeError(Error::Code::Conflict,
            tr("%1 is already continued by “%2”; a program has one successor.")
                .arg(Validation::label(*before), q.value(0).toString()));
    }
    return {};
}

Result<ExAnteAssessment> Workspace::newAssessment(const QUuid& programId)
{
    Result<Subject> program = RecordLookup(*m_db).liveProgram(programId);
    if (!program)
        return program.error();
    Result<YearPolicy> policy = PolicyRepository(*m_db).policyForDivision(program->divisionCode, program->fiscalYear);
    if (!policy)
        return policy.error();
    ExAnteAssessment a;
    a.meta.ownerId = m_self.meta.id;
    a.subjectId = programId;
    for (const EnumEntry<AssessmentDimension>& d : enumEntries<AssessmentDimension>())
        a.items << AssessmentItem { d.value, policy->assessmentDimensionMax(), 0, Grade::Poor, {} };
    return a;
}

Result<void> Workspace::rateAssessment(ExAnteAssessment& a)
{
    Result<std::optional<Subject>> program = SubjectRepository(*m_db).find(a.subjectId);
    if (!program)
        return program.error();
    if (!program->has_value())
        return makeError(Error::Code::NotFound,
            tr("There is no program with id %1.").arg(a.subjectId.toString(QUuid::WithoutBraces)));
    Result<YearPolicy> policy
        = PolicyRepository(*m_db).policyForDivision((*program)->divisionCode, (*program)->fiscalYear);
    if (!policy)
        return policy.error();
    for (AssessmentItem& item : a.items) {
        if (item.maxScore > 0)
            item.rating = policy->gradeFor(100.0 * item.score / item.maxScore);
    }
    if (!a.conclusion)
        a.conclusion = policy->conclusionFor(a.totalScore());
    return {};
}

Result<ResultApplication> Workspace::newDecision(const QUuid& programId)
{
    Result<Subject> program = RecordLookup(*m_db).liveProgram(programId);
    if (!program)
        return program.error();
    return decisionFor(*program);
}

ResultApplication Workspace::decisionFor(const Subject& program) const
{
    ResultApplication a;
    a.meta.ownerId = m_self.meta.id;
    a.subjectId = program.meta.id;
    a.nextYear = program.fiscalYear + 1; // results of one year are used in the next year's budget
    return a;
}

Result<void> Workspace::checkWrite(RecordKind kind, RecordMeta& meta)
{
    return meta.revision == 0 ? claim(meta, Names::of(kind)) : checkExisting(kind, meta);
}

Result<void> Workspace::checkSubjectRecord(RecordKind kind, RecordMeta& meta, const QUuid& subjectId)
{
    if (Result<void> r = checkWrite(kind, meta); !r)
        return r;
    return checkOwnSubject(subjectId, Names::of(kind));
}

Result<void> Workspace::checkPreparer(const QString& label) const
{
    // A record of this agency that has no status yet: the rule of editing decides.
    return Authority::checkEdit(m_actor, m_self, std::nullopt, label);
}

Result<void> Workspace::claim(RecordMeta& meta, const QString& label) const
{
    if (meta.ownerId.isNull())
        meta.ownerId = m_self.meta.id;
    if (meta.ownerId != m_actor.agencyId) {
        return makeError(Error::Code::Invalid,
            tr("%1 would belong to another agency; %2 writes only its own records.").arg(label, m_self.name));
    }
    return checkPreparer(label);
}

Result<void> Workspace::checkOwnSubject(const QUuid& subjectId, const QString& label)
{
    Result<std::optional<Subject>> subject = SubjectRepository(*m_db).find(subjectId);
    if (!subject)
        return subject.error();
    if (!subject->has_value() || (*subject)->meta.deleted) {
        return makeError(Error::Code::NotFound,
            tr("%1 is about a subject that does not exist (id %2).")
                .arg(label, subjectId.toString(QUuid::WithoutBraces)));
    }
    if ((*subject)->meta.ownerId != m_actor.agencyId) {
        return makeError(Error::Code::Invalid,
            tr("%1 belongs to another agency; only that agency writes its %2.")
                .arg(Validation::label(**subject), label));
    }
    return {};
}

Result<void> Workspace::checkExisting(RecordKind kind, const RecordMeta& meta)
{
    // The stored record decides (owner, status), not the copy the caller holds.
    if (Result<void> r = RecordLifecycle(*m_db).checkEdit(m_actor, kind, meta.id); !r)
        return r;
    if (!meta.ownerId.isNull() && meta.ownerId != m_actor.agencyId) {
        return makeError(Error::Code::Invalid, tr("%1 cannot be handed to another agency.").arg(Names::of(kind)));
    }
    return {};
}

Result<void> Workspace::saveSubject(Subject& s)
{
    const QString label = Validation::label(s);
    if (s.meta.revision == 0) {
        if (s.agencyId.isNull())
            s.agencyId = m_self.meta.id;
        if (s.divisionCode.isEmpty())
            s.divisionCode = m_self.divisionCode;
        if (s.meta.ownerId.isNull())
            s.meta.ownerId = s.agencyId;
        if (Result<void> r = claim(s.meta, label); !r)
            return r;
    } else {
        Result<std::optional<Subject>> stored = SubjectRepository(*m_db).find(s.meta.id);
        if (!stored)
            return stored.error();
        if (!stored->has_value())
            return makeError(Error::Code::NotFound, tr("%1 does not exist.").arg(label));
        const QString storedLabel = Validation::label(**stored);
        if (Result<void> r = Authority(*m_db).checkEdit(m_actor, (*stored)->meta.ownerId, std::nullopt, storedLabel);
            !r)
            return r;
        if (s.meta.ownerId != (*stored)->meta.ownerId || s.agencyId != (*stored)->agencyId)
            return makeError(Error::Code::Invalid, tr("%1 cannot be handed to another agency.").arg(storedLabel));
    }
    if (Result<void> r = checkPredecessor(s); !r)
        return r;
    return SubjectRepository(*m_db).save(s);
}

Result<void> Workspace::saveTargets(TargetSet& set)
{
    if (Result<void> r = checkSubjectRecord(RecordKind::TargetSet, set.meta, set.subjectId); !r)
        return r;
    for (Indicator& i : set.indicators) {
        if (i.meta.ownerId.isNull())
            i.meta.ownerId = set.meta.ownerId;
        if (i.meta.ownerId != set.meta.ownerId)
            return makeError(Error::Code::Invalid, tr("Indicator “%1” belongs to another agency.").arg(i.name));
    }
    return TargetSetRepository(*m_db).save(set);
}

Result<void> Workspace::saveMonitoring(MonitoringReport& report)
{
    if (Result<void> r = checkSubjectRecord(RecordKind::MonitoringReport, report.meta, report.subjectId); !r)
        return r;
    return MonitoringRepository(*m_db).save(report);
}

Result<void> Workspace::saveEvaluation(SelfEvaluation& evaluation)
{
    if (Result<void> r = checkSubjectRecord(RecordKind::SelfEvaluation, evaluation.meta, evaluation.subjectId); !r)
        return r;
    // A draft carries its score as it stands; none while it cannot be scored yet.
    Result<ScoreSheet> sheet = EvaluationService(*m_db).score(evaluation);
    evaluation.totalScore = sheet ? std::optional<double>(sheet->total) : std::nullopt;
    evaluation.grade = sheet ? std::optional<Grade>(sheet->grade) : std::nullopt;
    return EvaluationRepository(*m_db).save(evaluation);
}

Result<void> Workspace::saveAssessment(ExAnteAssessment& assessment)
{
    if (Result<void> r = checkSubjectRecord(RecordKind::Assessment, assessment.meta, assessment.subjectId); !r)
        return r;
    return AssessmentRepository(*m_db).save(assessment);
}

Result<void> Workspace::saveEvaluationReport(SelfEvaluationReport& report)
{
    const QString label = tr("The self-evaluation report");
    if (Result<void> r = checkOwnSubject(report.subjectId, label); !r)
        return r;
    if (report.fiscalYear <= 0)
        return makeError(Error::Code::Invalid, tr("%1 needs a fiscal year.").arg(label));
    // The report goes with the self-evaluation: read-only once that is submitted.
    Result<std::optional<SelfEvaluation>> evaluation
        = EvaluationRepository(*m_db).ofSubject(report.subjectId, report.fiscalYear);
    if (!evaluation)
        return evaluation.error();
    if (evaluation->has_value()) {
        if (Result<void> r = RecordLifecycle(*m_db).checkEdit(m_actor, RecordKind::SelfEvaluation, (*evaluation)->meta.id);
            !r)
            return r;
    } else if (Result<void> r = checkPreparer(label); !r) {
        return r;
    }
    SelfEvaluationReportRepository reports(*m_db);
    Result<std::optional<SelfEvaluationReport>> stored = reports.ofSubject(report.subjectId, report.fiscalYear);
    if (!stored)
        return stored.error();
    if (stored->has_value() && (*stored)->meta.id != report.meta.id) {
        // One report per subject and year: write over the stored one, never beside it.
        report.meta = (*stored)->meta;
    }
    if (report.meta.revision == 0) {
        if (Result<void> r = claim(report.meta, label); !r)
            return r;
    } else if (report.meta.ownerId != m_actor.agencyId) {
        return makeError(Error::Code::Invalid, tr("%1 belongs to another agency.").arg(label));
    }
    return reports.save(report);
}

Result<void> Workspace::saveDecision(ResultApplication& application)
{
    // A finance department decides, on a program in its area (Authority::checkDecider).
    if (Result<void> r = Authority(*m_db).checkDecider(m_actor, application.subjectId); !r)
        return r;
    if (Result<void> r = checkWrite(RecordKind::ResultApplication, application.meta); !r)
        return r;
    // The decision is for the year after the program's.
    Result<Subject> program = RecordLookup(*m_db).liveProgram(application.subjectId);
    if (!program)
        return program.error();
    const int nextYear = decisionFor(*program).nextYear;
    if (application.nextYear == 0)
        application.nextYear = nextYear;
    if (application.nextYear != nextYear) {
        return makeError(Error::Code::Invalid,
            tr("A decision on a program of %1 applies to %2, not %3.")
                .arg(program->fiscalYear)
                .arg(nextYear)
                .arg(application.nextYear));
    }
    // What could never be submitted is not saved either: the amount must agree with the decision,
    // one live decision per year, and a program graded 差 is reduced or cancelled.
    Result<QList<Problem>> problems = ResultApplicationRules(*m_db).submitProblems(application);
    if (!problems)
        return problems.error();
    if (!problems->isEmpty())
        return Problem::toError(tr("%1 cannot be saved").arg(Names::of(RecordKind::ResultApplication)), *problems);
    return ResultApplicationRepository(*m_db).save(application);
}

Result<void> Workspace::removeSubject(const QUuid& id)
{
    Result<std::optional<Subject>> stored = SubjectRepository(*m_db).find(id);
    if (!stored)
        return stored.error();
    if (!stored->has_value())
        return makeError(
            Error::Code::NotFound, tr("There is no subject with id %1.").arg(id.toString(QUuid::WithoutBraces)));
    if (Result<void> r
        = Authority(*m_db).checkEdit(m_actor, (*stored)->meta.ownerId, std::nullopt, Validation::label(**stored));
        !r) {
        return r;
    }
    return SubjectRepository(*m_db).remove(id);
}

Result<void> Workspace::removeRecord(RecordKind kind, const QUuid& id)
{
    RecordMeta meta;
    meta.id = id;
    if (Result<void> r = checkExisting(kind, meta); !r)
        return r;
    switch (kind) {
    case RecordKind::Assessment:
        return AssessmentRepository(*m_db).remove(id);
    case RecordKind::TargetSet:
        return TargetSetRepository(*m_db).remove(id);
    case RecordKind::MonitoringReport:
        return MonitoringRepository(*m_db).remove(id);
    case RecordKind::SelfEvaluation:
        return EvaluationRepository(*m_db).remove(id);
    case RecordKind::ResultApplication:
        return ResultApplicationRepository(*m_db).remove(id);
    }
    return makeError(Error::Code::Invalid, tr("Unknown record kind."));
}

Result<void> Workspace::submit(RecordKind kind, const QUuid& id, const QString& comment)
{
    return RecordLifecycle(*m_db).submit(m_actor, kind, id, comment);
}

Result<void> Workspace::approve(RecordKind kind, const QUuid& id, const QString& comment, std::optional<Grade> grade)
{
    return RecordLifecycle(*m_db).approve(m_actor, kind, id, comment, grade);
}

Result<void> Workspace::returnRecord(RecordKind kind, const QUuid& id, const QString& comment)
{
    return RecordLifecycle(*m_db).returnRecord(m_actor, kind, id, comment);
}

Result<void> Workspace::approveEvaluation(const QUuid& id, const QString& comment, const EvaluationVerdict& verdict)
{
    return RecordLifecycle(*m_db).approveEvaluation(m_actor, id, comment, verdict);
}

Result<QList<YearScore>> Workspace::scoreYear(int fiscalYear)
{
    EvaluationRepository evaluations(*m_db);
    Result<QList<SelfEvaluation>> all = evaluations.ofYear(fiscalYear);
    if (!all)
        return all.error();
    Database::Transaction tx(*m_db);
    if (!tx.started())
        return tx.startError();
    // The year's subjects, targets and reviews in a few queries: a county has thousands.
    EvaluationService service(*m_db);
    if (Result<void> r = service.preloadYear(fiscalYear); !r)
        return r.error();
    QList<YearScore> scores;
    scores.reserve(all->size());
    for (SelfEvaluation& e : *all) {
        YearScore y;
        y.subjectId = e.subjectId;
        y.evaluationId = e.meta.id;
        y.status = e.status;
        Result<std::optional<Subject>> subject = service.liveSubject(e.subjectId);
        if (!subject)
            return subject.error();
        if (!subject->has_value())
            continue;
        y.kind = (*subject)->kind;
        y.subject = Validation::label(**subject);
        Result<ScoreSheet> sheet = service.score(e);
        if (sheet)
            y.sheet = *sheet;
        else
            y.error = sheet.message();
        if (Authority::isEditable(e.status)) {
            const std::optional<double> total = sheet ? std::optional<double>(sheet->total) : std::nullopt;
            const std::optional<Grade> grade = sheet ? std::optional<Grade>(sheet->grade) : std::nullopt;
            if (e.totalScore != total || e.grade != grade) {
                e.totalScore = total;
                e.grade = grade;
                if (Result<void> r = evaluations.save(e); !r)
                    return r.error();
                y.stored = true;
            }
        }
        scores << y;
    }
    if (Result<void> r = tx.commit(); !r)
        return r.error();
    return scores;
}

Result<int> Workspace::approveAll(RecordKind kind, const QList<QUuid>& ids, const QString& comment)
{
    return RecordLifecycle(*m_db).approveAll(m_actor, kind, ids, comment);
}

Result<void> Workspace::applyForBudget(const QUuid& programId)
{
    return BudgetGates(*m_db).applyForBudget(m_actor, programId);
}

Result<void> Workspace::arrangeBudget(const QUuid& programId)
{
    return BudgetGates(*m_db).arrangeBudget(m_actor, programId);
}

Result<QUuid> Workspace::issueOrder(
    const QUuid& programId, OrderKind kind, const QString& reason, const QUuid& reportId)
{
    return FinanceOrders(*m_db).issueOrder(m_actor, programId, kind, reason, reportId);
}

Result<void> Workspace::liftOrder(const QUuid& orderId, const QString& reason, const QString& outcome)
{
    return FinanceOrders(*m_db).liftOrder(m_actor, orderId, reason, outcome);
}

Result<QUuid> Workspace::pay(const QUuid& programId, Money amount, const QString& note)
{
    return Payments(*m_db).pay(m_actor, programId, amount, note);
}

Result<void> Workspace::backupBeforeImport(bool dryRun)
{
    if (dryRun)
        return {};
    Result<QString> backup = Backup::rotate(*m_db, QStringLiteral("import"));
    if (!backup) {
        return makeError(backup.error().code,
            tr("Nothing was imported, because no backup of the database could be made first: %1")
                .arg(backup.message()));
    }
    m_lastBackup = *backup;
    return {};
}

Result<ImportSummary> Workspace::importPrograms(const QJsonObject& document, bool dryRun)
{
    if (Result<void> r = checkPreparer(tr("the programs of %1").arg(m_self.name)); !r)
        return r.error();
    if (Result<void> r = backupBeforeImport(dryRun); !r)
        return r.error();
    // The import and the scores of what it brought commit together, or not at all.
    Database::Transaction tx(*m_db);
    if (!tx.started())
        return tx.startError();
    return commitImport(tx, storeImportedScores(JsonInterchange(*m_db).importPrograms(document, m_self.meta.id, dryRun)));
}

Result<ImportSummary> Workspace::importPrograms(QIODevice& in, bool dryRun)
{
    if (Result<void> r = checkPreparer(tr("the programs of %1").arg(m_self.name)); !r)
        return r.error();
    if (Result<void> r = backupBeforeImport(dryRun); !r)
        return r.error();
    Database::Transaction tx(*m_db);
    if (!tx.started())
        return tx.startError();
    return commitImport(tx, storeImportedScores(JsonInterchange(*m_db).importPrograms(in, m_self.meta.id, dryRun)));
}

Result<ImportSummary> Workspace::commitImport(Database::Transaction& tx, Result<ImportSummary> summary)
{
    if (!summary || summary->dryRun)
        return summary; // the transaction rolls back
    if (Result<void> r = tx.commit(); !r)
        return r.error();
    return summary;
}

Result<ImportSummary> Workspace::storeImportedScores(Result<ImportSummary> summary)
{
    if (!summary || summary->dryRun || summary->evaluationIds.isEmpty())
        return summary;
    // An imported self-evaluation is a draft like one saved here: it carries its score as it stands.
    // (In the import's transaction, which the caller commits.)
    EvaluationRepository evaluations(*m_db);
    EvaluationService service(*m_db);
    for (const QUuid& id : std::as_const(summary->evaluationIds)) {
        Result<std::optional<SelfEvaluation>> e = evaluations.find(id);
        if (!e)
            return e.error();
        if (!e->has_value() || !Authority::isEditable((*e)->status))
            continue;
        Result<ScoreSheet> sheet = service.score(**e);
        const std::optional<double> total = sheet ? std::optional<double>(sheet->total) : std::nullopt;
        const std::optional<Grade> grade = sheet ? std::optional<Grade>(sheet->grade) : std::nullopt;
        if ((*e)->totalScore == total && (*e)->grade == grade)
            continue;
        (*e)->totalScore = total;
        (*e)->grade = grade;
        if (Result<void> r = evaluations.save(**e); !r)
            return r.error();
    }
    return summary;
}

Result<int> Workspace::exportPrograms(int fiscalYear, QIODevice& out)
{
    return JsonInterchange(*m_db).exportPrograms(m_self.meta.id, fiscalYear, out);
}

} // namespace jx
