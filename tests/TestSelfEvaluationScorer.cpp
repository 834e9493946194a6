#include "core/domain/SelfEvaluationScorer.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

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

QTEST_GUILESS_MAIN(TestSelfEvaluationScorer)
#include "TestSelfEvaluationScorer.moc"
