#include "core/domain/SelfEvaluationScorer.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include <algorithm>

using namespace jx;

namespace {

YearPolicy defaultPolicy(const QString& formula = QStringLiteral("ratio"))
{
    QJsonObject self { { QStringLiteral("executionRateWeight"), 10 },
                       { QStringLiteral("executionRateReasonBelow"), 90 },
                       { QStringLiteral("lowerIsBetterFormula"), formula },
                       { QStringLiteral("farAboveRatio"), 1.2 },
                       { QStringLiteral("classWeights"),
                         QJsonArray {
                             QJsonObject { { QStringLiteral("classes"), QJsonArray { QStringLiteral("产出指标"), QStringLiteral("成本指标") } },
                                           { QStringLiteral("weight"), 50 } },
                             QJsonObject { { QStringLiteral("classes"), QJsonArray { QStringLiteral("效益指标") } },
                                           { QStringLiteral("weight"), 30 } },
                             QJsonObject { { QStringLiteral("classes"), QJsonArray { QStringLiteral("满意度指标") } },
                                           { QStringLiteral("weight"), 10 },
                                           { QStringLiteral("fallbackTo"), QStringLiteral("效益指标") } } } } };
    Result<YearPolicy> p = YearPolicy::fromJson({ { QStringLiteral("fiscalYear"), 2025 },
                                                  { QStringLiteral("selfEvaluation"), self } });
    Q_ASSERT(p.ok());
    return *p;
}

// The worked example of docs/scoring.md: 2025年农村公路养护项目.
struct Example
{
    QList<Indicator> indicators;
    SelfEvaluation evaluation;
    QHash<QUuid, QString> classes;

    Indicator& add(const QString& cls, const QString& name, IndicatorOperator op, std::optional<double> target,
                   double weight, std::optional<double> actual, std::optional<QualitativeLevel> level = std::nullopt,
                   std::optional<double> given = std::nullopt)
    {
        Indicator i;
        i.meta.id = QUuid::createUuid();
        i.categoryId = QUuid::createUuid();
        classes.insert(i.categoryId, cls);
        i.name = name;
        i.op = op;
        i.targetValue = target;
        i.weight = weight;
        indicators << i;
        EvaluationEntry e;
        e.indicatorId = i.meta.id;
        e.actualValue = actual;
        e.qualitativeLevel = level;
        e.score = given;
        evaluation.entries << e;
        return indicators.last();
    }

    EvaluationEntry& entry(int i) { return evaluation.entries[i]; }

    Example()
    {
        evaluation.funds << EvaluationFund { FundSource::Appropriation, Money::fromYuan(1'200'000),
                                             Money::fromYuan(1'200'000), Money::fromYuan(1'080'000) };
        add(QStringLiteral("产出指标"), QStringLiteral("养护里程"), IndicatorOperator::AtLeast, 120, 20, 110);
        add(QStringLiteral("产出指标"), QStringLiteral("验收合格率"), IndicatorOperator::Equal, 100, 15, 100);
        add(QStringLiteral("产出指标"), QStringLiteral("完工时间"), IndicatorOperator::AtMost, 11, 5, 12);
        add(QStringLiteral("成本指标"), QStringLiteral("单位养护成本"), IndicatorOperator::AtMost, 10000, 10, 9500);
        add(QStringLiteral("效益指标"), QStringLiteral("群众出行条件改善"), IndicatorOperator::Qualitative, std::nullopt, 15,
            std::nullopt, QualitativeLevel::Partly, 11);
        add(QStringLiteral("效益指标"), QStringLiteral("带动就业人数"), IndicatorOperator::AtLeast, 60, 15, 80);
        add(QStringLiteral("满意度指标"), QStringLiteral("服务对象满意度"), IndicatorOperator::AtLeast, 90, 10, 92);
        entry(5).explanation = QStringLiteral("养护工程吸纳了周边村民");
        // Every indicator not fully reached explains its deviation (偏差原因分析及改进措施).
        entry(0).deviationReason = QStringLiteral("雨雪天气影响工期，明年提前开工");
        entry(2).deviationReason = QStringLiteral("材料到货延迟，已调整采购计划");
        entry(4).deviationReason = QStringLiteral("部分路段尚未完工，纳入明年计划");
    }
};

} // namespace

class TestSelfEvaluationScorer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void quantitative_data();
    void quantitative();
    void round2_data();
    void round2();
    void grades_data();
    void grades();
    void qualitativeBands_data();
    void qualitativeBands();
    void workedExample();
    void notApplicableRescales();
    void satisfactionWeightFallsBackToBenefit();
    void weightsThatDoNotAddUp();
    void farAboveNeedsExplanation();
    void executionRate();
    void badInput();
    void policyRejectsBadDocuments();
    void zeroTargets_data();
    void zeroTargets();
    void fullyMetExplanation();
    void unmetNeedsDeviationReason_data();
    void unmetNeedsDeviationReason();
    void notApplicableRules();
    void farAboveDeduction_data();
    void farAboveDeduction();
    void approvedTargetsOnly();
    void frameworkWeights();
};

