// The xlsx round trip: export a template, fill it programmatically, import it, compare every field;
// and an unchanged template imports as a no-op.
#include "TemplateTestSupport.h"

#include "core/io/TemplateImporter.h"
#include "core/io/TemplateWorkbook.h"
#include "core/storage/EvaluationRepository.h"
#include "core/storage/MonitoringRepository.h"
#include "core/storage/TargetSetRepository.h"

#include <QTest>

using namespace jx;
using namespace jx::test;
using F = TemplateField;

class TestTemplateRoundTrip : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void unchangedTemplatesAreNoOps();
    void targets();
    void monitoring();
    void selfEvaluation();

private:
    QString exportTemplate(TemplateKind kind, int month = 12);
    TemplateImportResult importFile(const QString& path, bool dryRun = false);

    UnitFixture m_unit;
};

void TestTemplateRoundTrip::init()
{
    m_unit = UnitFixture();
    QVERIFY(m_unit.build());
}

QString TestTemplateRoundTrip::exportTemplate(TemplateKind kind, int month)
{
    TemplateRequest request;
    request.kind = kind;
    request.agencyId = m_unit.ws->self().meta.id;
    request.fiscalYear = 2025;
    request.month = month;
    request.path = m_unit.dir->filePath(TemplateLayout::codeOf(kind) + QStringLiteral(".xlsx"));
    Result<int> written = TemplateWorkbook::write(m_unit.ws->database(), request);
    if (!written)
        qWarning("%s", qPrintable(written.message()));
    return written ? request.path : QString();
}

TemplateImportResult TestTemplateRoundTrip::importFile(const QString& path, bool dryRun)
{
    TemplateImportResult result = TemplateImporter::run(*m_unit.ws, path, dryRun);
    for (const TemplateProblem& p : std::as_const(result.problems))
        qWarning("%s", qPrintable(p.line()));
    return result;
}

void TestTemplateRoundTrip::unchangedTemplatesAreNoOps()
{
    const QString before = dumpDatabase(m_unit.ws->database());
    for (TemplateKind kind : { TemplateKind::Targets, TemplateKind::Monitoring, TemplateKind::SelfEvaluation }) {
        const QString path = exportTemplate(kind, 3);
        QVERIFY(!path.isEmpty());
        const TemplateImportResult result = importFile(path);
        QVERIFY(result.ok());
        QCOMPARE(result.kind, kind);
        QCOMPARE(result.created, 0);
        QCOMPARE(result.updated, 0);
        QVERIFY(result.unchanged > 0);
        // Written back through libxlsxwriter as a spreadsheet program would save it: still nothing to do.
        const QString copy = path + QStringLiteral(".copy.xlsx");
        QVERIFY(rewriteWorkbook(path, copy, {}));
        const TemplateImportResult again = importFile(copy);
        QVERIFY(again.ok());
        QCOMPARE(again.created + again.updated, 0);
    }
    QCOMPARE(dumpDatabase(m_unit.ws->database()), before);
}

