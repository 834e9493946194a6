#include "TestSupport.h"

#include "core/storage/AgencyRepository.h"
#include "core/storage/EvaluationRepository.h"
#include "core/storage/MonitoringRepository.h"
#include "core/storage/SubjectRepository.h"
#include "core/workflow/DeadlineService.h"

#include <QTemporaryDir>
#include <QTest>

using namespace jx;

class TestDeadlines : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void monthlyMonitoring();
    void governmentSelfEvaluation();
    void unknownAgency();
    void financeSeesUnitsAndLowerLevels();
    void dueTodayIsNotOverdue();
    void deadlineOnTheHorizonIsListed();

private:
    Subject subject(SubjectKind kind, const Agency& owner, const QString& name);
    void report(const Subject& s, int month, RecordStatus status);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    Agency m_finance, m_unit;
};

void TestDeadlines::init()
{
    m_db.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = test::createInstallation(*m_dir);
    QVERIFY(m_db);
    m_finance = *Installation::selfAgency(*m_db);
    m_unit = Agency();
    m_unit.name = QStringLiteral("喀什市水利局");
    m_unit.kind = AgencyKind::BudgetUnit;
    m_unit.divisionCode = m_finance.divisionCode;
    QVERIFY(AgencyRepository(*m_db).save(m_unit).ok());
}

Subject TestDeadlines::subject(SubjectKind kind, const Agency& owner, const QString& name)
{
    Subject s;
    s.kind = kind;
    s.fiscalYear = 2025;
    s.agencyId = owner.meta.id;
    s.divisionCode = owner.divisionCode;
    s.name = name;
    s.amount = Money::fromYuan(100'000);
    if (!SubjectRepository(*m_db).save(s).ok())
        qFatal("cannot save subject");
    return s;
}

void TestDeadlines::report(const Subject& s, int month, RecordStatus status)
{
    MonitoringReport r;
    r.meta.ownerId = s.agencyId;
    r.subjectId = s.meta.id;
    r.fiscalYear = 2025;
    r.month = month;
    r.budget = s.amount;
    r.status = status;
    QVERIFY(MonitoringRepository(*m_db).save(r).ok());
}

void TestDeadlines::monthlyMonitoring()
{
    const Subject a = subject(SubjectKind::Program, m_unit, QStringLiteral("渠道防渗改造项目"));
    const Subject b = subject(SubjectKind::Program, m_unit, QStringLiteral("防汛抗旱项目"));
    for (int month = 1; month <= 3; ++month) {
        report(a, month, RecordStatus::Approved);
        report(b, month, RecordStatus::Submitted);
    }
    report(a, 4, RecordStatus::Submitted);
    report(b, 4, RecordStatus::Draft); // a draft is not handed in

    Result<QList<DueItem>> due = DeadlineService(*m_db).due(m_unit.meta.id, 2025, QDate(2025, 5, 20));
    QVERIFY2(due.ok(), qPrintable(due.message()));
    // Months 1–5 are due by 10 June (within the horizon); June's report only by 10 July.
    QCOMPARE(due->size(), 5);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(due->at(i).total, 2);
        QCOMPARE(due->at(i).done, 2);
        QVERIFY(!due->at(i).overdue);
    }
    QCOMPARE(due->at(3).dueDate, QDate(2025, 5, 10));
    QCOMPARE(due->at(3).done, 1);
    QVERIFY(due->at(3).overdue);
    QVERIFY(due->at(3).title.contains(QLatin1String("4")));
    QCOMPARE(due->at(4).dueDate, QDate(2025, 6, 10));
    QCOMPARE(due->at(4).done, 0);
    QVERIFY(!due->at(4).overdue); // not yet
}

