#include "TestSupport.h"

#include "core/domain/Validation.h"
#include "core/storage/AgencyRepository.h"
#include "core/storage/FinanceOrderRepository.h"
#include "core/storage/ProgramListing.h"
#include "core/storage/AssessmentRepository.h"
#include "core/storage/EvaluationRepository.h"
#include "core/storage/FrameworkRepository.h"
#include "core/storage/MonitoringRepository.h"
#include "core/storage/ResultApplicationRepository.h"
#include "core/storage/ReviewRepository.h"
#include "core/storage/SubjectRepository.h"
#include "core/storage/TargetSetRepository.h"
#include "core/storage/TransitionRepository.h"
#include "core/workflow/Authority.h"
#include "core/workflow/BudgetGates.h"
#include "core/workflow/FinanceOrders.h"
#include "core/workflow/RecordLifecycle.h"
#include "core/workflow/EvaluationService.h"
#include "core/workflow/SubmissionGates.h"
#include "core/storage/PolicyRepository.h"

#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace jx;

class TestWorkflow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void lifecycle();
    void forbiddenTransitions_data();
    void forbiddenTransitions();
    void roles_data();
    void roles();
    void preparerCannotApprove();
    void targetGates_data();
    void targetGates();
    void monitoringGate();
    void poorProgramCannotKeepFunding();
    void bulkApproveIsAllOrNothing();
    void assessmentGate();
    void financeOrders();
    void onlyTheOwnerEditsReturnedRecords();
    void editRuleForRecordsWithoutStatus();
    void problemLines();
    void targetWeightsArePolicy();
    void evaluationScoreStoredAndGradeBinds();
    void notApplicableNeedsFinance();
    void monitoringForecastMissNeedsReason();
    void negativeWeightRefusedWithPath();
    void agencyAndGovernmentFrameworks_data();
    void agencyAndGovernmentFrameworks();

private:
    void requireTargetWeights(bool on);
    SelfEvaluation poorEvaluation();
    Agency agency(const QString& name, AgencyKind kind, const QString& division);
    QUuid category(const QString& name);
    TargetSet validTargets();
    MonitoringReport report(int month);
    RecordStatus statusOf(const QString& table, const QUuid& id);
    qint64 count(const QString& table);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    Agency m_finance, m_unit, m_otherUnit, m_tacheng, m_prefecture;
    Subject m_program;
    Actor m_preparer, m_head, m_reviewer, m_otherCounty, m_prefectureReviewer;
};

Agency TestWorkflow::agency(const QString& name, AgencyKind kind, const QString& division)
{
    Agency a;
    a.name = name;
    a.kind = kind;
    a.divisionCode = division;
    if (!AgencyRepository(*m_db).save(a).ok())
        qFatal("cannot save agency");
    return a;
}

QUuid TestWorkflow::category(const QString& name)
{
    for (const IndicatorCategory& c : *FrameworkRepository(*m_db).categories(FrameworkKind::ProgramTargets, 2025)) {
        if (c.name == name)
            return c.meta.id;
    }
    return {};
}

void TestWorkflow::init()
{
    m_db.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = test::createInstallation(*m_dir);
    QVERIFY(m_db);
    m_finance = *Installation::selfAgency(*m_db);
    m_unit = agency(QStringLiteral("喀什市交通运输局"), AgencyKind::BudgetUnit, QStringLiteral("653101"));
    m_otherUnit = agency(QStringLiteral("喀什市水利局"), AgencyKind::BudgetUnit, QStringLiteral("653101"));
    m_tacheng = agency(QStringLiteral("塔城市财政局"), AgencyKind::FinanceBureau, QStringLiteral("654201"));
    m_prefecture = agency(QStringLiteral("喀什地区财政局"), AgencyKind::FinanceBureau, QStringLiteral("653100"));
    m_preparer = { QStringLiteral("李丽娜"), Role::UnitPreparer, m_unit.meta.id };
    m_head = { QStringLiteral("王建国"), Role::UnitHead, m_unit.meta.id };
    m_reviewer = { QStringLiteral("张伟"), Role::FinanceReviewer, m_finance.meta.id };
    m_otherCounty = { QStringLiteral("赵军"), Role::FinanceReviewer, m_tacheng.meta.id };
    m_prefectureReviewer = { QStringLiteral("马明"), Role::FinanceReviewer, m_prefecture.meta.id };

    m_program = Subject();
    m_program.kind = SubjectKind::Program;
    m_program.fiscalYear = 2025;
    m_program.agencyId = m_unit.meta.id;
    m_program.divisionCode = m_unit.divisionCode;
    m_program.name = QStringLiteral("2025年农村公路养护项目");
    m_program.amount = Money::fromYuan(1'200'000);
    QVERIFY(SubjectRepository(*m_db).save(m_program).ok());
}

TargetSet TestWorkflow::validTargets()
{
    TargetSet set;
    set.subjectId = m_program.meta.id;
    set.fiscalYear = 2025;
    set.objectiveAnnual = QStringLiteral("完成农村公路养护120公里");
    auto add = [&](const char* cat, const char* name, IndicatorOperator op, double target, const char* unit, double w) {
        Indicator i;
        i.categoryId = category(QString::fromUtf8(cat));
        i.name = QString::fromUtf8(name);
        i.op = op;
        if (op == IndicatorOperator::Qualitative) {
            i.targetText = QStringLiteral("明显改善");
        } else {
            i.targetValue = target;
            i.targetText = QString::number(target);
        }
        i.unit = QString::fromUtf8(unit);
        i.weight = w;
        set.indicators << i;
    };
    add("数量指标", "养护里程", IndicatorOperator::AtLeast, 120, "公里", 30);
    add("质量指标", "验收合格率", IndicatorOperator::Equal, 100, "%", 10);
    add("经济成本指标", "单位养护成本", IndicatorOperator::AtMost, 10000, "元/公里", 10);
    add("社会效益指标", "群众出行条件改善", IndicatorOperator::Qualitative, 0, "", 30);
    add("服务对象满意度指标", "服务对象满意度", IndicatorOperator::AtLeast, 90, "%", 10);
    set.meta.ownerId = m_unit.meta.id;
    return set;
}

