#include "TestSupport.h"

#include "core/i18n/Translations.h"
#include "core/storage/AgencyRepository.h"
#include "core/storage/SubjectRepository.h"
#include "ui/common/MessageBanner.h"
#include "ui/common/Settings.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/mainwindow/NewDatabaseDialog.h"
#include "ui/programs/ProgramListModel.h"
#include "ui/programs/ProgramListView.h"

#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace jx;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void showsPrograms();
    void searchNarrowsTheList();
    void unitChoice();
    void badFileShowsBannerAndKeepsDatabase();
    void newDatabaseDialog();
    void remembersDatabaseAndUnit();

private:
    QTemporaryDir m_dir;
    QString m_path;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // settings go to a test location
    QSettings().clear();
    Translations::install(*QCoreApplication::instance()); // JIXIAO_LANG: en under ctest
    std::unique_ptr<Database> db = test::createInstallation(m_dir);
    QVERIFY(db);
    m_path = db->path();
    Agency unit;
    unit.name = QStringLiteral("喀什市水利局");
    unit.kind = AgencyKind::BudgetUnit;
    unit.divisionCode = QStringLiteral("653101");
    QVERIFY(AgencyRepository(*db).save(unit).ok());
    const QStringList names = { QStringLiteral("2025年渠道防渗改造项目"), QStringLiteral("2025年农村饮水安全巩固提升项目"),
                                QStringLiteral("2025年防汛抗旱项目") };
    int serial = 0;
    for (const QString& name : names) {
        Subject s;
        s.code = QStringLiteral("SL-%1").arg(++serial);
        s.kind = SubjectKind::Program;
        s.fiscalYear = 2025;
        s.agencyId = unit.meta.id;
        s.divisionCode = unit.divisionCode;
        s.name = name;
        s.amount = Money::fromYuan(1'500'000);
        QVERIFY(SubjectRepository(*db).save(s).ok());
    }
}

void TestMainWindow::init()
{
    QSettings().clear();
}

void TestMainWindow::showsPrograms()
{
    MainWindow window;
    window.show();
    QVERIFY(window.openDatabase(m_path));
    auto* table = window.findChild<QTableView*>(QStringLiteral("programTable"));
    QVERIFY(table);
    QTRY_COMPARE(table->model()->rowCount(), 3);
    QVERIFY(window.windowTitle().contains(QStringLiteral("喀什市财政局")));
    auto* count = window.findChild<QLabel*>(QStringLiteral("programCount"));
    QVERIFY(count->text().contains(QLatin1String("3")));
    const QModelIndex amount = table->model()->index(0, ProgramListModel::AmountColumn);
    QCOMPARE(amount.data().toString(), QStringLiteral("150.00"));
    QCOMPARE(table->model()->index(0, ProgramListModel::AgencyColumn).data().toString(), QStringLiteral("喀什市水利局"));
}

void TestMainWindow::searchNarrowsTheList()
{
    MainWindow window;
    window.show();
    QVERIFY(window.openDatabase(m_path));
    auto* search = window.findChild<QLineEdit*>(QStringLiteral("programSearch"));
    auto* table = window.findChild<QTableView*>(QStringLiteral("programTable"));
    QTest::keyClicks(search, QStringLiteral("SL-3")); // keyClicks types Latin-1 only; codes are ASCII
    QTRY_COMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, 0).data().toString(), QStringLiteral("2025年防汛抗旱项目"));
    search->clear();
    QTRY_COMPARE(table->model()->rowCount(), 3);
}

void TestMainWindow::unitChoice()
{
    MainWindow window;
    window.show();
    QVERIFY(window.openDatabase(m_path));
    auto* unit = window.findChild<QComboBox*>(QStringLiteral("amountUnit"));
    auto* table = window.findChild<QTableView*>(QStringLiteral("programTable"));
    QTRY_COMPARE(table->model()->rowCount(), 3);
    unit->setCurrentIndex(1);
    QCOMPARE(table->model()->index(0, ProgramListModel::AmountColumn).data().toString(), QStringLiteral("1,500,000.00"));
}

void TestMainWindow::badFileShowsBannerAndKeepsDatabase()
{
    MainWindow window;
    window.show();
    QVERIFY(window.openDatabase(m_path));
    const QString junk = m_dir.filePath(QStringLiteral("junk.jixiao"));
    QFile f(junk);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("not a database at all");
    f.close();
    const QByteArray before = test::fileHash(junk);
    QVERIFY(!window.openDatabase(junk));
    QVERIFY(window.banner()->isVisible());
    QVERIFY2(window.banner()->text().contains(QLatin1String("not a Jixiao database")), qPrintable(window.banner()->text()));
    QCOMPARE(test::fileHash(junk), before);
    // The database that was open stays open and listed.
    QCOMPARE(window.database()->path(), m_path);
    QCOMPARE(window.programList()->model()->totalCount(), qint64(3));
}

void TestMainWindow::newDatabaseDialog()
{
    NewDatabaseDialog dialog;
    dialog.show();
    const QString path = m_dir.filePath(QStringLiteral("unit.jixiao"));
    dialog.setPath(path);
    auto* division = dialog.findChild<QLineEdit*>(QStringLiteral("newDatabaseDivision"));
    auto* divisionName = dialog.findChild<QLabel*>(QStringLiteral("newDatabaseDivisionName"));
    auto* agency = dialog.findChild<QLineEdit*>(QStringLiteral("newDatabaseAgency"));
    auto* ok = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    auto* banner = dialog.findChild<MessageBanner*>();

    // An unknown code: the reason shows in the dialog, which stays open, and no file appears.
    QTest::keyClicks(division, QStringLiteral("659999"));
    QVERIFY(!divisionName->text().isEmpty());
    agency->setText(QStringLiteral("塔城市教育局"));
    QTest::mouseClick(ok, Qt::LeftButton);
    QVERIFY(dialog.isVisible());
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(QLatin1String("659999")), qPrintable(banner->text()));
    QVERIFY(!QFile::exists(path));

    division->clear();
    QTest::keyClicks(division, QStringLiteral("654201"));
    QCOMPARE(divisionName->text(), QStringLiteral("塔城市"));
    // Pictures for the user guide when asked for: JIXIAO_SCREENSHOT_DIR=... ctest -R TestMainWindow
    if (const QString dir = qEnvironmentVariable("JIXIAO_SCREENSHOT_DIR"); !dir.isEmpty())
        dialog.grab().save(QDir(dir).filePath(QStringLiteral("new-database.png")));
    QTest::mouseClick(ok, Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.createdPath(), path);
    Result<std::unique_ptr<Database>> db = Database::open(path);
    QVERIFY(db.ok());
    QCOMPARE(Installation::selfAgency(**db)->name, QStringLiteral("塔城市教育局"));
    QCOMPARE(Installation::selfAgency(**db)->divisionCode, QStringLiteral("654201"));
}

void TestMainWindow::remembersDatabaseAndUnit()
{
    {
        MainWindow window;
        QVERIFY(window.openDatabase(m_path));
        window.findChild<QComboBox*>(QStringLiteral("amountUnit"))->setCurrentIndex(1);
    }
    QCOMPARE(Settings::lastDatabase(), QFileInfo(m_path).absoluteFilePath());
    MainWindow again;
    QVERIFY(again.openDatabase(Settings::lastDatabase()));
    auto* table = again.findChild<QTableView*>(QStringLiteral("programTable"));
    QTRY_COMPARE(table->model()->rowCount(), 3);
    QCOMPARE(table->model()->index(0, ProgramListModel::AmountColumn).data().toString(), QStringLiteral("1,500,000.00"));
}

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
