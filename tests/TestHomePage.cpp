// The home page (工作台) on the county demo: the numbers it shows are the figures of
// DashboardQuery and the SQL counts, computed off the GUI thread, and each asks for its list.
#include "core/demo/DemoGenerator.h"
#include "core/i18n/Translations.h"
#include "core/storage/DashboardQuery.h"
#include "core/workflow/ReviewQueue.h"
#include "core/workspace/Workspace.h"
#include "ui/home/HomePage.h"

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
    QCOMPARE(text(QStringLiteral("homeOverdue")), locale.toString(f.overdue));
    QCOMPARE(text(QStringLiteral("homeExecutionBehind")), locale.toString(f.executionBehind));
    QCOMPARE(text(QStringLiteral("homeImpossible")), locale.toString(f.indicatorsImpossible));
    QCOMPARE(text(QStringLiteral("homeOrders")), locale.toString(f.ordersTotal()));
    // The same as computed here on the GUI thread's connection.
    Result<DashboardFigures> here = DashboardQuery(m_ws->database()).figures(m_ws->self(), m_year, QDate(m_year, 12, 31));
    QVERIFY(here.ok());
    QCOMPARE(here->programs, f.programs);
    QCOMPARE(here->executionBehind, f.executionBehind);
    QCOMPARE(here->overdue, f.overdue);
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
