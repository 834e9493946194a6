// The workspace: the one door for writes. Who may write what, the defaults that are rules,
// and the announcement of what a committed transaction changed.
#include "TestSupport.h"
#include "core/domain/Indicator.h"
#include "core/domain/TargetSet.h"
#include "core/storage/AgencyRepository.h"
#include "core/storage/AssessmentRepository.h"
#include "core/storage/EvaluationRepository.h"
#include "core/storage/MonitoringRepository.h"
#include "core/storage/ResultApplicationRepository.h"
#include "core/storage/SubjectRepository.h"
#include "core/storage/TargetSetRepository.h"
#include "core/workspace/Workspace.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace jx;

class TestWorkspace : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void defaults();
    void actorActsForThisAgency();
    void refusesAnotherAgencysRecord_data();
    void refusesAnotherAgencysRecord();
    void refusesSubmittedRecord_data();
    void refusesSubmittedRecord();
    void refusesWrongRole();
    void decisionsAreFinancesAndApplyToTheNextYear();
    void commitAnnouncesWhatChanged();
    void updateAndRemovalAnnounced();
    void rollbackAnnouncesNothing();
    void failedSaveAnnouncesNothing();
    void bulkChangesAreSummarized();

private:
    Subject program(const QUuid& agencyId, const QString& name);
    TargetSet targets(const Subject& program);
    /// Writes a record of @p kind about @p subject below the door (as an import would), owned by its agency.
    QUuid storeRecord(const QString& kind, const Subject& subject);
    /// Saves a record of @p kind again through the workspace (with a changed field); the result.
    Result<void> saveAgain(const QString& kind, const QUuid& id);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_ws;
    Agency m_otherUnit;
    Subject m_own;
    Subject m_foreign;
};

void TestWorkspace::init()
{
    m_ws.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    InstallationRequest request;
    request.divisionCode = QStringLiteral("653101");
    request.agencyName = QStringLiteral("喀什市交通运输局");
    request.agencyKind = AgencyKind::BudgetUnit;
    Result<std::unique_ptr<Workspace>> ws = Workspace::create(m_dir->filePath(QStringLiteral("unit.jixiao")), request);
    QVERIFY2(ws.ok(), qPrintable(ws.message()));
    m_ws = std::move(*ws);
    QVERIFY(m_ws->setActor({ QStringLiteral("李丽娜"), Role::UnitPreparer, {} }).ok());

    // Another unit's records reach this file only from outside (an import); written below the door.
    m_otherUnit = Agency();
    m_otherUnit.name = QStringLiteral("喀什市水利局");
    m_otherUnit.kind = AgencyKind::BudgetUnit;
    m_otherUnit.divisionCode = QStringLiteral("653101");
    QVERIFY(AgencyRepository(m_ws->database()).save(m_otherUnit).ok());
    m_foreign = program(m_otherUnit.meta.id, QStringLiteral("2025年农田水利项目"));
    QVERIFY(SubjectRepository(m_ws->database()).save(m_foreign).ok());

    m_own = m_ws->newProgram();
    m_own.fiscalYear = 2025;
    m_own.name = QStringLiteral("2025年农村公路养护项目");
    m_own.amount = Money::fromYuan(1'200'000);
    Result<void> r = m_ws->saveSubject(m_own);
    QVERIFY2(r.ok(), qPrintable(r.message()));
}

