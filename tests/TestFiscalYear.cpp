#include "core/domain/FiscalYear.h"

#include <QTest>

using namespace jx;

class TestFiscalYear : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void endOfMonth_data();
    void endOfMonth();
    void timeProgress_data();
    void timeProgress();
    void ofDate();
};

void TestFiscalYear::endOfMonth_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<int>("month");
    QTest::addColumn<QDate>("expected");
    QTest::newRow("january") << 2025 << 1 << QDate(2025, 1, 31);
    QTest::newRow("february") << 2025 << 2 << QDate(2025, 2, 28);
    QTest::newRow("leap february") << 2024 << 2 << QDate(2024, 2, 29);
    QTest::newRow("june check") << 2025 << 6 << QDate(2025, 6, 30);
    QTest::newRow("december") << 2025 << 12 << QDate(2025, 12, 31);
}

void TestFiscalYear::endOfMonth()
{
    QFETCH(int, year);
    QFETCH(int, month);
    QFETCH(QDate, expected);
    QCOMPARE(FiscalYear(year).endOfMonth(month), expected);
}

void TestFiscalYear::timeProgress_data()
{
    QTest::addColumn<int>("month");
    QTest::addColumn<double>("percent");
    QTest::newRow("january") << 1 << 100.0 / 12;
    QTest::newRow("half year") << 6 << 50.0;
    QTest::newRow("september") << 9 << 75.0;
    QTest::newRow("year end") << 12 << 100.0;
}

void TestFiscalYear::timeProgress()
{
    QFETCH(int, month);
    QFETCH(double, percent);
    QCOMPARE(FiscalYear::timeProgressPercent(month), percent);
}

void TestFiscalYear::ofDate()
{
    QCOMPARE(FiscalYear::of(QDate(2025, 12, 31)), FiscalYear(2025));
    QCOMPARE(FiscalYear(2026).firstDay(), QDate(2026, 1, 1));
    QCOMPARE(FiscalYear(2026).lastDay(), QDate(2026, 12, 31));
}

QTEST_GUILESS_MAIN(TestFiscalYear)
#include "TestFiscalYear.moc"
