#include "TestSupport.h"
#include "core/workspace/Workspace.h"

#include "core/storage/AgencyRepository.h"
#include "core/storage/SubjectRepository.h"
#include "core/workflow/FinanceOrders.h"
#include "ui/programs/ProgramListModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace jx;

class TestProgramListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void passesModelTester();
    void fetchesPageByPage();
    void ordersByNameAcrossPages();
    void filters();
    void switchesUnit();
    void hidesDeleted();
    void marksOrders();
    void followsTheWorkspace();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    static constexpr int Programs = 700;
};

void TestProgramListModel::init()
{
    m_db.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = test::createInstallation(*m_dir);
    QVERIFY(m_db);
    Agency unit;
    unit.name = QStringLiteral("喀什市教育局");
    unit.kind = AgencyKind::BudgetUnit;
    unit.divisionCode = QStringLiteral("653101");
    QVERIFY(AgencyRepository(*m_db).save(unit).ok());
    Database::Transaction tx(*m_db);
    SubjectRepository repo(*m_db);
    for (int i = 0; i < Programs; ++i) {
        Subject s;
        s.kind = SubjectKind::Program;
        s.fiscalYear = 2025;
        s.agencyId = unit.meta.id;
        s.divisionCode = unit.divisionCode;
        // Names that collide, so that paging must break ties by id.
        s.name = QStringLiteral("项目%1").arg(i % 300, 3, 10, QLatin1Char('0'));
        s.code = QStringLiteral("C%1").arg(i);
        s.book = static_cast<BudgetBook>(1 + i % 4);
        s.programKind = static_cast<ProgramKind>(1 + i % 3);
        s.amount = Money::fromFen(qint64(i) * 1'234'567);
        QVERIFY(repo.save(s).ok());
    }
    QVERIFY(tx.commit().ok());
}

void TestProgramListModel::passesModelTester()
{
    ProgramListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDatabase(m_db.get());
    while (model.canFetchMore({}))
        model.fetchMore({});
    ProgramFilter filter;
    filter.text = QStringLiteral("项目01");
    model.setFilter(filter);
    model.fetchMore({});
    model.setUnit(MoneyUnit::Yuan);
    model.setDatabase(nullptr);
    QCOMPARE(model.rowCount(), 0);
}

void TestProgramListModel::fetchesPageByPage()
{
    ProgramListModel model;
    QSignalSpy total(&model, &ProgramListModel::totalCountChanged);
    model.setDatabase(m_db.get());
    QCOMPARE(total.count(), 1);
    QCOMPARE(model.totalCount(), qint64(Programs));
    QCOMPARE(model.rowCount(), 0); // nothing read until the view asks
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QCOMPARE(model.rowCount(), ProgramListModel::PageSize);
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 2 * ProgramListModel::PageSize);
    model.fetchMore({});
    QCOMPARE(model.rowCount(), Programs);
    QVERIFY(!model.canFetchMore({}));
}

void TestProgramListModel::ordersByNameAcrossPages()
{
    ProgramListModel model;
    model.setDatabase(m_db.get());
    while (model.canFetchMore({}))
        model.fetchMore({});
    QSet<QUuid> seen;
    for (int r = 0; r < model.rowCount(); ++r) {
        seen.insert(model.rowAt(r).id);
        if (r > 0) {
            const ProgramRow& a = model.rowAt(r - 1);
            const ProgramRow& b = model.rowAt(r);
            QVERIFY(a.name < b.name || (a.name == b.name && a.id.toString() < b.id.toString()));
        }
    }
    QCOMPARE(seen.size(), Programs); // no row twice, none missing
}

void TestProgramListModel::filters()
{
    ProgramListModel model;
    model.setDatabase(m_db.get());
    ProgramFilter filter;
    filter.text = QStringLiteral("项目01");
    model.setFilter(filter);
    // 项目010–项目019, each name used by 700/300 programs (3 or 2).
    QCOMPARE(model.totalCount(), qint64(10 * 2 + 0) + 10);
    filter.text = QStringLiteral("C69");
    model.setFilter(filter);
    QCOMPARE(model.totalCount(), qint64(11)); // C69, C690–C699
    filter.text = QStringLiteral("%");
    model.setFilter(filter);
    QCOMPARE(model.totalCount(), qint64(0)); // wildcards are literal
    filter.text.clear();
    filter.fiscalYear = 2024;
    model.setFilter(filter);
    QCOMPARE(model.totalCount(), qint64(0));
}

