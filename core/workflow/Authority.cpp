#include "core/workflow/Authority.h"

#include "core/domain/FinanceOrder.h"
#include "core/domain/Validation.h"
#include "core/storage/AgencyRepository.h"
#include "core/storage/Database.h"
#include "core/storage/DivisionRepository.h"
#include "core/storage/PolicyRepository.h"
#include "core/storage/TransitionRepository.h"

#include <algorithm>

namespace jx {

Authority::Authority(Database& db)
    : m_db(db)
{ }

bool Authority::preparesFor(Role role, AgencyKind ownerKind)
{
    return ownerKind == AgencyKind::BudgetUnit ? (role == Role::UnitPreparer || role == Role::UnitHead)
                                               : isFinanceOfficer(role);
}

bool Authority::isFinanceOfficer(Role role)
{
    return role == Role::FinanceReviewer || role == Role::FinanceAdministrator;
}

bool Authority::isEditable(std::optional<RecordStatus> status)
{
    return !status || *status == RecordStatus::Draft || *status == RecordStatus::Returned;
}

Result<void> Authority::checkOwner(const Actor& actor, const Agency& owner, const QString& label, const QString& action)
{
    if (actor.agencyId != owner.meta.id) {
        return makeError(
            Error::Code::Invalid, tr("%1 belongs to %2; only that agency may %3 it.").arg(label, owner.name, action));
    }
    if (!preparesFor(actor.role, owner.kind)) {
        return makeError(
            Error::Code::Invalid, tr("%1 (%2) may not %3 %4.").arg(actor.name, Names::of(actor.role), action, label));
    }
    return {};
}

Result<void> Authority::checkOwner(const Actor& actor, const RecordState& record, const QString& action)
{
    return checkOwner(actor, record.owner, record.label, action);
}

Result<void> Authority::checkEdit(
    const Actor& actor, const Agency& owner, std::optional<RecordStatus> status, const QString& label)
{
    if (!isEditable(status)) {
        return makeError(Error::Code::Conflict,
            tr("%1 is %2 and cannot be changed until it is returned.").arg(label, Names::of(*status)));
    }
    return checkOwner(actor, owner, label, tr("edit"));
}

Result<void> Authority::checkEdit(
    const Actor& actor, const QUuid& ownerId, std::optional<RecordStatus> status, const QString& label)
{
    Result<std::optional<Agency>> owner = AgencyRepository(m_db).find(ownerId);
    if (!owner)
        return owner.error();
    if (!owner->has_value())
        return makeError(Error::Code::NotFound, tr("%1 has no owner agency.").arg(label));
    return checkEdit(actor, **owner, status, label);
}

Result<void> Authority::checkReviewer(
    const Actor& actor, const Agency& owner, const QString& label, int fiscalYear, bool toLevelAbove)
{
    Result<std::optional<Agency>> agency = AgencyRepository(m_db).find(actor.agencyId);
    if (!agency)
        return agency.error();
    const bool finance = agency->has_value() && (*agency)->kind == AgencyKind::FinanceBureau;
    if (!finance || !isFinanceOfficer(actor.role)) {
        return makeError(Error::Code::Invalid,
            tr("%1 (%2) may not review %3: only a finance department's reviewer does.")
                .arg(actor.name, Names::of(actor.role), label));
    }
    const QString reviewerDivision = (*agency)->divisionCode;
    Result<QList<Division>> lineage = DivisionRepository(m_db).lineage(owner.divisionCode);
    if (!lineage)
        return lineage.error();
    // Jurisdiction: the finance department of the owner's own division (同级); for a government
    // budget, of the division above it.
    QString home = owner.divisionCode;
    if (toLevelAbove && lineage->size() > 1) {
        home = lineage->at(1).code;
        lineage->removeFirst();
    }
    if (reviewerDivision == home)
        return {};
    const bool above = std::any_of(
        lineage->cbegin(), lineage->cend(), [&](const Division& d) { return d.code == reviewerDivision; });
    if (!above) {
        return makeError(Error::Code::Invalid,
            tr("%1 is not in the area of %2 (%3).").arg(label, (*agency)->name, reviewerDivision));
    }
    // An upper level sees and aggregates; it acts through the level below unless the policy says otherwise.
    Result<YearPolicy> policy = PolicyRepository(m_db).policyForDivision(owner.divisionCode, fiscalYear);
    if (!policy)
        return policy.error();
    if (!policy->upperLevelActs()) {
        return makeError(Error::Code::Invalid,
            tr("%1 belongs to %2 (%3): the finance department of that division reviews it; %4 acts through it.")
                .arg(label, owner.name, home, (*agency)->name));
    }
    return {};
}

Result<std::pair<Subject, RecordState>> Authority::reviewedProgram(const Actor& actor, const QUuid& programId)
{
    RecordLookup lookup(m_db);
    Result<Subject> program = lookup.liveProgram(programId);
    if (!program)
        return program.error();
    Result<RecordState> asRecord = lookup.programRecord(*program);
    if (!asRecord)
        return asRecord.error();
    if (Result<void> r = checkReviewer(actor, *asRecord); !r)
        return r.error();
    return std::pair<Subject, RecordState>(*std::move(program), *std::move(asRecord));
}

Result<void> Authority::checkReviewer(const Actor& actor, const RecordState& record)
{
    // A government reports its budget's performance to the level above (DOMAIN.md §2.4).
    return checkReviewer(actor, record.owner, record.label, record.fiscalYear,
        record.subjectKind == SubjectKind::GovernmentBudget);
}

Result<Authority::ReviewStep> Authority::reviewStep(const Actor& actor, const RecordState& record)
{
    // The owner's 主管部门 reviews first; everybody else only as finance.
    if (!record.owner.parentId.isNull() && actor.agencyId == record.owner.parentId) {
        if (!preparesFor(actor.role, AgencyKind::BudgetUnit)) {
            return makeError(Error::Code::Invalid,
                tr("%1 (%2) may not review %3 for its competent department.")
                    .arg(actor.name, Names::of(actor.role), record.label));
        }
        return ReviewStep::First;
    }
    if (Result<void> r = checkReviewer(actor, record); !r)
        return r.error();
    return ReviewStep::Final;
}

Result<bool> Authority::needsFirstReview(const RecordState& record)
{
    if (record.owner.parentId.isNull())
        return false;
    Result<YearPolicy> policy = PolicyRepository(m_db).policyForDivision(record.owner.divisionCode, record.fiscalYear);
    if (!policy)
        return policy.error();
    return policy->twoStepReview();
}

Result<bool> Authority::firstReviewed(const RecordState& record)
{
    if (!record.kind || record.owner.parentId.isNull())
        return false;
    Result<QList<Transition>> history = TransitionRepository(m_db).ofRecord(*record.kind, record.id);
    if (!history)
        return history.error();
    bool reviewed = false;
    for (const Transition& t : *history) {
        if (t.to == RecordStatus::Submitted && t.from != RecordStatus::Submitted)
            reviewed = false; // a new submission is reviewed anew
        else if (t.from == RecordStatus::Submitted && t.to == RecordStatus::Submitted
                 && t.actor.agencyId == record.owner.parentId)
            reviewed = true;
    }
    return reviewed;
}

QString Authority::personKey(const QString& name)
{
    QString key;
    const QString normal = name.normalized(QString::NormalizationForm_KC);
    key.reserve(normal.size());
    for (const QChar c : normal) {
        if (!c.isSpace())
            key += c;
    }
    return key.toCaseFolded();
}

Result<void> Authority::checkNotPreparer(const Actor& actor, const RecordState& record)
{
    if (!record.kind)
        return {};
    Result<QList<Transition>> history = TransitionRepository(m_db).ofRecord(*record.kind, record.id);
    if (!history)
        return history.error();
    const QString who = personKey(actor.name);
    for (const Transition& t : *history) {
        if (t.to == RecordStatus::Submitted && t.from != RecordStatus::Submitted && personKey(t.actor.name) == who) {
            return makeError(
                Error::Code::Invalid, tr("%1 prepared %2 and cannot also approve it.").arg(actor.name, record.label));
        }
    }
    return {};
}

Result<void> Authority::checkBudgetApplicant(const Actor& actor, const Subject& program)
{
    if (actor.agencyId != program.agencyId || !preparesFor(actor.role, AgencyKind::BudgetUnit)) {
        return makeError(Error::Code::Invalid,
            tr("%1 (%2) may not apply for the budget of %3; its unit does.")
                .arg(actor.name, Names::of(actor.role), Validation::label(program)));
    }
    return {};
}

Result<void> Authority::checkDecider(const Actor& actor, const QUuid& programId)
{
    Result<std::optional<Agency>> agency = AgencyRepository(m_db).find(actor.agencyId);
    if (!agency)
        return agency.error();
    if (!agency->has_value() || (*agency)->kind != AgencyKind::FinanceBureau) {
        return makeError(Error::Code::Invalid, tr("Only a finance department decides how results are used (%1).")
                                                   .arg(Names::of(RecordKind::ResultApplication)));
    }
    if (Result<std::pair<Subject, RecordState>> reviewed = reviewedProgram(actor, programId); !reviewed)
        return reviewed.error();
    return {};
}

Result<void> Authority::checkOrderLifter(const Actor& actor, const FinanceOrder& order)
{
    if (actor.agencyId != order.meta.ownerId || !isFinanceOfficer(actor.role))
        return makeError(Error::Code::Invalid, tr("Only the finance department that gave an order lifts it."));
    return {};
}

} // namespace jx