void TestSelfEvaluationScorer::quantitative_data()
{
    QTest::addColumn<int>("op");
    QTest::addColumn<double>("w");
    QTest::addColumn<double>("t");
    QTest::addColumn<double>("a");
    QTest::addColumn<bool>("linear");
    QTest::addColumn<double>("expected");

    const int ge = int(IndicatorOperator::AtLeast), gt = int(IndicatorOperator::GreaterThan),
              eq = int(IndicatorOperator::Equal), le = int(IndicatorOperator::AtMost),
              lt = int(IndicatorOperator::LessThan);
    QTest::newRow("≥ reached exactly") << ge << 20.0 << 120.0 << 120.0 << false << 20.0;
    QTest::newRow("≥ above") << ge << 20.0 << 120.0 << 150.0 << false << 20.0;
    QTest::newRow("≥ below") << ge << 20.0 << 120.0 << 110.0 << false << 18.33;
    QTest::newRow("≥ nothing done") << ge << 20.0 << 120.0 << 0.0 << false << 0.0;
    QTest::newRow("≥ negative actual") << ge << 20.0 << 120.0 << -5.0 << false << 0.0;
    QTest::newRow("＞ scored as ≥") << gt << 10.0 << 100.0 << 100.0 << false << 10.0;
    QTest::newRow("＞ below") << gt << 10.0 << 100.0 << 95.0 << false << 9.5;
    QTest::newRow("≤ reached") << le << 5.0 << 11.0 << 11.0 << false << 5.0;
    QTest::newRow("≤ under") << le << 5.0 << 11.0 << 9.0 << false << 5.0;
    QTest::newRow("≤ ratio over") << le << 5.0 << 5000.0 << 6000.0 << false << 4.17;
    QTest::newRow("≤ ratio a = 2t") << le << 5.0 << 5000.0 << 10000.0 << false << 2.5;
    QTest::newRow("≤ linear over") << le << 5.0 << 5000.0 << 6000.0 << true << 4.0;
    QTest::newRow("≤ linear a = 2t") << le << 5.0 << 5000.0 << 10000.0 << true << 0.0;
    QTest::newRow("≤ linear, docs example") << le << 5.0 << 11.0 << 12.0 << true << 4.55;
    QTest::newRow("≤ linear just below 2t") << le << 5.0 << 5000.0 << 9990.0 << true << 0.01;
    QTest::newRow("≤ linear beyond 2t") << le << 5.0 << 5000.0 << 20000.0 << true << 0.0;
    QTest::newRow("＜ ratio") << lt << 8.0 << 3.0 << 4.0 << false << 6.0;
    QTest::newRow("≤ t = 0 exceeded, ratio") << le << 5.0 << 0.0 << 1.0 << false << 0.0;
    QTest::newRow("≤ t = 0 exceeded, linear") << le << 5.0 << 0.0 << 1.0 << true << 0.0;
    QTest::newRow("＝ t = 0, a = 0") << eq << 10.0 << 0.0 << 0.0 << false << 10.0;
    QTest::newRow("＝ t = 0, a < 0") << eq << 10.0 << 0.0 << -1.0 << false << 10.0;
    QTest::newRow("＝ t = 0, a > 0") << eq << 10.0 << 0.0 << 0.5 << false << 0.0;
    QTest::newRow("＝ t ≠ 0, below") << eq << 10.0 << 100.0 << 95.0 << false << 9.5;
    QTest::newRow("＝ t ≠ 0, above") << eq << 10.0 << 100.0 << 101.0 << false << 10.0;
}

void TestSelfEvaluationScorer::quantitative()
{
    QFETCH(int, op);
    QFETCH(double, w);
    QFETCH(double, t);
    QFETCH(double, a);
    QFETCH(bool, linear);
    QFETCH(double, expected);
    QCOMPARE(SelfEvaluationScorer::quantitativeScore(static_cast<IndicatorOperator>(op), w, t, a,
                                                     linear ? LowerIsBetterFormula::Linear : LowerIsBetterFormula::Ratio),
             expected);
}

