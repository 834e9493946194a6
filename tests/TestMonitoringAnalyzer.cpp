#include "core/domain/MonitoringAnalyzer.h"

#include <QJsonObject>
#include <QTest>

using namespace jx;

class TestMonitoringAnalyzer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void executionLag_data();
    void executionLag();
    void indicatorWarnings();
    void assessmentConclusion_data();
    void assessmentConclusion();
};

namespace {

YearPolicy policy()
{
    return *YearPolicy::fromJson({ { QStringLiteral("fiscalYear"), 2025 } });
}

} // namespace

void TestMonitoringAnalyzer::executionLag_data()
{
    QTest::addColumn<int>("month");
    QTest::addColumn<qint64>("executedYuan");
    QTest::addColumn<bool>("warned");
    // Budget 1,200,000 元; June: time progress 50%, warning below 35%.
    QTest::newRow("June on time") << 6 << qint64(600'000) << false;
    QTest::newRow("June exactly 15 points behind") << 6 << qint64(420'000) << false;
    QTest::newRow("June at 34.99%") << 6 << qint64(419'880) << true;
    QTest::newRow("June at 34.999% shows 35.00%, no warning") << 6 << qint64(419'988) << false;
    QTest::newRow("December at 84%") << 12 << qint64(1'008'000) << true;
    QTest::newRow("December at 85%") << 12 << qint64(1'020'000) << false;
    QTest::newRow("January with nothing spent") << 1 << qint64(0) << false; // 8.33 − 15 < 0
}

void TestMonitoringAnalyzer::executionLag()
{
    QFETCH(int, month);
    QFETCH(qint64, executedYuan);
    QFETCH(bool, warned);
    MonitoringReport r;
    r.month = month;
    r.budget = Money::fromYuan(1'200'000);
    r.executed = Money::fromYuan(executedYuan);
    const MonitoringAnalysis a = MonitoringAnalyzer::analyze(r, {}, policy());
    QCOMPARE(a.timeProgress, month == 6 ? 50.0 : month == 12 ? 100.0 : 8.33);
    QCOMPARE(!a.warnings.isEmpty(), warned);
    if (warned) {
        QCOMPARE(a.warnings.first().kind, MonitoringWarning::Kind::ExecutionLag);
        QVERIFY(a.warnings.first().message.contains(QString::number(month)));
    }
}

void TestMonitoringAnalyzer::indicatorWarnings()
{
    Indicator more;
    more.meta.id = QUuid::createUuid();
    more.name = QStringLiteral("养护里程");
    more.op = IndicatorOperator::AtLeast;
    more.targetValue = 120;
    Indicator less;
    less.meta.id = QUuid::createUuid();
    less.name = QStringLiteral("完工时间");
    less.op = IndicatorOperator::AtMost;
    less.targetValue = 11;
    MonitoringReport r;
    r.month = 9;
    MonitoringEntry a { more.meta.id, 80, {}, 110, Likelihood::Possible, DeviationCause::Funding, QStringLiteral("加快") };
    MonitoringEntry b { less.meta.id, {}, {}, 12, Likelihood::Impossible, DeviationCause::Other, QStringLiteral("顺延") };
    r.entries << a << b;
    const MonitoringAnalysis an = MonitoringAnalyzer::analyze(r, { more, less }, policy());
    QVERIFY(!an.executionRate.has_value());
    QCOMPARE(an.warnings.size(), 3);
    QCOMPARE(an.warnings.at(0).kind, MonitoringWarning::Kind::ForecastShort);
    QCOMPARE(an.warnings.at(0).indicatorId, more.meta.id);
    QVERIFY(an.warnings.at(0).message.contains(QStringLiteral("养护里程")));
    QCOMPARE(an.warnings.at(1).kind, MonitoringWarning::Kind::Impossible);
    QCOMPARE(an.warnings.at(2).kind, MonitoringWarning::Kind::ForecastShort);
    QCOMPARE(an.warnings.at(2).indicatorId, less.meta.id);
    // On target: no warning.
    r.entries[0].forecastValue = 120;
    r.entries[1].forecastValue = 11;
    r.entries[1].likelihood = Likelihood::Certain;
    QVERIFY(MonitoringAnalyzer::analyze(r, { more, less }, policy()).warnings.isEmpty());
}

void TestMonitoringAnalyzer::assessmentConclusion_data()
{
    QTest::addColumn<double>("total");
    QTest::addColumn<int>("conclusion");
    QTest::newRow("100") << 100.0 << int(AssessmentConclusion::Support);
    QTest::newRow("exactly 80") << 80.0 << int(AssessmentConclusion::Support);
    QTest::newRow("79.99") << 79.99 << int(AssessmentConclusion::SupportAfterRevision);
    QTest::newRow("exactly 60") << 60.0 << int(AssessmentConclusion::SupportAfterRevision);
    QTest::newRow("59.99") << 59.99 << int(AssessmentConclusion::Reject);
}

void TestMonitoringAnalyzer::assessmentConclusion()
{
    QFETCH(double, total);
    QFETCH(int, conclusion);
    QCOMPARE(int(policy().conclusionFor(total)), conclusion);
}

QTEST_GUILESS_MAIN(TestMonitoringAnalyzer)
#include "TestMonitoringAnalyzer.moc"
