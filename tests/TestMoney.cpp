#include "core/domain/Money.h"
#include "core/domain/SelfEvaluation.h"

#include <QTest>

#include <limits>

using namespace jx;

class TestMoney : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void parseRejects_data();
    void parseRejects();
    void format_data();
    void format();
    void roundTrip();
    void scaled_data();
    void scaled();
    void divideRounded_data();
    void divideRounded();
    void checkedArithmetic_data();
    void checkedArithmetic();
    void scaledOverflow_data();
    void scaledOverflow();
    void fundsTotalOverflow();
};

void TestMoney::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("unit"); // 0 yuan, 1 万元
    QTest::addColumn<qint64>("fen");

    QTest::newRow("grouped yuan") << QStringLiteral("1,234.56") << 0 << qint64(123456);
    QTest::newRow("plain yuan") << QStringLiteral("1234.5") << 0 << qint64(123450);
    QTest::newRow("whole yuan") << QStringLiteral("20") << 0 << qint64(2000);
    QTest::newRow("leading dot") << QStringLiteral(".5") << 0 << qint64(50);
    QTest::newRow("zero") << QStringLiteral("0") << 0 << qint64(0);
    QTest::newRow("one fen") << QStringLiteral("0.01") << 0 << qint64(1);
    QTest::newRow("negative") << QStringLiteral("-20.10") << 0 << qint64(-2010);
    QTest::newRow("plus sign") << QStringLiteral("+3") << 0 << qint64(300);
    QTest::newRow("wan suffix") << QStringLiteral("12.3万") << 0 << qint64(12'300'000);
    QTest::newRow("wanyuan suffix") << QStringLiteral("12.3万元") << 0 << qint64(12'300'000);
    QTest::newRow("yuan suffix overrides 10k unit") << QStringLiteral("12.3元") << 1 << qint64(1230);
    QTest::newRow("bare number in 10k unit") << QStringLiteral("1.5") << 1 << qint64(1'500'000);
    QTest::newRow("10k unit with six decimals") << QStringLiteral("0.000001") << 1 << qint64(1);
    QTest::newRow("yi suffix") << QStringLiteral("0.5亿") << 0 << qint64(5'000'000'000);
    QTest::newRow("currency sign and spaces") << QStringLiteral(" ¥ 1,000.00 ") << 0 << qint64(100000);
    QTest::newRow("full-width digits") << QStringLiteral("１，２３４．５６") << 0 << qint64(123456);
    QTest::newRow("full-width yen") << QStringLiteral("￥99") << 0 << qint64(9900);
    QTest::newRow("large") << QStringLiteral("9,000,000,000,000,000") << 0 << qint64(900'000'000'000'000'000);
    QTest::newRow("leading zeros") << QStringLiteral("007.00") << 0 << qint64(700);
}

void TestMoney::parse()
{
    QFETCH(QString, text);
    QFETCH(int, unit);
    QFETCH(qint64, fen);
    const Result<Money> m = Money::parse(text, unit == 1 ? MoneyUnit::TenThousandYuan : MoneyUnit::Yuan);
    QVERIFY2(m.ok(), qPrintable(m.message()));
    QCOMPARE(m->fen(), fen);
}

void TestMoney::parseRejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("empty") << QString() << QStringLiteral("empty");
    QTest::newRow("blank") << QStringLiteral("   ") << QStringLiteral("empty");
    QTest::newRow("letters") << QStringLiteral("abc") << QStringLiteral("not an amount");
    QTest::newRow("two dots") << QStringLiteral("1.2.3") << QStringLiteral("not an amount");
    QTest::newRow("trailing dot") << QStringLiteral("12.") << QStringLiteral("not an amount");
    QTest::newRow("bad grouping") << QStringLiteral("12,34") << QStringLiteral("not an amount");
    QTest::newRow("grouping in fraction") << QStringLiteral("1.234,5") << QStringLiteral("not an amount");
    QTest::newRow("sub-fen yuan") << QStringLiteral("1.005") << QStringLiteral("more precise");
    QTest::newRow("sub-fen wan") << QStringLiteral("1.0000001万") << QStringLiteral("more precise");
    QTest::newRow("only sign") << QStringLiteral("-") << QStringLiteral("not an amount");
    QTest::newRow("unit only") << QStringLiteral("万元") << QStringLiteral("not an amount");
    QTest::newRow("too large") << QStringLiteral("9,000,000,000,000,001") << QStringLiteral("too large");
    QTest::newRow("overflow") << QStringLiteral("99999999999999999999999") << QStringLiteral("too large");
    QTest::newRow("exponent") << QStringLiteral("1e5") << QStringLiteral("not an amount");
}