void TestSelfEvaluationScorer::round2_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<double>("expected");
    QTest::newRow("89.995 up") << 89.995 << 90.0;
    QTest::newRow("89.994999 down") << 89.994999 << 89.99;
    QTest::newRow("1.005 up") << 1.005 << 1.01;
    QTest::newRow("2.675 up") << 2.675 << 2.68;
    QTest::newRow("negative away from zero") << -1.005 << -1.01;
    QTest::newRow("two thirds") << 2.0 / 3.0 << 0.67;
}

void TestSelfEvaluationScorer::round2()
{
    QFETCH(double, value);
    QFETCH(double, expected);
    QCOMPARE(SelfEvaluationScorer::round2(value), expected);
}

void TestSelfEvaluationScorer::grades_data()
{
    QTest::addColumn<double>("total");
    QTest::addColumn<int>("grade");
    QTest::newRow("100") << 100.0 << int(Grade::Excellent);
    QTest::newRow("exactly 90") << 90.0 << int(Grade::Excellent);
    QTest::newRow("89.995 rounds to 90") << SelfEvaluationScorer::round2(89.995) << int(Grade::Excellent);
    QTest::newRow("89.99") << 89.99 << int(Grade::Good);
    QTest::newRow("exactly 80") << 80.0 << int(Grade::Good);
    QTest::newRow("79.99") << 79.99 << int(Grade::Fair);
    QTest::newRow("exactly 60") << 60.0 << int(Grade::Fair);
    QTest::newRow("59.99") << 59.99 << int(Grade::Poor);
    QTest::newRow("0") << 0.0 << int(Grade::Poor);
}

void TestSelfEvaluationScorer::grades()
{
    QFETCH(double, total);
    QFETCH(int, grade);
    QCOMPARE(int(defaultPolicy().gradeFor(total)), grade);
}

void TestSelfEvaluationScorer::qualitativeBands_data()
{
    QTest::addColumn<int>("level");
    QTest::addColumn<double>("given");
    QTest::addColumn<bool>("accepted");
    const int ach = int(QualitativeLevel::Achieved), part = int(QualitativeLevel::Partly),
              not_ = int(QualitativeLevel::NotAchieved);
    // Weight 10: 达成 [8, 10], 部分达成 [6, 8), 未达成 [0, 6).
    QTest::newRow("achieved top") << ach << 10.0 << true;
    QTest::newRow("achieved bottom") << ach << 8.0 << true;
    QTest::newRow("achieved below band") << ach << 7.99 << false;
    QTest::newRow("achieved above weight") << ach << 10.01 << false;
    QTest::newRow("partly bottom") << part << 6.0 << true;
    QTest::newRow("partly top") << part << 7.99 << true;
    QTest::newRow("partly at next band") << part << 8.0 << false;
    QTest::newRow("not achieved zero") << not_ << 0.0 << true;
    QTest::newRow("not achieved top") << not_ << 5.99 << true;
    QTest::newRow("not achieved at next band") << not_ << 6.0 << false;
}

void TestSelfEvaluationScorer::qualitativeBands()
{
    QFETCH(int, level);
    QFETCH(double, given);
    QFETCH(bool, accepted);
    Example ex;
    ex.entry(4).qualitativeLevel = static_cast<QualitativeLevel>(level);
    ex.entry(4).score = given;
    ex.indicators[4].weight = 10;
    Result<ScoreSheet> sheet = SelfEvaluationScorer::score(ex.evaluation, ex.indicators, ex.classes, defaultPolicy());
    QCOMPARE(sheet.ok(), accepted);
    if (accepted) {
        QCOMPARE(sheet->indicators.at(4).score, given);
    } else {
        QVERIFY2(sheet.message().contains(QStringLiteral("群众出行条件改善")), qPrintable(sheet.message()));
    }
}

void TestSelfEvaluationScorer::workedExample()
{
    Example ex;
    Result<ScoreSheet> sheet = SelfEvaluationScorer::score(ex.evaluation, ex.indicators, ex.classes, defaultPolicy());
    QVERIFY2(sheet.ok(), qPrintable(sheet.message()));
    QCOMPARE(*sheet->executionRate, 90.0);
    QCOMPARE(sheet->executionScore, 9.0);
    const QList<double> expected = { 18.33, 15.0, 4.58, 10.0, 11.0, 15.0, 10.0 };
    for (int i = 0; i < expected.size(); ++i)
        QCOMPARE(sheet->indicators.at(i).score, expected.at(i));
    QCOMPARE(sheet->rawTotal, 92.91);
    QCOMPARE(sheet->total, 92.91);
    QCOMPARE(sheet->grade, Grade::Excellent);
    QVERIFY(sheet->indicators.at(5).farAbove); // 80 / 60 = 1.33 > 1.2, explained
    QVERIFY2(sheet->issues.isEmpty(), qPrintable(sheet->issues.value(0).reason));
    // Every point lost is explained with its numbers.
    QVERIFY(sheet->indicators.at(0).explanation.contains(QStringLiteral("20 × 110 / 120 = 18.33")));
    QVERIFY(sheet->indicators.at(0).explanation.contains(QLatin1String("1.67")));
    QVERIFY(sheet->indicators.at(2).explanation.contains(QStringLiteral("5 × 11 / 12 = 4.58")));
    QVERIFY(sheet->indicators.at(4).explanation.contains(QLatin1String("4.00")));
}