void TestProgramListModel::switchesUnit()
{
    ProgramListModel model;
    model.setDatabase(m_db.get());
    model.fetchMore({});
    int row = -1;
    for (int r = 0; r < model.rowCount(); ++r) {
        if (model.rowAt(r).amount == Money::fromFen(1'234'567))
            row = r;
    }
    QVERIFY(row >= 0);
    const QModelIndex amount = model.index(row, ProgramListModel::AmountColumn);
    QCOMPARE(model.data(amount).toString(), QStringLiteral("1.23")); // 12,345.67 元 in 万元
    QVERIFY(model.headerData(ProgramListModel::AmountColumn, Qt::Horizontal).toString().contains(QLatin1String("10k")));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setUnit(MoneyUnit::Yuan);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.data(amount).toString(), QStringLiteral("12,345.67"));
    QCOMPARE(model.data(amount, Qt::TextAlignmentRole).value<Qt::Alignment>(), Qt::AlignRight | Qt::AlignVCenter);
}

void TestProgramListModel::hidesDeleted()
{
    ProgramListModel model;
    model.setDatabase(m_db.get());
    model.fetchMore({});
    const QUuid first = model.rowAt(0).id;
    QVERIFY(SubjectRepository(*m_db).remove(first).ok());
    model.setDatabase(m_db.get());
    QCOMPARE(model.totalCount(), qint64(Programs - 1));
    model.fetchMore({});
    QVERIFY(model.rowAt(0).id != first);
}

void TestProgramListModel::marksOrders()
{
    ProgramListModel model;
    model.setDatabase(m_db.get());
    model.fetchMore({});
    const ProgramRow first = model.rowAt(0);
    const Agency self = *Installation::selfAgency(*m_db);
    const Actor reviewer { QStringLiteral("张伟"), Role::FinanceReviewer, self.meta.id };
    QVERIFY(FinanceOrders(*m_db).issueOrder(reviewer, first.id, OrderKind::Stop, QStringLiteral("严重偏离目标")).ok());
    model.setDatabase(m_db.get());
    model.fetchMore({});
    QCOMPARE(model.rowAt(0).id, first.id);
    const QModelIndex name = model.index(0, ProgramListModel::NameColumn);
    QVERIFY2(name.data().toString().startsWith(QLatin1Char('[')) && name.data().toString().contains(first.name),
             qPrintable(name.data().toString()));
    QVERIFY(name.data(Qt::ForegroundRole).isValid());
    // A stopping order holds the payments (拨款), and the list says so.
    QVERIFY2(name.data(Qt::ToolTipRole).toString().contains(QLatin1String("Payments held")),
             qPrintable(name.data(Qt::ToolTipRole).toString()));
    QVERIFY(!model.index(1, ProgramListModel::NameColumn).data(Qt::ForegroundRole).isValid());
    QVERIFY(!model.index(1, ProgramListModel::NameColumn).data(Qt::ToolTipRole).toString().contains(
        QLatin1String("Payments held")));
}

void TestProgramListModel::followsTheWorkspace()
{
    const QString path = m_db->path();
    m_db.reset();
    Result<std::unique_ptr<Workspace>> opened = Workspace::open(path);
    QVERIFY2(opened.ok(), qPrintable(opened.message()));
    Workspace& ws = **opened;
    ProgramListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setWorkspace(&ws);
    model.fetchMore({});
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 2 * ProgramListModel::PageSize);

    // A program saved anywhere through the workspace appears without anyone reloading the list.
    Subject s = ws.newProgram();
    s.name = QStringLiteral("项目000（新增）");
    s.amount = Money::fromYuan(1000);
    QVERIFY(ws.saveSubject(s).ok());
    QCOMPARE(model.totalCount(), qint64(Programs + 1));
    QCOMPARE(model.rowCount(), 2 * ProgramListModel::PageSize); // as far as the view had read
    QCOMPARE(model.rowAt(3).name, QStringLiteral("项目000（新增）"));

    // A rename shows; a removal disappears.
    s.name = QStringLiteral("项目000（改名）");
    QVERIFY(ws.saveSubject(s).ok());
    QCOMPARE(model.rowAt(3).name, QStringLiteral("项目000（改名）"));
    QVERIFY(ws.removeSubject(s.meta.id).ok());
    QCOMPARE(model.totalCount(), qint64(Programs));
    QVERIFY(model.rowAt(3).name != QStringLiteral("项目000（改名）"));

    // A failed save changes nothing and announces nothing.
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    Subject bad = ws.newProgram();
    bad.name = QString();
    QVERIFY(!ws.saveSubject(bad).ok());
    QCOMPARE(reset.count(), 0);

    // Once the list shows no workspace, it no longer follows it.
    model.setWorkspace(nullptr);
    const int resetsBefore = reset.count();
    Subject later = ws.newProgram();
    later.name = QStringLiteral("项目999");
    later.amount = Money::fromYuan(1);
    QVERIFY(ws.saveSubject(later).ok());
    QCOMPARE(reset.count(), resetsBefore);
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestProgramListModel)
#include "TestProgramListModel.moc"
