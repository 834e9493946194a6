// The subject list model, its view and the four stage pages on the county demo: the model
// tester, lazy pages (jumping to the end reads only what is shown), refresh after a change
// through the workspace, filters and search from the bar, open, export, list requests and
// actions that say why they are disabled.
#include "TestSupport.h"

#include "core/demo/DemoGenerator.h"
#include "core/storage/RecordStore.h"
#include "core/workspace/Workspace.h"
#include "ui/assessment/AssessmentPage.h"
#include "ui/evaluation/EvaluationPage.h"
#include "ui/lists/SubjectListModel.h"
#include "ui/lists/SubjectListView.h"
#include "ui/monitoring/MonitoringPage.h"
#include "ui/targets/TargetsPage.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace jx;

class TestSubjectListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void passesModelTester();
    void jumpToEndReadsOnlyWhatIsShown();
    void sortsInSql();
    void readsAnyWindowOfAStageOrder();
    void refreshesAfterAChange();
    void searchByUnitFromTheBar();
    void barFiltersMatchSql();
    void enterOpens();
    void exportsFromTheView();
    void pagesTakeListRequests();
    void actionsSayWhyNot();
    void newProgramAsksForTheEditor();

private:
    qint64 sqlCount(const QString& where);

    QTemporaryDir m_dir;
    QString m_demo;
    QString m_copy;
    std::unique_ptr<Workspace> m_workspace;
};

void TestSubjectListModel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_demo = m_dir.filePath(QStringLiteral("county.jixiao"));
    DemoOptions options;
    options.seed = 5;
    options.fiscalYear = 2025;
    Result<DemoSummary> s = DemoGenerator::createDemo(m_demo, options);
    QVERIFY2(s.ok(), qPrintable(s.message()));
}

void TestSubjectListModel::init()
{
    // A fresh copy per test: some tests write.
    static int n = 0;
    m_copy = m_dir.filePath(QStringLiteral("copy%1.jixiao").arg(++n));
    QVERIFY(QFile::copy(m_demo, m_copy));
    Result<std::unique_ptr<Workspace>> w = Workspace::open(m_copy);
    QVERIFY2(w.ok(), qPrintable(w.message()));
    m_workspace = std::move(*w);
}

void TestSubjectListModel::cleanup()
{
    m_workspace.reset();
}

qint64 TestSubjectListModel::sqlCount(const QString& where)
{
    return test::scalar(m_workspace->database(),
                        QStringLiteral("SELECT count(*) FROM subject s JOIN agency a ON a.id = s.agency_id"
                                       " WHERE s.deleted = 0 AND ")
                            + where)
        .toLongLong();
}

void TestSubjectListModel::passesModelTester()
{
    SubjectListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFields({ SubjectField::Name, SubjectField::Unit, SubjectField::Amount, SubjectField::TargetStatus,
                      SubjectField::ExecutionRate, SubjectField::Warning, SubjectField::Score, SubjectField::Grade });
    model.setWorkspace(m_workspace.get());
    QVERIFY(model.rowCount() > 1000);
    for (int r : { 0, 1, 500, model.rowCount() - 1 }) {
        for (int c = 0; c < model.columnCount(); ++c)
            (void)model.data(model.index(r, c));
    }
    SubjectFilter f;
    f.fiscalYear = 2025;
    f.kind = SubjectKind::Program;
    model.setFilter(f);
    model.sort(2, Qt::DescendingOrder);
    model.setUnit(MoneyUnit::Yuan);
    model.refresh();
    f.text = QStringLiteral("无此名称的项目");
    model.setFilter(f);
    QCOMPARE(model.rowCount(), 0);
    model.setWorkspace(nullptr);
    QCOMPARE(model.rowCount(), 0);
}

void TestSubjectListModel::jumpToEndReadsOnlyWhatIsShown()
{
    SubjectListView view;
    view.setFields({ SubjectField::Name, SubjectField::Unit, SubjectField::Amount });
    view.resize(900, 600);
    view.setWorkspace(m_workspace.get());
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    SubjectListModel* model = view.model();
    const int rows = model->rowCount();
    QVERIFY(rows > 10 * SubjectListModel::PageSize);
    QCoreApplication::processEvents();
    QCOMPARE(model->cachedPages(), 1);
    view.table()->setFocus();
    QTest::keyClick(view.table(), Qt::Key_End, Qt::ControlModifier);
    QCoreApplication::processEvents();
    QCOMPARE(view.table()->currentIndex().row(), rows - 1);
    // The first page and the last one or two (the rows in sight may straddle a page boundary).
    QVERIFY2(model->cachedPages() <= 3, qPrintable(QString::number(model->cachedPages())));
    QVERIFY(model->pagesRead() <= 3);
    const QString last = model->data(model->index(rows - 1, 0)).toString();
    const QString expected = test::scalar(m_workspace->database(),
                                          QStringLiteral("SELECT name FROM subject WHERE deleted = 0"
                                                         " ORDER BY name DESC, id DESC LIMIT 1"))
                                 .toString();
    QVERIFY2(last.endsWith(expected), qPrintable(last + QStringLiteral(" / ") + expected));
}