void TestSelfEvaluationScorer::notApplicableRescales()
{
    Example ex;
    ex.entry(3).notApplicable = true; // 单位养护成本, weight 10
    ex.entry(3).notApplicableReason = QStringLiteral("本年度未发生养护费用结算");
    ex.entry(3).actualValue.reset();
    Result<ScoreSheet> sheet = SelfEvaluationScorer::score(ex.evaluation, ex.indicators, ex.classes, defaultPolicy());
    QVERIFY2(sheet.ok(), qPrintable(sheet.message()));
    QCOMPARE(sheet->notApplicableWeight, 10.0);
    QCOMPARE(sheet->rawTotal, 82.91);
    QCOMPARE(sheet->total, 92.12); // 82.91 × 100 / 90 = 92.122…
    QVERIFY(sheet->indicators.at(3).notApplicable);
}

void TestSelfEvaluationScorer::satisfactionWeightFallsBackToBenefit()
{
    Example ex;
    ex.indicators.removeLast();
    ex.evaluation.entries.removeLast();
    ex.indicators[5].weight = 25; // 效益 now 15 + 25 = 40
    Result<ScoreSheet> sheet = SelfEvaluationScorer::score(ex.evaluation, ex.indicators, ex.classes, defaultPolicy());
    QVERIFY2(sheet.ok(), qPrintable(sheet.message()));
    QVERIFY2(sheet->issues.isEmpty(), qPrintable(sheet->issues.value(0).reason));
}

void TestSelfEvaluationScorer::weightsThatDoNotAddUp()
{
    Example ex;
    ex.indicators[0].weight = 15; // 产出 + 成本 = 45, not 50
    Result<ScoreSheet> sheet = SelfEvaluationScorer::score(ex.evaluation, ex.indicators, ex.classes, defaultPolicy());
    QVERIFY(sheet.ok());
    QCOMPARE(sheet->issues.size(), 1);
    QCOMPARE(sheet->issues.first().field, QStringLiteral("indicators"));
    QVERIFY2(sheet->issues.first().reason.contains(QLatin1String("45")) && sheet->issues.first().reason.contains(QLatin1String("50")),
             qPrintable(sheet->issues.first().reason));
}

void TestSelfEvaluationScorer::farAboveNeedsExplanation()
{
    Example ex;
    ex.entry(5).explanation.clear();
    Result<ScoreSheet> sheet = SelfEvaluationScorer::score(ex.evaluation, ex.indicators, ex.classes, defaultPolicy());
    QVERIFY(sheet.ok());
    QCOMPARE(sheet->issues.size(), 1);
    QCOMPARE(sheet->issues.first().itemId, ex.indicators.at(5).meta.id);
    QCOMPARE(sheet->issues.first().field, QStringLiteral("entries[5].explanation"));
    QCOMPARE(sheet->issues.first().recordKind, std::optional<RecordKind>(RecordKind::SelfEvaluation));
    QCOMPARE(sheet->issues.first().recordId, ex.evaluation.meta.id);
    // The path indexes the evaluation's entries, in their order, not the indicators.
    ex.evaluation.entries.swapItemsAt(0, 5);
    sheet = SelfEvaluationScorer::score(ex.evaluation, ex.indicators, ex.classes, defaultPolicy());
    QCOMPARE(sheet->issues.size(), 1);
    QCOMPARE(sheet->issues.first().field, QStringLiteral("entries[0].explanation"));
    QCOMPARE(sheet->issues.first().itemId, ex.indicators.at(5).meta.id);
    ex.evaluation.entries.swapItemsAt(0, 5);
    // Exactly at the ratio is not "far above".
    ex.entry(5).actualValue = 72; // 72 / 60 = 1.2
    sheet = SelfEvaluationScorer::score(ex.evaluation, ex.indicators, ex.classes, defaultPolicy());
    QVERIFY(!sheet->indicators.at(5).farAbove);
    QVERIFY(sheet->issues.isEmpty());
}

