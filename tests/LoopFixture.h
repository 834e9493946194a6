#pragma once

// A county finance bureau's database with one of its units and work of the loop waiting for
// review, for the tests of the record view and the finance pages. The workspace is the finance
// bureau's (acting: reviewer 张伟); the unit's own work is written as the unit would, through its
// own actor and the workflow, since one database holds both agencies here.

#include "TestSupport.h"

#include "core/domain/SelfEvaluation.h"
#include "core/domain/TargetSet.h"
#include "core/storage/AgencyRepository.h"
#include "core/storage/EvaluationRepository.h"
#include "core/storage/MonitoringRepository.h"
#include "core/storage/SubjectRepository.h"
#include "core/storage/TargetSetRepository.h"
#include "core/workflow/RecordLifecycle.h"
#include "core/workspace/Workspace.h"

#include <QTemporaryDir>

#include <memory>

namespace jx::test {

struct LoopFixture
{
    std::unique_ptr<QTemporaryDir> dir;
    std::unique_ptr<Workspace> ws;
    Agency finance;
    Agency unit;
    Actor preparer;   ///< 李丽娜, the unit's preparer
    Actor reviewer;   ///< 张伟, finance: the workspace's actor
    Actor colleague;  ///< 陈静, another finance officer
    Subject roads;    ///< targets submitted, waiting for review
    Subject canals;   ///< targets approved, monitoring of months 1–3 and the self-evaluation submitted
    QUuid roadsTargets;
    QUuid canalsTargets;
    QList<QUuid> canalsReports;
    QUuid canalsEvaluation;
    QString error;    ///< why build() failed

    bool fail(const QString& why)
    {
        error = why;
        return false;
    }

    Subject program(const QString& name)
    {
        Subject s;
        s.kind = SubjectKind::Program;
        s.fiscalYear = 2025;
        s.agencyId = unit.meta.id;
        s.meta.ownerId = unit.meta.id;
        s.divisionCode = unit.divisionCode;
        s.name = name;
        s.code = QStringLiteral("P-%1").arg(name.size());
        s.amount = Money::fromYuan(1'200'000);
        if (!SubjectRepository(ws->database()).save(s).ok())
            error = QStringLiteral("cannot save program");
        return s;
    }

    QUuid targetsOf(const Subject& s)
    {
        TargetSet targets;
        targets.meta.ownerId = unit.meta.id;
        targets.subjectId = s.meta.id;
        targets.fiscalYear = 2025;
        targets.objectiveAnnual = QStringLiteral("完成农村公路养护120公里，路况明显改善，群众满意度90%以上。");
        targets.indicators = workedExampleIndicators(ws->database());
        if (!TargetSetRepository(ws->database()).save(targets).ok())
            return {};
        if (!RecordLifecycle(ws->database()).submit(preparer, RecordKind::TargetSet, targets.meta.id).ok())
            return {};
        return targets.meta.id;
    }

    bool build()
    {
        dir = std::make_unique<QTemporaryDir>();
        InstallationRequest request;
        request.divisionCode = QStringLiteral("653101");
        request.agencyName = QStringLiteral("喀什市财政局");
        request.agencyKind = AgencyKind::FinanceBureau;
        Result<std::unique_ptr<Workspace>> created
            = Workspace::create(dir->filePath(QStringLiteral("finance.jixiao")), request);
        if (!created)
            return fail(created.message());
        ws = std::move(*created);
        finance = ws->self();
        unit.name = QStringLiteral("喀什市交通运输局");
        unit.kind = AgencyKind::BudgetUnit;
        unit.divisionCode = QStringLiteral("653101");
        if (!AgencyRepository(ws->database()).save(unit).ok())
            return fail(QStringLiteral("cannot save unit"));
        preparer = { QStringLiteral("李丽娜"), Role::UnitPreparer, unit.meta.id };
        reviewer = { QStringLiteral("张伟"), Role::FinanceReviewer, finance.meta.id };
        colleague = { QStringLiteral("陈静"), Role::FinanceReviewer, finance.meta.id };
        if (Result<void> r = ws->setActor(reviewer); !r)
            return fail(r.message());
        Database& db = ws->database();
        RecordLifecycle wf(db);

        roads = program(QStringLiteral("2025年农村公路养护项目"));
        canals = program(QStringLiteral("2025年渠道防渗改造项目"));
        if (!error.isEmpty())
            return false;
        roadsTargets = targetsOf(roads);
        canalsTargets = targetsOf(canals);
        if (roadsTargets.isNull() || canalsTargets.isNull())
            return fail(QStringLiteral("cannot submit targets"));
        if (Result<void> r = wf.approve(colleague, RecordKind::TargetSet, canalsTargets, QStringLiteral("同意")); !r)
            return fail(r.message());
        Result<std::optional<TargetSet>> approved = TargetSetRepository(db).find(canalsTargets);
        if (!approved || !approved->has_value())
            return fail(QStringLiteral("cannot read targets"));
        const QList<Indicator> indicators = (*approved)->indicators;

        for (int month = 1; month <= 3; ++month) {
            MonitoringReport m;
            m.meta.ownerId = unit.meta.id;
            m.subjectId = canals.meta.id;
            m.fiscalYear = 2025;
            m.month = month;
            m.budget = canals.amount;
            m.executed = Money::fromYuan(100'000 * month);
            m.forecastYearEnd = canals.amount;
            if (!MonitoringRepository(db).save(m).ok())
                return fail(QStringLiteral("cannot save monitoring"));
            if (Result<void> r = wf.submit(preparer, RecordKind::MonitoringReport, m.meta.id); !r)
                return fail(r.message());
            canalsReports << m.meta.id;
        }

        // The self-evaluation of docs/scoring.md's worked example: 92.91, 优.
        SelfEvaluation ev;
        ev.meta.ownerId = unit.meta.id;
        ev.subjectId = canals.meta.id;
        ev.fiscalYear = 2025;
        ev.funds << EvaluationFund { FundSource::Appropriation, canals.amount, canals.amount, Money::fromYuan(1'080'000) };
        ev.objectiveExpected = QStringLiteral("完成农村公路养护120公里");
        ev.objectiveAchieved = QStringLiteral("完成养护110公里，路况改善。");
        ev.projectLead = QStringLiteral("王建国");
        ev.financeLead = QStringLiteral("李丽娜");
        const std::optional<double> actuals[] = { 110, 100, 12, 9500, std::nullopt, 80, 92 };
        for (int k = 0; k < indicators.size(); ++k) {
            EvaluationEntry e;
            e.indicatorId = indicators.at(k).meta.id;
            e.actualValue = actuals[k];
            ev.entries << e;
        }
        ev.entries[4].qualitativeLevel = QualitativeLevel::Partly;
        ev.entries[4].score = 11;
        for (int k : { 0, 2, 4 })
            ev.entries[k].deviationReason = QStringLiteral("雨雪天气影响工期，明年提前开工");
        ev.entries[5].explanation = QStringLiteral("工程吸纳了更多周边村民务工");
        if (!EvaluationRepository(db).save(ev).ok())
            return fail(QStringLiteral("cannot save the self-evaluation"));
        if (Result<void> r = wf.submit(preparer, RecordKind::SelfEvaluation, ev.meta.id); !r)
            return fail(r.message());
        canalsEvaluation = ev.meta.id;
        return true;
    }
};

} // namespace jx::test
