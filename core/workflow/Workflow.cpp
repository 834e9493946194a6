#include "core/workflow/Workflow.h"

#include "core/domain/SelfEvaluationScorer.h"
#include "core/domain/Validation.h"
#include "core/storage/AgencyRepository.h"
#include "core/storage/AssessmentRepository.h"
#include "core/storage/Database.h"
#include "core/storage/DivisionRepository.h"
#include "core/storage/EvaluationRepository.h"
#include "core/storage/FinanceOrderRepository.h"
#include "core/storage/FrameworkRepository.h"
#include "core/storage/MonitoringRepository.h"
#include "core/storage/PolicyRepository.h"
#include "core/storage/RecordStore.h"
#include "core/storage/ResultApplicationRepository.h"
#include "core/storage/ReviewRepository.h"
#include "core/storage/SubjectRepository.h"
#include "core/storage/TargetSetRepository.h"
#include "core/storage/TransitionRepository.h"
#include "core/workflow/EvaluationService.h"

namespace jx {

namespace {

QString tableOf(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Assessment: return QStringLiteral("ex_ante_assessment");
    case RecordKind::TargetSet: return QStringLiteral("target_set");
    case RecordKind::MonitoringReport: return QStringLiteral("monitoring_report");
    case RecordKind::SelfEvaluation: return QStringLiteral("self_evaluation");
    case RecordKind::ResultApplication: return QStringLiteral("result_application");
    }
    return {};
}

constexpr int MaxIndicatorName = 100;

} // namespace

struct Workflow::RecordState
{
    RecordKind kind;
    QUuid id;
    RecordStatus status;
    Agency owner;
    QString label; ///< "performance targets of program “X”"
};

Workflow::Workflow(Database& db)
    : m_db(db)
{
}

Result<Workflow::RecordState> Workflow::state(RecordKind kind, const QUuid& id)
{
    const QString table = tableOf(kind);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT r.status, r.owner_id, s.name, s.kind FROM %1 r JOIN subject s ON s.id = r.subject_id"
                             " WHERE r.id = ? AND r.deleted = 0")
                  .arg(table));
    q.addBindValue(RecordStore::idValue(id));
    if (!q.exec())
        return m_db.queryError(q, tr("reading %1").arg(Names::of(kind)));
    if (!q.next()) {
        return makeError(Error::Code::NotFound,
            tr("There is no %1 with id %2.").arg(Names::of(kind), id.toString(QUuid::WithoutBraces)));
    }
    RecordState st { kind, id, static_cast<RecordStatus>(q.value(0).toInt()), {}, {} };
    Subject subject;
    subject.name = q.value(2).toString();
    subject.kind = static_cast<SubjectKind>(q.value(3).toInt());
    st.label = tr("%1 of %2").arg(Names::of(kind), Validation::label(subject));
    Result<std::optional<Agency>> owner = AgencyRepository(m_db).find(RecordStore::uuidAt(q, 1));
    if (!owner)
        return owner.error();
    if (!owner->has_value())
        return makeError(Error::Code::NotFound, tr("%1 has no owner agency.").arg(st.label));
    st.owner = **owner;
    return st;
}

Result<void> Workflow::submit(const Actor& actor, RecordKind kind, const QUuid& id, const QString& comment)
{
    Result<RecordState> st = state(kind, id);
    if (!st)
        return st.error();
    if (Result<void> r = checkOwner(actor, *st, tr("submit")); !r)
        return r;
    if (st->status != RecordStatus::Draft && st->status != RecordStatus::Returned) {
        return makeError(Error::Code::Conflict,
            tr("%1 is already %2; only a draft or a returned record is submitted.")
                .arg(st->label, Names::of(st->status)));
    }
    Result<QStringList> problems = submissionProblems(kind, id);
    if (!problems)
        return problems.error();
    if (!problems->isEmpty()) {
        return makeError(Error::Code::Invalid,
            tr("%1 cannot be submitted: %2").arg(st->label, problems->join(tr("; "))));
    }
    return move(actor, *st, RecordStatus::Submitted, comment, std::nullopt);
}

