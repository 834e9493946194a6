// One major new project through the whole loop, through the public core API only:
// ex-ante assessment → budget application → targets → review → budget arranged → twelve
// months of monitoring → self-evaluation → finance grading → result application.
#include "TestSupport.h"

#include "core/domain/MonitoringAnalyzer.h"
#include "core/storage/AgencyRepository.h"
#include "core/storage/AssessmentRepository.h"
#include "core/storage/EvaluationRepository.h"
#include "core/storage/FrameworkRepository.h"
#include "core/storage/MonitoringRepository.h"
#include "core/storage/PolicyRepository.h"
#include "core/storage/ResultApplicationRepository.h"
#include "core/storage/ReviewRepository.h"
#include "core/storage/SubjectRepository.h"
#include "core/storage/TargetSetRepository.h"
#include "core/storage/TransitionRepository.h"
#include "core/workflow/EvaluationService.h"
#include "core/workflow/BudgetGates.h"
#include "core/workflow/RecordLifecycle.h"

#include <QTemporaryDir>
#include <QTest>

using namespace jx;

class TestClosedLoop : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void majorNewProjectThroughTheLoop();
};

void TestClosedLoop::majorNewProjectThroughTheLoop()
{
    QTemporaryDir dir;
    std::unique_ptr<Database> db = test::createInstallation(dir);
    QVERIFY(db);
    Database& d = *db;
    const Agency finance = *Installation::selfAgency(d);
    Agency unit;
    unit.name = QStringLiteral("喀什市交通运输局");
    unit.kind = AgencyKind::BudgetUnit;
    unit.divisionCode = finance.divisionCode;
    QVERIFY(AgencyRepository(d).save(unit).ok());
    const Actor preparer { QStringLiteral("李丽娜"), Role::UnitPreparer, unit.meta.id };
    const Actor head { QStringLiteral("王建国"), Role::UnitHead, unit.meta.id };
    const Actor reviewer { QStringLiteral("张伟"), Role::FinanceReviewer, finance.meta.id };
    const Actor colleague { QStringLiteral("陈静"), Role::FinanceReviewer, finance.meta.id };
    RecordLifecycle wf(d);
    BudgetGates budget(d);

    Subject program;
    program.kind = SubjectKind::Program;
    program.fiscalYear = 2025;
    program.agencyId = unit.meta.id;
    program.divisionCode = unit.divisionCode;
    program.name = QStringLiteral("2025年农村公路提升改造工程");
    program.programKind = ProgramKind::Project;
    program.isNew = true;
    program.isMajor = true;
    program.functionCode = QStringLiteral("2140106");
    program.amount = Money::fromYuan(1'200'000);
    QVERIFY(SubjectRepository(d).save(program).ok());

    // 1. A major new project cannot apply for budget before its ex-ante assessment.
    Result<void> r = budget.applyForBudget(preparer, program.meta.id);
    QVERIFY(!r.ok());
    QVERIFY2(r.message().contains(QLatin1String("ex-ante assessment")), qPrintable(r.message()));

    ExAnteAssessment assessment;
    assessment.meta.ownerId = unit.meta.id;
    assessment.subjectId = program.meta.id;
    assessment.assessor = AssessorKind::ThirdParty;
    assessment.assessorName = QStringLiteral("某会计师事务所");
    const double scores[] = { 18, 17, 16, 17, 16 };
    for (int k = 0; k < 5; ++k)
        assessment.items << AssessmentItem { static_cast<AssessmentDimension>(k + 1), 20, scores[k], Grade::Good, {} };
    const YearPolicy policy = *PolicyRepository(d).policyForDivision(program.divisionCode, 2025);
    assessment.conclusion = policy.conclusionFor(assessment.totalScore());
    QCOMPARE(*assessment.conclusion, AssessmentConclusion::Support); // 84 ≥ 80
    assessment.report = QStringLiteral("一、基本情况\n二、评估工作开展情况\n三、各维度评估情况与总体结论\n四、建议");
    QVERIFY(AssessmentRepository(d).save(assessment).ok());
    QVERIFY(wf.submit(preparer, RecordKind::Assessment, assessment.meta.id).ok());
    QVERIFY(wf.approve(reviewer, RecordKind::Assessment, assessment.meta.id, QStringLiteral("同意")).ok());
    r = budget.applyForBudget(head, program.meta.id);
    QVERIFY2(r.ok(), qPrintable(r.message()));
    QCOMPARE(*budget.budgetStage(program.meta.id), BudgetStage::Applied);

    // 2. No approved targets, no budget.
    r = budget.arrangeBudget(reviewer, program.meta.id);
    QVERIFY(!r.ok());
    QVERIFY2(r.message().contains(QLatin1String("no targets, no budget")), qPrintable(r.message()));

    TargetSet targets;
    targets.meta.ownerId = unit.meta.id;
    targets.subjectId = program.meta.id;
    targets.fiscalYear = 2025;
    targets.objectiveAnnual = QStringLiteral("完成农村公路养护120公里，路况明显改善，群众满意度90%以上。");
    targets.indicators = test::workedExampleIndicators(d);
    QVERIFY(TargetSetRepository(d).save(targets).ok());
    r = wf.submit(preparer, RecordKind::TargetSet, targets.meta.id);
    QVERIFY2(r.ok(), qPrintable(r.message()));
    QVERIFY(wf.approve(reviewer, RecordKind::TargetSet, targets.meta.id, QStringLiteral("目标完整、相关、适当、可行")).ok());
    r = budget.arrangeBudget(reviewer, program.meta.id);
    QVERIFY2(r.ok(), qPrintable(r.message()));
    QCOMPARE(*budget.budgetStage(program.meta.id), BudgetStage::Arranged);

    // 3. Twelve months of monitoring; July lags behind time progress and is flagged.
    const qint64 executedByMonth[] = { 20'000, 50'000, 90'000, 150'000, 220'000, 360'000,
                                       380'000, 600'000, 760'000, 880'000, 980'000, 1'080'000 };
    QList<QUuid> reports;
    for (int month = 1; month <= 12; ++month) {
        MonitoringReport m;
        m.meta.ownerId = unit.meta.id;
        m.subjectId = program.meta.id;
        m.fiscalYear = 2025;
        m.month = month;
        m.budget = program.amount;
        m.executed = Money::fromYuan(executedByMonth[month - 1]);
        m.forecastYearEnd = Money::fromYuan(1'080'000);
        MonitoringEntry length;
        length.indicatorId = targets.indicators.at(0).meta.id;
        length.progressValue = 10.0 * month;
        length.forecastValue = month < 7 ? 120 : 110;
        if (month >= 7) {
            length.likelihood = Likelihood::Possible;
            length.cause = DeviationCause::Other;
            length.measures = QStringLiteral("雨雪天气影响，调整施工计划");
        }
        m.entries << length;
        QVERIFY(MonitoringRepository(d).save(m).ok());
        const MonitoringAnalysis analysis = MonitoringAnalyzer::analyze(m, targets.indicators, policy);
        if (month == 7) {
            QVERIFY(std::any_of(analysis.warnings.cbegin(), analysis.warnings.cend(), [](const MonitoringWarning& w) {
                return w.kind == MonitoringWarning::Kind::ExecutionLag;
            }));
        }
        r = wf.submit(preparer, RecordKind::MonitoringReport, m.meta.id);
        QVERIFY2(r.ok(), qPrintable(r.message()));
        reports << m.meta.id;
    }
    Result<int> approved = wf.approveAll(reviewer, RecordKind::MonitoringReport, reports, QStringLiteral("已阅"));
    QVERIFY2(approved.ok(), qPrintable(approved.message()));
    QCOMPARE(*approved, 12);
    QCOMPARE(MonitoringRepository(d).ofSubject(program.meta.id, 2025)->size(), 12);

    // 4. Self-evaluation, scored by the engine, graded by finance.
    SelfEvaluation ev;
    ev.meta.ownerId = unit.meta.id;
    ev.subjectId = program.meta.id;
    ev.fiscalYear = 2025;
    ev.funds << EvaluationFund { FundSource::Appropriation, program.amount, program.amount, Money::fromYuan(1'080'000) };
    ev.objectiveExpected = targets.objectiveAnnual;
    ev.objectiveAchieved = QStringLiteral("完成养护110公里，路况改善。");
    ev.projectLead = QStringLiteral("王建国");
    ev.financeLead = QStringLiteral("李丽娜");
    const std::optional<double> actuals[] = { 110, 100, 12, 9500, std::nullopt, 80, 92 };
    for (int k = 0; k < targets.indicators.size(); ++k) {
        EvaluationEntry e;
        e.indicatorId = targets.indicators.at(k).meta.id;
        e.actualValue = actuals[k];
        ev.entries << e;
    }
    ev.entries[4].qualitativeLevel = QualitativeLevel::Partly;
    ev.entries[4].score = 11;
    for (int k : { 0, 2, 4 }) // not fully reached: 偏差原因分析及改进措施
        ev.entries[k].deviationReason = QStringLiteral("雨雪天气影响工期，明年提前开工");
    // Submitting without explaining 80 against a target of 60 is refused.
    QVERIFY(EvaluationRepository(d).save(ev).ok());
    r = wf.submit(preparer, RecordKind::SelfEvaluation, ev.meta.id);
    QVERIFY(!r.ok());
    QVERIFY2(r.message().contains(QStringLiteral("带动就业人数")), qPrintable(r.message()));
    ev.entries[5].explanation = QStringLiteral("工程吸纳了更多周边村民务工");
    Result<ScoreSheet> sheet = EvaluationService(d).score(program.meta.id);
    QVERIFY(sheet.ok());
    ev.totalScore = sheet->total;
    ev.grade = sheet->grade;
    QVERIFY(EvaluationRepository(d).save(ev).ok());
    QCOMPARE(sheet->total, 92.91);
    r = wf.submit(preparer, RecordKind::SelfEvaluation, ev.meta.id);
    QVERIFY2(r.ok(), qPrintable(r.message()));
    // Finance checks and grades it one band lower (佐证材料不足).
    // A grade other than the computed one (优) needs a reason.
    QVERIFY(!wf.approve(reviewer, RecordKind::SelfEvaluation, ev.meta.id, QStringLiteral("定为良"), Grade::Good).ok());
    QVERIFY(wf.approveEvaluation(reviewer, ev.meta.id, QStringLiteral("定为良"),
                                 EvaluationVerdict { Grade::Good, QStringLiteral("佐证材料不足"), {} })
                .ok());
    const QList<Review> reviews = *ReviewRepository(d).ofRecord(RecordKind::SelfEvaluation, ev.meta.id);
    QCOMPARE(reviews.size(), 1);
    QCOMPARE(reviews.first().grade, std::optional<Grade>(Grade::Good));
    QCOMPARE(reviews.first().gradeReason, QStringLiteral("佐证材料不足"));

    // 5. The result applied to next year's budget: prepared by one officer, approved by another.
    ResultApplication application;
    application.meta.ownerId = finance.meta.id;
    application.subjectId = program.meta.id;
    application.nextYear = 2026;
    application.decision = ApplicationDecision::Keep;
    application.reason = QStringLiteral("评价等级为良，维持预算规模");
    QVERIFY(ResultApplicationRepository(d).save(application).ok());
    QVERIFY(wf.submit(colleague, RecordKind::ResultApplication, application.meta.id).ok());
    QVERIFY(!wf.approve(colleague, RecordKind::ResultApplication, application.meta.id).ok());
    QVERIFY(wf.approve(reviewer, RecordKind::ResultApplication, application.meta.id).ok());
    QCOMPARE((*ResultApplicationRepository(d).find(application.meta.id))->status, RecordStatus::Approved);

    // The history shows every step with who took it.
    QCOMPARE(TransitionRepository(d).ofRecord(RecordKind::TargetSet, targets.meta.id)->size(), 2);
    QCOMPARE(TransitionRepository(d).ofRecord(RecordKind::SelfEvaluation, ev.meta.id)->last().actor.name, QStringLiteral("张伟"));
}

QTEST_GUILESS_MAIN(TestClosedLoop)
#include "TestClosedLoop.moc"
