// The rules of the loop end to end (issue 7): decisions that agree with their amounts, one live
// decision per subject and year, the predecessor's decision on next year's program, who
// reviews (own division, the 主管部门's first review, upper levels by policy), separation of
// duties, and payments held by finance orders.
#include "TestSupport.h"

#include "core/domain/FinanceOrder.h"
#include "core/domain/TargetSet.h"
#include "core/storage/AgencyRepository.h"
#include "core/storage/FinanceOrderRepository.h"
#include "core/storage/MonitoringRepository.h"
#include "core/storage/PaymentRepository.h"
#include "core/storage/PolicyRepository.h"
#include "core/storage/ProgramListing.h"
#include "core/storage/ResultApplicationRepository.h"
#include "core/storage/SubjectRepository.h"
#include "core/storage/TargetSetRepository.h"
#include "core/storage/TransitionRepository.h"
#include "core/workflow/BudgetGates.h"
#include "core/workflow/FinanceOrders.h"
#include "core/workflow/Payments.h"
#include "core/workflow/RecordLifecycle.h"
#include "core/workflow/SubmissionGates.h"
#include "core/workspace/Workspace.h"

#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace jx;

class TestLoopRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void decisionAgreesWithAmount_data();
    void decisionAgreesWithAmount();
    void oneLiveDecisionPerSubjectAndYear();
    void nextYearProgramCarriesPredecessorsDecision();
    void jurisdiction_data();
    void jurisdiction();
    void upperLevelActsWhenPolicySays();
    void competentDepartmentFirstReview();
    void separationOfDuties_data();
    void separationOfDuties();
    void paymentHeldByOrder();
    void transferGoesToALowerLevel_data();
    void governmentBudgetGoesToTheLevelAbove();
    void prefectureWorkspaceActsThroughTheCounty();
    void transferGoesToALowerLevel();

private:
    Agency agency(const QString& name, AgencyKind kind, const QString& division, const QUuid& parent = {});
    Subject program(const Agency& unit, int year = 2025);
    QUuid submittedReport(const Actor& preparer, const Subject& program);
    void setReviewPolicy(bool twoStep, bool upperActs);
    qint64 count(const QString& table);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_ws; ///< the county finance bureau's
    Agency m_finance, m_unit, m_department, m_subordinate, m_prefecture, m_otherCounty;
    Subject m_program;
    Actor m_preparer, m_reviewer, m_prefectureReviewer, m_otherReviewer;
};

Agency TestLoopRules::agency(const QString& name, AgencyKind kind, const QString& division, const QUuid& parent)
{
    Agency a;
    a.name = name;
    a.kind = kind;
    a.divisionCode = division;
    a.parentId = parent;
    if (!AgencyRepository(m_ws->database()).save(a).ok())
        qFatal("cannot save agency");
    return a;
}

Subject TestLoopRules::program(const Agency& unit, int year)
{
    Subject s;
    s.kind = SubjectKind::Program;
    s.fiscalYear = year;
    s.agencyId = unit.meta.id;
    s.meta.ownerId = unit.meta.id;
    s.divisionCode = unit.divisionCode;
    s.name = QStringLiteral("%1年农村公路养护项目").arg(year);
    s.amount = Money::fromYuan(1'200'000);
    if (!SubjectRepository(m_ws->database()).save(s).ok())
        qFatal("cannot save program");
    return s;
}