Result<void> Workflow::checkOwner(const Actor& actor, const RecordState& record, const QString& action)
{
    if (actor.agencyId != record.owner.meta.id) {
        return makeError(Error::Code::Invalid,
            tr("%1 belongs to %2; only that agency may %3 it.").arg(record.label, record.owner.name, action));
    }
    const bool unit = record.owner.kind == AgencyKind::BudgetUnit;
    const bool mayPrepare = unit ? (actor.role == Role::UnitPreparer || actor.role == Role::UnitHead)
                                 : (actor.role == Role::FinanceReviewer || actor.role == Role::FinanceAdministrator);
    if (!mayPrepare) {
        return makeError(Error::Code::Invalid,
            tr("%1 (%2) may not %3 %4.").arg(actor.name, Names::of(actor.role), action, record.label));
    }
    return {};
}

Result<void> Workflow::checkEdit(const Actor& actor, RecordKind kind, const QUuid& id)
{
    Result<RecordState> st = state(kind, id);
    if (!st)
        return st.error();
    if (st->status != RecordStatus::Draft && st->status != RecordStatus::Returned) {
        return makeError(Error::Code::Conflict,
            tr("%1 is %2 and cannot be changed until it is returned.").arg(st->label, Names::of(st->status)));
    }
    return checkOwner(actor, *st, tr("edit"));
}

Result<void> Workflow::checkReviewer(const Actor& actor, const RecordState& record)
{
    Result<std::optional<Agency>> agency = AgencyRepository(m_db).find(actor.agencyId);
    if (!agency)
        return agency.error();
    const bool finance = agency->has_value() && (*agency)->kind == AgencyKind::FinanceBureau;
    if (!finance || (actor.role != Role::FinanceReviewer && actor.role != Role::FinanceAdministrator)) {
        return makeError(Error::Code::Invalid,
            tr("%1 (%2) may not review %3: only a finance department's reviewer does.")
                .arg(actor.name, Names::of(actor.role), record.label));
    }
    // Jurisdiction: the owner's division or one below the reviewer's.
    Result<QList<Division>> lineage = DivisionRepository(m_db).lineage(record.owner.divisionCode);
    if (!lineage)
        return lineage.error();
    const QString reviewerDivision = (*agency)->divisionCode;
    const bool within = std::any_of(lineage->cbegin(), lineage->cend(),
                                    [&](const Division& d) { return d.code == reviewerDivision; });
    if (!within) {
        return makeError(Error::Code::Invalid,
            tr("%1 is not in the area of %2 (%3).").arg(record.label, (*agency)->name, reviewerDivision));
    }
    return {};
}

Result<void> Workflow::approve(const Actor& actor, RecordKind kind, const QUuid& id, const QString& comment,
                               std::optional<Grade> grade)
{
    if (grade && kind != RecordKind::SelfEvaluation)
        return makeError(Error::Code::Invalid, tr("Only a self-evaluation is graded."));
    Result<RecordState> st = state(kind, id);
    if (!st)
        return st.error();
    if (Result<void> r = checkReviewer(actor, *st); !r)
        return r;
    if (st->status != RecordStatus::Submitted) {
        return makeError(Error::Code::Conflict,
            tr("%1 is %2; only a submitted record is approved.").arg(st->label, Names::of(st->status)));
    }
    // Separation of duties: whoever prepared (submitted) it cannot approve it.
    Result<QList<Transition>> history = TransitionRepository(m_db).ofRecord(kind, id);
    if (!history)
        return history.error();
    for (const Transition& t : *history) {
        if (t.to == RecordStatus::Submitted && t.actor.name.trimmed().compare(actor.name.trimmed(), Qt::CaseInsensitive) == 0) {
            return makeError(Error::Code::Invalid,
                tr("%1 prepared %2 and cannot also approve it.").arg(actor.name, st->label));
        }
    }
    return move(actor, *st, RecordStatus::Approved, comment, ReviewDecision::Approve, grade);
}