Subject TestWorkspace::program(const QUuid& agencyId, const QString& name)
{
    Subject s;
    s.kind = SubjectKind::Program;
    s.fiscalYear = 2025;
    s.agencyId = agencyId;
    s.meta.ownerId = agencyId;
    s.divisionCode = QStringLiteral("653101");
    s.name = name;
    s.amount = Money::fromYuan(500'000);
    return s;
}

TargetSet TestWorkspace::targets(const Subject& subject)
{
    TargetSet set;
    set.subjectId = subject.meta.id;
    set.fiscalYear = subject.fiscalYear;
    set.objectiveAnnual = QStringLiteral("完成年度任务");
    set.indicators = test::workedExampleIndicators(m_ws->database()).mid(0, 3);
    return set;
}

QUuid TestWorkspace::storeRecord(const QString& kind, const Subject& subject)
{
    Database& db = m_ws->database();
    const QUuid owner = subject.meta.ownerId;
    if (kind == QLatin1String("subject"))
        return subject.meta.id;
    if (kind == QLatin1String("targets")) {
        TargetSet set = targets(subject);
        set.meta.ownerId = owner;
        if (!TargetSetRepository(db).save(set).ok())
            return {};
        return set.meta.id;
    }
    if (kind == QLatin1String("monitoring")) {
        MonitoringReport r;
        r.meta.ownerId = owner;
        r.subjectId = subject.meta.id;
        r.fiscalYear = 2025;
        r.month = 6;
        r.budget = subject.amount;
        if (!MonitoringRepository(db).save(r).ok())
            return {};
        return r.meta.id;
    }
    if (kind == QLatin1String("evaluation")) {
        SelfEvaluation e;
        e.meta.ownerId = owner;
        e.subjectId = subject.meta.id;
        e.fiscalYear = 2025;
        if (!EvaluationRepository(db).save(e).ok())
            return {};
        return e.meta.id;
    }
    if (kind == QLatin1String("assessment")) {
        ExAnteAssessment a;
        a.meta.ownerId = owner;
        a.subjectId = subject.meta.id;
        a.report = QStringLiteral("评估报告");
        if (!AssessmentRepository(db).save(a).ok())
            return {};
        return a.meta.id;
    }
    return {};
}

Result<void> TestWorkspace::saveAgain(const QString& kind, const QUuid& id)
{
    Database& db = m_ws->database();
    if (kind == QLatin1String("subject")) {
        Subject s = **SubjectRepository(db).find(id);
        s.name += QStringLiteral("（改）");
        return m_ws->saveSubject(s);
    }
    if (kind == QLatin1String("targets")) {
        TargetSet s = **TargetSetRepository(db).find(id);
        s.objectiveAnnual = QStringLiteral("改");
        return m_ws->saveTargets(s);
    }
    if (kind == QLatin1String("monitoring")) {
        MonitoringReport r = **MonitoringRepository(db).find(id);
        r.note = QStringLiteral("改");
        return m_ws->saveMonitoring(r);
    }
    if (kind == QLatin1String("evaluation")) {
        SelfEvaluation e = **EvaluationRepository(db).find(id);
        e.problems = QStringLiteral("改");
        return m_ws->saveEvaluation(e);
    }
    if (kind == QLatin1String("assessment")) {
        ExAnteAssessment a = **AssessmentRepository(db).find(id);
        a.report = QStringLiteral("改");
        return m_ws->saveAssessment(a);
    }
    return makeError(Error::Code::Invalid, QStringLiteral("unknown kind"));
}

void TestWorkspace::defaults()
{
    const Subject s = m_ws->newProgram();
    QCOMPARE(s.kind, SubjectKind::Program);
    QCOMPARE(s.agencyId, m_ws->self().meta.id);
    QCOMPARE(s.meta.ownerId, m_ws->self().meta.id);
    QCOMPARE(s.divisionCode, QStringLiteral("653101"));
    QCOMPARE(s.fiscalYear, QDate::currentDate().year());
    // A new record is owned by this agency when nobody said otherwise.
    TargetSet set = targets(m_own);
    QVERIFY(set.meta.ownerId.isNull());
    Result<void> r = m_ws->saveTargets(set);
    QVERIFY2(r.ok(), qPrintable(r.message()));
    QCOMPARE(set.meta.ownerId, m_ws->self().meta.id);
    QCOMPARE(set.indicators.at(0).meta.ownerId, m_ws->self().meta.id);
}

void TestWorkspace::actorActsForThisAgency()
{
    const Actor stranger { QStringLiteral("赵军"), Role::UnitPreparer, m_otherUnit.meta.id };
    Result<void> r = m_ws->setActor(stranger);
    QVERIFY(!r.ok());
    QVERIFY2(r.message().contains(QStringLiteral("喀什市交通运输局")), qPrintable(r.message()));
    QCOMPARE(m_ws->actor().name, QStringLiteral("李丽娜"));
    QVERIFY(!m_ws->setActor({ QStringLiteral(" "), Role::UnitPreparer, {} }).ok());
}

void TestWorkspace::refusesAnotherAgencysRecord_data()
{
    QTest::addColumn<QString>("kind");
    for (const char* kind : { "subject", "targets", "monitoring", "evaluation", "assessment" })
        QTest::newRow(kind) << QString::fromLatin1(kind);
}

void TestWorkspace::refusesAnotherAgencysRecord()
{
    QFETCH(QString, kind);
    const QUuid id = storeRecord(kind, m_foreign);
    QVERIFY(!id.isNull());
    const QByteArray before = test::scalar(m_ws->database(),
        QStringLiteral(
            "SELECT group_concat(revision) FROM (SELECT revision FROM subject UNION ALL SELECT revision FROM target_set"
            " UNION ALL SELECT revision FROM monitoring_report UNION ALL SELECT revision FROM self_evaluation"
            " UNION ALL SELECT revision FROM ex_ante_assessment)"))
                                  .toByteArray();
    Result<void> r = saveAgain(kind, id);
    QVERIFY(!r.ok());
    QVERIFY2(
        r.message().contains(QStringLiteral("喀什市水利局")) || r.message().contains(QStringLiteral("another agency")),
        qPrintable(r.message()));
    if (kind != QLatin1String("subject")) {
        r = m_ws->removeRecord(kind == QLatin1String("targets") ? RecordKind::TargetSet
                : kind == QLatin1String("monitoring")           ? RecordKind::MonitoringReport
                : kind == QLatin1String("evaluation")           ? RecordKind::SelfEvaluation
                                                                : RecordKind::Assessment,
            id);
    } else {
        r = m_ws->removeSubject(id);
    }
    QVERIFY(!r.ok());
    // Nothing was written.
    const QByteArray after = test::scalar(m_ws->database(),
        QStringLiteral(
            "SELECT group_concat(revision) FROM (SELECT revision FROM subject UNION ALL SELECT revision FROM target_set"
            " UNION ALL SELECT revision FROM monitoring_report UNION ALL SELECT revision FROM self_evaluation"
            " UNION ALL SELECT revision FROM ex_ante_assessment)"))
                                 .toByteArray();
    QCOMPARE(after, before);

    // A new record about another agency's subject is refused too, and so is one handed to another agency.
    if (kind == QLatin1String("targets")) {
        TargetSet set = targets(m_foreign);
        r = m_ws->saveTargets(set);
        QVERIFY(!r.ok());
        QVERIFY2(r.message().contains(QStringLiteral("2025年农田水利项目")), qPrintable(r.message()));
        TargetSet given = targets(m_own);
        given.meta.ownerId = m_otherUnit.meta.id;
        QVERIFY(!m_ws->saveTargets(given).ok());
    }
}

void TestWorkspace::refusesSubmittedRecord_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("table");
    QTest::newRow("targets") << QStringLiteral("targets") << QStringLiteral("target_set");
    QTest::newRow("monitoring") << QStringLiteral("monitoring") << QStringLiteral("monitoring_report");
    QTest::newRow("evaluation") << QStringLiteral("evaluation") << QStringLiteral("self_evaluation");
    QTest::newRow("assessment") << QStringLiteral("assessment") << QStringLiteral("ex_ante_assessment");
}