QUuid TestLoopRules::submittedReport(const Actor& preparer, const Subject& s)
{
    MonitoringReport r;
    r.meta.ownerId = s.agencyId;
    r.subjectId = s.meta.id;
    r.fiscalYear = s.fiscalYear;
    r.month = 6;
    r.budget = s.amount;
    r.executed = Money::fromYuan(600'000);
    r.forecastYearEnd = s.amount;
    if (!MonitoringRepository(m_ws->database()).save(r).ok())
        return {};
    if (!RecordLifecycle(m_ws->database()).submit(preparer, RecordKind::MonitoringReport, r.meta.id).ok())
        return {};
    return r.meta.id;
}

void TestLoopRules::setReviewPolicy(bool twoStep, bool upperActs)
{
    // The region's own policy for the year, as an administrator would edit it.
    PolicyRepository policies(m_ws->database());
    Result<YearPolicy> base = policies.policyForDivision(QStringLiteral("653101"), 2025);
    QVERIFY(base.ok());
    QJsonObject document = base->document();
    document.insert(QStringLiteral("regionCode"), QStringLiteral("650000"));
    document.insert(QStringLiteral("fiscalYear"), 2020); // in force from 2020 on
    document.insert(QStringLiteral("review"),
        QJsonObject { { QStringLiteral("twoStepReview"), twoStep }, { QStringLiteral("upperLevelActs"), upperActs } });
    Result<YearPolicy> edited = YearPolicy::fromJson(document);
    QVERIFY2(edited.ok(), qPrintable(edited.message()));
    QVERIFY(policies.save(*edited).ok());
    Result<YearPolicy> now = policies.policyForDivision(QStringLiteral("653101"), 2025);
    QCOMPARE(now->twoStepReview(), twoStep);
    QCOMPARE(now->upperLevelActs(), upperActs);
}

qint64 TestLoopRules::count(const QString& table)
{
    return test::scalar(m_ws->database(), QStringLiteral("SELECT count(*) FROM %1 WHERE deleted = 0").arg(table))
        .toLongLong();
}

void TestLoopRules::init()
{
    m_ws.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    InstallationRequest request;
    request.divisionCode = QStringLiteral("653101");
    request.agencyName = QStringLiteral("喀什市财政局");
    request.agencyKind = AgencyKind::FinanceBureau;
    Result<std::unique_ptr<Workspace>> ws = Workspace::create(m_dir->filePath(QStringLiteral("finance.jixiao")), request);
    QVERIFY2(ws.ok(), qPrintable(ws.message()));
    m_ws = std::move(*ws);
    m_finance = m_ws->self();
    m_unit = agency(QStringLiteral("喀什市交通运输局"), AgencyKind::BudgetUnit, QStringLiteral("653101"));
    m_department = agency(QStringLiteral("喀什市教育局"), AgencyKind::BudgetUnit, QStringLiteral("653101"));
    m_subordinate = agency(
        QStringLiteral("喀什市第一中学"), AgencyKind::BudgetUnit, QStringLiteral("653101"), m_department.meta.id);
    m_prefecture = agency(QStringLiteral("喀什地区财政局"), AgencyKind::FinanceBureau, QStringLiteral("653100"));
    m_otherCounty = agency(QStringLiteral("塔城市财政局"), AgencyKind::FinanceBureau, QStringLiteral("654201"));
    m_preparer = { QStringLiteral("李丽娜"), Role::UnitPreparer, m_unit.meta.id };
    m_reviewer = { QStringLiteral("张伟"), Role::FinanceReviewer, m_finance.meta.id };
    m_prefectureReviewer = { QStringLiteral("马明"), Role::FinanceReviewer, m_prefecture.meta.id };
    m_otherReviewer = { QStringLiteral("赵军"), Role::FinanceReviewer, m_otherCounty.meta.id };
    QVERIFY(m_ws->setActor(m_reviewer).ok());
    m_program = program(m_unit);
}

void TestLoopRules::decisionAgreesWithAmount_data()
{
    // The program's whole amount is 1,200,000 元.
    QTest::addColumn<int>("decision");
    QTest::addColumn<qint64>("changeYuan");
    QTest::addColumn<QString>("refusal"); // empty: accepted
    const int keep = int(ApplicationDecision::Keep), reduce = int(ApplicationDecision::Reduce);
    const int cancel = int(ApplicationDecision::Cancel), increase = int(ApplicationDecision::Increase);
    QTest::newRow("keep 0") << keep << qint64(0) << QString();
    QTest::newRow("keep +1") << keep << qint64(1) << QStringLiteral("must be 0");
    QTest::newRow("keep -1") << keep << qint64(-1) << QStringLiteral("must be 0");
    QTest::newRow("reduce -50,000") << reduce << qint64(-50'000) << QString();
    QTest::newRow("reduce 0") << reduce << qint64(0) << QStringLiteral("below 0");
    QTest::newRow("reduce +500,000 (an increase)") << reduce << qint64(500'000) << QStringLiteral("below 0");
    QTest::newRow("reduce beyond the whole") << reduce << qint64(-1'200'001) << QStringLiteral("more than the whole");
    QTest::newRow("cancel the whole") << cancel << qint64(-1'200'000) << QString();
    QTest::newRow("cancel half") << cancel << qint64(-600'000) << QStringLiteral("whole amount");
    QTest::newRow("cancel 0") << cancel << qint64(0) << QStringLiteral("whole amount");
    QTest::newRow("increase +100") << increase << qint64(100) << QString();
    QTest::newRow("increase 0") << increase << qint64(0) << QStringLiteral("above 0");
    QTest::newRow("increase -100") << increase << qint64(-100) << QStringLiteral("above 0");
}

void TestLoopRules::decisionAgreesWithAmount()
{
    QFETCH(int, decision);
    QFETCH(qint64, changeYuan);
    QFETCH(QString, refusal);
    Result<ResultApplication> a = m_ws->newDecision(m_program.meta.id);
    QVERIFY2(a.ok(), qPrintable(a.message()));
    a->decision = static_cast<ApplicationDecision>(decision);
    a->amountChange = Money::fromYuan(changeYuan);
    a->reason = QStringLiteral("依据自评结果");
    Result<void> r = m_ws->saveDecision(*a);
    if (refusal.isEmpty()) {
        QVERIFY2(r.ok(), qPrintable(r.message()));
        QCOMPARE(count(QStringLiteral("result_application")), 1);
        // And its submission passes the same rule.
        QVERIFY2(m_ws->submit(RecordKind::ResultApplication, a->meta.id).ok(), "submit");
        return;
    }
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, Error::Code::Invalid);
    QVERIFY2(r.message().contains(refusal), qPrintable(r.message()));
    QCOMPARE(count(QStringLiteral("result_application")), 0);
    // Written below the door (an import), its submission is refused for the same reason.
    ResultApplication below = *a;
    below.meta = RecordMeta();
    below.meta.ownerId = m_finance.meta.id;
    QVERIFY(ResultApplicationRepository(m_ws->database()).save(below).ok());
    Result<void> s = m_ws->submit(RecordKind::ResultApplication, below.meta.id);
    QVERIFY(!s.ok());
    QVERIFY2(s.message().contains(refusal), qPrintable(s.message()));
}

void TestLoopRules::oneLiveDecisionPerSubjectAndYear()
{
    Result<ResultApplication> first = m_ws->newDecision(m_program.meta.id);
    first->decision = ApplicationDecision::Reduce;
    first->amountChange = Money::fromYuan(-100'000);
    QVERIFY(m_ws->saveDecision(*first).ok());
    QVERIFY(m_ws->submit(RecordKind::ResultApplication, first->meta.id).ok());
    // A second decision beside a live one is refused, with the first one's status.
    Result<ResultApplication> second = m_ws->newDecision(m_program.meta.id);
    second->decision = ApplicationDecision::Keep;
    Result<void> r = m_ws->saveDecision(*second);
    QVERIFY(!r.ok());
    QVERIFY2(r.message().contains(QLatin1String("already a decision")) && r.message().contains(QLatin1String("Submitted")),
        qPrintable(r.message()));
    // Beside an approved one too.
    const Actor approver { QStringLiteral("陈静"), Role::FinanceReviewer, m_finance.meta.id };
    QVERIFY(RecordLifecycle(m_ws->database()).approve(approver, RecordKind::ResultApplication, first->meta.id).ok());
    QVERIFY(!m_ws->saveDecision(*second).ok());
    QCOMPARE(count(QStringLiteral("result_application")), 1);
    // Another program, or the same program another year, has its own.
    const Subject other = program(m_unit, 2024);
    Result<ResultApplication> elsewhere = m_ws->newDecision(other.meta.id);
    QVERIFY(m_ws->saveDecision(*elsewhere).ok());
    QCOMPARE(elsewhere->nextYear, 2025);
    // The first one itself is saved again without trouble while it is a draft.
    QVERIFY(m_ws->saveDecision(*elsewhere).ok());
}

void TestLoopRules::nextYearProgramCarriesPredecessorsDecision()
{
    // The unit's own file: it continues its program; finance's decision on it arrived by exchange.
    QTemporaryDir dir;
    InstallationRequest request;
    request.divisionCode = QStringLiteral("653101");
    request.agencyName = QStringLiteral("喀什市交通运输局");
    request.agencyKind = AgencyKind::BudgetUnit;
    Result<std::unique_ptr<Workspace>> opened = Workspace::create(dir.filePath(QStringLiteral("unit.jixiao")), request);
    QVERIFY2(opened.ok(), qPrintable(opened.message()));
    Workspace& unit = **opened;
    QVERIFY(unit.setActor({ QStringLiteral("李丽娜"), Role::UnitPreparer, {} }).ok());
    Subject before = unit.newProgram();
    before.fiscalYear = 2025;
    before.name = QStringLiteral("2025年农村公路养护项目");
    before.amount = Money::fromYuan(1'200'000);
    QVERIFY(unit.saveSubject(before).ok());
    Agency finance;
    finance.name = QStringLiteral("喀什市财政局");
    finance.kind = AgencyKind::FinanceBureau;
    finance.divisionCode = QStringLiteral("653101");
    QVERIFY(AgencyRepository(unit.database()).save(finance).ok());
    ResultApplication decision;
    decision.meta.ownerId = finance.meta.id;
    decision.subjectId = before.meta.id;
    decision.nextYear = 2026;
    decision.decision = ApplicationDecision::Reduce;
    decision.amountChange = Money::fromYuan(-200'000);
    decision.status = RecordStatus::Approved;
    QVERIFY(ResultApplicationRepository(unit.database()).save(decision).ok());

    Result<Subject> next = unit.nextYearProgram(before.meta.id);
    QVERIFY2(next.ok(), qPrintable(next.message()));
    QCOMPARE(next->fiscalYear, 2026);
    QCOMPARE(next->predecessorId, before.meta.id);
    QVERIFY(!next->isNew);
    next->name = QStringLiteral("2026年农村公路养护项目");
    next->amount = Money::fromYuan(1'000'000);
    QVERIFY(unit.saveSubject(*next).ok());
    QCOMPARE(SubjectRepository(unit.database()).find(next->meta.id)->value().predecessorId, before.meta.id);

    // The list shows the predecessor's decision on the new program's line.
    ProgramFilter filter;
    filter.fiscalYear = 2026;
    Result<QList<ProgramRow>> rows = ProgramListing(unit.database()).page(filter, std::nullopt, 10);
    QVERIFY2(rows.ok(), qPrintable(rows.message()));
    QCOMPARE(rows->size(), 1);
    QCOMPARE(rows->first().predecessorId, before.meta.id);
    QVERIFY(rows->first().predecessorDecision.has_value());
    QCOMPARE(rows->first().predecessorDecision->decision, ApplicationDecision::Reduce);
    QCOMPARE(rows->first().predecessorDecision->amountChange, Money::fromYuan(-200'000));
    QCOMPARE(rows->first().predecessorDecision->status, RecordStatus::Approved);
    filter.fiscalYear = 2025;
    rows = ProgramListing(unit.database()).page(filter, std::nullopt, 10);
    QVERIFY(!rows->first().predecessorDecision.has_value());

    // One successor per program; a predecessor is the year before.
    Result<Subject> again = unit.nextYearProgram(before.meta.id);
    QVERIFY(again.ok());
    Result<void> r = unit.saveSubject(*again);
    QVERIFY(!r.ok());
    QVERIFY2(r.message().contains(QLatin1String("already continued")), qPrintable(r.message()));
    Subject skipping = unit.newProgram();
    skipping.fiscalYear = 2027;
    skipping.name = QStringLiteral("2027年农村公路养护项目");
    skipping.predecessorId = before.meta.id;
    r = unit.saveSubject(skipping);
    QVERIFY(!r.ok());
    QVERIFY2(r.message().contains(QLatin1String("year before")), qPrintable(r.message()));
}

void TestLoopRules::jurisdiction_data()
{
    QTest::addColumn<int>("who");
    QTest::addColumn<QString>("refusal");
    QTest::newRow("the finance bureau of the unit's own division") << 0 << QString();
    QTest::newRow("the prefecture's finance bureau above it") << 1 << QStringLiteral("acts through it");
    QTest::newRow("another county's finance bureau") << 2 << QStringLiteral("not in the area");
    QTest::newRow("a unit's preparer") << 3 << QStringLiteral("may not review");
}

void TestLoopRules::jurisdiction()
{
    QFETCH(int, who);
    QFETCH(QString, refusal);
    const Actor actors[] = { m_reviewer, m_prefectureReviewer, m_otherReviewer,
        { QStringLiteral("王建国"), Role::UnitPreparer, m_department.meta.id } };
    const QUuid report = submittedReport(m_preparer, m_program);
    QVERIFY(!report.isNull());
    RecordLifecycle wf(m_ws->database());
    for (const bool approve : { false, true }) {
        Result<void> r = approve ? wf.approve(actors[who], RecordKind::MonitoringReport, report)
                                 : wf.returnRecord(actors[who], RecordKind::MonitoringReport, report, QStringLiteral("补充"));
        if (refusal.isEmpty() && !approve) {
            // Returned and submitted again, to approve it next.
            QVERIFY2(r.ok(), qPrintable(r.message()));
            QVERIFY(wf.submit(m_preparer, RecordKind::MonitoringReport, report).ok());
            continue;
        }
        if (refusal.isEmpty()) {
            QVERIFY2(r.ok(), qPrintable(r.message()));
            continue;
        }
        QVERIFY(!r.ok());
        QVERIFY2(r.message().contains(refusal), qPrintable(r.message()));
    }
    // Orders, decisions and budgets follow the same rule.
    Result<QUuid> order = FinanceOrders(m_ws->database()).issueOrder(actors[who], m_program.meta.id, OrderKind::Rectify,
        QStringLiteral("进度滞后"));
    QCOMPARE(order.ok(), refusal.isEmpty());
}

void TestLoopRules::upperLevelActsWhenPolicySays()
{
    setReviewPolicy(false, true);
    const QUuid report = submittedReport(m_preparer, m_program);
    Result<void> r = RecordLifecycle(m_ws->database()).approve(m_prefectureReviewer, RecordKind::MonitoringReport, report);
    QVERIFY2(r.ok(), qPrintable(r.message()));
    // Still not another county's.
    const QUuid second = submittedReport(m_preparer, program(m_unit, 2024));
    QVERIFY(!RecordLifecycle(m_ws->database()).approve(m_otherReviewer, RecordKind::MonitoringReport, second).ok());
}

void TestLoopRules::competentDepartmentFirstReview()
{
    const Actor pupil { QStringLiteral("古丽"), Role::UnitPreparer, m_subordinate.meta.id };
    const Actor departmentHead { QStringLiteral("艾力"), Role::UnitHead, m_department.meta.id };
    const Actor strangerHead { QStringLiteral("周斌"), Role::UnitHead, m_unit.meta.id };
    const Subject school = program(m_subordinate);
    RecordLifecycle wf(m_ws->database());

    // Without the policy's two steps, finance approves directly.
    const QUuid direct = submittedReport(pupil, school);
    QVERIFY(wf.approve(m_reviewer, RecordKind::MonitoringReport, direct).ok());

    setReviewPolicy(true, false);
    const QUuid report = submittedReport(pupil, program(m_subordinate, 2024));
    Result<void> r = wf.approve(m_reviewer, RecordKind::MonitoringReport, report);
    QVERIFY(!r.ok());
    QVERIFY2(r.message().contains(QLatin1String("first reviewed")), qPrintable(r.message()));
    // Only its own 主管部门 reviews first.
    r = wf.approve(strangerHead, RecordKind::MonitoringReport, report);
    QVERIFY(!r.ok());
    QVERIFY2(r.message().contains(QLatin1String("may not review")), qPrintable(r.message()));
    r = wf.approve(departmentHead, RecordKind::MonitoringReport, report, QStringLiteral("初审同意"));
    QVERIFY2(r.ok(), qPrintable(r.message()));
    QCOMPARE(test::scalar(m_ws->database(),
                 QStringLiteral("SELECT status FROM monitoring_report WHERE id = x'%1'")
                     .arg(QString::fromLatin1(report.toRfc4122().toHex())))
                 .toInt(),
        int(RecordStatus::Submitted));
    QVERIFY(!wf.approve(departmentHead, RecordKind::MonitoringReport, report).ok()); // once
    r = wf.approve(m_reviewer, RecordKind::MonitoringReport, report);
    QVERIFY2(r.ok(), qPrintable(r.message()));
    Result<QList<Transition>> history = TransitionRepository(m_ws->database()).ofRecord(RecordKind::MonitoringReport, report);
    QCOMPARE(history->size(), 3);
    QCOMPARE(history->at(1).from, RecordStatus::Submitted);
    QCOMPARE(history->at(1).to, RecordStatus::Submitted);
    QCOMPARE(history->at(1).actor.agencyId, m_department.meta.id);

    // The 主管部门 returns what is before it; a new submission needs a new first review.
    const QUuid third = submittedReport(pupil, program(m_subordinate, 2023));
    QVERIFY(wf.approve(departmentHead, RecordKind::MonitoringReport, third).ok());
    QVERIFY(wf.returnRecord(m_reviewer, RecordKind::MonitoringReport, third, QStringLiteral("数据有误")).ok());
    QVERIFY(wf.submit(pupil, RecordKind::MonitoringReport, third).ok());
    QVERIFY(!wf.approve(m_reviewer, RecordKind::MonitoringReport, third).ok());
    QVERIFY(wf.returnRecord(departmentHead, RecordKind::MonitoringReport, third, QStringLiteral("补充说明")).ok());
}

void TestLoopRules::separationOfDuties_data()
{
    QTest::addColumn<QString>("submitter");
    QTest::addColumn<QString>("approver");
    QTest::addColumn<bool>("refused");
    QTest::newRow("the same name") << QStringLiteral("李丽娜") << QStringLiteral("李丽娜") << true;
    QTest::newRow("spaces around") << QStringLiteral("李丽娜") << QStringLiteral(" 李丽娜 ") << true;
    QTest::newRow("a space inside") << QStringLiteral("李丽娜") << QStringLiteral("李 丽娜") << true;
    QTest::newRow("an ideographic space") << QStringLiteral("李丽娜") << QStringLiteral("李丽娜\u3000") << true;
    QTest::newRow("other letter case") << QStringLiteral("Li Lina") << QStringLiteral("LI LINA") << true;
    QTest::newRow("case and spaces") << QStringLiteral("Li Lina") << QStringLiteral("  lilina") << true;
    QTest::newRow("full-width letters") << QStringLiteral("Li Lina") << QStringLiteral("Ｌｉ Ｌｉｎａ") << true;
    QTest::newRow("another person") << QStringLiteral("Li Lina") << QStringLiteral("Li Na") << false;
}

void TestLoopRules::separationOfDuties()
{
    QFETCH(QString, submitter);
    QFETCH(QString, approver);
    QFETCH(bool, refused);
    // A finance department's own record: its officers prepare it and review it.
    const Actor preparer { submitter, Role::FinanceReviewer, m_finance.meta.id };
    Subject own = program(m_finance);
    const QUuid report = submittedReport(preparer, own);
    QVERIFY(!report.isNull());
    Result<void> r = RecordLifecycle(m_ws->database())
                         .approve({ approver, Role::FinanceReviewer, m_finance.meta.id }, RecordKind::MonitoringReport,
                             report);
    QCOMPARE(!r.ok(), refused);
    if (refused)
        QVERIFY2(r.message().contains(QLatin1String("cannot also approve")), qPrintable(r.message()));
}

void TestLoopRules::paymentHeldByOrder()
{
    Database& db = m_ws->database();
    TargetSet set;
    set.meta.ownerId = m_unit.meta.id;
    set.subjectId = m_program.meta.id;
    set.fiscalYear = 2025;
    set.objectiveAnnual = QStringLiteral("完成养护任务");
    set.status = RecordStatus::Approved;
    QVERIFY(TargetSetRepository(db).save(set).ok());
    Payments payments(db);
    // Nothing is paid before the budget is arranged.
    Result<QUuid> early = payments.pay(m_reviewer, m_program.meta.id, Money::fromYuan(100'000));
    QVERIFY(!early.ok());
    QVERIFY2(early.message().contains(Names::of(BudgetStage::None)), qPrintable(early.message()));
    QVERIFY(BudgetGates(db).applyForBudget(m_preparer, m_program.meta.id).ok());
    QVERIFY(m_ws->arrangeBudget(m_program.meta.id).ok());
    Result<QUuid> first = m_ws->pay(m_program.meta.id, Money::fromYuan(400'000), QStringLiteral("第一批"));
    QVERIFY2(first.ok(), qPrintable(first.message()));
    // Only the finance department of the program's division pays; never zero, never beyond the budget.
    QVERIFY(!payments.pay(m_prefectureReviewer, m_program.meta.id, Money::fromYuan(1)).ok());
    QVERIFY(!m_ws->pay(m_program.meta.id, Money()).ok());
    Result<QUuid> beyond = m_ws->pay(m_program.meta.id, Money::fromYuan(800'001));
    QVERIFY(!beyond.ok());
    QVERIFY2(beyond.message().contains(QLatin1String("exceed")), qPrintable(beyond.message()));

    // A rectification does not hold the payment; a suspension does, until it is lifted.
    Result<QUuid> rectify = m_ws->issueOrder(m_program.meta.id, OrderKind::Rectify, QStringLiteral("进度滞后"));
    QVERIFY(rectify.ok());
    QVERIFY(m_ws->pay(m_program.meta.id, Money::fromYuan(100'000)).ok());
    Result<QUuid> suspend = m_ws->issueOrder(m_program.meta.id, OrderKind::Suspend, QStringLiteral("整改不到位"));
    QVERIFY(suspend.ok());
    QVERIFY(!payments.holdReason(m_program.meta.id)->isEmpty());
    Result<QUuid> held = m_ws->pay(m_program.meta.id, Money::fromYuan(100'000));
    QVERIFY(!held.ok());
    QVERIFY2(held.message().contains(QLatin1String("held")) && held.message().contains(Names::of(OrderKind::Suspend)),
        qPrintable(held.message()));
    QCOMPARE(count(QStringLiteral("payment")), 2);
    QVERIFY(m_ws->liftOrder(*suspend, QStringLiteral("已整改到位")).ok());
    QVERIFY(payments.holdReason(m_program.meta.id)->isEmpty());
    QVERIFY(m_ws->pay(m_program.meta.id, Money::fromYuan(100'000)).ok());
    QCOMPARE(*payments.paid(m_program.meta.id), Money::fromYuan(600'000));

    // Lifting a rectification records its outcome, which it requires.
    Result<void> bare = m_ws->liftOrder(*rectify, QStringLiteral("已整改"));
    QVERIFY(!bare.ok());
    QVERIFY2(bare.message().contains(QLatin1String("outcome")), qPrintable(bare.message()));
    QVERIFY(m_ws->liftOrder(*rectify, QStringLiteral("已整改"), QStringLiteral("已调整实施计划，进度恢复正常")).ok());
    Result<std::optional<FinanceOrder>> lifted = FinanceOrderRepository(db).find(*rectify);
    QCOMPARE((*lifted)->outcome, QStringLiteral("已调整实施计划，进度恢复正常"));
    QVERIFY(!(*lifted)->inForce());
}

void TestLoopRules::transferGoesToALowerLevel_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<bool>("refused");
    QTest::newRow("prefecture to a county under it") << QStringLiteral("653100") << QStringLiteral("653101") << false;
    QTest::newRow("to its own division") << QStringLiteral("653101") << QStringLiteral("653101") << true;
    QTest::newRow("upwards") << QStringLiteral("653101") << QStringLiteral("653100") << true;
    QTest::newRow("to another prefecture's county") << QStringLiteral("653100") << QStringLiteral("654201") << true;
    QTest::newRow("no receiving division") << QStringLiteral("653101") << QString() << false;
}

void TestLoopRules::transferGoesToALowerLevel()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(bool, refused);
    const Agency owner = agency(QStringLiteral("交通运输局"), AgencyKind::BudgetUnit, from);
    Subject transfer = program(owner);
    TargetSet set;
    set.meta.ownerId = owner.meta.id;
    set.subjectId = transfer.meta.id;
    set.fiscalYear = 2025;
    set.receivingDivisionCode = to;
    QVERIFY(TargetSetRepository(m_ws->database()).save(set).ok());
    Result<QList<Problem>> problems = SubmissionGates(m_ws->database()).problems(RecordKind::TargetSet, set.meta.id);
    QVERIFY2(problems.ok(), qPrintable(problems.message()));
    const bool found = std::any_of(problems->cbegin(), problems->cend(),
        [](const Problem& p) { return p.field == QLatin1String("receivingDivisionCode"); });
    QCOMPARE(found, refused);
}

void TestLoopRules::governmentBudgetGoesToTheLevelAbove()
{
    // The county government's budget reports to the prefecture (DOMAIN.md §2.4).
    Subject gov;
    gov.kind = SubjectKind::GovernmentBudget;
    gov.fiscalYear = 2025;
    gov.agencyId = m_finance.meta.id;
    gov.meta.ownerId = m_finance.meta.id;
    gov.divisionCode = QStringLiteral("653101");
    gov.name = QStringLiteral("喀什市2025年一般公共预算");
    gov.amount = Money::fromYuan(1'200'000);
    QVERIFY(SubjectRepository(m_ws->database()).save(gov).ok());
    const Actor countyPreparer { QStringLiteral("陈静"), Role::FinanceReviewer, m_finance.meta.id };
    const QUuid report = submittedReport(countyPreparer, gov);
    QVERIFY(!report.isNull());
    RecordLifecycle wf(m_ws->database());
    Result<void> r = wf.approve(m_reviewer, RecordKind::MonitoringReport, report);
    QVERIFY(!r.ok());
    QVERIFY2(r.message().contains(QLatin1String("not in the area")), qPrintable(r.message()));
    QVERIFY(!wf.approve(m_otherReviewer, RecordKind::MonitoringReport, report).ok());
    r = wf.approve(m_prefectureReviewer, RecordKind::MonitoringReport, report);
    QVERIFY2(r.ok(), qPrintable(r.message()));
}

void TestLoopRules::prefectureWorkspaceActsThroughTheCounty()
{
    // The prefecture finance bureau's own file holds a county unit's submitted report (by exchange).
    QTemporaryDir dir;
    InstallationRequest request;
    request.divisionCode = QStringLiteral("653100");
    request.agencyName = QStringLiteral("喀什地区财政局");
    request.agencyKind = AgencyKind::FinanceBureau;
    Result<std::unique_ptr<Workspace>> opened = Workspace::create(dir.filePath(QStringLiteral("prefecture.jixiao")), request);
    QVERIFY2(opened.ok(), qPrintable(opened.message()));
    Workspace& prefecture = **opened;
    QVERIFY(prefecture.setActor({ QStringLiteral("马明"), Role::FinanceReviewer, {} }).ok());
    Database& db = prefecture.database();
    Agency unit;
    unit.name = QStringLiteral("喀什市交通运输局");
    unit.kind = AgencyKind::BudgetUnit;
    unit.divisionCode = QStringLiteral("653101");
    QVERIFY(AgencyRepository(db).save(unit).ok());
    Subject s;
    s.kind = SubjectKind::Program;
    s.fiscalYear = 2025;
    s.agencyId = unit.meta.id;
    s.meta.ownerId = unit.meta.id;
    s.divisionCode = unit.divisionCode;
    s.name = QStringLiteral("2025年农村公路养护项目");
    s.amount = Money::fromYuan(1'200'000);
    QVERIFY(SubjectRepository(db).save(s).ok());
    MonitoringReport r;
    r.meta.ownerId = unit.meta.id;
    r.subjectId = s.meta.id;
    r.fiscalYear = 2025;
    r.month = 6;
    r.budget = s.amount;
    r.status = RecordStatus::Submitted;
    QVERIFY(MonitoringRepository(db).save(r).ok());
    // It sees the report but acts through the county: no approval, no order, no decision.
    Result<void> approved = prefecture.approve(RecordKind::MonitoringReport, r.meta.id);
    QVERIFY(!approved.ok());
    QVERIFY2(approved.message().contains(QLatin1String("acts through it")), qPrintable(approved.message()));
    QVERIFY(!prefecture.issueOrder(s.meta.id, OrderKind::Suspend, QStringLiteral("进度滞后")).ok());
    Result<ResultApplication> decision = prefecture.newDecision(s.meta.id);
    QVERIFY(decision.ok());
    QVERIFY(!prefecture.saveDecision(*decision).ok());
    QCOMPARE(test::scalar(db, QStringLiteral("SELECT count(*) FROM result_application")).toInt(), 0);
}

QTEST_GUILESS_MAIN(TestLoopRules)
#include "TestLoopRules.moc"
