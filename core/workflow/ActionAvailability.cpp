#include "core/workflow/ActionAvailability.h"

#include "core/domain/FinanceOrder.h"
#include "core/domain/Validation.h"
#include "core/storage/Database.h"
#include "core/storage/FinanceOrderRepository.h"
#include "core/storage/SubjectRepository.h"
#include "core/workflow/Authority.h"
#include "core/workflow/BudgetGates.h"
#include "core/workflow/FinanceOrders.h"
#include "core/workflow/Payments.h"
#include "core/workflow/RecordLifecycle.h"
#include "core/workflow/RecordLookup.h"

#include <algorithm>

namespace jx {

QString ActionState::textOf(SubjectAction action, std::optional<RecordKind> kind, bool newRecord)
{
    const QString what = kind ? Names::of(*kind) : ActionAvailability::tr("program");
    switch (action) {
    case SubjectAction::EditSubject:
        return ActionAvailability::tr("Edit the program");
    case SubjectAction::Edit:
        return newRecord ? ActionAvailability::tr("New %1").arg(what) : ActionAvailability::tr("Edit %1").arg(what);
    case SubjectAction::Submit:
        return ActionAvailability::tr("Submit %1").arg(what);
    case SubjectAction::Approve:
        return ActionAvailability::tr("Approve %1").arg(what);
    case SubjectAction::Return:
        return ActionAvailability::tr("Return %1").arg(what);
    case SubjectAction::Grade:
        return ActionAvailability::tr("Grade %1").arg(what);
    case SubjectAction::ApplyForBudget:
        return ActionAvailability::tr("Apply for budget");
    case SubjectAction::ArrangeBudget:
        return ActionAvailability::tr("Arrange budget");
    case SubjectAction::Pay:
        return ActionAvailability::tr("Pay");
    case SubjectAction::IssueOrder:
        return ActionAvailability::tr("Give an order");
    case SubjectAction::LiftOrder:
        return ActionAvailability::tr("Lift the order");
    case SubjectAction::Decide:
        return newRecord ? ActionAvailability::tr("Decide on next year's funding")
                         : ActionAvailability::tr("Edit the decision on next year's funding");
    }
    return {};
}

ActionAvailability::ActionAvailability(Database& db)
    : m_db(db)
{ }

Result<ActionState> ActionAvailability::state(const Actor& actor, SubjectAction action,
    std::optional<RecordKind> kind, const QUuid& subjectId, const QUuid& recordId)
{
    ActionState s;
    s.action = action;
    s.kind = kind;
    s.recordId = recordId;
    s.text = ActionState::textOf(action, kind, recordId.isNull());
    Result<void> check;
    switch (action) {
    case SubjectAction::EditSubject: {
        Result<std::optional<Subject>> subject = SubjectRepository(m_db).find(subjectId);
        if (!subject)
            return subject.error();
        if (!subject->has_value() || (*subject)->meta.deleted) {
            return makeError(Error::Code::NotFound,
                tr("There is no subject with id %1.").arg(subjectId.toString(QUuid::WithoutBraces)));
        }
        check = Authority(m_db).checkEdit(actor, (*subject)->meta.ownerId, std::nullopt, Validation::label(**subject));
        break;
    }
    case SubjectAction::Edit:
        if (!kind)
            return makeError(Error::Code::Invalid, tr("Editing a record needs its kind."));
        if (recordId.isNull()) {
            // A new record about the subject is written by the subject's own agency.
            Result<std::optional<Subject>> subject = SubjectRepository(m_db).find(subjectId);
            if (!subject)
                return subject.error();
            if (!subject->has_value())
                return makeError(Error::Code::NotFound,
                    tr("There is no subject with id %1.").arg(subjectId.toString(QUuid::WithoutBraces)));
            check = Authority(m_db).checkEdit(actor, (*subject)->meta.ownerId, std::nullopt, Names::of(*kind));
        } else {
            check = RecordLifecycle(m_db).checkEdit(actor, *kind, recordId);
        }
        break;
    case SubjectAction::Decide:
        s.kind = RecordKind::ResultApplication;
        check = Authority(m_db).checkDecider(actor, subjectId);
        if (check) {
            check = recordId.isNull()
                ? Authority(m_db).checkEdit(actor, actor.agencyId, std::nullopt, Names::of(RecordKind::ResultApplication))
                : RecordLifecycle(m_db).checkEdit(actor, RecordKind::ResultApplication, recordId);
        }
        break;
    case SubjectAction::Submit:
    case SubjectAction::Approve:
    case SubjectAction::Return:
    case SubjectAction::Grade:
        if (!kind || recordId.isNull())
            return makeError(Error::Code::Invalid, tr("A workflow step needs a record."));
        if (action == SubjectAction::Submit)
            check = RecordLifecycle(m_db).checkSubmit(actor, *kind, recordId);
        else if (action == SubjectAction::Return)
            check = RecordLifecycle(m_db).checkReturn(actor, *kind, recordId);
        else
            check = RecordLifecycle(m_db).checkApprove(actor, *kind, recordId, action == SubjectAction::Grade);
        break;
    case SubjectAction::ApplyForBudget:
        check = BudgetGates(m_db).checkApply(actor, subjectId);
        break;
    case SubjectAction::ArrangeBudget:
        check = BudgetGates(m_db).checkArrange(actor, subjectId);
        break;
    case SubjectAction::Pay:
        check = Payments(m_db).checkPay(actor, subjectId);
        break;
    case SubjectAction::IssueOrder:
        check = FinanceOrders(m_db).checkIssue(actor, subjectId);
        break;
    case SubjectAction::LiftOrder:
        check = FinanceOrders(m_db).checkLift(actor, recordId);
        break;
    }
    // A failure to read is a failure of the question, not a reason to refuse.
    if (!check && check.error().code == Error::Code::Storage)
        return check.error();
    s.allowed = check.ok();
    s.reason = check.message();
    return s;
}

Result<QList<ActionState>> ActionAvailability::forSubject(const Actor& actor, const QUuid& subjectId)
{
    Result<std::optional<Subject>> found = SubjectRepository(m_db).find(subjectId);
    if (!found)
        return found.error();
    if (!found->has_value() || (*found)->meta.deleted) {
        return makeError(
            Error::Code::NotFound, tr("There is no subject with id %1.").arg(subjectId.toString(QUuid::WithoutBraces)));
    }
    const Subject& subject = **found;
    QList<ActionState> out;
    auto add = [&](SubjectAction action, std::optional<RecordKind> kind, const QUuid& recordId) -> Result<void> {
        Result<ActionState> s = state(actor, action, kind, subjectId, recordId);
        if (!s)
            return s.error();
        out << *s;
        return {};
    };
    if (Result<void> r = add(SubjectAction::EditSubject, std::nullopt, {}); !r)
        return r.error();
    if (subject.isProgram()) {
        for (SubjectAction a : { SubjectAction::ApplyForBudget, SubjectAction::ArrangeBudget, SubjectAction::Pay,
                 SubjectAction::IssueOrder }) {
            if (Result<void> r = add(a, std::nullopt, {}); !r)
                return r.error();
        }
        Result<QList<FinanceOrder>> orders = FinanceOrderRepository(m_db).ofSubject(subjectId);
        if (!orders)
            return orders.error();
        for (const FinanceOrder& o : *orders) {
            if (!o.inForce())
                continue;
            if (Result<void> r = add(SubjectAction::LiftOrder, std::nullopt, o.meta.id); !r)
                return r.error();
            out.last().text = tr("Lift %1").arg(Names::of(o.kind));
        }
    }
    Result<QList<RecordSummary>> records = RecordLookup(m_db).recordsOf(subjectId);
    if (!records)
        return records.error();
    const RecordKind kinds[] = { RecordKind::Assessment, RecordKind::TargetSet, RecordKind::MonitoringReport,
        RecordKind::SelfEvaluation, RecordKind::ResultApplication };
    for (RecordKind kind : kinds) {
        const bool decision = kind == RecordKind::ResultApplication;
        if ((kind == RecordKind::Assessment || decision) && !subject.isProgram())
            continue;
        // The year a record of this kind is about: a decision applies to the year after the subject's.
        const int year = decision ? subject.fiscalYear + 1 : subject.fiscalYear;
        const bool hasOne = std::any_of(records->cbegin(), records->cend(),
            [&](const RecordSummary& r) { return r.kind == kind && (kind == RecordKind::Assessment || r.year == year); });
        // One record of a kind per year, except the monthly monitoring reports.
        if (!hasOne || kind == RecordKind::MonitoringReport) {
            if (Result<void> r = add(decision ? SubjectAction::Decide : SubjectAction::Edit, kind, {}); !r)
                return r.error();
        }
        for (const RecordSummary& rec : *records) {
            if (rec.kind != kind)
                continue;
            QList<SubjectAction> steps { decision ? SubjectAction::Decide : SubjectAction::Edit, SubjectAction::Submit,
                SubjectAction::Approve };
            if (kind == RecordKind::SelfEvaluation)
                steps << SubjectAction::Grade;
            steps << SubjectAction::Return;
            for (SubjectAction a : steps) {
                if (Result<void> r = add(a, kind, rec.id); !r)
                    return r.error();
                if (kind == RecordKind::MonitoringReport)
                    out.last().text = tr("%1 (month %2)").arg(out.last().text).arg(rec.month);
            }
        }
    }
    return out;
}

} // namespace jx