void TestSelfEvaluationScorer::executionRate()
{
    Example ex;
    ex.evaluation.funds[0].executed = Money::fromYuan(1'079'988); // 89.999%
    Result<ScoreSheet> sheet = SelfEvaluationScorer::score(ex.evaluation, ex.indicators, ex.classes, defaultPolicy());
    QVERIFY(sheet.ok());
    QCOMPARE(*sheet->executionRate, 90.0);   // shown rounded…
    QCOMPARE(sheet->executionScore, 9.0);
    QVERIFY(sheet->issues.isEmpty());        // …and 90.00 is not below 90
    ex.evaluation.funds[0].executed = Money::fromYuan(1'000'000); // 83.33%
    sheet = SelfEvaluationScorer::score(ex.evaluation, ex.indicators, ex.classes, defaultPolicy());
    QCOMPARE(sheet->executionScore, 8.33);
    QCOMPARE(sheet->issues.size(), 1);
    QCOMPARE(sheet->issues.first().field, QStringLiteral("executionReason"));
    QCOMPARE(sheet->issues.first().line(), QStringLiteral("executionReason: ") + sheet->issues.first().reason);
    ex.evaluation.executionReason = QStringLiteral("冬季停工");
    QVERIFY(SelfEvaluationScorer::score(ex.evaluation, ex.indicators, ex.classes, defaultPolicy())->issues.isEmpty());
    // Over-execution is capped at the weight; carry-over counts in the total funds.
    ex.evaluation.funds[0].executed = Money::fromYuan(1'300'000);
    QCOMPARE(SelfEvaluationScorer::score(ex.evaluation, ex.indicators, ex.classes, defaultPolicy())->executionScore, 10.0);
    ex.evaluation.funds << EvaluationFund { FundSource::CarryOver, Money::fromYuan(100'000), Money::fromYuan(100'000),
                                            Money::fromYuan(0) };
    ex.evaluation.funds[0].executed = Money::fromYuan(1'040'000); // 1,040,000 / 1,300,000 = 80%
    QCOMPARE(*SelfEvaluationScorer::score(ex.evaluation, ex.indicators, ex.classes, defaultPolicy())->executionRate, 80.0);
}

void TestSelfEvaluationScorer::badInput()
{
    {
        Example ex;
        ex.entry(0).actualValue.reset();
        ex.entry(0).actualText = QStringLiteral("约一百公里");
        Result<ScoreSheet> sheet = SelfEvaluationScorer::score(ex.evaluation, ex.indicators, ex.classes, defaultPolicy());
        QVERIFY(!sheet.ok());
        QVERIFY2(sheet.message().contains(QStringLiteral("养护里程")) && sheet.message().contains(QStringLiteral("约一百公里")),
                 qPrintable(sheet.message()));
    }
    {
        Example ex;
        ex.evaluation.entries.removeAt(2);
        Result<ScoreSheet> sheet = SelfEvaluationScorer::score(ex.evaluation, ex.indicators, ex.classes, defaultPolicy());
        QVERIFY(!sheet.ok());
        QVERIFY(sheet.message().contains(QStringLiteral("完工时间")));
    }
    {
        Example ex;
        ex.entry(4).qualitativeLevel.reset();
        Result<ScoreSheet> sheet = SelfEvaluationScorer::score(ex.evaluation, ex.indicators, ex.classes, defaultPolicy());
        QVERIFY(!sheet.ok());
        QVERIFY(sheet.message().contains(QStringLiteral("群众出行条件改善")));
    }
    {
        Example ex;
        EvaluationEntry stray;
        stray.indicatorId = QUuid::createUuid();
        stray.actualValue = 1;
        ex.evaluation.entries << stray;
        QVERIFY(!SelfEvaluationScorer::score(ex.evaluation, ex.indicators, ex.classes, defaultPolicy()).ok());
    }
}

void TestSelfEvaluationScorer::policyRejectsBadDocuments()
{
    QJsonObject doc { { QStringLiteral("fiscalYear"), 2025 },
                      { QStringLiteral("selfEvaluation"),
                        QJsonObject { { QStringLiteral("lowerIsBetterFormula"), QStringLiteral("cubic") } } } };
    Result<YearPolicy> p = YearPolicy::fromJson(doc);
    QVERIFY(!p.ok());
    QVERIFY(p.message().contains(QLatin1String("cubic")));
    doc[QStringLiteral("selfEvaluation")] = QJsonObject {
        { QStringLiteral("classWeights"),
          QJsonArray { QJsonObject { { QStringLiteral("classes"), QJsonArray { QStringLiteral("产出指标") } },
                                     { QStringLiteral("weight"), 80 } } } } };
    p = YearPolicy::fromJson(doc);
    QVERIFY(!p.ok());
    QVERIFY2(p.message().contains(QLatin1String("90")), qPrintable(p.message()));
}

