// The home page (工作台) on the county demo: the numbers it shows are the figures of
// DashboardQuery and the SQL counts, computed off the GUI thread, and each asks for its list.
#include "core/demo/DemoGenerator.h"
#include "core/i18n/Translations.h"
#include "core/storage/DashboardQuery.h"
#include "core/workflow/ReviewQueue.h"
#include "core/workspace/Workspace.h"
#include "ui/evaluation/EvaluationPage.h"
#include "ui/home/HomePage.h"
#include "ui/lists/SubjectListModel.h"
#include "ui/lists/SubjectListView.h"
#include "ui/monitoring/MonitoringPage.h"
#include "ui/results/ResultsModel.h"
#include "ui/review/ReviewQueueModel.h"
#include "core/workflow/ResultsListing.h"

#include <QAbstractItemModelTester>

#include <QCheckBox>

#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace jx;

class TestHomePage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void numbersAreTheFigures();
    void numbersAskForTheirList();
    void overdueNumbersAreTheirListsRows();
    void queueAndResultsArePaged();
    void yearChangeComputesAgain();

private:
    QString text(const QString& objectName) const;
    qint64 count(const QString& sql, const QVariantList& binds);
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    std::unique_ptr<HomePage> m_page;
    int m_year = 0;
};

QString TestHomePage::text(const QString& objectName) const
{
    auto* button = m_page->findChild<QPushButton*>(objectName);
    if (!button)
        qFatal("no %s", qPrintable(objectName));
    return button->text();
}

qint64 TestHomePage::count(const QString& sql, const QVariantList& binds)
{
    QSqlQuery q(m_ws->database().connection());
    q.prepare(sql);
    for (const QVariant& v : binds)
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        qFatal("%s", qPrintable(sql));
    return q.value(0).toLongLong();
}

void TestHomePage::initTestCase()
{
    Translations::install(*QCoreApplication::instance());
    const QString path = m_dir.filePath(QStringLiteral("county.jixiao"));
    Result<DemoSummary> demo = DemoGenerator::createDemo(path, DemoOptions());
    QVERIFY2(demo.ok(), qPrintable(demo.message()));
    m_year = demo->fiscalYear;
    Result<std::unique_ptr<Workspace>> ws = Workspace::open(path);
    QVERIFY(ws.ok());
    m_ws = std::move(*ws);
    m_page = std::make_unique<HomePage>();
    m_page->resize(1200, 700);
    m_page->show();
    QSignalSpy shown(m_page.get(), &HomePage::figuresShown);
    m_page->setToday(QDate(m_year, 12, 31));
    m_page->setWorkspace(m_ws.get());
    m_page->setFiscalYear(m_year);
    // The work runs on a worker thread: the page says it is busy and stays responsive.
    QVERIFY(m_page->busy());
    QVERIFY(m_page->findChild<QProgressBar*>(QStringLiteral("homeBusy"))->isVisible());
    QVERIFY(shown.wait(60000));
    QVERIFY(!m_page->busy());
    QVERIFY(!m_page->findChild<QProgressBar*>(QStringLiteral("homeBusy"))->isVisible());
}