void TestSubjectListModel::sortsInSql()
{
    SubjectListModel model;
    model.setFields({ SubjectField::Name, SubjectField::Amount });
    model.setWorkspace(m_workspace.get());
    model.sort(1, Qt::DescendingOrder);
    const qint64 top = test::scalar(m_workspace->database(),
                                    QStringLiteral("SELECT max(amount) FROM subject WHERE deleted = 0"))
                           .toLongLong();
    QCOMPARE(model.rowAt(0)->amount.fen(), top);
    model.sort(1, Qt::AscendingOrder);
    QCOMPARE(model.rowAt(0)->amount.fen(),
             test::scalar(m_workspace->database(), QStringLiteral("SELECT min(amount) FROM subject WHERE deleted = 0"))
                 .toLongLong());
    QCOMPARE(model.sortOrder(), (SubjectSort { SubjectField::Amount, false }));
}

void TestSubjectListModel::readsAnyWindowOfAStageOrder()
{
    // Sorted by a value no index holds: the first pages by position, the end in reverse, the
    // middle from the whole order; every row where SubjectQuery's order puts it.
    SubjectListModel model;
    model.setFields({ SubjectField::Name, SubjectField::Score });
    model.setWorkspace(m_workspace.get());
    model.sort(1, Qt::DescendingOrder);
    const int count = model.rowCount();
    const QList<QUuid> expected
        = *SubjectQuery(m_workspace->database()).ids(model.filter(), SubjectSort { SubjectField::Score, true }, 0, count);
    QCOMPARE(expected.size(), count);
    for (int row : { count - 1, count - 2, count - SubjectListModel::PageSize - 3, 0, 200 })
        QCOMPARE(model.subjectId(row), expected.at(row));
    QVERIFY(model.cachedPages() >= 3);
    const int readBefore = model.pagesRead();
    for (int row : { count / 2, count / 2 + SubjectListModel::PageSize, count / 3 })
        QCOMPARE(model.subjectId(row), expected.at(row));
    QCOMPARE(model.pagesRead(), readBefore + 3);
}

