#include "TestSupport.h"

#include "core/storage/AgencyRepository.h"
#include "core/storage/AssessmentRepository.h"
#include "core/storage/DivisionRepository.h"
#include "core/storage/EvaluationRepository.h"
#include "core/storage/FrameworkRepository.h"
#include "core/storage/MonitoringRepository.h"
#include "core/storage/PolicyRepository.h"
#include "core/storage/ResultApplicationRepository.h"
#include "core/storage/ReviewRepository.h"
#include "core/storage/SeedData.h"
#include "core/storage/SubjectRepository.h"
#include "core/storage/Tables.h"
#include "core/storage/TargetSetRepository.h"
#include "core/workflow/BudgetGates.h"

#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace jx;

class TestRepositories : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void divisionRoundTrip();
    void agencyRoundTrip();
    void subjectRoundTrip_data();
    void subjectRoundTrip();
    void frameworkRoundTrip();
    void targetSetRoundTrip();
    void targetSetRetiresRemovedIndicators();
    void assessmentRoundTrip();
    void monitoringRoundTrip();
    void evaluationRoundTrip();
    void reviewRoundTrip();
    void resultApplicationRoundTrip();
    void policyRoundTrip();

    void tombstones();
    void staleRevisionConflicts();
    void foreignKeyViolations();
    void failedChildRollsBackParent();
    void invalidRecordsRejected();
    void submittedRecordsAreReadOnly();

    void unknownStoredEnumIsAnError_data();
    void unknownStoredEnumIsAnError();
    void unknownBudgetStageIsAnError();
    void unknownDivisionRankNamesTheLine();
    void childrenOfANewRecordAreNotDeleted();
    void changeNotesOncePerRecord();
    void changedSinceIncludesTombstones();
    void declaredColumnsAreChecked();
    void missingColumnFailsOnOpen();

private:
    ExAnteAssessment makeAssessment(const Subject& program);
    qint64 runs(const QString& sqlStart);
    Subject makeProgram(const QString& name = QStringLiteral("2025年农村公路养护项目"));
    TargetSet makeTargetSet(const Subject& program);
    qint64 count(const QString& table);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    Agency m_self;
    Agency m_unit;
};

void TestRepositories::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = test::createInstallation(*m_dir);
    QVERIFY(m_db);
    Result<Agency> self = Installation::selfAgency(*m_db);
    QVERIFY(self.ok());
    m_self = *self;
    m_unit = Agency();
    m_unit.name = QStringLiteral("喀什市交通运输局");
    m_unit.kind = AgencyKind::BudgetUnit;
    m_unit.divisionCode = QStringLiteral("653101");
    m_unit.code = QStringLiteral("653101-014");
    QVERIFY(AgencyRepository(*m_db).save(m_unit).ok());
}

void TestRepositories::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

qint64 TestRepositories::count(const QString& table)
{
    QSqlQuery q(m_db->connection());
    q.exec(QStringLiteral("SELECT count(*) FROM ") + table);
    q.next();
    return q.value(0).toLongLong();
}