void TestTemplateRoundTrip::targets()
{
    const QString path = exportTemplate(TemplateKind::Targets);
    QVERIFY(!path.isEmpty());
    const TemplateKind k = TemplateKind::Targets;
    const QString head = QStringLiteral("绩效目标");
    const QString lines = QStringLiteral("绩效指标");
    const QString roadsId = m_unit.roads.meta.id.toString(QUuid::WithoutBraces);
    const QString canalsId = m_unit.canals.meta.id.toString(QUuid::WithoutBraces);
    TargetSet before = **TargetSetRepository(m_unit.ws->database()).ofSubject(m_unit.roads.meta.id, 2025);
    const Indicator& mileage = before.indicators.at(0);
    const QString mileageId = mileage.meta.id.toString(QUuid::WithoutBraces);

    CellEdits edits;
    edits[head][cellOf(path, k, 12, head, F::SubjectId, roadsId, F::ObjectiveAnnual)] = QStringLiteral("完成农村公路养护150公里，路况优良率90%。");
    edits[head][cellOf(path, k, 12, head, F::SubjectId, canalsId, F::ObjectiveAnnual)] = QStringLiteral("改造防渗渠道30公里。");
    edits[head][cellOf(path, k, 12, head, F::SubjectId, canalsId, F::ObjectiveMidTerm)] = QStringLiteral("三年内完成全部干渠改造。");
    edits[lines][cellOf(path, k, 12, lines, F::IndicatorId, mileageId, F::TargetValue)] = 150.0;
    edits[lines][cellOf(path, k, 12, lines, F::IndicatorId, mileageId, F::Weight)] = 25.5;
    edits[lines][cellOf(path, k, 12, lines, F::IndicatorId, mileageId, F::Standard)] = QStringLiteral("行业标准");
    edits[lines][cellOf(path, k, 12, lines, F::IndicatorId, mileageId, F::Content)] = QStringLiteral("年内完成养护的里程");
    // A new indicator for the program without targets, named by its code as a clerk would.
    const int free = nextFreeRow(path, lines);
    auto at = [&](F field) -> QString { return columnOf(k, 12, lines, field) + QString::number(free); };
    edits[lines][at(F::ProgramCode)] = QStringLiteral("P-002");
    edits[lines][at(F::LevelOne)] = QStringLiteral("产出指标");
    edits[lines][at(F::LevelTwo)] = QStringLiteral("数量指标");
    edits[lines][at(F::IndicatorName)] = QStringLiteral("防渗渠道长度");
    edits[lines][at(F::Operator)] = QStringLiteral("≥");
    edits[lines][at(F::TargetValue)] = 30.0;
    edits[lines][at(F::Unit)] = QStringLiteral("公里");
    edits[lines][at(F::Weight)] = 30.0;
    edits[lines][at(F::Standard)] = QStringLiteral("计划标准");
    const QString filled = m_unit.dir->filePath(QStringLiteral("targets-filled.xlsx"));
    QVERIFY(rewriteWorkbook(path, filled, edits));

    const TemplateImportResult dry = importFile(filled, true);
    QVERIFY(dry.ok());
    QCOMPARE(dry.created, 1);
    QCOMPARE(dry.updated, 1);
    QVERIFY(!dry.written);
    QCOMPARE(TargetSetRepository(m_unit.ws->database()).ofSubject(m_unit.canals.meta.id, 2025)->has_value(), false);

    const TemplateImportResult result = importFile(filled);
    QVERIFY(result.ok());
    QVERIFY(result.written);
    QCOMPARE(result.created, 1);
    QCOMPARE(result.updated, 1);

    TargetSet roads = **TargetSetRepository(m_unit.ws->database()).ofSubject(m_unit.roads.meta.id, 2025);
    QCOMPARE(roads.objectiveAnnual, QStringLiteral("完成农村公路养护150公里，路况优良率90%。"));
    QCOMPARE(roads.indicators.size(), before.indicators.size());
    QCOMPARE(roads.indicators.at(0).targetValue, std::optional<double>(150));
    QCOMPARE(roads.indicators.at(0).targetText, QStringLiteral("150"));
    QCOMPARE(roads.indicators.at(0).weight, 25.5);
    QCOMPARE(roads.indicators.at(0).standard, EvaluationStandard::Industry);
    QCOMPARE(roads.indicators.at(0).content, QStringLiteral("年内完成养护的里程"));
    // Every other indicator as it was.
    for (int n = 1; n < roads.indicators.size(); ++n) {
        const Indicator& a = roads.indicators.at(n);
        const Indicator& b = before.indicators.at(n);
        QCOMPARE(a.meta.id, b.meta.id);
        QCOMPARE(a.name, b.name);
        QCOMPARE(a.op, b.op);
        QCOMPARE(a.targetValue, b.targetValue);
        QCOMPARE(a.targetText, b.targetText);
        QCOMPARE(a.categoryId, b.categoryId);
        QCOMPARE(a.weight, b.weight);
        QCOMPARE(a.unit, b.unit);
    }
    TargetSet canals = **TargetSetRepository(m_unit.ws->database()).ofSubject(m_unit.canals.meta.id, 2025);
    QCOMPARE(canals.objectiveAnnual, QStringLiteral("改造防渗渠道30公里。"));
    QCOMPARE(canals.objectiveMidTerm, QStringLiteral("三年内完成全部干渠改造。"));
    QCOMPARE(canals.indicators.size(), 1);
    const Indicator& added = canals.indicators.at(0);
    QCOMPARE(added.name, QStringLiteral("防渗渠道长度"));
    QCOMPARE(added.op, IndicatorOperator::AtLeast);
    QCOMPARE(added.targetValue, std::optional<double>(30));
    QCOMPARE(added.unit, QStringLiteral("公里"));
    QCOMPARE(added.weight, 30.0);
    QCOMPARE(added.categoryId, mileage.categoryId); // 数量指标, like 养护里程
    QVERIFY(!added.categoryId.isNull());

    // The same file again is stale now: the targets changed since it was exported.
    const QString dump = dumpDatabase(m_unit.ws->database());
    const TemplateImportResult again = TemplateImporter::run(*m_unit.ws, filled);
    QVERIFY(!again.ok());
    QCOMPARE(dumpDatabase(m_unit.ws->database()), dump);
}