void TestSubjectListModel::refreshesAfterAChange()
{
    SubjectListView view;
    view.setFields({ SubjectField::Name, SubjectField::Unit, SubjectField::Amount });
    view.resize(900, 600);
    view.setWorkspace(m_workspace.get());
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    SubjectListModel* model = view.model();
    const int before = model->rowCount();
    const QString totalsBefore = view.findChild<QLabel*>(QStringLiteral("totals"))->text();
    QSignalSpy reset(model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(model, &QAbstractItemModel::rowsInserted);

    Subject program = m_workspace->newProgram();
    program.name = QStringLiteral("0000 最前面的新项目"); // digits sort before every name of the demo
    program.code = QStringLiteral("NEW-1");
    program.amount = Money::fromYuan(12345);
    Result<void> saved = m_workspace->saveSubject(program);
    QVERIFY2(saved.ok(), qPrintable(saved.message()));

    // One more row, added without a reset (the view keeps its place); the rows in sight read again.
    QCOMPARE(model->rowCount(), before + 1);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(model->cachedPages(), 0);
    QCOMPARE(model->data(model->index(0, 0)).toString(), program.name);
    QVERIFY(view.findChild<QLabel*>(QStringLiteral("totals"))->text() != totalsBefore);

    // Renamed through the workspace: the row shows the new name.
    program.name = QStringLiteral("0000 改过名的新项目");
    QVERIFY(m_workspace->saveSubject(program).ok());
    QCOMPARE(model->data(model->index(0, 0)).toString(), program.name);
    QCOMPARE(model->rowCount(), before + 1);

    QVERIFY(m_workspace->removeSubject(program.meta.id).ok());
    QCOMPARE(model->rowCount(), before);
}

void TestSubjectListModel::searchByUnitFromTheBar()
{
    SubjectListView view;
    view.setWorkspace(m_workspace.get());
    QSqlQuery q(m_workspace->database().connection());
    QVERIFY(q.exec(QStringLiteral("SELECT a.name FROM agency a WHERE a.kind = 2 AND EXISTS (SELECT 1 FROM subject s"
                                  " WHERE s.agency_id = a.id AND s.deleted = 0) ORDER BY a.name LIMIT 1")));
    QVERIFY(q.next());
    const QString unit = q.value(0).toString();
    auto* search = view.findChild<QLineEdit*>(QStringLiteral("search"));
    QVERIFY(search);
    search->setFocus();
    search->insert(unit); // typed through an input method: QTest::keyClicks takes Latin-1 only
    QTRY_COMPARE(view.model()->filter().text, unit);
    const qint64 expected = sqlCount(QStringLiteral("(instr(s.name, '%1') > 0 OR instr(ifnull(s.code, ''), '%1') > 0"
                                                    " OR instr(a.name, '%1') > 0)")
                                         .arg(unit));
    QCOMPARE(view.model()->totalCount(), expected);
    QVERIFY(expected > 0);
    for (int r = 0; r < view.model()->rowCount(); ++r) {
        const SubjectListRow* row = view.model()->rowAt(r);
        QVERIFY(row->unitName.contains(unit) || row->name.contains(unit));
    }
    QVERIFY(view.findChild<QLabel*>(QStringLiteral("totals"))->text().contains(QString::number(expected)));
}

void TestSubjectListModel::barFiltersMatchSql()
{
    SubjectListView view;
    view.setStageFilters({ RecordKind::TargetSet, RecordKind::SelfEvaluation });
    view.setWorkspace(m_workspace.get());
    view.setFiscalYear(2025);
    auto* kind = view.findChild<QComboBox*>(QStringLiteral("kindFilter"));
    kind->setCurrentIndex(kind->findData(int(SubjectKind::Program)));
    QCOMPARE(view.model()->totalCount(), sqlCount(QStringLiteral("s.fiscal_year = 2025 AND s.kind = 3")));
    auto* targets = view.findChild<QComboBox*>(QStringLiteral("targetsFilter"));
    targets->setCurrentIndex(targets->findData(int(RecordStatus::Approved)));
    QCOMPARE(view.model()->totalCount(),
             sqlCount(QStringLiteral("s.fiscal_year = 2025 AND s.kind = 3 AND (SELECT t.status FROM target_set t"
                                     " WHERE t.subject_id = s.id AND t.fiscal_year = 2025 AND t.deleted = 0"
                                     " ORDER BY t.modified_at DESC LIMIT 1) = 3")));
    auto* book = view.findChild<QComboBox*>(QStringLiteral("bookFilter"));
    book->setCurrentIndex(book->findData(int(BudgetBook::GeneralPublic)));
    QCOMPARE(view.model()->filter().book, BudgetBook::GeneralPublic);
    auto* agency = view.findChild<QComboBox*>(QStringLiteral("agencyFilter"));
    QVERIFY(agency->count() > 10);
    agency->setCurrentIndex(3);
    const QUuid unitId = agency->currentData().toUuid();
    QCOMPARE(view.model()->filter().agencyId, unitId);
    // The unit and its subordinate units.
    QSqlQuery q(m_workspace->database().connection());
    q.prepare(QStringLiteral("WITH RECURSIVE u(id) AS (SELECT ? UNION ALL SELECT c.id FROM agency c JOIN u ON c.parent_id = u.id)"
                             " SELECT count(*) FROM subject s WHERE s.deleted = 0 AND s.fiscal_year = 2025 AND s.kind = 3"
                             " AND s.book = 1 AND s.agency_id IN (SELECT id FROM u) AND (SELECT t.status FROM target_set t"
                             " WHERE t.subject_id = s.id AND t.fiscal_year = 2025 AND t.deleted = 0"
                             " ORDER BY t.modified_at DESC LIMIT 1) = 3"));
    q.addBindValue(RecordStore::idValue(unitId));
    QVERIFY(q.exec() && q.next());
    QCOMPARE(view.model()->totalCount(), q.value(0).toLongLong());
    view.clearFilters();
    QCOMPARE(view.model()->totalCount(), sqlCount(QStringLiteral("s.fiscal_year = 2025")));
}

void TestSubjectListModel::enterOpens()
{
    SubjectListView view;
    view.setWorkspace(m_workspace.get());
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QSignalSpy open(&view, &SubjectListView::openRequested);
    view.table()->setCurrentIndex(view.model()->index(5, 0));
    QTest::keyClick(view.table(), Qt::Key_Return);
    QCOMPARE(open.count(), 1);
    QCOMPARE(open.at(0).at(0).toUuid(), view.model()->subjectId(5));
    const QRect cell = view.table()->visualRect(view.model()->index(2, 0));
    QTest::mouseClick(view.table()->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(view.table()->viewport(), Qt::LeftButton, {}, cell.center());
    QCOMPARE(open.count(), 2);
    QCOMPARE(open.at(1).at(0).toUuid(), view.model()->subjectId(2));
}

void TestSubjectListModel::exportsFromTheView()
{
    SubjectListView view;
    view.setFields({ SubjectField::Name, SubjectField::Amount, SubjectField::Grade });
    view.setWorkspace(m_workspace.get());
    view.setFiscalYear(2025);
    view.model()->sort(1, Qt::DescendingOrder);
    QSignalSpy finished(&view, &SubjectListView::exportFinished);
    const QString path = m_dir.filePath(QStringLiteral("view.csv"));
    view.exportTo(path);
    QVERIFY(view.isExporting());
    QVERIFY(finished.wait(30000));
    QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(f.readAll().mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), view.model()->rowCount() + 1);
    // The list as shown: its order and columns.
    QVERIFY(lines.at(1).startsWith(view.model()->rowAt(0)->name.contains(QLatin1Char(','))
                                       ? QLatin1Char('"') + view.model()->rowAt(0)->name
                                       : view.model()->rowAt(0)->name));
    QCOMPARE(lines.at(1).split(QLatin1Char(',')).size() >= 3, true);
    QVERIFY(!view.isExporting());
}

void TestSubjectListModel::pagesTakeListRequests()
{
    TargetsPage targets;
    MonitoringPage monitoring;
    EvaluationPage evaluation;
    AssessmentPage assessment;
    for (SubjectListPage* page : std::initializer_list<SubjectListPage*> { &targets, &monitoring, &evaluation, &assessment }) {
        page->setWorkspace(m_workspace.get());
        page->setFiscalYear(2025);
        QVERIFY(!page->stageActions().isEmpty());
        QCOMPARE(page->listView()->model()->filter().fiscalYear, 2025);
    }
    // 事前评估 shows new major programs only.
    QCOMPARE(assessment.listView()->model()->totalCount(),
             sqlCount(QStringLiteral("s.fiscal_year = 2025 AND s.kind = 3 AND s.is_new = 1 AND s.is_major = 1")));

    ListRequest request;
    request.stage = Stage::Targets;
    request.recordKind = RecordKind::TargetSet;
    request.status = RecordStatus::Submitted;
    request.subjectKind = SubjectKind::Program;
    targets.showList(request);
    const SubjectFilter f = targets.listView()->model()->filter();
    QCOMPARE(f.stages, (QList<StageFilter> { { RecordKind::TargetSet, RecordStatus::Submitted } }));
    QCOMPARE(f.kind, SubjectKind::Program);
    QCOMPARE(targets.listView()->findChild<QComboBox*>(QStringLiteral("targetsFilter"))->currentData().toInt(),
             int(RecordStatus::Submitted));
    QCOMPARE(targets.listView()->model()->totalCount(),
             sqlCount(QStringLiteral("s.fiscal_year = 2025 AND s.kind = 3 AND (SELECT t.status FROM target_set t"
                                     " WHERE t.subject_id = s.id AND t.fiscal_year = 2025 AND t.deleted = 0"
                                     " ORDER BY t.modified_at DESC LIMIT 1) = 1")));

    ListRequest warnings;
    warnings.stage = Stage::Monitoring;
    warnings.warning = QStringLiteral("execution-behind");
    monitoring.showList(warnings);
    QCOMPARE(monitoring.listView()->model()->filter().warning, ListWarning::ExecutionBehind);
    QVERIFY(monitoring.listView()->model()->totalCount() > 0);
    for (int r = 0; r < std::min(monitoring.listView()->model()->rowCount(), 200); ++r)
        QVERIFY(monitoring.listView()->model()->rowAt(r)->executionBehind);

    ListRequest poor;
    poor.stage = Stage::Evaluation;
    poor.grade = Grade::Poor;
    evaluation.showList(poor);
    QCOMPARE(evaluation.listView()->model()->filter().grade, Grade::Poor);
    for (int r = 0; r < evaluation.listView()->model()->rowCount(); ++r)
        QCOMPARE(evaluation.listView()->model()->rowAt(r)->grade, Grade::Poor);

    // JIXIAO_SCREENSHOT_DIR=dir: pictures of two pages, to look at.
    if (const QString dir = qEnvironmentVariable("JIXIAO_SCREENSHOT_DIR"); !dir.isEmpty()) {
        for (SubjectListPage* page : std::initializer_list<SubjectListPage*> { &monitoring, &evaluation }) {
            page->resize(1200, 520);
            page->show();
            QVERIFY(QTest::qWaitForWindowExposed(page));
            QVERIFY(page->grab().save(dir + QLatin1Char('/') + page->objectName() + QStringLiteral(".png")));
            page->hide();
        }
    }

    // Open from the page's action.
    QSignalSpy open(&targets, &StagePage::openSubjectRequested);
    targets.showList(ListRequest {});
    targets.listView()->table()->setCurrentIndex(targets.listView()->model()->index(0, 0));
    QAction* openAction = targets.findChild<QAction*>(QStringLiteral("openSubject"));
    QVERIFY(openAction && openAction->isEnabled());
    openAction->trigger();
    QCOMPARE(open.count(), 1);
    QCOMPARE(open.at(0).at(0).toUuid(), targets.listView()->model()->subjectId(0));
}

void TestSubjectListModel::actionsSayWhyNot()
{
    TargetsPage page;
    page.setWorkspace(m_workspace.get());
    page.setFiscalYear(2025);
    QAction* edit = page.findChild<QAction*>(QStringLiteral("editTargets"));
    QVERIFY(edit);
    // Nothing chosen: disabled, and the tooltip says so.
    QVERIFY(!edit->isEnabled());
    QVERIFY(!edit->toolTip().isEmpty());
    // A unit's program: the finance bureau does not write the unit's targets; Authority's reason shows.
    ListRequest request;
    request.subjectKind = SubjectKind::Program;
    page.showList(request);
    page.listView()->table()->setCurrentIndex(page.listView()->model()->index(0, 0));
    const SubjectListRow* row = page.listView()->currentRow();
    QVERIFY(row);
    QVERIFY(row->ownerId != m_workspace->self().meta.id);
    QVERIFY(!edit->isEnabled());
    QVERIFY2(edit->toolTip().contains(row->name), qPrintable(edit->toolTip()));

    // The bureau's own subject (its government budget) it may edit while draft or returned.
    SubjectFilter own;
    own.fiscalYear = 2025;
    own.agencyId = m_workspace->self().meta.id;
    page.listView()->applyFilter(own);
    bool sawEnabled = false;
    for (int r = 0; r < page.listView()->model()->rowCount(); ++r) {
        page.listView()->table()->setCurrentIndex(page.listView()->model()->index(r, 0));
        const SubjectListRow* ownRow = page.listView()->currentRow();
        const bool editable = !ownRow->targetStatus || *ownRow->targetStatus == RecordStatus::Draft
            || *ownRow->targetStatus == RecordStatus::Returned;
        QCOMPARE(edit->isEnabled(), editable);
        sawEnabled = sawEnabled || editable;
        if (editable) {
            QSignalSpy asked(&page, &StagePage::editRequested);
            edit->trigger();
            QCOMPARE(asked.count(), 1);
            QCOMPARE(asked.at(0).at(0).value<std::optional<RecordKind>>(), std::optional(RecordKind::TargetSet));
            QCOMPARE(asked.at(0).at(1).toUuid(), ownRow->id);
            QCOMPARE(asked.at(0).at(2).toUuid(), ownRow->targetSetId);
        }
    }
    QVERIFY(page.listView()->model()->rowCount() > 0);
    Q_UNUSED(sawEnabled)
}

void TestSubjectListModel::newProgramAsksForTheEditor()
{
    TargetsPage page;
    QAction* create = page.findChild<QAction*>(QStringLiteral("newProgram"));
    QVERIFY(!create->isEnabled()); // nothing open
    page.setWorkspace(m_workspace.get());
    QVERIFY(create->isEnabled());
    QSignalSpy asked(&page, &StagePage::editRequested);
    create->trigger();
    QCOMPARE(asked.count(), 1);
    QVERIFY(!asked.at(0).at(0).value<std::optional<RecordKind>>().has_value());
    QVERIFY(asked.at(0).at(1).toUuid().isNull());
}

QTEST_MAIN(TestSubjectListModel)
#include "TestSubjectListModel.moc"