Result<void> Workflow::returnRecord(const Actor& actor, RecordKind kind, const QUuid& id, const QString& comment)
{
    Result<RecordState> st = state(kind, id);
    if (!st)
        return st.error();
    if (Result<void> r = checkReviewer(actor, *st); !r)
        return r;
    if (st->status != RecordStatus::Submitted && st->status != RecordStatus::Approved) {
        return makeError(Error::Code::Conflict,
            tr("%1 is %2; only a submitted or approved record is returned.").arg(st->label, Names::of(st->status)));
    }
    if (comment.trimmed().isEmpty())
        return makeError(Error::Code::Invalid, tr("Returning %1 needs a comment saying what to change.").arg(st->label));
    return move(actor, *st, RecordStatus::Returned, comment, ReviewDecision::Return);
}

Result<int> Workflow::approveAll(const Actor& actor, RecordKind kind, const QList<QUuid>& ids, const QString& comment)
{
    Database::Transaction tx(m_db);
    if (!tx.started())
        return tx.startError();
    for (const QUuid& id : ids) {
        if (Result<void> r = approve(actor, kind, id, comment); !r)
            return makeError(r.error().code, tr("Nothing was approved: %1").arg(r.message()));
    }
    if (Result<void> r = tx.commit(); !r)
        return r.error();
    return int(ids.size());
}

Result<void> Workflow::move(const Actor& actor, const RecordState& record, RecordStatus to, const QString& comment,
                            std::optional<ReviewDecision> decision, std::optional<Grade> grade)
{
    Database::Transaction tx(m_db);
    if (!tx.started())
        return tx.startError();
    RecordStore store(m_db, tableOf(record.kind), { QStringLiteral("status") });
    store.setStatusColumn(QStringLiteral("status"));
    Result<bool> moved = store.setStatus(record.id, static_cast<int>(record.status), static_cast<int>(to));
    if (!moved)
        return moved.error();
    if (!*moved)
        return makeError(Error::Code::Conflict, tr("%1 was changed meanwhile; reload it and try again.").arg(record.label));
    Transition t;
    t.recordKind = record.kind;
    t.recordId = record.id;
    t.from = record.status;
    t.to = to;
    t.actor = actor;
    t.comment = comment;
    if (Result<void> r = TransitionRepository(m_db).save(t); !r)
        return r;
    if (decision) {
        Review review;
        review.meta.ownerId = actor.agencyId;
        review.recordKind = record.kind;
        review.recordId = record.id;
        review.decision = *decision;
        review.comments = comment;
        review.reviewer = actor.name;
        review.grade = grade;
        review.step = t.step;
        if (Result<void> r = ReviewRepository(m_db).save(review); !r)
            return r;
    }
    return tx.commit();
}

Result<Subject> Workflow::liveProgram(const QUuid& programId)
{
    Result<std::optional<Subject>> program = SubjectRepository(m_db).find(programId);
    if (!program)
        return program.error();
    if (!program->has_value() || !(*program)->isProgram() || (*program)->meta.deleted)
        return makeError(Error::Code::NotFound, tr("There is no program with id %1.").arg(programId.toString(QUuid::WithoutBraces)));
    return **program;
}

Result<Workflow::RecordState> Workflow::programAsRecord(const Subject& program)
{
    Result<std::optional<Agency>> owner = AgencyRepository(m_db).find(program.agencyId);
    if (!owner)
        return owner.error();
    if (!owner->has_value())
        return makeError(Error::Code::NotFound, tr("%1 has no owner agency.").arg(Validation::label(program)));
    // The program itself, for the checks that records share (owner, jurisdiction).
    return RecordState { RecordKind::TargetSet, program.meta.id, RecordStatus::Submitted, **owner, Validation::label(program) };
}

