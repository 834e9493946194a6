// What a person may do on a subject right now, and why not (ActionAvailability), and the queue
// of work submitted for review (ReviewQueue). The reasons are the actions' own: a refused
// action's reason is the message the action gives when it is tried.
#include "LoopFixture.h"

#include "core/domain/FinanceOrder.h"
#include "core/workflow/ActionAvailability.h"
#include "core/workflow/BudgetGates.h"
#include "core/workflow/RecordLifecycle.h"
#include "core/workflow/ReviewQueue.h"

#include <QTest>

using namespace jx;

class TestActionAvailability : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void preparerSeesWhyNot();
    void reviewerMayReview();
    void separationOfDuties();
    void refusalsAreTheActionsOwn();
    void ordersAreLiftedByTheirDepartment();
    void budgetAndPayments();
    void queueListsWhatWasSubmitted();
    void queueFilters();
    void unitQueueHoldsItsSubordinates();

private:
    static const ActionState* find(const QList<ActionState>& states, SubjectAction action,
        std::optional<RecordKind> kind = std::nullopt, const QUuid& recordId = {});

    test::LoopFixture m_f;
};

void TestActionAvailability::init()
{
    m_f = test::LoopFixture();
    QVERIFY2(m_f.build(), qPrintable(m_f.error));
}

const ActionState* TestActionAvailability::find(
    const QList<ActionState>& states, SubjectAction action, std::optional<RecordKind> kind, const QUuid& recordId)
{
    for (const ActionState& s : states) {
        if (s.action == action && s.kind == kind && (recordId.isNull() || s.recordId == recordId))
            return &s;
    }
    return nullptr;
}

void TestActionAvailability::preparerSeesWhyNot()
{
    Result<QList<ActionState>> states
        = ActionAvailability(m_f.ws->database()).forSubject(m_f.preparer, m_f.roads.meta.id);
    QVERIFY2(states.ok(), qPrintable(states.message()));
    const ActionState* edit = find(*states, SubjectAction::Edit, RecordKind::TargetSet, m_f.roadsTargets);
    QVERIFY(edit);
    QVERIFY(!edit->allowed);
    QVERIFY2(edit->reason.contains(QLatin1String("cannot be changed until it is returned")), qPrintable(edit->reason));
    const ActionState* approve = find(*states, SubjectAction::Approve, RecordKind::TargetSet, m_f.roadsTargets);
    QVERIFY(approve);
    QVERIFY(!approve->allowed);
    QVERIFY2(approve->reason.contains(QLatin1String("only a finance department's reviewer")),
        qPrintable(approve->reason));
    const ActionState* submit = find(*states, SubjectAction::Submit, RecordKind::TargetSet, m_f.roadsTargets);
    QVERIFY(submit && !submit->allowed);
    QVERIFY2(submit->reason.contains(QLatin1String("already")), qPrintable(submit->reason));
    // The unit applies for its program's budget; finance arranges it.
    const ActionState* apply = find(*states, SubjectAction::ApplyForBudget);
    QVERIFY(apply && apply->allowed);
    QVERIFY(apply->reason.isEmpty());
    const ActionState* arrange = find(*states, SubjectAction::ArrangeBudget);
    QVERIFY(arrange && !arrange->allowed);
    QVERIFY(!arrange->reason.isEmpty());
    // A new monitoring report is the unit's to write; a decision on next year is finance's.
    const ActionState* monitor = find(*states, SubjectAction::Edit, RecordKind::MonitoringReport);
    QVERIFY(monitor && monitor->allowed && monitor->recordId.isNull());
    const ActionState* decide = find(*states, SubjectAction::Decide, RecordKind::ResultApplication);
    QVERIFY(decide && !decide->allowed);
    QVERIFY2(decide->reason.contains(QLatin1String("Only a finance department decides")), qPrintable(decide->reason));
}

