#include "TestSupport.h"

#include "core/storage/AgencyRepository.h"
#include "core/storage/EvaluationRepository.h"
#include "core/storage/FrameworkRepository.h"
#include "core/storage/SubjectRepository.h"
#include "core/storage/TargetSetRepository.h"
#include "core/workflow/EvaluationService.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace jx;

// The worked example of docs/scoring.md, stored and scored through the database.
class TestEvaluationService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void workedExample();
    void missingRecords();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void TestEvaluationService::init()
{
    m_db.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    // JIXIAO_EXAMPLE_DIR keeps the database, to run `jixiao-cli score` on it for the docs.
    const QString keep = qEnvironmentVariable("JIXIAO_EXAMPLE_DIR");
    if (!keep.isEmpty())
        QFile::remove(QDir(keep).filePath(QStringLiteral("scoring-example.jixiao")));
    InstallationRequest request;
    request.divisionCode = QStringLiteral("653101");
    request.agencyName = QStringLiteral("喀什市交通运输局");
    request.agencyKind = AgencyKind::BudgetUnit;
    Result<std::unique_ptr<Database>> db = Installation::create(
        keep.isEmpty() ? m_dir->filePath(QStringLiteral("e.jixiao")) : QDir(keep).filePath(QStringLiteral("scoring-example.jixiao")),
        request);
    QVERIFY2(db.ok(), qPrintable(db.message()));
    m_db = std::move(db.value());
}

void TestEvaluationService::workedExample()
{
    Agency self = *Installation::selfAgency(*m_db);
    Subject program;
    program.kind = SubjectKind::Program;
    program.fiscalYear = 2025;
    program.agencyId = self.meta.id;
    program.divisionCode = self.divisionCode;
    program.name = QStringLiteral("2025年农村公路养护项目");
    program.amount = Money::fromYuan(1'200'000);
    QVERIFY(SubjectRepository(*m_db).save(program).ok());

    TargetSet set;
    set.subjectId = program.meta.id;
    set.fiscalYear = 2025;
    set.status = RecordStatus::Approved;
    set.objectiveAnnual = QStringLiteral("完成农村公路养护120公里，路况明显改善。");
    set.indicators = test::workedExampleIndicators(*m_db);
    for (const Indicator& i : set.indicators)
        QVERIFY2(!i.categoryId.isNull(), qPrintable(i.name));
    QVERIFY(TargetSetRepository(*m_db).save(set).ok());

    SelfEvaluation ev;
    ev.subjectId = program.meta.id;
    ev.fiscalYear = 2025;
    ev.funds << EvaluationFund { FundSource::Appropriation, Money::fromYuan(1'200'000), Money::fromYuan(1'200'000),
                                 Money::fromYuan(1'080'000) };
    const std::optional<double> actuals[] = { 110, 100, 12, 9500, std::nullopt, 80, 92 };
    for (int k = 0; k < set.indicators.size(); ++k) {
        EvaluationEntry e;
        e.indicatorId = set.indicators.at(k).meta.id;
        e.actualValue = actuals[k];
        e.actualText = actuals[k] ? QString::number(*actuals[k]) : QStringLiteral("部分路段仍需改善");
        ev.entries << e;
    }
    ev.entries[4].qualitativeLevel = QualitativeLevel::Partly;
    ev.entries[4].score = 11;
    ev.entries[5].explanation = QStringLiteral("养护工程吸纳了周边村民务工");
    ev.entries[0].deviationReason = QStringLiteral("雨雪天气影响，10公里顺延至次年");
    ev.entries[2].deviationReason = QStringLiteral("材料到货延迟一个月");
    ev.entries[4].deviationReason = QStringLiteral("部分路段仍需改善，纳入明年计划");
    QVERIFY(EvaluationRepository(*m_db).save(ev).ok());

    Result<ScoreSheet> sheet = EvaluationService(*m_db).score(program.meta.id);
    QVERIFY2(sheet.ok(), qPrintable(sheet.message()));
    QCOMPARE(sheet->executionScore, 9.0);
    QCOMPARE(sheet->total, 92.91);
    QCOMPARE(sheet->grade, Grade::Excellent);
    QCOMPARE(sheet->indicators.at(3).levelOneClass, QStringLiteral("成本指标")); // 2021+ framework
    QCOMPARE(sheet->indicators.at(6).levelOneClass, QStringLiteral("满意度指标"));
    QVERIFY2(sheet->issues.isEmpty(), qPrintable(sheet->issues.value(0).reason));
}

void TestEvaluationService::missingRecords()
{
    Result<ScoreSheet> none = EvaluationService(*m_db).score(QUuid::createUuid());
    QVERIFY(!none.ok());
    QCOMPARE(none.error().code, Error::Code::NotFound);
    Agency self = *Installation::selfAgency(*m_db);
    Subject program;
    program.kind = SubjectKind::Program;
    program.fiscalYear = 2025;
    program.agencyId = self.meta.id;
    program.divisionCode = self.divisionCode;
    program.name = QStringLiteral("无目标项目");
    QVERIFY(SubjectRepository(*m_db).save(program).ok());
    Result<ScoreSheet> noTargets = EvaluationService(*m_db).score(program.meta.id);
    QVERIFY(!noTargets.ok());
    QVERIFY2(noTargets.message().contains(QStringLiteral("无目标项目")), qPrintable(noTargets.message()));
}

QTEST_GUILESS_MAIN(TestEvaluationService)
#include "TestEvaluationService.moc"