void TestTemplateRoundTrip::monitoring()
{
    const int month = 6;
    const QString path = exportTemplate(TemplateKind::Monitoring, month);
    QVERIFY(!path.isEmpty());
    const TemplateKind k = TemplateKind::Monitoring;
    const QString head = QStringLiteral("预算执行");
    const QString lines = QStringLiteral("指标进度");
    const QString roadsId = m_unit.roads.meta.id.toString(QUuid::WithoutBraces);
    // Only the program with targets is in a monitoring template.
    QVERIFY(cellOf(path, k, month, head, F::SubjectId, m_unit.canals.meta.id.toString(QUuid::WithoutBraces), F::Budget).isEmpty());
    const TargetSet targets = **TargetSetRepository(m_unit.ws->database()).ofSubject(m_unit.roads.meta.id, 2025);

    CellEdits edits;
    edits[head][cellOf(path, k, month, head, F::SubjectId, roadsId, F::Budget)] = 1200000.0;
    edits[head][cellOf(path, k, month, head, F::SubjectId, roadsId, F::Executed)] = 523456.78;
    edits[head][cellOf(path, k, month, head, F::SubjectId, roadsId, F::ForecastAmount)] = 1180000.5;
    edits[head][cellOf(path, k, month, head, F::SubjectId, roadsId, F::Note)] = QStringLiteral("按进度拨付");
    struct Filled
    {
        std::optional<double> progress;
        QString progressText;
        std::optional<double> forecast;
        Likelihood likelihood;
        std::optional<DeviationCause> cause;
        QString measures;
    };
    QHash<QUuid, Filled> filled;
    for (int n = 0; n < targets.indicators.size(); ++n) {
        const Indicator& i = targets.indicators.at(n);
        const QString id = i.meta.id.toString(QUuid::WithoutBraces);
        Filled f;
        if (i.isQualitative()) {
            f.progressText = QStringLiteral("路况逐步改善");
        } else {
            f.progress = 10.25 + n;
            f.forecast = 100.0 + n;
        }
        f.likelihood = n % 2 ? Likelihood::Possible : Likelihood::Certain;
        if (n == 2)
            f.cause = DeviationCause::Funding;
        f.measures = n == 2 ? QStringLiteral("加快资金拨付") : QString();
        auto cell = [&](F field) { return cellOf(path, k, month, lines, F::IndicatorId, id, field); };
        if (f.progress)
            edits[lines][cell(F::Progress)] = *f.progress;
        else
            edits[lines][cell(F::Progress)] = f.progressText;
        if (f.forecast)
            edits[lines][cell(F::ForecastValue)] = *f.forecast;
        edits[lines][cell(F::Likelihood)] = TemplateLayout::label(f.likelihood);
        if (f.cause)
            edits[lines][cell(F::Cause)] = TemplateLayout::label(*f.cause);
        if (!f.measures.isEmpty())
            edits[lines][cell(F::Measures)] = f.measures;
        filled.insert(i.meta.id, f);
    }
    const QString out = m_unit.dir->filePath(QStringLiteral("monitoring-filled.xlsx"));
    QVERIFY(rewriteWorkbook(path, out, edits));
    const TemplateImportResult result = importFile(out);
    QVERIFY(result.ok());
    QCOMPARE(result.created, 1);
    QCOMPARE(result.month, month);

    QList<MonitoringReport> reports = *MonitoringRepository(m_unit.ws->database()).ofSubject(m_unit.roads.meta.id, 2025);
    QCOMPARE(reports.size(), 1);
    const MonitoringReport& r = reports.at(0);
    QCOMPARE(r.month, month);
    QCOMPARE(r.budget, Money::fromYuan(1'200'000));
    QCOMPARE(r.executed, Money::fromFen(52'345'678));
    QCOMPARE(r.forecastYearEnd, Money::fromFen(118'000'050));
    QCOMPARE(r.note, QStringLiteral("按进度拨付"));
    QCOMPARE(r.entries.size(), targets.indicators.size());
    for (const MonitoringEntry& e : r.entries) {
        const Filled f = filled.value(e.indicatorId);
        QCOMPARE(e.progressValue, f.progress);
        if (!f.progressText.isEmpty())
            QCOMPARE(e.progressText, f.progressText);
        QCOMPARE(e.forecastValue, f.forecast);
        QCOMPARE(e.likelihood, f.likelihood);
        QCOMPARE(e.cause, f.cause);
        QCOMPARE(e.measures, f.measures);
    }

    // Exported again, the report round-trips unchanged.
    const QString dump = dumpDatabase(m_unit.ws->database());
    const QString again = exportTemplate(TemplateKind::Monitoring, month);
    const TemplateImportResult noop = importFile(again);
    QVERIFY(noop.ok());
    QCOMPARE(noop.created + noop.updated, 0);
    QCOMPARE(dumpDatabase(m_unit.ws->database()), dump);
}