Result<BudgetStage> Workflow::budgetStage(const QUuid& programId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT budget_stage FROM subject WHERE id = ? AND kind = 3 AND deleted = 0"));
    q.addBindValue(RecordStore::idValue(programId));
    if (!q.exec())
        return m_db.queryError(q, tr("reading the budget stage"));
    if (!q.next())
        return makeError(Error::Code::NotFound, tr("There is no program with id %1.").arg(programId.toString(QUuid::WithoutBraces)));
    return static_cast<BudgetStage>(q.value(0).toInt());
}

Result<void> Workflow::setBudgetStage(const QUuid& programId, BudgetStage from, BudgetStage to)
{
    Result<QSqlQuery*> q = m_db.prepared(QStringLiteral(
        "UPDATE subject SET budget_stage = ?, revision = revision + 1, modified_at = ? WHERE id = ? AND budget_stage = ?"));
    if (!q)
        return q.error();
    (*q)->addBindValue(static_cast<int>(to));
    (*q)->addBindValue(RecordStore::timeValue(QDateTime::currentDateTimeUtc()));
    (*q)->addBindValue(RecordStore::idValue(programId));
    (*q)->addBindValue(static_cast<int>(from));
    if (Result<void> r = m_db.run(**q, tr("changing the budget stage")); !r)
        return r;
    if ((*q)->numRowsAffected() != 1)
        return makeError(Error::Code::Conflict, tr("The program was changed meanwhile; reload it and try again."));
    return {};
}

Result<void> Workflow::applyForBudget(const Actor& actor, const QUuid& programId)
{
    Result<Subject> program = liveProgram(programId);
    if (!program)
        return program.error();
    const Subject& p = *program;
    const QString label = Validation::label(p);
    if (actor.agencyId != p.agencyId || (actor.role != Role::UnitPreparer && actor.role != Role::UnitHead)) {
        return makeError(Error::Code::Invalid,
            tr("%1 (%2) may not apply for the budget of %3; its unit does.").arg(actor.name, Names::of(actor.role), label));
    }
    Result<BudgetStage> stage = budgetStage(programId);
    if (!stage)
        return stage.error();
    if (*stage != BudgetStage::None)
        return makeError(Error::Code::Conflict, tr("%1 is already %2.").arg(label, Names::of(*stage)));
    if (p.isNew && p.isMajor) {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT count(*) FROM ex_ante_assessment WHERE subject_id = ? AND deleted = 0"
                                 " AND status IN (1, 3) AND length(trim(report)) > 0"));
        q.addBindValue(RecordStore::idValue(programId));
        if (!q.exec() || !q.next())
            return m_db.queryError(q, tr("reading the ex-ante assessment"));
        if (q.value(0).toInt() == 0) {
            return makeError(Error::Code::Invalid,
                tr("%1 is a major new program: it cannot be submitted for budget without an ex-ante assessment report.")
                    .arg(label));
        }
    }
    return setBudgetStage(programId, BudgetStage::None, BudgetStage::Applied);
}