void TestHomePage::numbersAreTheFigures()
{
    const DashboardFigures& f = m_page->figures();
    const QLocale locale;
    QCOMPARE(text(QStringLiteral("homePrograms")),
             locale.toString(count(QStringLiteral("SELECT count(*) FROM subject WHERE kind = 3 AND deleted = 0 AND fiscal_year = ?"),
                                   { m_year })));
    QCOMPARE(text(QStringLiteral("homeStatus_2_3")),
             locale.toString(count(QStringLiteral("SELECT count(*) FROM target_set t JOIN subject s ON s.id = t.subject_id"
                                                  " WHERE t.deleted = 0 AND s.deleted = 0 AND s.fiscal_year = ? AND t.status = 3"),
                                   { m_year })));
    QCOMPARE(text(QStringLiteral("homeGrade_4")),
             locale.toString(count(QStringLiteral("SELECT count(*) FROM self_evaluation e JOIN subject s ON s.id = e.subject_id"
                                                  " WHERE e.deleted = 0 AND s.deleted = 0 AND s.fiscal_year = ? AND e.grade = 4"),
                                   { m_year })));
    // The same number as the 财政审核 queue lists.
    Result<QList<ReviewQueueRow>> queue = ReviewQueue(m_ws->database()).rows(m_ws->self(), {}, QDate(m_year, 12, 31));
    QVERIFY2(queue.ok(), qPrintable(queue.message()));
    QCOMPARE(text(QStringLiteral("homeAwaiting")), locale.toString(queue->size()));
    QCOMPARE(text(QStringLiteral("homeReturned")), locale.toString(f.returnedTotal()));
    QCOMPARE(text(QStringLiteral("homeOverdue")), locale.toString(f.overdueSubjects.value(RecordKind::MonitoringReport)));
    QCOMPARE(text(QStringLiteral("homeOverdueEvaluation")),
             locale.toString(f.overdueSubjects.value(RecordKind::SelfEvaluation)));
    QCOMPARE(text(QStringLiteral("homeExecutionBehind")), locale.toString(f.executionBehind));
    QCOMPARE(text(QStringLiteral("homeImpossible")), locale.toString(f.indicatorsImpossible));
    QCOMPARE(text(QStringLiteral("homeOrders")), locale.toString(f.ordersTotal()));
    // The same as computed here on the GUI thread's connection.
    Result<DashboardFigures> here = DashboardQuery(m_ws->database()).figures(m_ws->self(), m_year, QDate(m_year, 12, 31));
    QVERIFY(here.ok());
    QCOMPARE(here->programs, f.programs);
    QCOMPARE(here->executionBehind, f.executionBehind);
    QCOMPARE(here->overdue, f.overdue);
    QCOMPARE(here->overdueSubjects, f.overdueSubjects);
    QVERIFY(f.executionBehind > 0);
}

void TestHomePage::numbersAskForTheirList()
{
    QSignalSpy asked(m_page.get(), &StagePage::listRequested);
    QTest::mouseClick(m_page->findChild<QPushButton*>(QStringLiteral("homeStatus_2_2")), Qt::LeftButton);
    QCOMPARE(asked.size(), 1);
    auto r = asked.takeFirst().at(0).value<ListRequest>();
    QCOMPARE(r.stage, Stage::Targets);
    QCOMPARE(r.recordKind, std::optional<RecordKind>(RecordKind::TargetSet));
    QCOMPARE(r.status, std::optional<RecordStatus>(RecordStatus::Returned));

    QTest::mouseClick(m_page->findChild<QPushButton*>(QStringLiteral("homeOverdue")), Qt::LeftButton);
    r = asked.takeFirst().at(0).value<ListRequest>();
    QVERIFY(r.overdue);
    QCOMPARE(r.stage, Stage::Monitoring);
    QCOMPARE(r.asOf, QDate(m_year, 12, 31));

    QTest::mouseClick(m_page->findChild<QPushButton*>(QStringLiteral("homeExecutionBehind")), Qt::LeftButton);
    r = asked.takeFirst().at(0).value<ListRequest>();
    QCOMPARE(r.stage, Stage::Monitoring);
    QCOMPARE(r.warning, QStringLiteral("execution-behind"));

    QTest::mouseClick(m_page->findChild<QPushButton*>(QStringLiteral("homeGrade_1")), Qt::LeftButton);
    r = asked.takeFirst().at(0).value<ListRequest>();
    QCOMPARE(r.stage, Stage::Evaluation);
    QCOMPARE(r.grade, std::optional<Grade>(Grade::Excellent));

    QTest::mouseClick(m_page->findChild<QPushButton*>(QStringLiteral("homeAwaiting")), Qt::LeftButton);
    r = asked.takeFirst().at(0).value<ListRequest>();
    QCOMPARE(r.stage, Stage::Review);
    QCOMPARE(r.status, std::optional<RecordStatus>(RecordStatus::Submitted));
}