void TestDeadlines::governmentSelfEvaluation()
{
    const Subject gov = subject(SubjectKind::GovernmentBudget, m_finance, QStringLiteral("喀什市2025年一般公共预算"));
    // For 2025, the county government's self-evaluation is due on 31 October 2026 (policy data).
    Result<QList<DueItem>> due = DeadlineService(*m_db).due(m_finance.meta.id, 2025, QDate(2026, 11, 2));
    QVERIFY(due.ok());
    const auto it = std::find_if(due->cbegin(), due->cend(),
                                 [](const DueItem& i) { return i.key == QLatin1String("countyGovernmentSelfEvaluation"); });
    QVERIFY(it != due->cend());
    QCOMPARE(it->dueDate, QDate(2026, 10, 31));
    QVERIFY(it->overdue);
    SelfEvaluation ev;
    ev.meta.ownerId = m_finance.meta.id;
    ev.subjectId = gov.meta.id;
    ev.fiscalYear = 2025;
    ev.status = RecordStatus::Submitted;
    QVERIFY(EvaluationRepository(*m_db).save(ev).ok());
    due = DeadlineService(*m_db).due(m_finance.meta.id, 2025, QDate(2026, 11, 2));
    const auto done = std::find_if(due->cbegin(), due->cend(),
                                   [](const DueItem& i) { return i.key == QLatin1String("countyGovernmentSelfEvaluation"); });
    QVERIFY(done != due->cend());
    QCOMPARE(done->done, 1);
    QVERIFY(!done->overdue);
    // A county has no prefecture deadline or annual summary.
    QVERIFY(std::none_of(due->cbegin(), due->cend(),
                         [](const DueItem& i) { return i.key == QLatin1String("annualSummary"); }));
}

void TestDeadlines::unknownAgency()
{
    QVERIFY(!DeadlineService(*m_db).due(QUuid::createUuid(), 2025, QDate(2025, 5, 1)).ok());
}

void TestDeadlines::financeSeesUnitsAndLowerLevels()
{
    auto makeAgency = [&](const QString& name, AgencyKind kind, const QString& division) {
        Agency a;
        a.name = name;
        a.kind = kind;
        a.divisionCode = division;
        if (!AgencyRepository(*m_db).save(a).ok())
            qFatal("cannot save agency");
        return a;
    };
    const Agency prefecture = makeAgency(QStringLiteral("喀什地区财政局"), AgencyKind::FinanceBureau, QStringLiteral("653100"));
    const Agency prefectureUnit = makeAgency(QStringLiteral("喀什地区教育局"), AgencyKind::BudgetUnit, QStringLiteral("653100"));
    const Agency shufu = makeAgency(QStringLiteral("疏附县水利局"), AgencyKind::BudgetUnit, QStringLiteral("653121"));
    report(subject(SubjectKind::Program, prefectureUnit, QStringLiteral("教师培训项目")), 1, RecordStatus::Approved);
    report(subject(SubjectKind::Program, m_unit, QStringLiteral("渠道防渗改造项目")), 1, RecordStatus::Submitted);
    subject(SubjectKind::Program, m_unit, QStringLiteral("防汛抗旱项目")); // owes January
    subject(SubjectKind::Program, shufu, QStringLiteral("农田水利项目"));   // owes January

    Result<QList<DueItem>> due = DeadlineService(*m_db).due(prefecture.meta.id, 2025, QDate(2025, 2, 20));
    QVERIFY2(due.ok(), qPrintable(due.message()));
    QVERIFY(!due->isEmpty());
    const DueItem& january = due->first();
    QCOMPARE(january.dueDate, QDate(2025, 2, 10));
    QCOMPARE(january.total, 4);
    QCOMPARE(january.done, 2);
    QCOMPARE(january.missing(), 2);
    QVERIFY(january.overdue);
    QCOMPARE(january.overdueCount(), 2);
    // The prefecture's own units, one by one; the counties below it, each as a whole.
    QCOMPARE(january.byUnit.size(), 1);
    QCOMPARE(january.byUnit.first().name, prefectureUnit.name);
    QCOMPARE(january.byUnit.first().missing(), 0);
    QCOMPARE(january.byDivision.size(), 2);
    QCOMPARE(january.byDivision.at(0).key, QStringLiteral("653101"));
    QCOMPARE(january.byDivision.at(0).total, 2);
    QCOMPARE(january.byDivision.at(0).done, 1);
    QCOMPARE(january.byDivision.at(1).key, QStringLiteral("653121"));
    QCOMPARE(january.byDivision.at(1).missing(), 1);
    QVERIFY(!january.byDivision.at(1).name.isEmpty());

    // The county's finance bureau: its own units only, nothing of the prefecture or its neighbour.
    due = DeadlineService(*m_db).due(m_finance.meta.id, 2025, QDate(2025, 2, 20));
    QVERIFY(due.ok());
    QCOMPARE(due->first().total, 2);
    QCOMPARE(due->first().done, 1);
    QCOMPARE(due->first().byUnit.size(), 1);
    QCOMPARE(due->first().byUnit.first().key, m_unit.meta.id.toString(QUuid::WithoutBraces));
    QVERIFY(due->first().byDivision.isEmpty());
    // A unit sees its own work without a breakdown.
    due = DeadlineService(*m_db).due(m_unit.meta.id, 2025, QDate(2025, 2, 20));
    QCOMPARE(due->first().total, 2);
    QVERIFY(due->first().byUnit.isEmpty());
}