Result<void> Workflow::arrangeBudget(const Actor& actor, const QUuid& programId)
{
    Result<Subject> program = liveProgram(programId);
    if (!program)
        return program.error();
    const Subject& p = *program;
    Result<RecordState> programRecord = programAsRecord(p);
    if (!programRecord)
        return programRecord.error();
    const RecordState& asRecord = *programRecord;
    if (Result<void> r = checkReviewer(actor, asRecord); !r)
        return r;
    Result<BudgetStage> stage = budgetStage(programId);
    if (!stage)
        return stage.error();
    if (*stage != BudgetStage::Applied) {
        return makeError(Error::Code::Conflict,
            tr("%1 is %2; only a program applied for is arranged a budget.").arg(asRecord.label, Names::of(*stage)));
    }
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "SELECT (SELECT count(*) FROM target_set WHERE subject_id = ? AND fiscal_year = ? AND status = 3 AND deleted = 0),"
        " (SELECT count(*) FROM ex_ante_assessment WHERE subject_id = ? AND conclusion = 3 AND deleted = 0)"));
    q.addBindValue(RecordStore::idValue(programId));
    q.addBindValue(p.fiscalYear);
    q.addBindValue(RecordStore::idValue(programId));
    if (!q.exec() || !q.next())
        return m_db.queryError(q, tr("reading the targets"));
    if (q.value(0).toInt() == 0) {
        return makeError(Error::Code::Invalid,
            tr("%1 has no approved performance targets for %2: no targets, no budget.").arg(asRecord.label).arg(p.fiscalYear));
    }
    if (q.value(1).toInt() > 0)
        return makeError(Error::Code::Invalid, tr("%1 was assessed “do not support”: no budget is arranged.").arg(asRecord.label));
    Result<std::optional<OrderKind>> order = FinanceOrderRepository(m_db).inForce(programId);
    if (!order)
        return order.error();
    if (order->has_value() && **order != OrderKind::Rectify)
        return makeError(Error::Code::Invalid, tr("%1: %2; no budget is arranged until it is lifted.").arg(asRecord.label, Names::of(**order)));
    return setBudgetStage(programId, BudgetStage::Applied, BudgetStage::Arranged);
}

Result<QUuid> Workflow::issueOrder(const Actor& actor, const QUuid& programId, OrderKind kind, const QString& reason,
                                   const QUuid& reportId)
{
    Result<Subject> program = liveProgram(programId);
    if (!program)
        return program.error();
    Result<RecordState> asRecord = programAsRecord(*program);
    if (!asRecord)
        return asRecord.error();
    if (Result<void> r = checkReviewer(actor, *asRecord); !r)
        return r.error();
    if (reason.trimmed().isEmpty())
        return makeError(Error::Code::Invalid, tr("%1 of %2 needs a reason.").arg(Names::of(kind), asRecord->label));
    FinanceOrder order;
    order.meta.ownerId = actor.agencyId;
    order.subjectId = programId;
    order.reportId = reportId;
    order.kind = kind;
    order.reason = reason;
    order.issuedBy = actor.name;
    if (Result<void> r = FinanceOrderRepository(m_db).save(order); !r)
        return r.error();
    return order.meta.id;
}

Result<void> Workflow::liftOrder(const Actor& actor, const QUuid& orderId, const QString& reason)
{
    FinanceOrderRepository orders(m_db);
    Result<std::optional<FinanceOrder>> order = orders.find(orderId);
    if (!order)
        return order.error();
    if (!order->has_value() || (*order)->meta.deleted)
        return makeError(Error::Code::NotFound, tr("There is no order with id %1.").arg(orderId.toString(QUuid::WithoutBraces)));
    FinanceOrder o = **order;
    if (!o.inForce())
        return makeError(Error::Code::Conflict, tr("The order (%1) was already lifted.").arg(Names::of(o.kind)));
    if (actor.agencyId != o.meta.ownerId || (actor.role != Role::FinanceReviewer && actor.role != Role::FinanceAdministrator))
        return makeError(Error::Code::Invalid, tr("Only the finance department that gave an order lifts it."));
    if (reason.trimmed().isEmpty())
        return makeError(Error::Code::Invalid, tr("Lifting an order needs a reason."));
    o.liftedAt = QDateTime::currentDateTimeUtc();
    o.liftReason = reason;
    return orders.save(o);
}

Result<QStringList> Workflow::submissionProblems(RecordKind kind, const QUuid& id)
{
    switch (kind) {
    case RecordKind::TargetSet: return targetSetProblems(id);
    case RecordKind::MonitoringReport: return monitoringProblems(id);
    case RecordKind::SelfEvaluation: return evaluationProblems(id);
    case RecordKind::Assessment: return assessmentProblems(id);
    case RecordKind::ResultApplication: return applicationProblems(id);
    }
    return QStringList();
}

