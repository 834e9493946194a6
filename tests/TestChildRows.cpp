// Child rows read back right after their record is saved: every entry with its indicator, by
// find() (one parent) and by a year's list (ChildTable::loadAll), for self-evaluations and
// monitoring reports. (TestEditors once saw entries without their indicator id: that was the test
// walking a destroyed temporary, found with ASan; these keep the storage side covered.)

#include "TestSupport.h"

#include "core/domain/SelfEvaluation.h"
#include "core/domain/TargetSet.h"
#include "core/storage/EvaluationRepository.h"
#include "core/storage/MonitoringRepository.h"
#include "core/storage/TargetSetRepository.h"
#include "core/workspace/Workspace.h"

#include <QTemporaryDir>
#include <QTest>

using namespace jx;

class TestChildRows : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void evaluationEntriesAfterSave();
    void monitoringEntriesAfterSave();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_ws;
    Subject m_program;
    TargetSet m_targets;
};

void TestChildRows::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    InstallationRequest request;
    request.divisionCode = QStringLiteral("653101");
    request.agencyName = QStringLiteral("喀什市交通运输局");
    request.agencyKind = AgencyKind::BudgetUnit;
    Result<std::unique_ptr<Workspace>> ws = Workspace::create(m_dir->filePath(QStringLiteral("unit.jixiao")), request);
    QVERIFY2(ws, qPrintable(ws.message()));
    m_ws = std::move(*ws);
    QVERIFY(m_ws->setActor({ QStringLiteral("李丽娜"), Role::UnitPreparer, {} }));
    m_program = m_ws->newProgram();
    m_program.fiscalYear = 2025;
    m_program.name = QStringLiteral("2025年农村公路养护项目");
    m_program.amount = Money::fromYuan(1'200'000);
    Result<void> saved = m_ws->saveSubject(m_program);
    QVERIFY2(saved, qPrintable(saved.message()));
    m_targets = TargetSet();
    m_targets.subjectId = m_program.meta.id;
    m_targets.fiscalYear = 2025;
    m_targets.objectiveAnnual = QStringLiteral("完成农村公路养护120公里");
    m_targets.indicators = test::workedExampleIndicators(m_ws->database());
    saved = m_ws->saveTargets(m_targets);
    QVERIFY2(saved, qPrintable(saved.message()));
}

void TestChildRows::cleanup()
{
    m_ws.reset();
    m_dir.reset();
}

void TestChildRows::evaluationEntriesAfterSave()
{
    SelfEvaluation e;
    e.subjectId = m_program.meta.id;
    e.fiscalYear = 2025;
    for (const Indicator& i : std::as_const(m_targets.indicators)) {
        EvaluationEntry x;
        x.indicatorId = i.meta.id;
        e.entries << x;
    }
    for (int round = 0; round < 200; ++round) {
        e.entries[round % e.entries.size()].actualValue = 100 + round;
        e.entries[round % e.entries.size()].actualText = QString::number(100 + round);
        Result<void> saved = m_ws->saveEvaluation(e);
        QVERIFY2(saved, qPrintable(saved.message()));
        Result<std::optional<SelfEvaluation>> read = EvaluationRepository(m_ws->database()).find(e.meta.id);
        QVERIFY2(read, qPrintable(read.message()));
        QVERIFY(read->has_value());
        const QList<EvaluationEntry>& entries = (*read)->entries;
        QCOMPARE(entries.size(), m_targets.indicators.size());
        for (qsizetype k = 0; k < entries.size(); ++k) {
            QVERIFY2(entries.at(k).indicatorId == m_targets.indicators.at(k).meta.id,
                     qPrintable(QStringLiteral("round %1, entry %2: %3").arg(round).arg(k).arg(entries.at(k).indicatorId.toString())));
        }
        QCOMPARE(entries.at(round % entries.size()).actualValue, std::optional<double>(100 + round));
        // The year's list reads children of many parents at once.
        const Result<QList<SelfEvaluation>> year = EvaluationRepository(m_ws->database()).ofYear(2025);
        QVERIFY(year && year->size() == 1);
        for (qsizetype k = 0; k < year->constFirst().entries.size(); ++k)
            QCOMPARE(year->constFirst().entries.at(k).indicatorId, m_targets.indicators.at(k).meta.id);
    }
}

void TestChildRows::monitoringEntriesAfterSave()
{
    MonitoringReport m;
    m.subjectId = m_program.meta.id;
    m.fiscalYear = 2025;
    m.month = 6;
    m.budget = m_program.amount;
    m.forecastYearEnd = m_program.amount;
    for (const Indicator& i : std::as_const(m_targets.indicators)) {
        MonitoringEntry x;
        x.indicatorId = i.meta.id;
        m.entries << x;
    }
    for (int round = 0; round < 100; ++round) {
        m.executed = Money::fromYuan(1000 * round);
        m.entries[round % m.entries.size()].progressText = QString::number(round);
        Result<void> saved = m_ws->saveMonitoring(m);
        QVERIFY2(saved, qPrintable(saved.message()));
        const Result<std::optional<MonitoringReport>> read = MonitoringRepository(m_ws->database()).find(m.meta.id);
        QVERIFY2(read, qPrintable(read.message()));
        QVERIFY(read->has_value());
        const QList<MonitoringEntry>& entries = (*read)->entries;
        QCOMPARE(entries.size(), m_targets.indicators.size());
        for (qsizetype k = 0; k < entries.size(); ++k)
            QCOMPARE(entries.at(k).indicatorId, m_targets.indicators.at(k).meta.id);
        QCOMPARE(entries.at(round % entries.size()).progressText, QString::number(round));
    }
}

QTEST_GUILESS_MAIN(TestChildRows)
#include "TestChildRows.moc"