Subject TestRepositories::makeProgram(const QString& name)
{
    Subject s;
    s.kind = SubjectKind::Program;
    s.fiscalYear = 2025;
    s.agencyId = m_unit.meta.id;
    s.divisionCode = m_unit.divisionCode;
    s.name = name;
    s.book = BudgetBook::GeneralPublic;
    s.amount = Money::fromFen(1'234'567'89);
    s.code = QStringLiteral("P-01");
    s.programKind = ProgramKind::Project;
    s.functionCode = QStringLiteral("2140106");
    return s;
}

TargetSet TestRepositories::makeTargetSet(const Subject& program)
{
    TargetSet set;
    set.subjectId = program.meta.id;
    set.fiscalYear = 2025;
    set.objectiveAnnual = QStringLiteral("完成农村公路养护120公里");
    Indicator a;
    a.name = QStringLiteral("养护里程");
    a.op = IndicatorOperator::AtLeast;
    a.targetValue = 120;
    a.targetText = QStringLiteral("120");
    a.unit = QStringLiteral("公里");
    a.weight = 20;
    Indicator b;
    b.name = QStringLiteral("路况改善");
    b.op = IndicatorOperator::Qualitative;
    b.targetText = QStringLiteral("明显改善");
    b.weight = 10;
    b.standard = EvaluationStandard::Industry;
    set.indicators << a << b;
    return set;
}

void TestRepositories::divisionRoundTrip()
{
    DivisionRepository repo(*m_db);
    Division d;
    d.code = QStringLiteral("659999");
    d.name = QStringLiteral("测试市");
    d.rank = DivisionRank::County;
    d.parentCode = QStringLiteral("650000");
    d.validFrom = 2024;
    d.validTo = 2026;
    QVERIFY(repo.save(d).ok());
    Result<std::optional<Division>> back = repo.find(d.code);
    QVERIFY(back.ok() && back->has_value());
    QCOMPARE((*back)->name, d.name);
    QCOMPARE((*back)->parentCode, d.parentCode);
    QCOMPARE((*back)->validFrom, 2024);
    QCOMPARE((*back)->validTo, 2026);
    QVERIFY((*back)->validIn(2025));
    QVERIFY(!(*back)->validIn(2027));
    Result<QList<Division>> lineage = repo.lineage(QStringLiteral("654201"));
    QVERIFY(lineage.ok());
    QStringList codes;
    for (const Division& x : *lineage)
        codes << x.code;
    QCOMPARE(codes, QStringList({ QStringLiteral("654201"), QStringLiteral("654200"), QStringLiteral("654000"),
                                  QStringLiteral("650000") }));
}

void TestRepositories::agencyRoundTrip()
{
    AgencyRepository repo(*m_db);
    Agency school;
    school.name = QStringLiteral("喀什市第一中学");
    school.kind = AgencyKind::BudgetUnit;
    school.divisionCode = QStringLiteral("653101");
    school.parentId = m_unit.meta.id;
    QVERIFY(repo.save(school).ok());
    QCOMPARE(school.meta.revision, qint64(1));
    QCOMPARE(school.meta.ownerId, school.meta.id);
    Result<std::optional<Agency>> back = repo.find(school.meta.id);
    QVERIFY(back.ok() && back->has_value());
    QCOMPARE((*back)->name, school.name);
    QCOMPARE((*back)->parentId, m_unit.meta.id);
    QCOMPARE((*back)->kind, AgencyKind::BudgetUnit);
    QVERIFY((*back)->code.isEmpty());
    QVERIFY((*back)->meta.modifiedAt.isValid());

    school.name = QStringLiteral("喀什市第一高级中学");
    QVERIFY(repo.save(school).ok());
    QCOMPARE(school.meta.revision, qint64(2));
    QCOMPARE((*repo.find(school.meta.id))->name, school.name);
    Result<QList<Agency>> inDivision = repo.inDivision(QStringLiteral("653101"));
    QVERIFY(inDivision.ok());
    QCOMPARE(inDivision->size(), 3);
}

void TestRepositories::subjectRoundTrip_data()
{
    QTest::addColumn<int>("kind");
    QTest::newRow("program") << static_cast<int>(SubjectKind::Program);
    QTest::newRow("agency budget") << static_cast<int>(SubjectKind::AgencyBudget);
    QTest::newRow("government budget") << static_cast<int>(SubjectKind::GovernmentBudget);
}

void TestRepositories::subjectRoundTrip()
{
    QFETCH(int, kind);
    SubjectRepository repo(*m_db);
    Subject s = makeProgram();
    s.kind = static_cast<SubjectKind>(kind);
    if (s.isProgram()) {
        s.fundingTags = static_cast<int>(FundingTag::Ppp) | static_cast<int>(FundingTag::DebtProject);
        s.isNew = true;
        s.isMajor = true;
        s.isMidYear = true;
        s.programKind = ProgramKind::SpecialTransfer;
    } else {
        s.functionCode.clear();
        s.code.clear();
        s.book = BudgetBook::SocialInsurance;
    }
    QVERIFY2(repo.save(s).ok(), qPrintable(repo.save(s).message()));
    Result<std::optional<Subject>> back = repo.find(s.meta.id);
    QVERIFY(back.ok() && back->has_value());
    const Subject& b = **back;
    QCOMPARE(b.kind, s.kind);
    QCOMPARE(b.name, s.name);
    QCOMPARE(b.amount, s.amount);
    QCOMPARE(b.book, s.book);
    QCOMPARE(b.fiscalYear, 2025);
    QCOMPARE(b.agencyId, m_unit.meta.id);
    QCOMPARE(b.meta.ownerId, m_unit.meta.id);
    QCOMPARE(b.fundingTags, s.fundingTags);
    QCOMPARE(b.isNew, s.isNew);
    QCOMPARE(b.isMajor, s.isMajor);
    QCOMPARE(b.isMidYear, s.isMidYear);
    QCOMPARE(b.functionCode, s.functionCode);
    if (s.isProgram())
        QCOMPARE(b.programKind, ProgramKind::SpecialTransfer);
}

void TestRepositories::frameworkRoundTrip()
{
    FrameworkRepository repo(*m_db);
    Result<QList<IndicatorCategory>> categories = repo.categories(FrameworkKind::ProgramTargets, 2025);
    QVERIFY(categories.ok());
    QUuid quantity;
    for (const IndicatorCategory& c : *categories) {
        if (c.name == QStringLiteral("数量指标"))
            quantity = c.meta.id;
    }
    QVERIFY(!quantity.isNull());
    IndicatorLibraryEntry entry;
    entry.categoryId = quantity;
    entry.name = QStringLiteral("新建改建农村公路里程");
    entry.op = IndicatorOperator::AtLeast;
    entry.unit = QStringLiteral("公里");
    entry.sector = QStringLiteral("214");
    entry.meta.ownerId = m_self.meta.id;
    QVERIFY(repo.save(entry).ok());
    Result<QList<IndicatorLibraryEntry>> library = repo.library(quantity);
    QVERIFY(library.ok());
    QCOMPARE(library->size(), 1);
    QCOMPARE(library->first().name, entry.name);
    QCOMPARE(library->first().unit, entry.unit);
    QCOMPARE(library->first().sector, entry.sector);

    IndicatorCategory extra;
    extra.framework = FrameworkKind::GovernmentBudget;
    extra.fiscalYear = 2025;
    extra.level = 1;
    extra.name = QStringLiteral("财政运行");
    extra.required = true;
    extra.meta.ownerId = m_self.meta.id;
    QVERIFY(repo.save(extra).ok());
    Result<std::optional<IndicatorCategory>> back = repo.findCategory(extra.meta.id);
    QVERIFY(back.ok() && back->has_value());
    QCOMPARE((*back)->name, extra.name);
    QVERIFY((*back)->required);

    // Retired library entries and categories stay as tombstones and leave the lists.
    QVERIFY(repo.removeEntry(entry.meta.id).ok());
    QVERIFY(repo.library(quantity)->isEmpty());
    QVERIFY((*repo.findEntry(entry.meta.id))->meta.deleted);
    QVERIFY(repo.removeCategory(extra.meta.id).ok());
    // The seed's government-budget framework stays; the extra class is gone.
    for (const IndicatorCategory& c : *repo.categories(FrameworkKind::GovernmentBudget, 2025))
        QVERIFY(c.meta.id != extra.meta.id);
}

void TestRepositories::targetSetRoundTrip()
{
    Subject program = makeProgram();
    QVERIFY(SubjectRepository(*m_db).save(program).ok());
    TargetSet set = makeTargetSet(program);
    TargetSetRepository repo(*m_db);
    Result<void> saved = repo.save(set);
    QVERIFY2(saved.ok(), qPrintable(saved.message()));
    QVERIFY(!set.meta.id.isNull());
    QCOMPARE(set.indicators.at(0).targetSetId, set.meta.id);

    Result<std::optional<TargetSet>> back = repo.ofSubject(program.meta.id, 2025);
    QVERIFY(back.ok() && back->has_value());
    const TargetSet& b = **back;
    QCOMPARE(b.objectiveAnnual, set.objectiveAnnual);
    QCOMPARE(b.indicators.size(), 2);
    QCOMPARE(b.indicators.at(0).name, QStringLiteral("养护里程"));
    QCOMPARE(b.indicators.at(0).targetValue, std::optional<double>(120));
    QCOMPARE(b.indicators.at(0).unit, QStringLiteral("公里"));
    QCOMPARE(b.indicators.at(0).weight, 20.0);
    QVERIFY(!b.indicators.at(1).targetValue.has_value());
    QCOMPARE(b.indicators.at(1).op, IndicatorOperator::Qualitative);
    QCOMPARE(b.indicators.at(1).standard, EvaluationStandard::Industry);
    QVERIFY(b.indicators.at(1).isQualitative());
}

void TestRepositories::targetSetRetiresRemovedIndicators()
{
    Subject program = makeProgram();
    QVERIFY(SubjectRepository(*m_db).save(program).ok());
    TargetSet set = makeTargetSet(program);
    TargetSetRepository repo(*m_db);
    QVERIFY(repo.save(set).ok());
    const QUuid removed = set.indicators.takeLast().meta.id;
    set.indicators.first().targetValue = 150;
    QVERIFY(repo.save(set).ok());
    QCOMPARE(set.meta.revision, qint64(2));
    QCOMPARE(set.indicators.first().meta.revision, qint64(2));
    Result<std::optional<TargetSet>> back = repo.find(set.meta.id);
    QCOMPARE((*back)->indicators.size(), 1);
    QCOMPARE((*back)->indicators.first().targetValue, std::optional<double>(150));
    // The removed indicator stays as a tombstone.
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT deleted, revision FROM indicator WHERE id = ?"));
    q.addBindValue(RecordStore::idValue(removed));
    QVERIFY(q.exec() && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    QCOMPARE(q.value(1).toInt(), 2);
}

void TestRepositories::assessmentRoundTrip()
{
    Subject program = makeProgram();
    program.isNew = true;
    program.isMajor = true;
    QVERIFY(SubjectRepository(*m_db).save(program).ok());
    ExAnteAssessment a;
    a.subjectId = program.meta.id;
    a.meta.ownerId = m_unit.meta.id;
    a.assessor = AssessorKind::ThirdParty;
    a.assessorName = QStringLiteral("某会计师事务所");
    for (int d = 1; d <= 5; ++d) {
        AssessmentItem item;
        item.dimension = static_cast<AssessmentDimension>(d);
        item.score = 15 + d;
        item.rating = Grade::Good;
        item.comment = QStringLiteral("意见%1").arg(d);
        a.items << item;
    }
    a.conclusion = AssessmentConclusion::Support;
    a.report = QStringLiteral("一、基本情况");
    AssessmentRepository repo(*m_db);
    QVERIFY(repo.save(a).ok());
    Result<std::optional<ExAnteAssessment>> back = repo.find(a.meta.id);
    QVERIFY(back.ok() && back->has_value());
    QCOMPARE((*back)->items.size(), 5);
    QCOMPARE((*back)->totalScore(), 90.0);
    QCOMPARE((*back)->items.at(2).comment, QStringLiteral("意见3"));
    QCOMPARE((*back)->conclusion, std::optional<AssessmentConclusion>(AssessmentConclusion::Support));
    QCOMPARE((*back)->assessor, AssessorKind::ThirdParty);
    QCOMPARE((*back)->report, a.report);
    QCOMPARE(repo.ofSubject(program.meta.id)->size(), 1);
}

void TestRepositories::monitoringRoundTrip()
{
    Subject program = makeProgram();
    QVERIFY(SubjectRepository(*m_db).save(program).ok());
    TargetSet set = makeTargetSet(program);
    QVERIFY(TargetSetRepository(*m_db).save(set).ok());
    MonitoringReport r;
    r.meta.ownerId = m_unit.meta.id;
    r.subjectId = program.meta.id;
    r.fiscalYear = 2025;
    r.month = 7;
    r.budget = program.amount;
    r.executed = Money::fromFen(50'000'00);
    r.forecastYearEnd = program.amount;
    MonitoringEntry e1;
    e1.indicatorId = set.indicators.at(0).meta.id;
    e1.progressValue = 40;
    e1.forecastValue = 100;
    e1.likelihood = Likelihood::Possible;
    e1.cause = DeviationCause::Funding;
    e1.measures = QStringLiteral("加快资金拨付");
    MonitoringEntry e2;
    e2.indicatorId = set.indicators.at(1).meta.id;
    e2.progressText = QStringLiteral("按计划推进");
    r.entries << e1 << e2;
    MonitoringRepository repo(*m_db);
    QVERIFY(repo.save(r).ok());
    Result<QList<MonitoringReport>> back = repo.ofSubject(program.meta.id, 2025);
    QVERIFY(back.ok());
    QCOMPARE(back->size(), 1);
    const MonitoringReport& b = back->first();
    QCOMPARE(b.month, 7);
    QCOMPARE(b.executed, r.executed);
    QCOMPARE(b.entries.size(), 2);
    QCOMPARE(b.entries.at(0).progressValue, std::optional<double>(40));
    QCOMPARE(b.entries.at(0).likelihood, Likelihood::Possible);
    QCOMPARE(b.entries.at(0).cause, std::optional<DeviationCause>(DeviationCause::Funding));
    QCOMPARE(b.entries.at(0).measures, e1.measures);
    QCOMPARE(b.entries.at(1).progressText, e2.progressText);
    QVERIFY(!b.entries.at(1).cause.has_value());

    // Saving again replaces the entries rather than adding to them.
    r.entries.removeLast();
    QVERIFY(repo.save(r).ok());
    QCOMPARE((*repo.find(r.meta.id))->entries.size(), 1);
    QCOMPARE(count(QStringLiteral("monitoring_entry")), 1);

    // One live report per subject and month.
    MonitoringReport twin = r;
    twin.meta = RecordMeta();
    twin.meta.ownerId = m_unit.meta.id;
    Result<void> dup = repo.save(twin);
    QVERIFY(!dup.ok());
    QCOMPARE(dup.error().code, Error::Code::Conflict);
}

void TestRepositories::evaluationRoundTrip()
{
    Subject program = makeProgram();
    QVERIFY(SubjectRepository(*m_db).save(program).ok());
    TargetSet set = makeTargetSet(program);
    QVERIFY(TargetSetRepository(*m_db).save(set).ok());
    SelfEvaluation ev;
    ev.meta.ownerId = m_unit.meta.id;
    ev.subjectId = program.meta.id;
    ev.fiscalYear = 2025;
    ev.funds << EvaluationFund { FundSource::Appropriation, Money::fromYuan(100'000), Money::fromYuan(120'000),
                                 Money::fromYuan(100'000) };
    ev.funds << EvaluationFund { FundSource::CarryOver, Money::fromYuan(5'000), Money::fromYuan(5'000),
                                 Money::fromYuan(5'000) };
    ev.objectiveExpected = QStringLiteral("完成养护");
    ev.objectiveAchieved = QStringLiteral("基本完成");
    ev.executionReason = QStringLiteral("工程款未到结算期");
    ev.totalScore = 86.5;
    ev.grade = Grade::Good;
    ev.projectLead = QStringLiteral("王建国");
    ev.financeLead = QStringLiteral("李丽娜");
    EvaluationEntry e;
    e.indicatorId = set.indicators.at(0).meta.id;
    e.actualValue = 110;
    e.actualText = QStringLiteral("110");
    e.score = 18.33;
    e.deviationReason = QStringLiteral("雨季影响");
    EvaluationEntry na;
    na.indicatorId = set.indicators.at(1).meta.id;
    na.notApplicable = true;
    ev.entries << e << na;
    EvaluationRepository repo(*m_db);
    QVERIFY(repo.save(ev).ok());
    Result<std::optional<SelfEvaluation>> back = repo.ofSubject(program.meta.id, 2025);
    QVERIFY(back.ok() && back->has_value());
    const SelfEvaluation& b = **back;
    QCOMPARE(b.funds.size(), 2);
    QCOMPARE(b.total()->adjustedBudget, Money::fromYuan(125'000));
    QCOMPARE(b.total()->executed, Money::fromYuan(105'000));
    QCOMPARE(b.totalScore, std::optional<double>(86.5));
    QCOMPARE(b.grade, std::optional<Grade>(Grade::Good));
    QCOMPARE(b.executionReason, ev.executionReason);
    QCOMPARE(b.entries.size(), 2);
    QCOMPARE(b.entries.at(0).score, std::optional<double>(18.33));
    QCOMPARE(b.entries.at(0).deviationReason, e.deviationReason);
    QVERIFY(b.entries.at(1).notApplicable);
    QCOMPARE(b.projectLead, ev.projectLead);
}

void TestRepositories::reviewRoundTrip()
{
    Review r;
    r.meta.ownerId = m_self.meta.id;
    r.recordKind = RecordKind::SelfEvaluation;
    r.recordId = QUuid::createUuid();
    r.decision = ReviewDecision::Return;
    r.grade = Grade::Fair;
    r.score = 72.5;
    r.comments = QStringLiteral("佐证材料不全");
    r.reviewer = QStringLiteral("张伟");
    ReviewRepository repo(*m_db);
    QVERIFY(repo.save(r).ok());
    Result<QList<Review>> back = repo.ofRecord(RecordKind::SelfEvaluation, r.recordId);
    QVERIFY(back.ok());
    QCOMPARE(back->size(), 1);
    QCOMPARE(back->first().decision, ReviewDecision::Return);
    QCOMPARE(back->first().grade, std::optional<Grade>(Grade::Fair));
    QCOMPARE(back->first().score, std::optional<double>(72.5));
    QCOMPARE(back->first().comments, r.comments);
    QCOMPARE(back->first().reviewedAt.toMSecsSinceEpoch(), r.reviewedAt.toMSecsSinceEpoch());
}

void TestRepositories::resultApplicationRoundTrip()
{
    Subject program = makeProgram();
    QVERIFY(SubjectRepository(*m_db).save(program).ok());
    ResultApplication a;
    a.meta.ownerId = m_self.meta.id;
    a.subjectId = program.meta.id;
    a.nextYear = 2026;
    a.decision = ApplicationDecision::Reduce;
    a.amountChange = Money::fromYuan(-200'000);
    a.reason = QStringLiteral("评价等级为差");
    ResultApplicationRepository repo(*m_db);
    QVERIFY(repo.save(a).ok());
    Result<std::optional<ResultApplication>> back = repo.find(a.meta.id);
    QVERIFY(back.ok() && back->has_value());
    QCOMPARE((*back)->decision, ApplicationDecision::Reduce);
    QCOMPARE((*back)->amountChange, Money::fromYuan(-200'000));
    QCOMPARE((*back)->reason, a.reason);
    QCOMPARE(repo.ofSubject(program.meta.id)->size(), 1);
}

void TestRepositories::policyRoundTrip()
{
    PolicyRepository repo(*m_db);
    QJsonObject doc { { QStringLiteral("regionCode"), QStringLiteral("650000") },
                      { QStringLiteral("fiscalYear"), 2024 },
                      { QStringLiteral("gradeBands"),
                        QJsonObject { { QStringLiteral("excellent"), 95 }, { QStringLiteral("good"), 85 },
                                      { QStringLiteral("fair"), 65 } } } };
    Result<YearPolicy> policy = YearPolicy::fromJson(doc);
    QVERIFY(policy.ok());
    QVERIFY(repo.save(*policy).ok());
    // The region's own policy applies from 2024 on; the national default before.
    QCOMPARE(repo.policyFor(QStringLiteral("650000"), 2025)->excellentFrom(), 95.0);
    QCOMPARE(repo.policyFor(QStringLiteral("650000"), 2023)->excellentFrom(), 90.0);
    QCOMPARE(repo.policyFor(QStringLiteral("620000"), 2025)->excellentFrom(), 90.0);
    QCOMPARE(repo.policyFor(QStringLiteral("650000"), 2025)->gradeFor(94.99), Grade::Good);
    Result<YearPolicy> none = repo.policyFor(QStringLiteral("650000"), 2010);
    QVERIFY(!none.ok());
    QVERIFY(none.message().contains(QLatin1String("No policy")));
}

void TestRepositories::tombstones()
{
    SubjectRepository repo(*m_db);
    Subject program = makeProgram();
    QVERIFY(repo.save(program).ok());
    const qint64 rows = count(QStringLiteral("subject"));
    QVERIFY(repo.remove(program.meta.id).ok());
    // Nothing is hard deleted: the row stays, marked deleted, with a new revision.
    QCOMPARE(count(QStringLiteral("subject")), rows);
    Result<std::optional<Subject>> back = repo.find(program.meta.id);
    QVERIFY(back.ok() && back->has_value());
    QVERIFY((*back)->meta.deleted);
    QCOMPARE((*back)->meta.revision, qint64(2));
    QVERIFY((*back)->meta.modifiedAt >= program.meta.modifiedAt);
    QVERIFY(repo.ofAgency(m_unit.meta.id, 2025)->isEmpty());
    // A second delete says so.
    Result<void> again = repo.remove(program.meta.id);
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code, Error::Code::NotFound);
    // Agencies, too.
    QVERIFY(AgencyRepository(*m_db).remove(m_unit.meta.id).ok());
    QVERIFY((*AgencyRepository(*m_db).find(m_unit.meta.id))->meta.deleted);
}

void TestRepositories::staleRevisionConflicts()
{
    SubjectRepository repo(*m_db);
    Subject program = makeProgram();
    QVERIFY(repo.save(program).ok());
    Subject other = **repo.find(program.meta.id);
    program.name = QStringLiteral("改名一");
    QVERIFY(repo.save(program).ok());
    other.name = QStringLiteral("改名二");
    Result<void> stale = repo.save(other);
    QVERIFY(!stale.ok());
    QCOMPARE(stale.error().code, Error::Code::Conflict);
    QVERIFY(stale.message().contains(QLatin1String("changed")));
    QCOMPARE((*repo.find(program.meta.id))->name, QStringLiteral("改名一"));
}

void TestRepositories::foreignKeyViolations()
{
    Subject orphan = makeProgram();
    const QUuid ghost = QUuid::createUuid();
    orphan.agencyId = ghost;
    orphan.meta.ownerId = m_unit.meta.id;
    Result<void> r = SubjectRepository(*m_db).save(orphan);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, Error::Code::Reference);
    QVERIFY2(r.message().contains(QLatin1String("agency")), qPrintable(r.message()));
    QVERIFY(r.message().contains(ghost.toString(QUuid::WithoutBraces)));
    QVERIFY(r.message().contains(orphan.name));

    Subject badDivision = makeProgram();
    badDivision.divisionCode = QStringLiteral("999999");
    r = SubjectRepository(*m_db).save(badDivision);
    QVERIFY(!r.ok());
    QVERIFY2(r.message().contains(QLatin1String("division")) && r.message().contains(QLatin1String("999999")),
             qPrintable(r.message()));

    TargetSet set;
    set.subjectId = QUuid::createUuid();
    set.fiscalYear = 2025;
    set.meta.ownerId = m_unit.meta.id;
    r = TargetSetRepository(*m_db).save(set);
    QVERIFY(!r.ok());
    QVERIFY2(r.message().contains(QLatin1String("subject")), qPrintable(r.message()));
    QCOMPARE(count(QStringLiteral("subject")), 0);
    QCOMPARE(count(QStringLiteral("target_set")), 0);
}

void TestRepositories::failedChildRollsBackParent()
{
    Subject program = makeProgram();
    QVERIFY(SubjectRepository(*m_db).save(program).ok());
    TargetSet set = makeTargetSet(program);
    set.indicators[1].categoryId = QUuid::createUuid(); // points nowhere
    const TargetSet before = set;
    Result<void> r = TargetSetRepository(*m_db).save(set);
    QVERIFY(!r.ok());
    QVERIFY2(r.message().contains(QStringLiteral("路况改善")) && r.message().contains(QLatin1String("category")),
             qPrintable(r.message()));
    // All or nothing: no set, no first indicator, and the caller's record is unchanged.
    QCOMPARE(count(QStringLiteral("target_set")), 0);
    QCOMPARE(count(QStringLiteral("indicator")), 0);
    QVERIFY(set.meta.id.isNull());
    QCOMPARE(set.meta.revision, before.meta.revision);
    // The database is still usable afterwards.
    set.indicators[1].categoryId = QUuid();
    QVERIFY(TargetSetRepository(*m_db).save(set).ok());
    QCOMPARE(count(QStringLiteral("indicator")), 2);
}

void TestRepositories::invalidRecordsRejected()
{
    Subject negative = makeProgram();
    negative.amount = Money::fromFen(-1);
    Result<void> r = SubjectRepository(*m_db).save(negative);
    QVERIFY(!r.ok());
    QVERIFY2(r.message().contains(QLatin1String("negative")) && r.message().contains(negative.name),
             qPrintable(r.message()));

    Subject nameless = makeProgram(QString());
    QVERIFY(!SubjectRepository(*m_db).save(nameless).ok());

    Subject badCode = makeProgram();
    badCode.functionCode = QStringLiteral("21");
    r = SubjectRepository(*m_db).save(badCode);
    QVERIFY(!r.ok());
    QVERIFY(r.message().contains(QLatin1String("21")));

    MonitoringReport month13;
    month13.subjectId = QUuid::createUuid();
    month13.month = 13;
    r = MonitoringRepository(*m_db).save(month13);
    QVERIFY(!r.ok());
    QVERIFY(r.message().contains(QLatin1String("13")));
    QCOMPARE(count(QStringLiteral("subject")), 0);
    QCOMPARE(count(QStringLiteral("monitoring_report")), 0);
}

void TestRepositories::submittedRecordsAreReadOnly()
{
    Subject program = makeProgram();
    QVERIFY(SubjectRepository(*m_db).save(program).ok());
    TargetSetRepository repo(*m_db);

    // A draft cannot be pushed into another status by saving it.
    TargetSet draft = makeTargetSet(program);
    QVERIFY(repo.save(draft).ok());
    draft.status = RecordStatus::Approved;
    Result<void> r = repo.save(draft);
    QVERIFY(!r.ok());
    QVERIFY2(r.message().contains(QLatin1String("submitting, approving or returning")), qPrintable(r.message()));
    QCOMPARE((*repo.find(draft.meta.id))->status, RecordStatus::Draft);

    // A submitted set (as it arrives, e.g. from a package) is read-only: no edit, no delete.
    TargetSet submitted = makeTargetSet(program);
    submitted.fiscalYear = 2026;
    submitted.status = RecordStatus::Submitted;
    QVERIFY(repo.save(submitted).ok());
    submitted.objectiveAnnual = QStringLiteral("改过的目标");
    submitted.indicators.first().targetValue = 1;
    r = repo.save(submitted);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, Error::Code::Conflict);
    QVERIFY2(r.message().contains(QLatin1String("submitted")), qPrintable(r.message()));
    const TargetSet stored = **repo.find(submitted.meta.id);
    QCOMPARE(stored.objectiveAnnual, QStringLiteral("完成农村公路养护120公里"));
    QCOMPARE(stored.indicators.first().targetValue, std::optional<double>(120));
    r = repo.remove(submitted.meta.id);
    QVERIFY(!r.ok());
    QVERIFY2(r.message().contains(QLatin1String("returned")), qPrintable(r.message()));
}

ExAnteAssessment TestRepositories::makeAssessment(const Subject& program)
{
    ExAnteAssessment a;
    a.subjectId = program.meta.id;
    a.meta.ownerId = m_unit.meta.id;
    for (int d = 1; d <= 5; ++d) {
        AssessmentItem item;
        item.dimension = static_cast<AssessmentDimension>(d);
        item.score = 15;
        a.items << item;
    }
    return a;
}

// How often the connection ran statements starting with @p sqlStart (SQLite's sqlite_stmt table).
qint64 TestRepositories::runs(const QString& sqlStart)
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT coalesce(sum(run), 0) FROM sqlite_stmt WHERE sql LIKE ?"));
    q.addBindValue(QString(sqlStart + QLatin1Char('%')));
    if (!q.exec() || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

void TestRepositories::unknownStoredEnumIsAnError_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("column");
    QTest::addColumn<int>("value");
    QTest::newRow("record column") << QStringLiteral("subject") << QStringLiteral("book") << 9;
    QTest::newRow("optional enum") << QStringLiteral("monitoring_entry") << QStringLiteral("cause") << 77;
    QTest::newRow("status") << QStringLiteral("monitoring_report") << QStringLiteral("status") << -4;
}

void TestRepositories::unknownStoredEnumIsAnError()
{
    QFETCH(QString, table);
    QFETCH(QString, column);
    QFETCH(int, value);
    Subject program = makeProgram();
    QVERIFY(SubjectRepository(*m_db).save(program).ok());
    TargetSet set = makeTargetSet(program);
    QVERIFY(TargetSetRepository(*m_db).save(set).ok());
    MonitoringReport report;
    report.meta.ownerId = m_unit.meta.id;
    report.subjectId = program.meta.id;
    report.fiscalYear = 2025;
    report.month = 3;
    MonitoringEntry entry;
    entry.indicatorId = set.indicators.at(0).meta.id;
    entry.cause = DeviationCause::Rules;
    report.entries << entry;
    QVERIFY(MonitoringRepository(*m_db).save(report).ok());
    QVERIFY(MonitoringRepository(*m_db).find(report.meta.id).ok());

    // A value no version of Jixiao writes, past the CHECK constraints.
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("PRAGMA ignore_check_constraints = ON")));
    QVERIFY2(q.exec(QStringLiteral("UPDATE %1 SET %2 = %3").arg(table, column).arg(value)),
             qPrintable(q.lastError().text()));
    QVERIFY(q.exec(QStringLiteral("PRAGMA ignore_check_constraints = OFF")));

    const Result<std::optional<Subject>> subject = SubjectRepository(*m_db).find(program.meta.id);
    const Result<std::optional<MonitoringReport>> read = MonitoringRepository(*m_db).find(report.meta.id);
    QVERIFY(table == QLatin1String("subject") ? !subject.ok() && read.ok() : subject.ok() && !read.ok());
    const Error error = table == QLatin1String("subject") ? subject.error() : read.error();
    QCOMPARE(error.code, Error::Code::Invalid);
    QVERIFY2(error.message.contains(table) && error.message.contains(column)
                 && error.message.contains(QString::number(value)),
             qPrintable(error.message));
}

void TestRepositories::unknownBudgetStageIsAnError()
{
    Subject program = makeProgram();
    QVERIFY(SubjectRepository(*m_db).save(program).ok());
    BudgetGates gates(*m_db);
    QVERIFY(gates.budgetStage(program.meta.id).ok());

    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("PRAGMA ignore_check_constraints = ON")));
    QVERIFY2(q.exec(QStringLiteral("UPDATE subject SET budget_stage = 42")), qPrintable(q.lastError().text()));
    QVERIFY(q.exec(QStringLiteral("PRAGMA ignore_check_constraints = OFF")));

    const Result<BudgetStage> stage = gates.budgetStage(program.meta.id);
    QVERIFY(!stage.ok());
    QCOMPARE(stage.error().code, Error::Code::Storage);
    QVERIFY2(stage.error().message.contains(QLatin1String("budget_stage"))
                 && stage.error().message.contains(QLatin1String("42")),
             qPrintable(stage.error().message));
}

void TestRepositories::unknownDivisionRankNamesTheLine()
{
    const QByteArray csv = "code,name,rank,parent,from,to\n"
                           "650000,新疆维吾尔自治区,1,,1955,0\n"
                           "650100,乌鲁木齐市,7,650000,1955,0\n";
    const Result<QList<Division>> parsed = SeedData::parseDivisions(csv, QStringLiteral("divisions.csv"));
    QVERIFY(!parsed.ok());
    QVERIFY2(parsed.error().message.contains(QLatin1String("divisions.csv"))
                 && parsed.error().message.contains(QLatin1String("line 3"))
                 && parsed.error().message.contains(QLatin1String("7")),
             qPrintable(parsed.error().message));
    const QByteArray good = csv.left(csv.indexOf("650100"));
    const Result<QList<Division>> ok = SeedData::parseDivisions(good, QStringLiteral("divisions.csv"));
    QVERIFY(ok.ok());
    QCOMPARE(ok->size(), 1);
    QCOMPARE(ok->at(0).rank, DivisionRank::Region);
}

void TestRepositories::childrenOfANewRecordAreNotDeleted()
{
    Subject program = makeProgram();
    QVERIFY(SubjectRepository(*m_db).save(program).ok());
    AssessmentRepository repo(*m_db);
    const QString deleteItems = QStringLiteral("DELETE FROM assessment_item");
    const qint64 before = runs(deleteItems);
    QVERIFY(before >= 0);

    ExAnteAssessment a = makeAssessment(program);
    QVERIFY(repo.save(a).ok());
    QCOMPARE(runs(deleteItems), before); // nothing to delete for a record just inserted
    QCOMPARE(count(QStringLiteral("assessment_item")), 5);

    // Saving it again replaces its items: the old ones go first.
    a.items.removeLast();
    a.items.first().comment = QStringLiteral("改过");
    QVERIFY(repo.save(a).ok());
    QCOMPARE(runs(deleteItems), before + 1);
    const ExAnteAssessment back = **repo.find(a.meta.id);
    QCOMPARE(back.items.size(), 4);
    QCOMPARE(back.items.first().comment, QStringLiteral("改过"));
    QCOMPARE(count(QStringLiteral("assessment_item")), 4);
}

void TestRepositories::changeNotesOncePerRecord()
{
    Subject program = makeProgram();
    QVERIFY(SubjectRepository(*m_db).save(program).ok());
    QList<ChangeSet> announced;
    m_db->addChangeListener([&announced](const ChangeSet& changes) { announced << changes; });

    TargetSet set = makeTargetSet(program);
    Indicator third = set.indicators.at(0);
    third.name = QStringLiteral("受益人口");
    set.indicators << third;
    {
        Database::Transaction tx(*m_db);
        QVERIFY(tx.started());
        QVERIFY(TargetSetRepository(*m_db).save(set).ok());
        QVERIFY(announced.isEmpty()); // nothing before the commit
        QVERIFY(tx.commit().ok());
    }
    QCOMPARE(announced.size(), 1);
    QCOMPARE(announced.first().size(), 4);
    QCOMPARE(announced.first().ids(QStringLiteral("target_set"), ChangeType::Created), QList<QUuid> { set.meta.id });
    QCOMPARE(announced.first().ids(QStringLiteral("indicator"), ChangeType::Created).size(), 3);

    // Child rows are part of their parent: a report with two entries is one change, saved twice one more.
    announced.clear();
    MonitoringReport report;
    report.meta.ownerId = m_unit.meta.id;
    report.subjectId = program.meta.id;
    report.fiscalYear = 2025;
    report.month = 5;
    for (const Indicator& i : set.indicators.mid(0, 2)) {
        MonitoringEntry e;
        e.indicatorId = i.meta.id;
        report.entries << e;
    }
    MonitoringRepository monitoring(*m_db);
    QVERIFY(monitoring.save(report).ok());
    QVERIFY(monitoring.save(report).ok());
    QCOMPARE(announced.size(), 2);
    const RecordChange created { QStringLiteral("monitoring_report"), report.meta.id, ChangeType::Created };
    const RecordChange updated { QStringLiteral("monitoring_report"), report.meta.id, ChangeType::Updated };
    QCOMPARE(announced.at(0).changes(), QList<RecordChange> { created });
    QCOMPARE(announced.at(1).changes(), QList<RecordChange> { updated });
}

void TestRepositories::changedSinceIncludesTombstones()
{
    SubjectRepository repo(*m_db);
    Subject kept = makeProgram(QStringLiteral("保留的项目"));
    Subject dropped = makeProgram(QStringLiteral("删除的项目"));
    QVERIFY(repo.save(kept).ok());
    QVERIFY(repo.save(dropped).ok());
    QVERIFY(repo.remove(dropped.meta.id).ok());

    Result<QList<ChangedRecord>> all = Tables::changedSince(*m_db);
    QVERIFY(all.ok());
    QHash<QUuid, ChangedRecord> byId;
    for (const ChangedRecord& c : *all)
        byId.insert(c.id, c);
    QVERIFY(byId.contains(m_unit.meta.id) && byId.value(m_unit.meta.id).table == QLatin1String("agency"));
    QCOMPARE(byId.value(kept.meta.id).revision, 1);
    QVERIFY(!byId.value(kept.meta.id).deleted);
    QCOMPARE(byId.value(dropped.meta.id).table, QStringLiteral("subject"));
    QCOMPARE(byId.value(dropped.meta.id).revision, 2);
    QVERIFY(byId.value(dropped.meta.id).deleted);

    // Since the last change seen: only what came after it, whatever the clock says.
    qint64 mark = 0;
    for (const ChangedRecord& c : *all) {
        if (c.table == QLatin1String("subject"))
            mark = std::max(mark, c.changeSeq);
    }
    QVERIFY(mark >= 3); // two inserts and a tombstone
    QVERIFY(RecordStore(*m_db, QStringLiteral("subject"), {}).changedSince(mark)->isEmpty());
    kept.name = QStringLiteral("改名的项目");
    QVERIFY(repo.save(kept).ok());
    Result<QList<ChangedRecord>> since = RecordStore(*m_db, QStringLiteral("subject"), {}).changedSince(mark);
    QVERIFY(since.ok());
    QCOMPARE(since->size(), 1);
    QCOMPARE(since->at(0).id, kept.meta.id);
    QCOMPARE(since->at(0).revision, 2);
    QCOMPARE(since->at(0).changeSeq, mark + 1);

    // A record written with an old time of its own (as an import writes it) is still a change here.
    Subject imported = makeProgram(QStringLiteral("导入的项目"));
    imported.meta.id = newRecordId();
    imported.meta.ownerId = imported.agencyId;
    imported.meta.revision = 7;
    imported.meta.modifiedAt = QDateTime(QDate(2001, 1, 1), QTime(0, 0), Qt::UTC);
    SqlRow values;
    Tables::of<Subject>().appendValues(imported, values);
    QVERIFY(RecordStore(*m_db, Tables::of<Subject>().statements())
                .put(imported.meta, values, [] { return QStringLiteral("imported"); }, [] { return QList<Reference>(); })
                .ok());
    const QHash<QString, qint64> marks { { QStringLiteral("subject"), mark + 1 } };
    Result<QList<ChangedRecord>> later = Tables::changedSince(*m_db, marks);
    QVERIFY(later.ok());
    QList<QUuid> subjects;
    for (const ChangedRecord& c : *later) {
        if (c.table == QLatin1String("subject"))
            subjects << c.id;
    }
    QCOMPARE(subjects, QList<QUuid> { imported.meta.id });
}

void TestRepositories::declaredColumnsAreChecked()
{
    QVERIFY(Tables::check(*m_db).ok());
    const RecordTable<Agency> typo("agency", {
        text("code", &Agency::code, EmptyAs::Null),
        text("nmae", &Agency::name, EmptyAs::Empty),
    });
    Result<void> r = Tables::check(*m_db, typo.shapes());
    QVERIFY(!r.ok());
    QVERIFY2(r.message().contains(QLatin1String("agency")) && r.message().contains(QLatin1String("nmae")),
             qPrintable(r.message()));

    const RecordTable<Agency> noTable("agencies", { text("code", &Agency::code, EmptyAs::Null) });
    r = Tables::check(*m_db, noTable.shapes());
    QVERIFY(!r.ok());
    QVERIFY2(r.message().contains(QLatin1String("agencies")), qPrintable(r.message()));
}

void TestRepositories::missingColumnFailsOnOpen()
{
    const QString path = m_db->path();
    {
        QSqlQuery q(m_db->connection());
        QVERIFY2(q.exec(QStringLiteral("ALTER TABLE agency DROP COLUMN code")), qPrintable(q.lastError().text()));
    }
    m_db.reset();
    Result<std::unique_ptr<Database>> reopened = Database::open(path);
    QVERIFY(!reopened.ok());
    QVERIFY2(reopened.message().contains(QLatin1String("agency")) && reopened.message().contains(QLatin1String("code")),
             qPrintable(reopened.message()));
}

QTEST_GUILESS_MAIN(TestRepositories)
#include "TestRepositories.moc"