Result<QStringList> Workflow::targetSetProblems(const QUuid& id)
{
    Result<std::optional<TargetSet>> set = TargetSetRepository(m_db).find(id);
    if (!set)
        return set.error();
    Result<std::optional<Subject>> subject = SubjectRepository(m_db).find((*set)->subjectId);
    if (!subject)
        return subject.error();
    QStringList problems;
    const TargetSet& s = **set;
    if (s.objectiveAnnual.trimmed().isEmpty())
        problems << tr("the annual objective (年度总体目标) is empty");
    if (s.indicators.isEmpty())
        problems << tr("there are no indicators");
    QList<QUuid> categoryIds;
    for (const Indicator& i : s.indicators) {
        categoryIds << i.categoryId;
        if (i.name.size() > MaxIndicatorName) {
            problems << tr("indicator “%1…”: the name has %2 characters, at most %3")
                            .arg(i.name.left(20))
                            .arg(i.name.size())
                            .arg(MaxIndicatorName);
        }
        if (!i.isQualitative() && i.unit.trimmed().isEmpty())
            problems << tr("indicator “%1”: the unit is missing").arg(i.name);
        if (!i.isQualitative() && !i.targetValue)
            problems << tr("indicator “%1”: the target value is missing").arg(i.name);
        if (i.isQualitative() && i.targetText.trimmed().isEmpty())
            problems << tr("indicator “%1”: the qualitative target is missing").arg(i.name);
        if (i.categoryId.isNull())
            problems << tr("indicator “%1”: no indicator category").arg(i.name);
    }
    FrameworkRepository frameworks(m_db);
    Result<QHash<QUuid, QString>> levelOne = frameworks.levelOneNames(categoryIds);
    if (!levelOne)
        return levelOne.error();
    QHash<QString, double> weightOfClass;
    for (const Indicator& i : s.indicators)
        weightOfClass[levelOne->value(i.categoryId)] += i.weight;
    // Every required level-1 class of the year's framework holds an indicator.
    const FrameworkKind kind = (*subject)->kind == SubjectKind::AgencyBudget ? FrameworkKind::AgencyOverall
        : (*subject)->kind == SubjectKind::GovernmentBudget                ? FrameworkKind::GovernmentBudget
                                                                             : FrameworkKind::ProgramTargets;
    Result<QList<IndicatorCategory>> categories = frameworks.categories(kind, s.fiscalYear);
    if (!categories)
        return categories.error();
    for (const IndicatorCategory& c : *categories) {
        if (c.level == 1 && c.required && !weightOfClass.contains(c.name))
            problems << tr("no indicator in the required class “%1”").arg(c.name);
    }
    if (kind == FrameworkKind::ProgramTargets) {
        Result<YearPolicy> policy = PolicyRepository(m_db).policyForDivision((*subject)->divisionCode, s.fiscalYear);
        if (!policy)
            return policy.error();
        for (const ScoreIssue& issue : SelfEvaluationScorer::weightIssues(weightOfClass, *policy))
            problems << issue.message;
    }
    return problems;
}

Result<QStringList> Workflow::monitoringProblems(const QUuid& id)
{
    Result<std::optional<MonitoringReport>> report = MonitoringRepository(m_db).find(id);
    if (!report)
        return report.error();
    Result<std::optional<TargetSet>> set = TargetSetRepository(m_db).ofSubject((*report)->subjectId, (*report)->fiscalYear);
    if (!set)
        return set.error();
    QHash<QUuid, QString> names;
    if (set->has_value()) {
        for (const Indicator& i : (*set)->indicators)
            names.insert(i.meta.id, i.name);
    }
    QStringList problems;
    if ((*report)->executed > (*report)->budget)
        problems << tr("the executed amount is above the budget");
    for (const MonitoringEntry& e : (*report)->entries) {
        if (e.likelihood == Likelihood::Certain)
            continue;
        const QString name = names.value(e.indicatorId, e.indicatorId.toString(QUuid::WithoutBraces));
        if (!e.cause)
            problems << tr("indicator “%1” is not certain to be reached: give the cause of the deviation").arg(name);
        if (e.measures.trimmed().isEmpty())
            problems << tr("indicator “%1” is not certain to be reached: give the corrective measures").arg(name);
    }
    return problems;
}