// The user's check: the number clicked on the home page is the number of rows of the list it opens
// (the list page's overdue box ticked, and unticking it shows the whole year again).
void TestHomePage::overdueNumbersAreTheirListsRows()
{
    // The demo hands everything in: finance returns a few of December's reports and of the
    // self-evaluations, which are then missing after their deadlines (10 January, 30 April).
    QSqlQuery q(m_ws->database().connection());
    QList<std::pair<RecordKind, QUuid>> toReturn;
    QVERIFY(q.exec(QStringLiteral("SELECT id FROM monitoring_report WHERE month = 12 AND status = 1 AND deleted = 0"
                                  " ORDER BY id LIMIT 7")));
    while (q.next())
        toReturn << std::pair { RecordKind::MonitoringReport, QUuid::fromRfc4122(q.value(0).toByteArray()) };
    QVERIFY(q.exec(QStringLiteral("SELECT e.id FROM self_evaluation e JOIN subject s ON s.id = e.subject_id"
                                  " WHERE e.status = 1 AND e.deleted = 0 AND s.kind = 3 ORDER BY e.id LIMIT 4")));
    while (q.next())
        toReturn << std::pair { RecordKind::SelfEvaluation, QUuid::fromRfc4122(q.value(0).toByteArray()) };
    q.finish();
    QCOMPARE(toReturn.size(), 11);
    for (const auto& [kind, id] : std::as_const(toReturn)) {
        Result<void> r = m_ws->returnRecord(kind, id, QStringLiteral("Please complete the figures."));
        QVERIFY2(r.ok(), qPrintable(r.message()));
    }
    QSignalSpy shown(m_page.get(), &HomePage::figuresShown);
    m_page->setToday(QDate(m_year + 1, 6, 30));
    QVERIFY(shown.wait(60000));
    const DashboardFigures& f = m_page->figures();
    QCOMPARE(f.overdue, 11); // records missing
    QCOMPARE(f.overdueSubjects.value(RecordKind::MonitoringReport), 7);
    QCOMPARE(f.overdueSubjects.value(RecordKind::SelfEvaluation), 4);

    MonitoringPage monitoring;
    EvaluationPage evaluation;
    for (SubjectListPage* page : std::initializer_list<SubjectListPage*> { &monitoring, &evaluation }) {
        page->setWorkspace(m_ws.get());
        page->setFiscalYear(m_year);
    }
    auto clicked = [this](const QString& objectName) {
        QSignalSpy asked(m_page.get(), &StagePage::listRequested);
        auto* button = m_page->findChild<QPushButton*>(objectName);
        if (!button)
            qFatal("no %s", qPrintable(objectName));
        QTest::mouseClick(button, Qt::LeftButton);
        if (asked.size() != 1)
            qFatal("%s asked for no list", qPrintable(objectName));
        return asked.takeFirst().at(0).value<ListRequest>();
    };
    const QLocale locale;
    int checked = 0;
    QStringList names { QStringLiteral("homeOverdue"), QStringLiteral("homeOverdueEvaluation") };
    for (int i = 1; i <= 4; ++i) {
        if (m_page->findChild<QPushButton*>(QStringLiteral("homeDue_%1").arg(i)))
            names << QStringLiteral("homeDue_%1").arg(i);
    }
    for (const QString& name : std::as_const(names)) {
        const ListRequest r = clicked(name);
        if (!r.overdue)
            continue; // due, not yet overdue: the stage's list
        SubjectListPage* page = r.stage == Stage::Monitoring ? static_cast<SubjectListPage*>(&monitoring) : &evaluation;
        page->showList(r);
        auto* box = page->findChild<QCheckBox*>(QStringLiteral("overdueFilter"));
        QVERIFY(box);
        QVERIFY2(box->isChecked(), qPrintable(name));
        QVERIFY(!box->isHidden());
        const qint64 rows = page->listView()->model()->totalCount();
        QCOMPARE(page->listView()->model()->rowCount(), int(rows));
        QVERIFY2(text(name) == locale.toString(rows),
                 qPrintable(QStringLiteral("%1: %2 on the home page, %3 rows").arg(name, text(name)).arg(rows)));
        ++checked;
        // Unticked, the list is the whole year again.
        box->setChecked(false);
        QVERIFY(page->listView()->model()->totalCount() > rows);
    }
    QVERIFY(checked >= 4); // both totals, December's monitoring and the self-evaluations
    m_page->setToday(QDate(m_year, 12, 31));
    QVERIFY(shown.wait(60000));
}