void TestTemplateRoundTrip::selfEvaluation()
{
    const QString path = exportTemplate(TemplateKind::SelfEvaluation);
    QVERIFY(!path.isEmpty());
    const TemplateKind k = TemplateKind::SelfEvaluation;
    const QString funds = QStringLiteral("资金执行");
    const QString head = QStringLiteral("自评情况");
    const QString lines = QStringLiteral("指标完成");
    const QString roadsId = m_unit.roads.meta.id.toString(QUuid::WithoutBraces);
    const TargetSet targets = **TargetSetRepository(m_unit.ws->database()).ofSubject(m_unit.roads.meta.id, 2025);

    CellEdits edits;
    // The first funds row of the program is 本年财政拨款.
    const QString firstFunds = cellOf(path, k, 12, funds, F::SubjectId, roadsId, F::InitialBudget);
    QVERIFY(!firstFunds.isEmpty());
    const int fundsRow = XlsxReader::parseReference(firstFunds)->first;
    auto fundsCell = [&](F field) -> QString { return columnOf(k, 12, funds, field) + QString::number(fundsRow); };
    edits[funds][fundsCell(F::InitialBudget)] = 1000000.0;
    edits[funds][fundsCell(F::AdjustedBudget)] = 1200000.0;
    edits[funds][fundsCell(F::FundExecuted)] = 1150000.25;
    auto headCell = [&](F field) { return cellOf(path, k, 12, head, F::SubjectId, roadsId, field); };
    edits[head][headCell(F::ObjectiveExpected)] = QStringLiteral("养护120公里");
    edits[head][headCell(F::ObjectiveAchieved)] = QStringLiteral("完成养护126公里");
    edits[head][headCell(F::Problems)] = QStringLiteral("部分路段施工期延后");
    edits[head][headCell(F::EvaluationMeasures)] = QStringLiteral("提前安排施工计划");
    edits[head][headCell(F::Conclusion)] = QStringLiteral("较好完成年度目标");
    edits[head][headCell(F::ProjectLead)] = QStringLiteral("王军");
    edits[head][headCell(F::FinanceLead)] = QStringLiteral("刘芳");
    QHash<QUuid, EvaluationEntry> expected;
    for (int n = 0; n < targets.indicators.size(); ++n) {
        const Indicator& i = targets.indicators.at(n);
        const QString id = i.meta.id.toString(QUuid::WithoutBraces);
        auto cell = [&](F field) { return cellOf(path, k, 12, lines, F::IndicatorId, id, field); };
        EvaluationEntry e;
        e.indicatorId = i.meta.id;
        if (i.isQualitative()) {
            e.actualText = QStringLiteral("群众出行条件明显改善");
            e.qualitativeLevel = QualitativeLevel::Partly;
            e.score = 11.5;
            edits[lines][cell(F::Actual)] = e.actualText;
            edits[lines][cell(F::Level)] = TemplateLayout::label(*e.qualitativeLevel);
            edits[lines][cell(F::LevelScore)] = *e.score;
        } else {
            e.actualValue = *i.targetValue * 0.9;
            edits[lines][cell(F::Actual)] = *e.actualValue;
            e.deviationReason = QStringLiteral("施工期延后");
            edits[lines][cell(F::DeviationReason)] = e.deviationReason;
        }
        if (n == 5) {
            e.notApplicable = true;
            e.notApplicableReason = QStringLiteral("本年度未涉及用工");
            edits[lines][cell(F::NotApplicable)] = QStringLiteral("是");
            edits[lines][cell(F::NotApplicableReason)] = e.notApplicableReason;
        }
        expected.insert(i.meta.id, e);
    }
    const QString out = m_unit.dir->filePath(QStringLiteral("evaluation-filled.xlsx"));
    QVERIFY(rewriteWorkbook(path, out, edits));
    const TemplateImportResult result = importFile(out);
    QVERIFY(result.ok());
    QCOMPARE(result.created, 1);

    const SelfEvaluation e = **EvaluationRepository(m_unit.ws->database()).ofSubject(m_unit.roads.meta.id, 2025);
    QCOMPARE(e.funds.size(), 1);
    QCOMPARE(e.funds.at(0).source, FundSource::Appropriation);
    QCOMPARE(e.funds.at(0).initialBudget, Money::fromYuan(1'000'000));
    QCOMPARE(e.funds.at(0).adjustedBudget, Money::fromYuan(1'200'000));
    QCOMPARE(e.funds.at(0).executed, Money::fromFen(115'000'025));
    QCOMPARE(e.objectiveExpected, QStringLiteral("养护120公里"));
    QCOMPARE(e.objectiveAchieved, QStringLiteral("完成养护126公里"));
    QCOMPARE(e.problems, QStringLiteral("部分路段施工期延后"));
    QCOMPARE(e.measures, QStringLiteral("提前安排施工计划"));
    QCOMPARE(e.conclusion, QStringLiteral("较好完成年度目标"));
    QCOMPARE(e.projectLead, QStringLiteral("王军"));
    QCOMPARE(e.financeLead, QStringLiteral("刘芳"));
    QCOMPARE(e.entries.size(), targets.indicators.size());
    for (const EvaluationEntry& x : e.entries) {
        const EvaluationEntry want = expected.value(x.indicatorId);
        QVERIFY(x.actualValue.has_value() == want.actualValue.has_value());
        if (want.actualValue)
            QVERIFY(qFuzzyCompare(*x.actualValue, *want.actualValue));
        if (!want.actualText.isEmpty())
            QCOMPARE(x.actualText, want.actualText);
        QCOMPARE(x.qualitativeLevel, want.qualitativeLevel);
        if (want.qualitativeLevel)
            QCOMPARE(x.score, want.score);
        QCOMPARE(x.notApplicable, want.notApplicable);
        QCOMPARE(x.notApplicableReason, want.notApplicableReason);
        QCOMPARE(x.deviationReason, want.deviationReason);
    }

    const QString dump = dumpDatabase(m_unit.ws->database());
    const TemplateImportResult noop = importFile(exportTemplate(TemplateKind::SelfEvaluation));
    QVERIFY(noop.ok());
    QCOMPARE(noop.created + noop.updated, 0);
    QCOMPARE(dumpDatabase(m_unit.ws->database()), dump);
}

QTEST_GUILESS_MAIN(TestTemplateRoundTrip)
#include "TestTemplateRoundTrip.moc"