Result<QStringList> Workflow::evaluationProblems(const QUuid& id)
{
    Result<std::optional<SelfEvaluation>> evaluation = EvaluationRepository(m_db).find(id);
    if (!evaluation)
        return evaluation.error();
    Result<ScoreSheet> sheet = EvaluationService(m_db).score((*evaluation)->subjectId);
    if (!sheet)
        return QStringList { sheet.message() };
    QStringList problems;
    for (const ScoreIssue& issue : sheet->issues)
        problems << issue.message;
    return problems;
}

Result<QStringList> Workflow::assessmentProblems(const QUuid& id)
{
    Result<std::optional<ExAnteAssessment>> a = AssessmentRepository(m_db).find(id);
    if (!a)
        return a.error();
    QStringList problems;
    if ((*a)->report.trimmed().isEmpty())
        problems << tr("the assessment report is empty");
    if ((*a)->items.size() < 5)
        problems << tr("%1 of the 5 dimensions are scored").arg((*a)->items.size());
    if (!(*a)->conclusion)
        problems << tr("there is no conclusion");
    Result<std::optional<Subject>> subject = SubjectRepository(m_db).find((*a)->subjectId);
    if (!subject)
        return subject.error();
    Result<YearPolicy> policy = PolicyRepository(m_db).policyForDivision((*subject)->divisionCode, (*subject)->fiscalYear);
    if (!policy)
        return policy.error();
    for (const AssessmentItem& item : (*a)->items) {
        if (item.maxScore != policy->assessmentDimensionMax()) {
            problems << tr("“%1” is scored out of %2; the year's policy gives %3")
                            .arg(Names::of(item.dimension))
                            .arg(item.maxScore)
                            .arg(policy->assessmentDimensionMax());
        }
    }
    const AssessmentConclusion expected = policy->conclusionFor((*a)->totalScore());
    if ((*a)->conclusion && *(*a)->conclusion != expected) {
        problems << tr("a total of %1 concludes “%2”, not “%3”")
                        .arg((*a)->totalScore())
                        .arg(Names::of(expected), Names::of(*(*a)->conclusion));
    }
    return problems;
}

Result<QStringList> Workflow::applicationProblems(const QUuid& id)
{
    Result<std::optional<ResultApplication>> a = ResultApplicationRepository(m_db).find(id);
    if (!a)
        return a.error();
    QStringList problems;
    if ((*a)->decision != ApplicationDecision::Keep && (*a)->decision != ApplicationDecision::Increase)
        return problems;
    // 差 (the finance grade, else the self-evaluation's) means reduce or cancel, without exception.
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "SELECT coalesce((SELECT r.grade FROM review r WHERE r.record_kind = 4 AND r.record_id = e.id AND r.deleted = 0"
        " AND r.grade IS NOT NULL ORDER BY r.step DESC, r.reviewed_at DESC LIMIT 1), e.grade)"
        " FROM self_evaluation e WHERE e.subject_id = ? AND e.fiscal_year = ? AND e.deleted = 0"));
    q.addBindValue(RecordStore::idValue((*a)->subjectId));
    q.addBindValue((*a)->nextYear - 1);
    if (!q.exec())
        return m_db.queryError(q, tr("reading the grade"));
    if (q.next() && !q.value(0).isNull() && static_cast<Grade>(q.value(0).toInt()) == Grade::Poor) {
        problems << tr("the program was graded 差 (poor): it must be reduced or cancelled, not kept or increased");
    }
    return problems;
}

} // namespace jx