MonitoringReport TestWorkflow::report(int month)
{
    MonitoringReport r;
    r.meta.ownerId = m_unit.meta.id;
    r.subjectId = m_program.meta.id;
    r.fiscalYear = 2025;
    r.month = month;
    r.budget = m_program.amount;
    r.executed = Money::fromYuan(100'000 * month);
    r.forecastYearEnd = m_program.amount;
    return r;
}

RecordStatus TestWorkflow::statusOf(const QString& table, const QUuid& id)
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT status FROM %1 WHERE id = ?").arg(table));
    q.addBindValue(RecordStore::idValue(id));
    q.exec();
    q.next();
    return static_cast<RecordStatus>(q.value(0).toInt());
}

qint64 TestWorkflow::count(const QString& table)
{
    QSqlQuery q(m_db->connection());
    q.exec(QStringLiteral("SELECT count(*) FROM ") + table);
    q.next();
    return q.value(0).toLongLong();
}

void TestWorkflow::lifecycle()
{
    TargetSet set = validTargets();
    QVERIFY(TargetSetRepository(*m_db).save(set).ok());
    RecordLifecycle wf(*m_db);
    Result<void> r = wf.submit(m_preparer, RecordKind::TargetSet, set.meta.id, QStringLiteral("请审核"));
    QVERIFY2(r.ok(), qPrintable(r.message()));
    QCOMPARE(statusOf(QStringLiteral("target_set"), set.meta.id), RecordStatus::Submitted);

    // Read-only while submitted.
    TargetSet copy = **TargetSetRepository(*m_db).find(set.meta.id);
    copy.objectiveAnnual = QStringLiteral("改");
    QVERIFY(!TargetSetRepository(*m_db).save(copy).ok());

    r = wf.approve(m_preparer, RecordKind::TargetSet, set.meta.id);
    QVERIFY(!r.ok());
    QVERIFY2(r.message().contains(QStringLiteral("李丽娜")), qPrintable(r.message()));
    r = wf.approve(m_otherCounty, RecordKind::TargetSet, set.meta.id);
    QVERIFY(!r.ok());
    QVERIFY2(r.message().contains(QStringLiteral("塔城市财政局")), qPrintable(r.message()));
    r = wf.returnRecord(m_reviewer, RecordKind::TargetSet, set.meta.id, QStringLiteral("  "));
    QVERIFY(!r.ok());
    QVERIFY(wf.returnRecord(m_reviewer, RecordKind::TargetSet, set.meta.id, QStringLiteral("成本指标偏高")).ok());
    QCOMPARE(statusOf(QStringLiteral("target_set"), set.meta.id), RecordStatus::Returned);

    // The owner edits the returned record and submits again; the level above sees it but acts
    // through the county (the default policy); the county's finance bureau approves.
    copy = **TargetSetRepository(*m_db).find(set.meta.id);
    copy.indicators[2].targetValue = 9000;
    QVERIFY(TargetSetRepository(*m_db).save(copy).ok());
    QVERIFY(wf.submit(m_head, RecordKind::TargetSet, set.meta.id).ok());
    r = wf.approve(m_prefectureReviewer, RecordKind::TargetSet, set.meta.id, QStringLiteral("同意"));
    QVERIFY(!r.ok());
    QVERIFY2(r.message().contains(m_prefecture.name), qPrintable(r.message()));
    r = wf.approve(m_reviewer, RecordKind::TargetSet, set.meta.id, QStringLiteral("同意"));
    QVERIFY2(r.ok(), qPrintable(r.message()));
    QCOMPARE(statusOf(QStringLiteral("target_set"), set.meta.id), RecordStatus::Approved);

    Result<QList<Transition>> history = TransitionRepository(*m_db).ofRecord(RecordKind::TargetSet, set.meta.id);
    QVERIFY(history.ok());
    QCOMPARE(history->size(), 4);
    QCOMPARE(history->at(0).actor.name, QStringLiteral("李丽娜"));
    QCOMPARE(history->at(0).comment, QStringLiteral("请审核"));
    QCOMPARE(history->at(1).to, RecordStatus::Returned);
    QCOMPARE(history->at(1).actor.role, Role::FinanceReviewer);
    QCOMPARE(history->at(3).from, RecordStatus::Submitted);
    QCOMPARE(history->at(3).to, RecordStatus::Approved);
    QCOMPARE(history->at(3).actor.agencyId, m_finance.meta.id);
    QVERIFY(history->at(3).at.isValid());
    Result<QList<Review>> reviews = ReviewRepository(*m_db).ofRecord(RecordKind::TargetSet, set.meta.id);
    QCOMPARE(reviews->size(), 2);
    QCOMPARE(reviews->at(0).decision, ReviewDecision::Return);
    QCOMPARE(reviews->at(0).comments, QStringLiteral("成本指标偏高"));
    QCOMPARE(reviews->at(1).meta.ownerId, m_finance.meta.id);
}

void TestWorkflow::forbiddenTransitions_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("action");
    QTest::newRow("approve a draft") << int(RecordStatus::Draft) << QStringLiteral("approve");
    QTest::newRow("return a draft") << int(RecordStatus::Draft) << QStringLiteral("return");
    QTest::newRow("approve a returned record") << int(RecordStatus::Returned) << QStringLiteral("approve");
    QTest::newRow("submit a submitted record") << int(RecordStatus::Submitted) << QStringLiteral("submit");
    QTest::newRow("submit an approved record") << int(RecordStatus::Approved) << QStringLiteral("submit");
    QTest::newRow("approve an approved record") << int(RecordStatus::Approved) << QStringLiteral("approve");
}

