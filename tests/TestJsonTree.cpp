#include "core/io/JsonTree.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace jx;

// JsonTree must read every value as QJsonDocument does, and refuse, with the byte and a reason,
// what strict JSON does not allow (some of which QJsonDocument takes) and what passes the limits.
class TestJsonTree : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsLikeQJsonDocument_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("text") << QByteArray("{\"a\": \"养护里程\", \"b\": \"x\\\"y\\\\z\\/\\n\\t\\u00e9\\ud83d\\ude00\"}");
        QTest::newRow("numbers") << QByteArray("{\"a\": -0, \"b\": 12.5e3, \"c\": 12345678901, \"d\": 1E+2}");
        QTest::newRow("nested") << QByteArray("{\"a\": [true, false, null, {\"b\": []}], \"c\": {}}");
    }

    void readsLikeQJsonDocument()
    {
        QFETCH(QByteArray, json);
        JsonTree tree;
        QVERIFY(tree.parse(json));
        const QJsonValue expected = QJsonDocument::fromJson(json).object();
        QCOMPARE(tree.toJsonValue(tree.root()), expected);
        for (const QString& key : expected.toObject().keys()) {
            const int v = tree.member(tree.root(), QLatin1StringView(key.toLatin1()));
            QCOMPARE(tree.toString(v), expected[key].toString());
            QCOMPARE(tree.toDouble(v), expected[key].toDouble());
        }
        QVERIFY(tree.isUndefined(tree.member(tree.root(), QLatin1StringView("missing"))));
    }

    void refusesWithTheByte_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<qsizetype>("offset");
        QTest::addColumn<QString>("reason");
        QTest::newRow("trailing comma") << QByteArray("{\"a\": 1,}") << qsizetype(8) << QStringLiteral("a key in quotes");
        QTest::newRow("leading zero") << QByteArray("[01]") << qsizetype(1) << QStringLiteral("“01” is not a number");
        QTest::newRow("bare fraction") << QByteArray("[1.]") << qsizetype(1) << QStringLiteral("“1.” is not a number");
        QTest::newRow("no integer part") << QByteArray("[.5]") << qsizetype(1) << QStringLiteral("“.5” is not a number");
        QTest::newRow("plus sign") << QByteArray("[+1]") << qsizetype(1) << QStringLiteral("“+1” is not a number");
        QTest::newRow("too large") << QByteArray("[1e400]") << qsizetype(1) << QStringLiteral("too large");
        QTest::newRow("control character") << QByteArray("[\"a\x01\"]") << qsizetype(3) << QStringLiteral("control character (0x01)");
        QTest::newRow("NUL") << QByteArray("[\"a\0b\"]", 7) << qsizetype(3) << QStringLiteral("control character (0x00)");
        QTest::newRow("lone surrogate") << QByteArray("[\"\\ud800\"]") << qsizetype(2) << QStringLiteral("surrogate");
        QTest::newRow("overlong UTF-8") << QByteArray("[\"\xc0\x80\"]") << qsizetype(2) << QStringLiteral("UTF-8");
        QTest::newRow("UTF-8 surrogate") << QByteArray("[\"\xed\xa0\x80\"]") << qsizetype(2) << QStringLiteral("UTF-8");
        QTest::newRow("bad escape") << QByteArray("[\"\\x\"]") << qsizetype(2) << QStringLiteral("“\\x” is not an escape");
        QTest::newRow("unclosed") << QByteArray("{\"a\": [1, 2") << qsizetype(11) << QStringLiteral("“,” or “]”");
        QTest::newRow("after the value") << QByteArray("{} {}") << qsizetype(3) << QStringLiteral("the end of the value");
        QTest::newRow("duplicate key") << QByteArray("{\"a\": 1, \"b\": 2, \"a\": 3}") << qsizetype(17)
                                       << QStringLiteral("“a” appears twice");
        QTest::newRow("bad literal") << QByteArray("[nul]") << qsizetype(1) << QStringLiteral("a value");
        QTest::newRow("too deep") << QByteArray(17, '[') + QByteArray(17, ']') << qsizetype(16)
                                  << QStringLiteral("nested more than 16 deep");
        QTest::newRow("long text") << "[\"" + QByteArray(70'000, 'a') + "\"]" << qsizetype(1)
                                   << QStringLiteral("longer than 65536 bytes");
        QByteArray many = "[";
        for (int i = 0; i <= 10'000; ++i)
            many += "0,";
        many += "0]";
        QTest::newRow("long list") << many << qsizetype(20'001) << QStringLiteral("more than 10000 elements");
        QByteArray members = "{";
        for (int i = 0; i < 100; ++i)
            members += "\"k" + QByteArray::number(i) + "\": 0, ";
        members += "\"k7\": 1}";
        QTest::newRow("duplicate in a large object") << members << qsizetype(0) << QStringLiteral("“k7” appears twice");
    }

    void refusesWithTheByte()
    {
        QFETCH(QByteArray, json);
        QFETCH(qsizetype, offset);
        QFETCH(QString, reason);
        JsonTree tree;
        QVERIFY(!tree.parse(json));
        QVERIFY(tree.isUndefined(tree.root()));
        QCOMPARE(tree.errorOffset(), offset);
        QVERIFY2(tree.errorReason().contains(reason), qPrintable(tree.errorReason()));
    }

    void depthCountsTheCallersLevels()
    {
        JsonTree tree;
        QVERIFY(tree.parse("[[[]]]", 3));
        QVERIFY(!tree.parse("[[[[]]]]", 3));
    }

    void assignsAQJsonValue()
    {
        const QJsonObject o = QJsonDocument::fromJson("{\"a\": [\"\\ud800\", 1.5], \"b\": {\"c\": true}}").object();
        JsonTree tree;
        tree.assign(o);
        QCOMPARE(tree.toJsonValue(tree.root()), QJsonValue(o));
        const int a = tree.member(tree.root(), QLatin1StringView("a"));
        QCOMPARE(tree.size(a), qsizetype(2));
        QCOMPARE(tree.toString(tree.at(a, 0)), o[QLatin1StringView("a")].toArray().at(0).toString());
        QCOMPARE(tree.toDouble(tree.at(a, 1)), 1.5);
        QVERIFY(tree.toBool(tree.member(tree.member(tree.root(), QLatin1StringView("b")), QLatin1StringView("c"))));
    }
};

QTEST_GUILESS_MAIN(TestJsonTree)
#include "TestJsonTree.moc"