void TestWorkspace::refusesSubmittedRecord()
{
    QFETCH(QString, kind);
    QFETCH(QString, table);
    const QUuid id = storeRecord(kind, m_own);
    QVERIFY(!id.isNull());
    QVERIFY2(saveAgain(kind, id).ok(), "a draft of one's own is editable");
    for (RecordStatus status : { RecordStatus::Submitted, RecordStatus::Approved }) {
        QSqlQuery q(m_ws->database().connection());
        q.prepare(QStringLiteral("UPDATE %1 SET status = ? WHERE id = ?").arg(table));
        q.addBindValue(static_cast<int>(status));
        q.addBindValue(id.toRfc4122());
        QVERIFY(q.exec());
        Result<void> r = saveAgain(kind, id);
        QVERIFY(!r.ok());
        QVERIFY2(r.message().contains(Names::of(status)), qPrintable(r.message()));
    }
}

void TestWorkspace::refusesWrongRole()
{
    // A finance title does not prepare a unit's records.
    QVERIFY(m_ws->setActor({ QStringLiteral("张伟"), Role::FinanceReviewer, {} }).ok());
    Subject s = m_ws->newProgram();
    s.name = QStringLiteral("2025年校舍维修项目");
    s.amount = Money::fromYuan(10'000);
    Result<void> r = m_ws->saveSubject(s);
    QVERIFY(!r.ok());
    QVERIFY2(r.message().contains(QStringLiteral("张伟")), qPrintable(r.message()));
    QCOMPARE(s.meta.revision, 0);
    // A unit makes no result-application decisions.
    QVERIFY(m_ws->setActor({ QStringLiteral("李丽娜"), Role::UnitPreparer, {} }).ok());
    Result<ResultApplication> a = m_ws->newDecision(m_own.meta.id);
    QVERIFY(a.ok());
    QVERIFY(!m_ws->saveDecision(*a).ok());
}

void TestWorkspace::decisionsAreFinancesAndApplyToTheNextYear()
{
    QTemporaryDir dir;
    Result<std::unique_ptr<Database>> db = test::createInstallation(dir);
    QVERIFY(db.ok() && *db);
    const QString path = (*db)->path();
    db = Result<std::unique_ptr<Database>>(std::unique_ptr<Database>());
    Result<std::unique_ptr<Workspace>> opened = Workspace::open(path);
    QVERIFY2(opened.ok(), qPrintable(opened.message()));
    Workspace& finance = **opened;
    QCOMPARE(finance.actor().role, Role::FinanceReviewer);
    Agency unit;
    unit.name = QStringLiteral("喀什市交通运输局");
    unit.kind = AgencyKind::BudgetUnit;
    unit.divisionCode = QStringLiteral("653101");
    QVERIFY(AgencyRepository(finance.database()).save(unit).ok());
    Subject p = program(unit.meta.id, QStringLiteral("2025年农村公路养护项目"));
    QVERIFY(SubjectRepository(finance.database()).save(p).ok());

    Result<ResultApplication> a = finance.newDecision(p.meta.id);
    QVERIFY2(a.ok(), qPrintable(a.message()));
    QCOMPARE(a->nextYear, 2026);
    QCOMPARE(a->meta.ownerId, finance.self().meta.id);
    a->decision = ApplicationDecision::Keep;
    QVERIFY(finance.saveDecision(*a).ok());
    ResultApplication wrongYear = *finance.newDecision(p.meta.id);
    wrongYear.nextYear = 2030;
    Result<void> r = finance.saveDecision(wrongYear);
    QVERIFY(!r.ok());
    QVERIFY2(r.message().contains(QStringLiteral("2026")), qPrintable(r.message()));

    // Another finance bureau's decision cannot be changed here.
    Agency prefecture;
    prefecture.name = QStringLiteral("喀什地区财政局");
    prefecture.kind = AgencyKind::FinanceBureau;
    prefecture.divisionCode = QStringLiteral("653100");
    QVERIFY(AgencyRepository(finance.database()).save(prefecture).ok());
    ResultApplication theirs = *finance.newDecision(p.meta.id);
    theirs.meta.ownerId = prefecture.meta.id;
    QVERIFY(!finance.saveDecision(theirs).ok());
    QVERIFY(ResultApplicationRepository(finance.database()).save(theirs).ok());
    theirs.reason = QStringLiteral("改");
    r = finance.saveDecision(theirs);
    QVERIFY(!r.ok());
    QVERIFY2(r.message().contains(QStringLiteral("喀什地区财政局")), qPrintable(r.message()));
    QVERIFY(!finance.removeRecord(RecordKind::ResultApplication, theirs.meta.id).ok());
    // A submitted decision of its own is read-only too.
    QSqlQuery q(finance.database().connection());
    q.prepare(QStringLiteral("UPDATE result_application SET status = ? WHERE id = ?"));
    q.addBindValue(static_cast<int>(RecordStatus::Submitted));
    q.addBindValue(a->meta.id.toRfc4122());
    QVERIFY(q.exec());
    ResultApplication mine = **ResultApplicationRepository(finance.database()).find(a->meta.id);
    mine.reason = QStringLiteral("改");
    QVERIFY(!finance.saveDecision(mine).ok());
}

void TestWorkspace::commitAnnouncesWhatChanged()
{
    QSignalSpy spy(m_ws.get(), &Workspace::changed);
    TargetSet set = targets(m_own);
    QVERIFY(m_ws->saveTargets(set).ok());
    QCOMPARE(spy.count(), 1);
    const ChangeSet changes = spy.at(0).at(0).value<ChangeSet>();
    QCOMPARE(changes.size(), 4);
    QCOMPARE(changes.ids(QStringLiteral("target_set"), ChangeType::Created), QList<QUuid> { set.meta.id });
    QList<QUuid> indicators;
    for (const Indicator& i : set.indicators)
        indicators << i.meta.id;
    QCOMPARE(changes.ids(QStringLiteral("indicator"), ChangeType::Created), indicators);
    QVERIFY(!changes.touches(QStringLiteral("subject")));
}

void TestWorkspace::updateAndRemovalAnnounced()
{
    TargetSet set = targets(m_own);
    QVERIFY(m_ws->saveTargets(set).ok());
    QSignalSpy spy(m_ws.get(), &Workspace::changed);
    const QUuid dropped = set.indicators.takeLast().meta.id;
    set.indicators[0].name = QStringLiteral("养护里程（公里）");
    QVERIFY(m_ws->saveTargets(set).ok());
    QCOMPARE(spy.count(), 1);
    ChangeSet changes = spy.at(0).at(0).value<ChangeSet>();
    QCOMPARE(changes.ids(QStringLiteral("target_set"), ChangeType::Updated), QList<QUuid> { set.meta.id });
    QCOMPARE(changes.ids(QStringLiteral("indicator"), ChangeType::Removed), QList<QUuid> { dropped });
    QVERIFY(changes.ids(QStringLiteral("indicator"), ChangeType::Updated).contains(set.indicators[0].meta.id));
    QVERIFY(changes.ids(QStringLiteral("indicator"), ChangeType::Created).isEmpty());

    QVERIFY(m_ws->removeRecord(RecordKind::TargetSet, set.meta.id).ok());
    QCOMPARE(spy.count(), 2);
    changes = spy.at(1).at(0).value<ChangeSet>();
    QCOMPARE(changes.changes(),
        (QList<RecordChange> { { QStringLiteral("target_set"), set.meta.id, ChangeType::Removed } }));
}

void TestWorkspace::rollbackAnnouncesNothing()
{
    QSignalSpy spy(m_ws.get(), &Workspace::changed);
    {
        Database::Transaction tx(m_ws->database());
        QVERIFY(tx.started());
        Subject s = m_ws->newProgram();
        s.name = QStringLiteral("2025年校舍维修项目");
        s.amount = Money::fromYuan(10'000);
        QVERIFY(m_ws->saveSubject(s).ok());
        TargetSet set = targets(s);
        QVERIFY(m_ws->saveTargets(set).ok());
        QCOMPARE(spy.count(), 0); // nothing before the commit
    } // rolled back
    QCOMPARE(spy.count(), 0);
    QCOMPARE(
        test::scalar(m_ws->database(), QStringLiteral("SELECT count(*) FROM subject WHERE name = '2025年校舍维修项目'"))
            .toInt(),
        0);

    // The next transaction announces only its own changes, nothing left over from the rollback.
    Subject s = m_ws->newProgram();
    s.name = QStringLiteral("2025年路灯项目");
    s.amount = Money::fromYuan(20'000);
    QVERIFY(m_ws->saveSubject(s).ok());
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).value<ChangeSet>().changes(),
        (QList<RecordChange> { { QStringLiteral("subject"), s.meta.id, ChangeType::Created } }));
}

void TestWorkspace::failedSaveAnnouncesNothing()
{
    QSignalSpy spy(m_ws.get(), &Workspace::changed);
    TargetSet set = targets(m_own);
    set.indicators[2].categoryId = QUuid::createUuid(); // points nowhere: fails after the set row is written
    Result<void> r = m_ws->saveTargets(set);
    QVERIFY(!r.ok());
    QCOMPARE(spy.count(), 0);
    QCOMPARE(test::scalar(m_ws->database(), QStringLiteral("SELECT count(*) FROM target_set")).toInt(), 0);
    QCOMPARE(test::scalar(m_ws->database(), QStringLiteral("SELECT count(*) FROM indicator")).toInt(), 0);
}

void TestWorkspace::bulkChangesAreSummarized()
{
    ChangeSet set;
    const QString subject = QStringLiteral("subject");
    const QString indicator = QStringLiteral("indicator");
    set.add(indicator, QUuid::createUuid(), ChangeType::Created);
    for (qsizetype i = 0; i < ChangeSet::MaxRecords - 1; ++i)
        set.add(subject, QUuid::createUuid(), ChangeType::Updated);
    QVERIFY(!set.isSummary());
    QCOMPARE(set.size(), ChangeSet::MaxRecords);
    set.add(subject, QUuid::createUuid(), ChangeType::Created);
    // Too many to list: only the tables remain, and nothing is lost of which tables changed.
    QVERIFY(set.isSummary());
    QVERIFY(!set.isEmpty());
    QCOMPARE(set.size(), 0);
    QVERIFY(set.touches(subject));
    QVERIFY(set.touches(indicator));
    QVERIFY(!set.touches(QStringLiteral("target_set")));
    set.add(QStringLiteral("target_set"), QUuid::createUuid(), ChangeType::Removed);
    QVERIFY(set.touches(QStringLiteral("target_set")));
    QVERIFY(set.ids(subject, ChangeType::Created).isEmpty());
    set.clear();
    QVERIFY(set.isEmpty());
    QVERIFY(!set.isSummary());
}

QTEST_GUILESS_MAIN(TestWorkspace)
#include "TestWorkspace.moc"