void TestSelfEvaluationScorer::zeroTargets_data()
{
    QTest::addColumn<int>("op");
    QTest::addColumn<double>("actual");
    QTest::addColumn<double>("expected");
    // A target of 0: an actual of 0 reaches it, with ≥ as with ≤ (a strict comparison would miss it).
    QTest::newRow("≥ 0, actual 0") << int(IndicatorOperator::AtLeast) << 0.0 << 10.0;
    QTest::newRow("≥ 0, actual 3") << int(IndicatorOperator::AtLeast) << 3.0 << 10.0;
    QTest::newRow("≤ 0, actual 0") << int(IndicatorOperator::AtMost) << 0.0 << 10.0;
    QTest::newRow("≤ 0, actual 2") << int(IndicatorOperator::AtMost) << 2.0 << 0.0;
    QTest::newRow("＜ 0, actual 0") << int(IndicatorOperator::LessThan) << 0.0 << 10.0;
}

void TestSelfEvaluationScorer::zeroTargets()
{
    QFETCH(int, op);
    QFETCH(double, actual);
    QFETCH(double, expected);
    Example ex;
    ex.indicators[3].op = static_cast<IndicatorOperator>(op); // 单位养护成本, weight 10
    ex.indicators[3].targetValue = 0;
    ex.entry(3).actualValue = actual;
    ex.entry(3).deviationReason = QStringLiteral("说明");
    Result<ScoreSheet> sheet = SelfEvaluationScorer::score(ex.evaluation, ex.indicators, ex.classes, defaultPolicy());
    QVERIFY2(sheet.ok(), qPrintable(sheet.message()));
    QCOMPARE(sheet->indicators.at(3).score, expected);
    QCOMPARE(sheet->indicators.at(3).reached, expected == 10.0);
    QVERIFY(!sheet->indicators.at(3).farAbove); // no ratio to a target of 0
}

void TestSelfEvaluationScorer::fullyMetExplanation()
{
    Example ex;
    Result<ScoreSheet> sheet = SelfEvaluationScorer::score(ex.evaluation, ex.indicators, ex.classes, defaultPolicy());
    QVERIFY(sheet.ok());
    const IndicatorScore& met = sheet->indicators.at(1); // 验收合格率 ＝ 100, actual 100
    QVERIFY(met.reached);
    QCOMPARE(met.score, 15.0);
    QCOMPARE(met.explanation, QStringLiteral("Target ＝ 100 reached with 100: full 15.00 points."));
    QCOMPARE(met.formula, QStringLiteral("100 ＝ 100 → 15.00"));
}

void TestSelfEvaluationScorer::unmetNeedsDeviationReason_data()
{
    QTest::addColumn<int>("entry");
    QTest::newRow("≥ below target") << 0;
    QTest::newRow("≤ above target") << 2;
    QTest::newRow("qualitative, partly reached") << 4;
}

void TestSelfEvaluationScorer::unmetNeedsDeviationReason()
{
    QFETCH(int, entry);
    Example ex;
    ex.entry(entry).deviationReason = QStringLiteral("  ");
    Result<ScoreSheet> sheet = SelfEvaluationScorer::score(ex.evaluation, ex.indicators, ex.classes, defaultPolicy());
    QVERIFY(sheet.ok());
    QCOMPARE(sheet->issues.size(), 1);
    QCOMPARE(sheet->issues.first().field, QStringLiteral("entries[%1].deviationReason").arg(entry));
    QCOMPARE(sheet->issues.first().itemId, ex.indicators.at(entry).meta.id);
    // A reached indicator needs none.
    ex.entry(entry).deviationReason = QStringLiteral("原因");
    ex.entry(1).deviationReason.clear();
    sheet = SelfEvaluationScorer::score(ex.evaluation, ex.indicators, ex.classes, defaultPolicy());
    QVERIFY(sheet->issues.isEmpty());
}