void TestWorkflow::forbiddenTransitions()
{
    QFETCH(int, status);
    QFETCH(QString, action);
    TargetSet set = validTargets();
    set.status = static_cast<RecordStatus>(status);
    QVERIFY(TargetSetRepository(*m_db).save(set).ok());
    RecordLifecycle wf(*m_db);
    Result<void> r = action == QLatin1String("submit") ? wf.submit(m_preparer, RecordKind::TargetSet, set.meta.id)
        : action == QLatin1String("approve")           ? wf.approve(m_reviewer, RecordKind::TargetSet, set.meta.id)
                                                       : wf.returnRecord(m_reviewer, RecordKind::TargetSet, set.meta.id,
                                                                         QStringLiteral("x"));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, Error::Code::Conflict);
    QVERIFY2(r.message().contains(Names::of(static_cast<RecordStatus>(status))), qPrintable(r.message()));
    QCOMPARE(statusOf(QStringLiteral("target_set"), set.meta.id), static_cast<RecordStatus>(status));
    QCOMPARE(count(QStringLiteral("transition")), 0);
}

void TestWorkflow::roles_data()
{
    QTest::addColumn<int>("who");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("finance submits a unit's record") << 0 << QStringLiteral("only that agency may submit");
    QTest::newRow("another unit submits") << 1 << QStringLiteral("only that agency may submit");
    QTest::newRow("a reviewer role inside the unit") << 2 << QStringLiteral("may not submit");
}

void TestWorkflow::roles()
{
    QFETCH(int, who);
    QFETCH(QString, messagePart);
    const Actor actors[] = { m_reviewer,
                             { QStringLiteral("孙燕"), Role::UnitPreparer, m_otherUnit.meta.id },
                             { QStringLiteral("周斌"), Role::FinanceReviewer, m_unit.meta.id } };
    TargetSet set = validTargets();
    QVERIFY(TargetSetRepository(*m_db).save(set).ok());
    Result<void> r = RecordLifecycle(*m_db).submit(actors[who], RecordKind::TargetSet, set.meta.id);
    QVERIFY(!r.ok());
    QVERIFY2(r.message().contains(messagePart), qPrintable(r.message()));
    QCOMPARE(statusOf(QStringLiteral("target_set"), set.meta.id), RecordStatus::Draft);
}