void TestActionAvailability::reviewerMayReview()
{
    Result<QList<ActionState>> states
        = ActionAvailability(m_f.ws->database()).forSubject(m_f.reviewer, m_f.roads.meta.id);
    QVERIFY2(states.ok(), qPrintable(states.message()));
    QVERIFY(find(*states, SubjectAction::Approve, RecordKind::TargetSet, m_f.roadsTargets)->allowed);
    QVERIFY(find(*states, SubjectAction::Return, RecordKind::TargetSet, m_f.roadsTargets)->allowed);
    const ActionState* edit = find(*states, SubjectAction::Edit, RecordKind::TargetSet, m_f.roadsTargets);
    QVERIFY(!edit->allowed);
    QVERIFY(find(*states, SubjectAction::IssueOrder)->allowed);
    QVERIFY(find(*states, SubjectAction::Decide, RecordKind::ResultApplication)->allowed);
    const ActionState* apply = find(*states, SubjectAction::ApplyForBudget);
    QVERIFY(!apply->allowed);
    QVERIFY2(apply->reason.contains(QLatin1String("its unit does")), qPrintable(apply->reason));
    const ActionState* pay = find(*states, SubjectAction::Pay);
    QVERIFY(!pay->allowed);
    QVERIFY2(pay->reason.contains(QLatin1String("only an arranged budget is paid")), qPrintable(pay->reason));
    // The self-evaluation of the other program is graded; its approved targets are returned, not approved.
    states = ActionAvailability(m_f.ws->database()).forSubject(m_f.reviewer, m_f.canals.meta.id);
    QVERIFY(states.ok());
    QVERIFY(find(*states, SubjectAction::Grade, RecordKind::SelfEvaluation, m_f.canalsEvaluation)->allowed);
    QVERIFY(!find(*states, SubjectAction::Approve, RecordKind::TargetSet, m_f.canalsTargets)->allowed);
    QVERIFY(find(*states, SubjectAction::Return, RecordKind::TargetSet, m_f.canalsTargets)->allowed);
    int monitoringApprovals = 0;
    for (const ActionState& s : *states)
        monitoringApprovals += s.action == SubjectAction::Approve && s.kind == RecordKind::MonitoringReport && s.allowed;
    QCOMPARE(monitoringApprovals, 3);
}

void TestActionAvailability::separationOfDuties()
{
    Result<ResultApplication> decision = m_f.ws->newDecision(m_f.roads.meta.id);
    QVERIFY(decision.ok());
    decision->decision = ApplicationDecision::Keep;
    decision->reason = QStringLiteral("维持");
    QVERIFY2(m_f.ws->saveDecision(*decision).ok(), "save");
    QVERIFY(m_f.ws->submit(RecordKind::ResultApplication, decision->meta.id).ok());
    ActionAvailability availability(m_f.ws->database());
    Result<ActionState> mine = availability.state(m_f.reviewer, SubjectAction::Approve, RecordKind::ResultApplication,
        m_f.roads.meta.id, decision->meta.id);
    QVERIFY(mine.ok());
    QVERIFY(!mine->allowed);
    QVERIFY2(mine->reason.contains(QLatin1String("cannot also approve it")), qPrintable(mine->reason));
    Result<ActionState> colleagues = availability.state(m_f.colleague, SubjectAction::Approve,
        RecordKind::ResultApplication, m_f.roads.meta.id, decision->meta.id);
    QVERIFY(colleagues.ok());
    QVERIFY2(colleagues->allowed, qPrintable(colleagues->reason));
}

void TestActionAvailability::refusalsAreTheActionsOwn()
{
    // Every refused workflow step says exactly what the step says when it is tried.
    Database& db = m_f.ws->database();
    RecordLifecycle wf(db);
    int compared = 0;
    for (const Actor& actor : { m_f.preparer, m_f.reviewer }) {
        for (const Subject& s : { m_f.roads, m_f.canals }) {
            Result<QList<ActionState>> states = ActionAvailability(db).forSubject(actor, s.meta.id);
            QVERIFY(states.ok());
            for (const ActionState& st : *states) {
                if (st.allowed || !st.kind || st.recordId.isNull())
                    continue;
                Result<void> tried;
                if (st.action == SubjectAction::Submit)
                    tried = wf.submit(actor, *st.kind, st.recordId);
                else if (st.action == SubjectAction::Approve)
                    tried = wf.approve(actor, *st.kind, st.recordId);
                else if (st.action == SubjectAction::Return)
                    tried = wf.returnRecord(actor, *st.kind, st.recordId, QStringLiteral("请修改"));
                else
                    continue;
                QVERIFY(!tried.ok());
                QCOMPARE(st.reason, tried.message());
                ++compared;
            }
        }
    }
    QVERIFY(compared >= 10);
}