void TestSelfEvaluationScorer::notApplicableRules()
{
    Example ex;
    ex.entry(3).notApplicable = true; // 单位养护成本, weight 10
    Result<ScoreSheet> sheet = SelfEvaluationScorer::score(ex.evaluation, ex.indicators, ex.classes, defaultPolicy());
    QVERIFY(sheet.ok());
    // A reason is required.
    QCOMPARE(sheet->issues.size(), 1);
    QCOMPARE(sheet->issues.first().field, QStringLiteral("entries[3].notApplicableReason"));
    ex.entry(3).notApplicableReason = QStringLiteral("本年度未发生养护费用结算");
    sheet = SelfEvaluationScorer::score(ex.evaluation, ex.indicators, ex.classes, defaultPolicy());
    QVERIFY(sheet->issues.isEmpty());
    // Open until finance decides; it is left out meanwhile. (The second item is the far-above
    // deduction proposed for 带动就业人数, 80 of 60.)
    QCOMPARE(sheet->reviewItems.size(), 2);
    QVERIFY(!sheet->reviewItems.last().notApplicable);
    QVERIFY(sheet->reviewItems.first().notApplicable);
    QCOMPARE(sheet->reviewItems.first().points, 10.0);
    QVERIFY(!sheet->reviewItems.first().decided);
    QCOMPARE(sheet->total, 92.12);

    // Finance accepts: the same; rejects: the indicator counts as not reached, 0 of 10.
    ScoringContext context;
    context.decisions << ReviewItem { ex.indicators.at(3).meta.id, true, false };
    sheet = SelfEvaluationScorer::score(ex.evaluation, ex.indicators, ex.classes, defaultPolicy(), context);
    QCOMPARE(sheet->total, 92.12);
    QCOMPARE(sheet->reviewItems.first().decided, std::optional<bool>(true));
    context.decisions.first().notApplicableAccepted = false;
    sheet = SelfEvaluationScorer::score(ex.evaluation, ex.indicators, ex.classes, defaultPolicy(), context);
    QCOMPARE(sheet->notApplicableWeight, 0.0);
    QCOMPARE(sheet->indicators.at(3).score, 0.0);
    QCOMPARE(sheet->total, 82.91);

    // Not a way around missed targets: above the policy's cap (20 points) it cannot be submitted.
    ex.entry(0).notApplicable = true; // 养护里程, 20 more points
    ex.entry(0).notApplicableReason = QStringLiteral("理由");
    sheet = SelfEvaluationScorer::score(ex.evaluation, ex.indicators, ex.classes, defaultPolicy());
    QCOMPARE(sheet->notApplicableWeight, 30.0);
    QCOMPARE(sheet->issues.size(), 1);
    QCOMPARE(sheet->issues.first().field, QStringLiteral("entries"));
    QVERIFY2(sheet->issues.first().reason.contains(QLatin1String("30")) && sheet->issues.first().reason.contains(QLatin1String("20")),
             qPrintable(sheet->issues.first().reason));
}

void TestSelfEvaluationScorer::farAboveDeduction_data()
{
    QTest::addColumn<int>("op");
    QTest::addColumn<double>("t");
    QTest::addColumn<double>("a");
    QTest::addColumn<bool>("flagged");
    QTest::addColumn<double>("deduction");
    const int ge = int(IndicatorOperator::AtLeast), gt = int(IndicatorOperator::GreaterThan),
              eq = int(IndicatorOperator::Equal), le = int(IndicatorOperator::AtMost),
              lt = int(IndicatorOperator::LessThan);
    // weight 15; deduction = 15 × min(0.3, (ratio − 1) × 0.2)
    QTest::newRow("≥ 1.5 times") << ge << 60.0 << 90.0 << true << 1.5;
    QTest::newRow("＞ exactly 1.2 times") << gt << 60.0 << 72.0 << false << 0.0;
    QTest::newRow("≥ ten times, capped") << ge << 10.0 << 100.0 << true << 4.5;
    QTest::newRow("≤ half the target") << le << 60.0 << 30.0 << true << 3.0;
    QTest::newRow("＜ target / actual 1.25") << lt << 60.0 << 48.0 << true << 0.75;
    QTest::newRow("≤ just under the target") << le << 60.0 << 55.0 << false << 0.0;
    QTest::newRow("≤ actual 0: no ratio") << le << 60.0 << 0.0 << false << 0.0;
    QTest::newRow("＝ far above is not lower target") << eq << 60.0 << 90.0 << false << 0.0;
}

void TestSelfEvaluationScorer::farAboveDeduction()
{
    QFETCH(int, op);
    QFETCH(double, t);
    QFETCH(double, a);
    QFETCH(bool, flagged);
    QFETCH(double, deduction);
    Example ex;
    ex.indicators[5].op = static_cast<IndicatorOperator>(op); // 带动就业人数, weight 15
    ex.indicators[5].targetValue = t;
    ex.entry(5).actualValue = a;
    ex.entry(5).explanation.clear();
    ex.entry(5).deviationReason = QStringLiteral("说明");
    Result<ScoreSheet> sheet = SelfEvaluationScorer::score(ex.evaluation, ex.indicators, ex.classes, defaultPolicy());
    QVERIFY(sheet.ok());
    const IndicatorScore& is = sheet->indicators.at(5);
    QCOMPARE(is.farAbove, flagged);
    QCOMPARE(is.deduction, deduction);
    QVERIFY(!is.deductionApplied);
    const bool explanationAsked = std::any_of(sheet->issues.cbegin(), sheet->issues.cend(),
        [](const Problem& p) { return p.field == QLatin1String("entries[5].explanation"); });
    QCOMPARE(explanationAsked, flagged);
    QCOMPARE(sheet->reviewItems.size(), flagged ? 1 : 0);
    if (!flagged)
        return;
    // Proposed only: the score is full until finance confirms the deduction.
    QCOMPARE(is.score, 15.0);
    ScoringContext context;
    context.decisions << ReviewItem { ex.indicators.at(5).meta.id, std::nullopt, true };
    sheet = SelfEvaluationScorer::score(ex.evaluation, ex.indicators, ex.classes, defaultPolicy(), context);
    QVERIFY(sheet->indicators.at(5).deductionApplied);
    QCOMPARE(sheet->indicators.at(5).score, SelfEvaluationScorer::round2(15.0 - deduction));
    QVERIFY2(sheet->indicators.at(5).explanation.contains(QLatin1String("confirmed by finance")),
             qPrintable(sheet->indicators.at(5).explanation));
}