void TestMoney::parseRejects()
{
    QFETCH(QString, text);
    QFETCH(QString, messagePart);
    const Result<Money> m = Money::parse(text);
    QVERIFY(!m.ok());
    QVERIFY2(m.message().contains(messagePart), qPrintable(m.message()));
    QCOMPARE(m.error().code, Error::Code::Invalid);
}

void TestMoney::format_data()
{
    QTest::addColumn<qint64>("fen");
    QTest::addColumn<QString>("yuan");
    QTest::addColumn<QString>("wan");

    QTest::newRow("zero") << qint64(0) << QStringLiteral("0.00") << QStringLiteral("0.00");
    QTest::newRow("one fen") << qint64(1) << QStringLiteral("0.01") << QStringLiteral("0.00");
    QTest::newRow("thousands") << qint64(123456) << QStringLiteral("1,234.56") << QStringLiteral("0.12");
    QTest::newRow("million") << qint64(123456789) << QStringLiteral("1,234,567.89") << QStringLiteral("123.46");
    // 万元 rounding half away from zero at 50 yuan (5,000 fen) of the last 100 yuan.
    QTest::newRow("wan half up") << qint64(1'235'000) << QStringLiteral("12,350.00") << QStringLiteral("1.24");
    QTest::newRow("wan just below half") << qint64(1'234'999) << QStringLiteral("12,349.99") << QStringLiteral("1.23");
    QTest::newRow("negative") << qint64(-123456) << QStringLiteral("-1,234.56") << QStringLiteral("-0.12");
    QTest::newRow("negative wan half") << qint64(-1'235'000) << QStringLiteral("-12,350.00") << QStringLiteral("-1.24");
    QTest::newRow("negative small rounds to zero") << qint64(-4'999) << QStringLiteral("-49.99") << QStringLiteral("0.00");
    QTest::newRow("no grouping below 1000") << qint64(99'999) << QStringLiteral("999.99") << QStringLiteral("0.10");
    QTest::newRow("huge") << qint64(900'000'000'000'000'000) << QStringLiteral("9,000,000,000,000,000.00")
                          << QStringLiteral("900,000,000,000.00");
}

void TestMoney::format()
{
    QFETCH(qint64, fen);
    QFETCH(QString, yuan);
    QFETCH(QString, wan);
    QCOMPARE(Money::fromFen(fen).format(MoneyUnit::Yuan), yuan);
    QCOMPARE(Money::fromFen(fen).format(MoneyUnit::TenThousandYuan), wan);
}

void TestMoney::roundTrip()
{
    // Whatever is shown in 元 reads back to the same amount.
    for (qint64 fen : { qint64(0), qint64(1), qint64(-1), qint64(99), qint64(100), qint64(123456789012),
                        qint64(-987654321) }) {
        const Money m = Money::fromFen(fen);
        const Result<Money> back = Money::parse(m.format(MoneyUnit::Yuan));
        QVERIFY2(back.ok(), qPrintable(back.message()));
        QCOMPARE(back->fen(), fen);
    }
}

void TestMoney::scaled_data()
{
    QTest::addColumn<qint64>("fen");
    QTest::addColumn<qint64>("num");
    QTest::addColumn<qint64>("den");
    QTest::addColumn<qint64>("expected");

    QTest::newRow("exact") << qint64(1000) << qint64(1) << qint64(2) << qint64(500);
    QTest::newRow("half up") << qint64(5) << qint64(1) << qint64(2) << qint64(3);
    QTest::newRow("half away negative") << qint64(-5) << qint64(1) << qint64(2) << qint64(-3);
    QTest::newRow("below half") << qint64(10) << qint64(1) << qint64(3) << qint64(3);
    QTest::newRow("negative denominator") << qint64(10) << qint64(1) << qint64(-2) << qint64(-5);
    QTest::newRow("no overflow") << qint64(900'000'000'000'000'000) << qint64(3) << qint64(3)
                                 << qint64(900'000'000'000'000'000);
}

void TestMoney::scaled()
{
    QFETCH(qint64, fen);
    QFETCH(qint64, num);
    QFETCH(qint64, den);
    QFETCH(qint64, expected);
    QCOMPARE(Money::fromFen(fen).scaled(num, den)->fen(), expected);
}

void TestMoney::divideRounded_data()
{
    QTest::addColumn<qint64>("num");
    QTest::addColumn<qint64>("den");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("half") << qint64(15) << qint64(10) << qint64(2);
    QTest::newRow("below") << qint64(14) << qint64(10) << qint64(1);
    QTest::newRow("negative half") << qint64(-15) << qint64(10) << qint64(-2);
    QTest::newRow("negative below") << qint64(-14) << qint64(10) << qint64(-1);
    QTest::newRow("odd divisor") << qint64(2) << qint64(3) << qint64(1);
}

void TestMoney::divideRounded()
{
    QFETCH(qint64, num);
    QFETCH(qint64, den);
    QFETCH(qint64, expected);
    QCOMPARE(jx::divideRounded(num, den), expected);
}

void TestMoney::checkedArithmetic_data()
{
    constexpr qint64 max = std::numeric_limits<qint64>::max();
    constexpr qint64 min = std::numeric_limits<qint64>::min();
    QTest::addColumn<qint64>("a");
    QTest::addColumn<qint64>("b");
    QTest::addColumn<bool>("plusOk");
    QTest::addColumn<bool>("minusOk");
    QTest::newRow("small") << qint64(5) << qint64(3) << true << true;
    QTest::newRow("max plus 0") << max << qint64(0) << true << true;
    QTest::newRow("max plus 1") << max << qint64(1) << false << true;
    QTest::newRow("max plus max") << max << max << false << true;
    QTest::newRow("min minus 1") << min << qint64(1) << true << false;
    QTest::newRow("min plus -1") << min << qint64(-1) << false << true;
    QTest::newRow("0 minus min") << qint64(0) << min << true << false;
    QTest::newRow("max minus -1") << max << qint64(-1) << true << false;
    QTest::newRow("max plus min") << max << min << true << false;
}

void TestMoney::checkedArithmetic()
{
    QFETCH(qint64, a);
    QFETCH(qint64, b);
    QFETCH(bool, plusOk);
    QFETCH(bool, minusOk);
    const Result<Money> sum = Money::fromFen(a).plus(Money::fromFen(b));
    const Result<Money> difference = Money::fromFen(a).minus(Money::fromFen(b));
    QCOMPARE(sum.ok(), plusOk);
    QCOMPARE(difference.ok(), minusOk);
    // In 128 bits the true result, which the checked one must equal whenever it is given.
    __extension__ typedef __int128 Wide;
    if (plusOk)
        QVERIFY(Wide(sum->fen()) == Wide(a) + Wide(b));
    else
        QVERIFY(sum.message().contains(QLatin1String("more than an amount can hold")));
    if (minusOk)
        QVERIFY(Wide(difference->fen()) == Wide(a) - Wide(b));
}

void TestMoney::scaledOverflow_data()
{
    constexpr qint64 max = std::numeric_limits<qint64>::max();
    constexpr qint64 min = std::numeric_limits<qint64>::min();
    QTest::addColumn<qint64>("fen");
    QTest::addColumn<qint64>("num");
    QTest::addColumn<qint64>("den");
    QTest::addColumn<bool>("ok");
    QTest::newRow("max times 1") << max << qint64(1) << qint64(1) << true;
    QTest::newRow("max times 2") << max << qint64(2) << qint64(1) << false;
    QTest::newRow("max times max over max") << max << max << max << true;
    QTest::newRow("min over -1") << min << qint64(1) << qint64(-1) << false;
    QTest::newRow("min times min over min") << min << min << min << true;
    QTest::newRow("divide by zero") << qint64(100) << qint64(1) << qint64(0) << false;
    QTest::newRow("huge ratio") << qint64(10) << max << qint64(1) << false;
}

void TestMoney::scaledOverflow()
{
    QFETCH(qint64, fen);
    QFETCH(qint64, num);
    QFETCH(qint64, den);
    QFETCH(bool, ok);
    const Result<Money> r = Money::fromFen(fen).scaled(num, den);
    QCOMPARE(r.ok(), ok);
    if (ok && num == den)
        QCOMPARE(r->fen(), fen);
}

void TestMoney::fundsTotalOverflow()
{
    // Two planted rows of the largest amount: the total is an error, not a wrapped negative sum.
    SelfEvaluation ev;
    EvaluationFund row;
    row.adjustedBudget = Money::fromFen(std::numeric_limits<qint64>::max());
    row.executed = Money::fromYuan(1);
    ev.funds << row << row;
    QVERIFY(!ev.total().ok());
    ev.funds.removeLast();
    QCOMPARE(ev.total()->adjustedBudget, row.adjustedBudget);
}

QTEST_GUILESS_MAIN(TestMoney)
#include "TestMoney.moc"