void TestWorkflow::preparerCannotApprove()
{
    // A finance bureau's own record: the officer who prepared it cannot approve it.
    ResultApplication a;
    a.meta.ownerId = m_finance.meta.id;
    a.subjectId = m_program.meta.id;
    a.nextYear = 2026;
    a.decision = ApplicationDecision::Reduce;
    a.amountChange = Money::fromYuan(-100'000);
    QVERIFY(ResultApplicationRepository(*m_db).save(a).ok());
    RecordLifecycle wf(*m_db);
    QVERIFY(wf.submit(m_reviewer, RecordKind::ResultApplication, a.meta.id).ok());
    Result<void> r = wf.approve(m_reviewer, RecordKind::ResultApplication, a.meta.id);
    QVERIFY(!r.ok());
    QVERIFY2(r.message().contains(QStringLiteral("张伟")) && r.message().contains(QLatin1String("cannot also approve")),
             qPrintable(r.message()));
    const Actor colleague { QStringLiteral("陈静"), Role::FinanceReviewer, m_finance.meta.id };
    QVERIFY(wf.approve(colleague, RecordKind::ResultApplication, a.meta.id).ok());
}

void TestWorkflow::targetGates_data()
{
    QTest::addColumn<int>("breakage");
    QTest::addColumn<QString>("messagePart");
    QTest::addColumn<QString>("path");
    QTest::newRow("name over 100 characters") << 0 << QStringLiteral("at most 100") << QStringLiteral("indicators[0].name");
    QTest::newRow("unit missing") << 1 << QStringLiteral("“养护里程”: the unit is missing") << QStringLiteral("indicators[0].unit");
    QTest::newRow("weights do not add up") << 2 << QStringLiteral("add up to 45") << QStringLiteral("indicators");
    QTest::newRow("required class missing") << 3 << QStringLiteral("required class “效益指标”") << QStringLiteral("indicators");
    QTest::newRow("qualitative target missing") << 4 << QStringLiteral("qualitative target is missing")
                                                << QStringLiteral("indicators[3].targetText");
    QTest::newRow("no annual objective") << 5 << QStringLiteral("annual objective") << QStringLiteral("objectiveAnnual");
    QTest::newRow("third unit missing") << 6 << QStringLiteral("“单位养护成本”: the unit is missing")
                                        << QStringLiteral("indicators[2].unit");
    QTest::newRow("target value missing") << 7 << QStringLiteral("target value is missing")
                                          << QStringLiteral("indicators[4].targetValue");
}

void TestWorkflow::targetGates()
{
    QFETCH(int, breakage);
    QFETCH(QString, messagePart);
    QFETCH(QString, path);
    TargetSet set = validTargets();
    switch (breakage) {
    case 0: set.indicators[0].name = QString(101, QChar(0x91cc)); break;
    case 1: set.indicators[0].unit.clear(); break;
    case 2: set.indicators[0].weight = 25; requireTargetWeights(true); break;
    case 3: set.indicators.removeAt(3); set.indicators[4 - 1].weight = 10; break;
    case 4: set.indicators[3].targetText.clear(); break;
    case 5: set.objectiveAnnual.clear(); break;
    case 6: set.indicators[2].unit.clear(); break;
    case 7: set.indicators[4].targetValue.reset(); break;
    }
    QVERIFY(TargetSetRepository(*m_db).save(set).ok());
    // One problem, at the field, naming the record; the same reason as submit gives.
    Result<QList<Problem>> problems = SubmissionGates(*m_db).problems(RecordKind::TargetSet, set.meta.id);
    QVERIFY2(problems.ok(), qPrintable(problems.message()));
    // The problem the breakage makes (removing a class also leaves its weight unplaced).
    const auto found = std::find_if(problems->cbegin(), problems->cend(),
                                    [&](const Problem& p) { return p.reason.contains(messagePart); });
    QVERIFY2(found != problems->cend(), qPrintable(Problem::joined(*problems)));
    QCOMPARE(problems->size(), 1);
    const Problem& problem = *found;
    QCOMPARE(problem.field, path);
    QVERIFY2(problem.reason.contains(messagePart), qPrintable(problem.reason));
    QCOMPARE(problem.recordKind, std::optional<RecordKind>(RecordKind::TargetSet));
    QCOMPARE(problem.recordId, set.meta.id);
    QVERIFY2(problem.record.contains(m_program.name), qPrintable(problem.record));
    if (path.startsWith(QLatin1String("indicators[")))
        QCOMPARE(problem.itemId, set.indicators.at(path.mid(11, 1).toInt()).meta.id);
    QCOMPARE(problem.line(), path + QStringLiteral(": ") + problem.reason);

    Result<void> r = RecordLifecycle(*m_db).submit(m_preparer, RecordKind::TargetSet, set.meta.id);
    QVERIFY(!r.ok());
    QVERIFY2(r.message().contains(messagePart), qPrintable(r.message()));
    QVERIFY(r.message().contains(m_program.name));
    QCOMPARE(statusOf(QStringLiteral("target_set"), set.meta.id), RecordStatus::Draft);
    QCOMPARE(count(QStringLiteral("transition")), 0);
}

void TestWorkflow::monitoringGate()
{
    TargetSet set = validTargets();
    QVERIFY(TargetSetRepository(*m_db).save(set).ok());
    MonitoringReport r = report(7);
    MonitoringEntry sure;
    sure.indicatorId = set.indicators.at(0).meta.id;
    sure.progressValue = 100;
    sure.likelihood = Likelihood::Certain;
    MonitoringEntry e;
    e.indicatorId = set.indicators.at(1).meta.id;
    e.progressValue = 40;
    e.likelihood = Likelihood::Possible;
    r.entries << sure << e;
    QVERIFY(MonitoringRepository(*m_db).save(r).ok());
    // Paths index the entries as stored (in the order of the indicators).
    Result<QList<Problem>> problems = SubmissionGates(*m_db).problems(RecordKind::MonitoringReport, r.meta.id);
    QVERIFY2(problems.ok(), qPrintable(problems.message()));
    QCOMPARE(problems->size(), 2);
    QCOMPARE(problems->at(0).field, QStringLiteral("entries[1].cause"));
    QCOMPARE(problems->at(1).field, QStringLiteral("entries[1].measures"));
    QCOMPARE(problems->at(0).itemId, set.indicators.at(1).meta.id);
    RecordLifecycle wf(*m_db);
    Result<void> res = wf.submit(m_preparer, RecordKind::MonitoringReport, r.meta.id);
    QVERIFY(!res.ok());
    QVERIFY2(res.message().contains(QStringLiteral("验收合格率")) && res.message().contains(QLatin1String("cause"))
                 && res.message().contains(QLatin1String("measures")),
             qPrintable(res.message()));
    r.entries[1].cause = DeviationCause::Funding;
    r.entries[1].measures = QStringLiteral("加快资金拨付");
    QVERIFY(MonitoringRepository(*m_db).save(r).ok());
    QVERIFY(wf.submit(m_preparer, RecordKind::MonitoringReport, r.meta.id).ok());
}

void TestWorkflow::poorProgramCannotKeepFunding()
{
    SelfEvaluation ev;
    ev.meta.ownerId = m_unit.meta.id;
    ev.subjectId = m_program.meta.id;
    ev.fiscalYear = 2025;
    ev.grade = Grade::Poor;
    ev.totalScore = 52;
    QVERIFY(EvaluationRepository(*m_db).save(ev).ok());
    RecordLifecycle wf(*m_db);
    for (ApplicationDecision d : { ApplicationDecision::Keep, ApplicationDecision::Increase }) {
        ResultApplication a;
        a.meta.ownerId = m_finance.meta.id;
        a.subjectId = m_program.meta.id;
        a.nextYear = 2026;
        a.decision = d;
        QVERIFY(ResultApplicationRepository(*m_db).save(a).ok());
        Result<void> r = wf.submit(m_reviewer, RecordKind::ResultApplication, a.meta.id);
        QVERIFY(!r.ok());
        QVERIFY2(r.message().contains(QStringLiteral("差")), qPrintable(r.message()));
        // One live decision per program and year: the refused one is withdrawn.
        QVERIFY(ResultApplicationRepository(*m_db).remove(a.meta.id).ok());
    }
    ResultApplication reduce;
    reduce.meta.ownerId = m_finance.meta.id;
    reduce.subjectId = m_program.meta.id;
    reduce.nextYear = 2026;
    reduce.decision = ApplicationDecision::Reduce;
    reduce.amountChange = Money::fromYuan(-600'000);
    QVERIFY(ResultApplicationRepository(*m_db).save(reduce).ok());
    QVERIFY(wf.submit(m_reviewer, RecordKind::ResultApplication, reduce.meta.id).ok());
}

void TestWorkflow::bulkApproveIsAllOrNothing()
{
    RecordLifecycle wf(*m_db);
    QList<QUuid> ids;
    for (int month = 1; month <= 3; ++month) {
        MonitoringReport r = report(month);
        QVERIFY(MonitoringRepository(*m_db).save(r).ok());
        ids << r.meta.id;
        if (month != 3)
            QVERIFY(wf.submit(m_preparer, RecordKind::MonitoringReport, r.meta.id).ok());
    }
    Result<int> bulk = wf.approveAll(m_reviewer, RecordKind::MonitoringReport, ids, QStringLiteral("同意"));
    QVERIFY(!bulk.ok());
    QVERIFY2(bulk.message().contains(QLatin1String("Nothing was approved")) && bulk.message().contains(QLatin1String("Draft")),
             qPrintable(bulk.message()));
    QCOMPARE(statusOf(QStringLiteral("monitoring_report"), ids.at(0)), RecordStatus::Submitted);
    QCOMPARE(count(QStringLiteral("review")), 0);
    QVERIFY(wf.submit(m_preparer, RecordKind::MonitoringReport, ids.at(2)).ok());
    bulk = wf.approveAll(m_reviewer, RecordKind::MonitoringReport, ids, QStringLiteral("同意"));
    QVERIFY2(bulk.ok(), qPrintable(bulk.message()));
    QCOMPARE(*bulk, 3);
    for (const QUuid& id : ids)
        QCOMPARE(statusOf(QStringLiteral("monitoring_report"), id), RecordStatus::Approved);
    QCOMPARE(count(QStringLiteral("review")), 3);
}

void TestWorkflow::assessmentGate()
{
    ExAnteAssessment a;
    a.meta.ownerId = m_unit.meta.id;
    a.subjectId = m_program.meta.id;
    a.report = QStringLiteral("一、基本情况……");
    for (int d = 1; d <= 5; ++d)
        a.items << AssessmentItem { static_cast<AssessmentDimension>(d), 20, 14, Grade::Fair, {} };
    a.conclusion = AssessmentConclusion::Support; // 70 points support only after revision
    QVERIFY(AssessmentRepository(*m_db).save(a).ok());
    Result<QList<Problem>> problems = SubmissionGates(*m_db).problems(RecordKind::Assessment, a.meta.id);
    QCOMPARE(problems->size(), 1);
    QCOMPARE(problems->first().field, QStringLiteral("conclusion"));
    RecordLifecycle wf(*m_db);
    Result<void> r = wf.submit(m_preparer, RecordKind::Assessment, a.meta.id);
    QVERIFY(!r.ok());
    QVERIFY2(r.message().contains(QLatin1String("70")) && r.message().contains(Names::of(AssessmentConclusion::SupportAfterRevision)),
             qPrintable(r.message()));
    a.conclusion = AssessmentConclusion::SupportAfterRevision;
    QVERIFY(AssessmentRepository(*m_db).save(a).ok());
    QVERIFY(wf.submit(m_preparer, RecordKind::Assessment, a.meta.id).ok());
}

void TestWorkflow::financeOrders()
{
    FinanceOrders fo(*m_db);
    BudgetGates budget(*m_db);
    Result<QUuid> none = fo.issueOrder(m_reviewer, m_program.meta.id, OrderKind::Suspend, QStringLiteral(" "));
    QVERIFY(!none.ok());
    QVERIFY(!fo.issueOrder(m_preparer, m_program.meta.id, OrderKind::Suspend, QStringLiteral("进度滞后")).ok());
    QVERIFY(!fo.issueOrder(m_otherCounty, m_program.meta.id, OrderKind::Suspend, QStringLiteral("进度滞后")).ok());
    Result<QUuid> rectify = fo.issueOrder(m_reviewer, m_program.meta.id, OrderKind::Rectify, QStringLiteral("进度滞后"));
    Result<QUuid> suspend = fo.issueOrder(m_reviewer, m_program.meta.id, OrderKind::Suspend, QStringLiteral("整改不到位"));
    QVERIFY2(rectify.ok() && suspend.ok(), qPrintable(suspend.message()));
    FinanceOrderRepository orders(*m_db);
    QCOMPARE(**orders.inForce(m_program.meta.id), OrderKind::Suspend);
    // Marked wherever the program is listed.
    Result<QList<ProgramRow>> rows = ProgramListing(*m_db).page({}, std::nullopt, 10);
    QCOMPARE(rows->size(), 1);
    QCOMPARE(rows->first().order, std::optional<OrderKind>(OrderKind::Suspend));
    // No budget is arranged while funding is suspended.
    TargetSet set = validTargets();
    set.status = RecordStatus::Approved;
    QVERIFY(TargetSetRepository(*m_db).save(set).ok());
    QVERIFY(budget.applyForBudget(m_preparer, m_program.meta.id).ok());
    Result<void> r = budget.arrangeBudget(m_reviewer, m_program.meta.id);
    QVERIFY(!r.ok());
    QVERIFY2(r.message().contains(Names::of(OrderKind::Suspend)), qPrintable(r.message()));
    // Only the ordering department lifts, with a reason.
    QVERIFY(!fo.liftOrder(m_prefectureReviewer, *suspend, QStringLiteral("已整改")).ok());
    QVERIFY(!fo.liftOrder(m_reviewer, *suspend, QString()).ok());
    QVERIFY(fo.liftOrder(m_reviewer, *suspend, QStringLiteral("已整改到位")).ok());
    QVERIFY(!fo.liftOrder(m_reviewer, *suspend, QStringLiteral("再次")).ok());
    QCOMPARE(**orders.inForce(m_program.meta.id), OrderKind::Rectify);
    QVERIFY(budget.arrangeBudget(m_reviewer, m_program.meta.id).ok());
    QCOMPARE(orders.ofSubject(m_program.meta.id)->size(), 2);
}

void TestWorkflow::onlyTheOwnerEditsReturnedRecords()
{
    TargetSet set = validTargets();
    QVERIFY(TargetSetRepository(*m_db).save(set).ok());
    RecordLifecycle wf(*m_db);
    QVERIFY(wf.checkEdit(m_preparer, RecordKind::TargetSet, set.meta.id).ok());
    QVERIFY(wf.submit(m_preparer, RecordKind::TargetSet, set.meta.id).ok());
    Result<void> r = wf.checkEdit(m_preparer, RecordKind::TargetSet, set.meta.id);
    QVERIFY(!r.ok());
    QVERIFY2(r.message().contains(QLatin1String("returned")), qPrintable(r.message()));
    QVERIFY(wf.returnRecord(m_reviewer, RecordKind::TargetSet, set.meta.id, QStringLiteral("补充指标")).ok());
    QVERIFY(wf.checkEdit(m_head, RecordKind::TargetSet, set.meta.id).ok());
    // The reviewer who returned it, and another unit, may not edit it.
    r = wf.checkEdit(m_reviewer, RecordKind::TargetSet, set.meta.id);
    QVERIFY(!r.ok());
    QVERIFY2(r.message().contains(QLatin1String("only that agency may edit")), qPrintable(r.message()));
    const Actor stranger { QStringLiteral("孙燕"), Role::UnitPreparer, m_otherUnit.meta.id };
    QVERIFY(!wf.checkEdit(stranger, RecordKind::TargetSet, set.meta.id).ok());
    const Actor wrongRole { QStringLiteral("周斌"), Role::FinanceReviewer, m_unit.meta.id };
    QVERIFY(!wf.checkEdit(wrongRole, RecordKind::TargetSet, set.meta.id).ok());
}

void TestWorkflow::editRuleForRecordsWithoutStatus()
{
    // A program has no status: its unit's people edit it, nobody else.
    const QString label = Validation::label(m_program);
    QVERIFY(Authority::checkEdit(m_preparer, m_unit, std::nullopt, label).ok());
    QVERIFY(Authority::checkEdit(m_head, m_unit, std::nullopt, label).ok());
    Result<void> r = Authority::checkEdit(m_reviewer, m_unit, std::nullopt, label);
    QVERIFY(!r.ok());
    QVERIFY2(r.message().contains(QLatin1String("only that agency may edit")) && r.message().contains(m_program.name),
             qPrintable(r.message()));
    const Actor wrongRole { QStringLiteral("周斌"), Role::FinanceReviewer, m_unit.meta.id };
    QVERIFY(!Authority::checkEdit(wrongRole, m_unit, std::nullopt, label).ok());
    // A finance order belongs to the finance department: its officers edit it, a unit does not.
    QVERIFY(Authority::checkEdit(m_reviewer, m_finance, std::nullopt, QStringLiteral("order")).ok());
    QVERIFY(!Authority::checkEdit(m_preparer, m_finance, std::nullopt, QStringLiteral("order")).ok());
    // With a status, the lifecycle's rule: drafts and returned records only.
    QVERIFY(Authority::checkEdit(m_preparer, m_unit, RecordStatus::Returned, label).ok());
    r = Authority::checkEdit(m_preparer, m_unit, RecordStatus::Approved, label);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, Error::Code::Conflict);
    // By the owner's id, as a workspace asks before every write.
    Authority authority(*m_db);
    QVERIFY(authority.checkEdit(m_preparer, m_unit.meta.id, std::nullopt, label).ok());
    QVERIFY(!authority.checkEdit(m_preparer, m_otherUnit.meta.id, std::nullopt, label).ok());
    QCOMPARE(authority.checkEdit(m_preparer, QUuid::createUuid(), std::nullopt, label).error().code, Error::Code::NotFound);
}

void TestWorkflow::problemLines()
{
    Problem unit = Problem::at(QStringLiteral("indicators[2].unit"), QStringLiteral("the unit is missing"));
    QCOMPARE(unit.line(), QStringLiteral("indicators[2].unit: the unit is missing"));
    QCOMPARE(unit.lineWithRecord(), unit.line());
    unit.record = QStringLiteral("targets of program “X”");
    QVERIFY(unit.lineWithRecord().startsWith(unit.record) && unit.lineWithRecord().endsWith(unit.line()));
    const Problem whole = Problem::at({}, QStringLiteral("there is no conclusion"));
    QCOMPARE(whole.line(), QStringLiteral("there is no conclusion"));
    QCOMPARE(Problem::path(QStringLiteral("entries"), 0, QStringLiteral("deviationReason")),
             QStringLiteral("entries[0].deviationReason"));
    const Error e = Problem::toError(QStringLiteral("X cannot be submitted"), { unit, whole });
    QCOMPARE(e.code, Error::Code::Invalid);
    QCOMPARE(e.message, QStringLiteral("X cannot be submitted: the unit is missing; there is no conclusion"));
}

QTEST_GUILESS_MAIN(TestWorkflow)
void TestWorkflow::requireTargetWeights(bool on)
{
    Result<YearPolicy> policy = PolicyRepository(*m_db).policyForDivision(QStringLiteral("653101"), 2025);
    QVERIFY(policy.ok());
    QJsonObject doc = policy->document();
    doc.insert(QStringLiteral("fiscalYear"), 2025);
    doc.insert(QStringLiteral("targets"), QJsonObject { { QStringLiteral("weightsMustMatchClasses"), on } });
    Result<YearPolicy> changed = YearPolicy::fromJson(doc);
    QVERIFY2(changed.ok(), qPrintable(changed.message()));
    QVERIFY(PolicyRepository(*m_db).save(*changed).ok());
}

void TestWorkflow::targetWeightsArePolicy()
{
    // The published 申报表 has no 分值: by default, weights that do not add up are no reason to refuse targets.
    TargetSet set = validTargets();
    set.indicators[0].weight = 25;
    QVERIFY(TargetSetRepository(*m_db).save(set).ok());
    Result<QList<Problem>> problems = SubmissionGates(*m_db).problems(RecordKind::TargetSet, set.meta.id);
    QVERIFY(problems.ok());
    QVERIFY2(problems->isEmpty(), qPrintable(Problem::joined(*problems)));
    requireTargetWeights(true);
    problems = SubmissionGates(*m_db).problems(RecordKind::TargetSet, set.meta.id);
    QCOMPARE(problems->size(), 1);
    QCOMPARE(problems->first().field, QStringLiteral("indicators"));
}

SelfEvaluation TestWorkflow::poorEvaluation()
{
    // Against validTargets(): 9 + 15 + 5 + 5 + 10 + 5.56 = 49.56, 差.
    TargetSet set = *TargetSetRepository(*m_db).ofSubject(m_program.meta.id, 2025).value();
    SelfEvaluation ev;
    ev.meta.ownerId = m_unit.meta.id;
    ev.subjectId = m_program.meta.id;
    ev.fiscalYear = 2025;
    ev.funds << EvaluationFund { FundSource::Appropriation, Money::fromYuan(1'200'000), Money::fromYuan(1'200'000),
                                 Money::fromYuan(1'080'000) };
    const QList<std::optional<double>> actuals = { 60, 50, 20000, std::nullopt, 50 };
    for (qsizetype n = 0; n < set.indicators.size(); ++n) {
        EvaluationEntry e;
        e.indicatorId = set.indicators.at(n).meta.id;
        e.actualValue = actuals.at(n);
        if (!actuals.at(n)) {
            e.qualitativeLevel = QualitativeLevel::NotAchieved;
            e.score = 10;
        }
        e.deviationReason = QStringLiteral("资金到位晚，已调整实施计划");
        ev.entries << e;
    }
    return ev;
}

void TestWorkflow::evaluationScoreStoredAndGradeBinds()
{
    RecordLifecycle wf(*m_db);
    TargetSet set = validTargets();
    QVERIFY(TargetSetRepository(*m_db).save(set).ok());
    QVERIFY(wf.submit(m_preparer, RecordKind::TargetSet, set.meta.id).ok());
    SelfEvaluation ev = poorEvaluation();
    QVERIFY(EvaluationRepository(*m_db).save(ev).ok());
    // Against targets that are not approved yet: refused, and the score says where they stand.
    Result<void> r = wf.submit(m_preparer, RecordKind::SelfEvaluation, ev.meta.id);
    QVERIFY(!r.ok());
    QVERIFY2(r.message().contains(QLatin1String("approved targets only")), qPrintable(r.message()));
    QCOMPARE(EvaluationService(*m_db).score(m_program.meta.id)->targetStatus,
             std::optional<RecordStatus>(RecordStatus::Submitted));
    QVERIFY(wf.approve(m_reviewer, RecordKind::TargetSet, set.meta.id).ok());

    // Submitted with its score and grade stored.
    r = wf.submit(m_preparer, RecordKind::SelfEvaluation, ev.meta.id);
    QVERIFY2(r.ok(), qPrintable(r.message()));
    SelfEvaluation stored = *EvaluationRepository(*m_db).find(ev.meta.id).value();
    QCOMPARE(stored.totalScore, std::optional<double>(49.56));
    QCOMPARE(stored.grade, std::optional<Grade>(Grade::Poor));
    QCOMPARE(*EvaluationService(*m_db).bindingGrade(m_program.meta.id, 2025), std::optional<Grade>(Grade::Poor));

    // Finance grades otherwise only with a reason.
    r = wf.approveEvaluation(m_reviewer, ev.meta.id, {}, EvaluationVerdict { Grade::Fair, QStringLiteral(" "), {} });
    QVERIFY(!r.ok());
    QVERIFY2(r.message().contains(QLatin1String("needs a reason")), qPrintable(r.message()));
    // Approved as computed, the 差 binds: keeping the funding is refused.
    QVERIFY(wf.approve(m_reviewer, RecordKind::SelfEvaluation, ev.meta.id).ok());
    QList<Review> reviews = *ReviewRepository(*m_db).ofRecord(RecordKind::SelfEvaluation, ev.meta.id);
    QCOMPARE(reviews.last().grade, std::optional<Grade>(Grade::Poor));
    QCOMPARE(reviews.last().score, std::optional<double>(49.56));
    ResultApplication keep;
    keep.meta.ownerId = m_finance.meta.id;
    keep.subjectId = m_program.meta.id;
    keep.nextYear = 2026;
    keep.decision = ApplicationDecision::Keep;
    QVERIFY(ResultApplicationRepository(*m_db).save(keep).ok());
    r = wf.submit(m_reviewer, RecordKind::ResultApplication, keep.meta.id);
    QVERIFY2(!r.ok() && r.message().contains(QStringLiteral("差")), qPrintable(r.message()));

    // Returned, submitted again and graded 中 with a reason: finance's grade binds.
    QVERIFY(wf.returnRecord(m_reviewer, RecordKind::SelfEvaluation, ev.meta.id, QStringLiteral("复核")).ok());
    QCOMPARE(*EvaluationService(*m_db).bindingGrade(m_program.meta.id, 2025), std::optional<Grade>(Grade::Poor));
    QVERIFY(wf.submit(m_preparer, RecordKind::SelfEvaluation, ev.meta.id).ok());
    r = wf.approveEvaluation(m_reviewer, ev.meta.id, QStringLiteral("同意"),
                             EvaluationVerdict { Grade::Fair, QStringLiteral("第三方核查，实际完成情况优于自评"), {} });
    QVERIFY2(r.ok(), qPrintable(r.message()));
    reviews = *ReviewRepository(*m_db).ofRecord(RecordKind::SelfEvaluation, ev.meta.id);
    QCOMPARE(reviews.last().gradeReason, QStringLiteral("第三方核查，实际完成情况优于自评"));
    QCOMPARE(*EvaluationService(*m_db).bindingGrade(m_program.meta.id, 2025), std::optional<Grade>(Grade::Fair));
    QVERIFY(wf.submit(m_reviewer, RecordKind::ResultApplication, keep.meta.id).ok());
}

void TestWorkflow::notApplicableNeedsFinance()
{
    RecordLifecycle wf(*m_db);
    TargetSet set = validTargets();
    QVERIFY(TargetSetRepository(*m_db).save(set).ok());
    QVERIFY(wf.submit(m_preparer, RecordKind::TargetSet, set.meta.id).ok());
    QVERIFY(wf.approve(m_reviewer, RecordKind::TargetSet, set.meta.id).ok());
    SelfEvaluation ev = poorEvaluation();
    ev.entries[4].notApplicable = true; // 服务对象满意度, 10 points
    QVERIFY(EvaluationRepository(*m_db).save(ev).ok());
    Result<void> r = wf.submit(m_preparer, RecordKind::SelfEvaluation, ev.meta.id);
    QVERIFY(!r.ok());
    QVERIFY2(r.message().contains(QLatin1String("give the reason")), qPrintable(r.message()));
    ev.entries[4].notApplicableReason = QStringLiteral("本年度未开展满意度调查");
    QVERIFY(EvaluationRepository(*m_db).save(ev).ok());
    QVERIFY(wf.submit(m_preparer, RecordKind::SelfEvaluation, ev.meta.id).ok());
    // (49.56 − 5.56) × 100 / 90 = 48.89 as submitted.
    QCOMPARE(EvaluationRepository(*m_db).find(ev.meta.id)->value().totalScore, std::optional<double>(48.89));
    const QUuid satisfaction = ev.entries[4].indicatorId;

    r = wf.approve(m_reviewer, RecordKind::SelfEvaluation, ev.meta.id);
    QVERIFY(!r.ok());
    QVERIFY2(r.message().contains(QLatin1String("accept or reject")) && r.message().contains(QStringLiteral("服务对象满意度")),
             qPrintable(r.message()));
    // A decision on an indicator that claims nothing is refused.
    r = wf.approveEvaluation(m_reviewer, ev.meta.id, {},
                             EvaluationVerdict { {}, {}, { ReviewItem { ev.entries[0].indicatorId, false, false } } });
    QVERIFY(!r.ok());
    // Rejected: it counts as not reached, 0 of 10: 44 points.
    r = wf.approveEvaluation(m_reviewer, ev.meta.id, {}, EvaluationVerdict { {}, {}, { ReviewItem { satisfaction, false, false } } });
    QVERIFY2(r.ok(), qPrintable(r.message()));
    const Review review = ReviewRepository(*m_db).ofRecord(RecordKind::SelfEvaluation, ev.meta.id)->last();
    QCOMPARE(review.score, std::optional<double>(44.0));
    QCOMPARE(review.items.size(), 1);
    QCOMPARE(review.items.first().notApplicableAccepted, std::optional<bool>(false));
    Result<ScoreSheet> sheet = EvaluationService(*m_db).score(m_program.meta.id);
    QCOMPARE(sheet->total, 44.0);
    QCOMPARE(sheet->reviewItems.first().decided, std::optional<bool>(false));
}

void TestWorkflow::monitoringForecastMissNeedsReason()
{
    TargetSet set = validTargets();
    QVERIFY(TargetSetRepository(*m_db).save(set).ok());
    MonitoringReport r = report(6);
    MonitoringEntry e;
    e.indicatorId = set.indicators.at(2).meta.id; // 单位养护成本 ≤ 10000
    e.forecastValue = 12000;                      // certain, says the unit, yet above the limit
    r.entries << e;
    QVERIFY(MonitoringRepository(*m_db).save(r).ok());
    Result<QList<Problem>> problems = SubmissionGates(*m_db).problems(RecordKind::MonitoringReport, r.meta.id);
    QVERIFY(problems.ok());
    QCOMPARE(problems->size(), 2);
    QCOMPARE(problems->at(0).field, QStringLiteral("entries[0].cause"));
    QCOMPARE(problems->at(1).field, QStringLiteral("entries[0].measures"));
    r.entries[0].forecastValue = 9000;
    QVERIFY(MonitoringRepository(*m_db).save(r).ok());
    QVERIFY(SubmissionGates(*m_db).problems(RecordKind::MonitoringReport, r.meta.id)->isEmpty());
}

void TestWorkflow::negativeWeightRefusedWithPath()
{
    TargetSet set = validTargets();
    set.indicators[2].weight = -5;
    Result<void> r = TargetSetRepository(*m_db).save(set);
    QVERIFY(!r.ok());
    QVERIFY2(r.message().startsWith(QLatin1String("indicators[2].weight: ")), qPrintable(r.message()));
}

void TestWorkflow::agencyAndGovernmentFrameworks_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<double>("executionWeight");
    QTest::newRow("agency overall") << int(SubjectKind::AgencyBudget) << 0.0;
    QTest::newRow("government budget") << int(SubjectKind::GovernmentBudget) << 10.0;
}