void TestActionAvailability::ordersAreLiftedByTheirDepartment()
{
    Result<QUuid> order = m_f.ws->issueOrder(m_f.canals.meta.id, OrderKind::Suspend, QStringLiteral("进度严重滞后"));
    QVERIFY2(order.ok(), qPrintable(order.message()));
    ActionAvailability availability(m_f.ws->database());
    Result<QList<ActionState>> states = availability.forSubject(m_f.reviewer, m_f.canals.meta.id);
    QVERIFY(states.ok());
    const ActionState* lift = find(*states, SubjectAction::LiftOrder, std::nullopt, *order);
    QVERIFY(lift && lift->allowed);
    QVERIFY2(lift->text.contains(Names::of(OrderKind::Suspend)), qPrintable(lift->text));
    states = availability.forSubject(m_f.preparer, m_f.canals.meta.id);
    lift = find(*states, SubjectAction::LiftOrder, std::nullopt, *order);
    QVERIFY(lift && !lift->allowed);
    QVERIFY2(lift->reason.contains(QLatin1String("gave an order")), qPrintable(lift->reason));
    QVERIFY(m_f.ws->liftOrder(*order, QStringLiteral("已整改")).ok());
    states = availability.forSubject(m_f.reviewer, m_f.canals.meta.id);
    QVERIFY(!find(*states, SubjectAction::LiftOrder, std::nullopt, *order));
}

void TestActionAvailability::budgetAndPayments()
{
    // The canals project: targets approved. The unit applies; finance arranges and pays.
    ActionAvailability availability(m_f.ws->database());
    const QUuid id = m_f.canals.meta.id;
    auto stateOf = [&](const Actor& actor, SubjectAction action) {
        Result<ActionState> s = availability.state(actor, action, std::nullopt, id, {});
        return s ? *s : ActionState {};
    };
    QVERIFY(stateOf(m_f.preparer, SubjectAction::ApplyForBudget).allowed);
    QVERIFY(BudgetGates(m_f.ws->database()).applyForBudget(m_f.preparer, id).ok());
    const ActionState again = stateOf(m_f.preparer, SubjectAction::ApplyForBudget);
    QVERIFY(!again.allowed);
    QVERIFY2(again.reason.contains(Names::of(BudgetStage::Applied)), qPrintable(again.reason));
    QVERIFY(stateOf(m_f.reviewer, SubjectAction::ArrangeBudget).allowed);
    QVERIFY(!stateOf(m_f.reviewer, SubjectAction::Pay).allowed);
    QVERIFY(m_f.ws->arrangeBudget(id).ok());
    QVERIFY(stateOf(m_f.reviewer, SubjectAction::Pay).allowed);
    QVERIFY(!stateOf(m_f.preparer, SubjectAction::Pay).allowed);
    // A suspension holds the next payment, and says so.
    Result<QUuid> order = m_f.ws->issueOrder(id, OrderKind::Suspend, QStringLiteral("整改不到位"));
    QVERIFY(order.ok());
    const ActionState held = stateOf(m_f.reviewer, SubjectAction::Pay);
    QVERIFY(!held.allowed);
    QVERIFY2(held.reason.contains(Names::of(OrderKind::Suspend)), qPrintable(held.reason));
    QVERIFY(m_f.ws->liftOrder(*order, QStringLiteral("已整改")).ok());
    // Paid in full: nothing left to pay.
    QVERIFY(m_f.ws->pay(id, m_f.canals.amount).ok());
    const ActionState full = stateOf(m_f.reviewer, SubjectAction::Pay);
    QVERIFY(!full.allowed);
    QVERIFY2(full.reason.contains(QLatin1String("paid in full")), qPrintable(full.reason));
    QCOMPARE(full.reason, m_f.ws->pay(id, Money::fromYuan(1)).message());
}