// The 财政审核 queue and the 结果运用 list of a whole county read pages, not everything: the
// rows are those of the queries read at once, the cache stays bounded, and a bulk approval of
// everything the filter shows gets every record.
void TestHomePage::queueAndResultsArePaged()
{
    const QDate today(m_year, 12, 31);
    Result<QList<ReviewQueueRow>> queue = ReviewQueue(m_ws->database()).rows(m_ws->self(), {}, today);
    QVERIFY2(queue.ok(), qPrintable(queue.message()));
    QVERIFY2(queue->size() > 2 * ReviewQueueModel::PageSize, "the county's queue spans several pages");
    {
        ReviewQueueModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setToday(today);
        model.setWorkspace(m_ws.get());
        QCOMPARE(model.rowCount(), int(queue->size()));
        const int last = model.rowCount() - 1;
        QCOMPARE(model.rowAt(last).recordId, queue->at(last).recordId);
        QVERIFY(model.cachedPages() <= 2); // the last page (and the first, if the tester looked at it)
        for (int r = 0; r < model.rowCount(); ++r) {
            QCOMPARE(model.rowAt(r).recordId, queue->at(r).recordId);
            QCOMPARE(model.rowAt(r).overdue, queue->at(r).overdue);
        }
        QVERIFY(model.cachedPages() <= ReviewQueueModel::MaxPages);
        Result<QList<ReviewQueueKey>> all = model.recordsOf({});
        QVERIFY(all.ok());
        QCOMPARE(all->size(), queue->size());
        QCOMPARE(all->last().recordId, queue->last().recordId);
        Result<QList<ReviewQueueKey>> chosen = model.recordsOf({ 0, last });
        QVERIFY(chosen.ok());
        QCOMPARE(chosen->size(), 2);
        QCOMPARE(chosen->at(1).recordId, queue->at(last).recordId);
        // Overdue only: the rows the whole queue marks overdue, counted in SQL.
        ReviewQueueFilter overdue;
        overdue.overdueOnly = true;
        model.setFilter(overdue);
        qsizetype marked = 0;
        for (const ReviewQueueRow& r : std::as_const(*queue))
            marked += r.overdue ? 1 : 0;
        QCOMPARE(model.rowCount(), int(marked));
        for (int r = 0; r < model.rowCount(); ++r)
            QVERIFY(model.rowAt(r).overdue);
    }
    Result<QList<ResultsRow>> programs = ResultsListing(m_ws->database()).rows(m_ws->self(), m_year);
    QVERIFY2(programs.ok(), qPrintable(programs.message()));
    QVERIFY(programs->size() > 2 * ResultsModel::PageSize);
    ResultsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setWorkspace(m_ws.get());
    model.setFiscalYear(m_year);
    QCOMPARE(model.rowCount(), int(programs->size()));
    const int last = model.rowCount() - 1;
    QCOMPARE(model.rowAt(last).programId, programs->at(last).programId);
    QCOMPARE(model.rowOf(programs->at(last).programId), last);
    for (int r = 0; r < model.rowCount(); ++r) {
        QCOMPARE(model.rowAt(r).programId, programs->at(r).programId);
        QCOMPARE(model.rowAt(r).grade, programs->at(r).grade);
    }
    QVERIFY(model.cachedPages() <= ResultsModel::MaxPages);
    // The grade filter in SQL: as many rows as the list has of that binding grade.
    model.setGradeFilter(Grade::Good);
    qsizetype good = 0;
    for (const ResultsRow& r : std::as_const(*programs))
        good += r.grade == Grade::Good ? 1 : 0;
    QCOMPARE(model.rowCount(), int(good));
}

void TestHomePage::yearChangeComputesAgain()
{
    // A year without programs: every number 0.
    QSignalSpy shown(m_page.get(), &HomePage::figuresShown);
    m_page->setFiscalYear(m_year + 3);
    QVERIFY(shown.wait(60000));
    QCOMPARE(m_page->figures().programs, 0);
    QCOMPARE(text(QStringLiteral("homePrograms")), QStringLiteral("0"));
    m_page->setFiscalYear(m_year);
    QVERIFY(shown.wait(60000));
    QVERIFY(m_page->figures().programs > 0);
}

QTEST_MAIN(TestHomePage)
#include "TestHomePage.moc"