void TestWorkflow::agencyAndGovernmentFrameworks()
{
    QFETCH(int, kind);
    QFETCH(double, executionWeight);
    const SubjectKind subjectKind = static_cast<SubjectKind>(kind);
    const FrameworkKind framework = EvaluationService::frameworkOf(subjectKind);
    Subject s;
    s.kind = subjectKind;
    s.fiscalYear = 2025;
    s.agencyId = subjectKind == SubjectKind::AgencyBudget ? m_unit.meta.id : m_finance.meta.id;
    s.meta.ownerId = s.agencyId;
    s.divisionCode = QStringLiteral("653101");
    s.name = QStringLiteral("整体");
    s.amount = Money::fromYuan(1'000'000);
    QVERIFY(SubjectRepository(*m_db).save(s).ok());
    // One indicator per level-1 class of the seed framework, carrying the policy's class weight.
    Result<YearPolicy> policy = PolicyRepository(*m_db).policyForDivision(s.divisionCode, 2025);
    QVERIFY(policy.ok());
    const SelfEvaluationWeights& weights = policy->weightsFor(framework);
    QCOMPARE(weights.executionRateWeight, executionWeight);
    QHash<QUuid, QString> parentName;
    QHash<QString, QUuid> childOf;
    const QList<IndicatorCategory> categories = *FrameworkRepository(*m_db).categories(framework, 2025);
    for (const IndicatorCategory& c : categories) {
        if (c.level == 1)
            parentName.insert(c.meta.id, c.name);
    }
    for (const IndicatorCategory& c : categories) {
        if (c.level == 2 && !childOf.contains(parentName.value(c.parentId)))
            childOf.insert(parentName.value(c.parentId), c.meta.id);
    }
    TargetSet set;
    set.meta.ownerId = s.agencyId;
    set.subjectId = s.meta.id;
    set.fiscalYear = 2025;
    set.objectiveAnnual = QStringLiteral("履职尽责");
    set.status = RecordStatus::Approved;
    for (const ClassWeight& w : weights.classWeights) {
        QVERIFY2(childOf.contains(w.classes.first()), qPrintable(w.classes.first()));
        Indicator i;
        i.categoryId = childOf.value(w.classes.first());
        i.name = w.classes.first() + QStringLiteral("完成率");
        i.targetValue = 100;
        i.unit = QStringLiteral("%");
        i.weight = w.weight;
        set.indicators << i;
    }
    QVERIFY(TargetSetRepository(*m_db).save(set).ok());
    SelfEvaluation ev;
    ev.meta.ownerId = s.agencyId;
    ev.subjectId = s.meta.id;
    ev.fiscalYear = 2025;
    ev.funds << EvaluationFund { FundSource::Appropriation, s.amount, s.amount, s.amount };
    for (const Indicator& i : set.indicators)
        ev.entries << EvaluationEntry { i.meta.id, 100, {}, false, {}, {}, {}, {}, {} };
    QVERIFY(EvaluationRepository(*m_db).save(ev).ok());
    Result<ScoreSheet> sheet = EvaluationService(*m_db).score(s.meta.id);
    QVERIFY2(sheet.ok(), qPrintable(sheet.message()));
    QVERIFY2(sheet->issues.isEmpty(), qPrintable(Problem::joined(sheet->issues)));
    QCOMPARE(sheet->framework, framework);
    QCOMPARE(sheet->executionWeight, executionWeight);
    QCOMPARE(sheet->rawTotal, 100.0); // no execution rate counted twice, nothing clamped
    QCOMPARE(sheet->grade, Grade::Excellent);
}

#include "TestWorkflow.moc"