void TestActionAvailability::queueListsWhatWasSubmitted()
{
    Result<QList<ReviewQueueRow>> rows = ReviewQueue(m_f.ws->database()).rows(m_f.finance, {}, QDate(2025, 3, 1));
    QVERIFY2(rows.ok(), qPrintable(rows.message()));
    // The roads' targets, three monitoring reports and the self-evaluation; not the approved targets.
    QCOMPARE(rows->size(), 5);
    int reports = 0;
    for (const ReviewQueueRow& r : *rows) {
        QCOMPARE(r.submitter, QStringLiteral("李丽娜"));
        QCOMPARE(r.agencyName, QStringLiteral("喀什市交通运输局"));
        QCOMPARE(r.divisionCode, QStringLiteral("653101"));
        QVERIFY(!r.divisionName.isEmpty());
        QVERIFY(r.submittedAt.isValid());
        QVERIFY(r.recordId != m_f.canalsTargets);
        if (r.kind == RecordKind::MonitoringReport) {
            ++reports;
            // Monitoring of month N is due on the 10th of month N + 1.
            QCOMPARE(r.deadline, std::optional<QDate>(QDate(2025, r.month + 1, 10)));
            QCOMPARE(r.overdue, r.month == 1);
        }
        if (r.kind == RecordKind::SelfEvaluation) {
            QCOMPARE(r.subject, m_f.canals.name);
            QCOMPARE(r.score, std::optional<double>(92.91));
            QCOMPARE(r.grade, std::optional<Grade>(Grade::Excellent));
            QCOMPARE(r.deadline, std::optional<QDate>(QDate(2026, 4, 30)));
        }
        if (r.kind == RecordKind::TargetSet)
            QVERIFY(!r.deadline);
    }
    QCOMPARE(reports, 3);
    // Once reviewed, a record leaves the queue.
    QVERIFY(m_f.ws->approve(RecordKind::TargetSet, m_f.roadsTargets).ok());
    rows = ReviewQueue(m_f.ws->database()).rows(m_f.finance, {}, QDate(2025, 3, 1));
    QCOMPARE(rows->size(), 4);
}

void TestActionAvailability::queueFilters()
{
    ReviewQueue queue(m_f.ws->database());
    ReviewQueueFilter filter;
    filter.kind = RecordKind::MonitoringReport;
    QCOMPARE(queue.rows(m_f.finance, filter, QDate(2025, 3, 1))->size(), 3);
    filter.overdueOnly = true;
    QCOMPARE(queue.rows(m_f.finance, filter, QDate(2025, 3, 1))->size(), 1);
    QCOMPARE(queue.rows(m_f.finance, filter, QDate(2026, 11, 1))->size(), 3);
    ReviewQueueFilter byUnit;
    byUnit.agencyId = m_f.finance.meta.id;
    QCOMPARE(queue.rows(m_f.finance, byUnit, QDate(2025, 3, 1))->size(), 0);
    byUnit.agencyId = m_f.unit.meta.id;
    QCOMPARE(queue.rows(m_f.finance, byUnit, QDate(2025, 3, 1))->size(), 5);
    ReviewQueueFilter elsewhere;
    elsewhere.divisionCode = QStringLiteral("654201");
    QCOMPARE(queue.rows(m_f.finance, elsewhere, QDate(2025, 3, 1))->size(), 0);
    ReviewQueueFilter otherYear;
    otherYear.fiscalYear = 2024;
    QCOMPARE(queue.rows(m_f.finance, otherYear, QDate(2025, 3, 1))->size(), 0);
}

void TestActionAvailability::unitQueueHoldsItsSubordinates()
{
    // The unit has no subordinate units: nothing reaches it for a first review.
    Result<QList<ReviewQueueRow>> rows = ReviewQueue(m_f.ws->database()).rows(m_f.unit, {}, QDate(2025, 3, 1));
    QVERIFY(rows.ok());
    QCOMPARE(rows->size(), 0);
    // A finance department elsewhere sees none of it.
    Agency other;
    other.name = QStringLiteral("塔城市财政局");
    other.kind = AgencyKind::FinanceBureau;
    other.divisionCode = QStringLiteral("654201");
    QVERIFY(AgencyRepository(m_f.ws->database()).save(other).ok());
    QCOMPARE(ReviewQueue(m_f.ws->database()).rows(other, {}, QDate(2025, 3, 1))->size(), 0);
    // The prefecture above sees it (whether it acts is the policy's to say).
    Agency prefecture;
    prefecture.name = QStringLiteral("喀什地区财政局");
    prefecture.kind = AgencyKind::FinanceBureau;
    prefecture.divisionCode = QStringLiteral("653100");
    QVERIFY(AgencyRepository(m_f.ws->database()).save(prefecture).ok());
    QCOMPARE(ReviewQueue(m_f.ws->database()).rows(prefecture, {}, QDate(2025, 3, 1))->size(), 5);
}

QTEST_GUILESS_MAIN(TestActionAvailability)
#include "TestActionAvailability.moc"