void TestSelfEvaluationScorer::approvedTargetsOnly()
{
    Example ex;
    ScoringContext context;
    context.targetStatus = RecordStatus::Submitted;
    Result<ScoreSheet> sheet = SelfEvaluationScorer::score(ex.evaluation, ex.indicators, ex.classes, defaultPolicy(), context);
    QVERIFY(sheet.ok());
    QCOMPARE(sheet->targetStatus, std::optional<RecordStatus>(RecordStatus::Submitted));
    QCOMPARE(sheet->issues.size(), 1);
    QCOMPARE(sheet->issues.first().field, QStringLiteral("targets"));
    context.targetStatus = RecordStatus::Approved;
    sheet = SelfEvaluationScorer::score(ex.evaluation, ex.indicators, ex.classes, defaultPolicy(), context);
    QVERIFY(sheet->issues.isEmpty());
}

void TestSelfEvaluationScorer::frameworkWeights()
{
    // 部门整体: no separate execution-rate points (预算执行率 is an indicator of 管理效率).
    QJsonObject self = defaultPolicy().document().value(QStringLiteral("selfEvaluation")).toObject();
    self.insert(QStringLiteral("frameworks"),
        QJsonObject { { QStringLiteral("agency-overall"),
            QJsonObject { { QStringLiteral("executionRateWeight"), 0 },
                { QStringLiteral("classWeights"),
                    QJsonArray { QJsonObject { { QStringLiteral("classes"), QJsonArray { QStringLiteral("管理效率") } },
                                     { QStringLiteral("weight"), 40 } },
                        QJsonObject { { QStringLiteral("classes"), QJsonArray { QStringLiteral("履职效能") } },
                            { QStringLiteral("weight"), 60 } } } } } } });
    Result<YearPolicy> policy = YearPolicy::fromJson(
        { { QStringLiteral("fiscalYear"), 2025 }, { QStringLiteral("selfEvaluation"), self } });
    QVERIFY2(policy.ok(), qPrintable(policy.message()));
    Example ex;
    ex.indicators.clear();
    ex.evaluation.entries.clear();
    ex.add(QStringLiteral("管理效率"), QStringLiteral("预算执行率"), IndicatorOperator::AtLeast, 95, 40, 90);
    ex.add(QStringLiteral("履职效能"), QStringLiteral("重点工作完成率"), IndicatorOperator::AtLeast, 100, 60, 100);
    ex.entry(0).deviationReason = QStringLiteral("年底资金到位较晚");
    ScoringContext context;
    context.framework = FrameworkKind::AgencyOverall;
    Result<ScoreSheet> sheet = SelfEvaluationScorer::score(ex.evaluation, ex.indicators, ex.classes, *policy, context);
    QVERIFY2(sheet.ok(), qPrintable(sheet.message()));
    QVERIFY2(sheet->issues.isEmpty(), qPrintable(sheet->issues.value(0).reason));
    QCOMPARE(sheet->executionWeight, 0.0);
    QCOMPARE(sheet->executionScore, 0.0);
    QCOMPARE(sheet->total, 97.89); // 40 × 90 / 95 = 37.89, + 60
    // Under the program weights the same indicators are wrong, and not clamped away in silence.
    sheet = SelfEvaluationScorer::score(ex.evaluation, ex.indicators, ex.classes, *policy);
    QVERIFY(sheet->rawTotal > 100);
    QVERIFY(std::any_of(sheet->issues.cbegin(), sheet->issues.cend(),
        [](const Problem& p) { return p.reason.contains(QLatin1String("more than 100")); }));
}

QTEST_GUILESS_MAIN(TestSelfEvaluationScorer)
#include "TestSelfEvaluationScorer.moc"