void TestDeadlines::dueTodayIsNotOverdue()
{
    const Subject a = subject(SubjectKind::Program, m_unit, QStringLiteral("渠道防渗改造项目"));
    for (int month = 1; month <= 3; ++month)
        report(a, month, RecordStatus::Submitted);
    // April's report is due on 10 May: on that day it is due, not late; the day after it is late.
    auto april = [&](const QDate& today) {
        Result<QList<DueItem>> due = DeadlineService(*m_db).due(m_unit.meta.id, 2025, today);
        const auto it = std::find_if(due->cbegin(), due->cend(),
            [](const DueItem& i) { return i.dueDate == QDate(2025, 5, 10); });
        return it == due->cend() ? DueItem() : *it;
    };
    const DueItem onTheDay = april(QDate(2025, 5, 10));
    QCOMPARE(onTheDay.dueDate, QDate(2025, 5, 10));
    QCOMPARE(onTheDay.missing(), 1);
    QVERIFY(!onTheDay.overdue);
    QCOMPARE(onTheDay.overdueCount(), 0);
    const DueItem dayAfter = april(QDate(2025, 5, 11));
    QVERIFY(dayAfter.overdue);
    QCOMPARE(dayAfter.overdueCount(), 1);
}

void TestDeadlines::deadlineOnTheHorizonIsListed()
{
    subject(SubjectKind::Program, m_unit, QStringLiteral("渠道防渗改造项目"));
    subject(SubjectKind::AgencyBudget, m_unit, QStringLiteral("喀什市水利局2025年度部门整体支出"));
    // The units' self-evaluation of 2025 is due on 30 April 2026 (policy data).
    auto selfEvaluation = [&](int horizonDays) {
        Result<QList<DueItem>> due = DeadlineService(*m_db).due(m_unit.meta.id, 2025, QDate(2026, 3, 31), horizonDays);
        const auto it = std::find_if(due->cbegin(), due->cend(),
            [](const DueItem& i) { return i.key == QLatin1String("unitSelfEvaluation"); });
        return it == due->cend() ? std::optional<DueItem>() : std::optional<DueItem>(*it);
    };
    const std::optional<DueItem> onHorizon = selfEvaluation(30); // 31 March + 30 days = 30 April
    QVERIFY(onHorizon.has_value());
    QCOMPARE(onHorizon->dueDate, QDate(2026, 4, 30));
    QCOMPARE(onHorizon->total, 2); // the program and the overall budget
    QCOMPARE(onHorizon->done, 0);
    QVERIFY(!onHorizon->overdue);
    QVERIFY(!selfEvaluation(29).has_value());
}

QTEST_GUILESS_MAIN(TestDeadlines)
#include "TestDeadlines.moc"
