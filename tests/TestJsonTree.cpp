#include "core/io/JsonTree.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace jx;

// JsonTree must read every value as QJsonDocument does, and take nothing QJsonDocument refuses.
class TestJsonTree : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsLikeQJsonDocument_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("text") << QByteArray("{\"a\": \"养护里程\", \"b\": \"x\\\"y\\\\z\\/\\n\\t\\u00e9\\ud83d\\ude00\"}");
        QTest::newRow("numbers") << QByteArray("{\"a\": -0, \"b\": 12.5e3, \"c\": 12345678901, \"d\": 1E+2}");
        QTest::newRow("duplicate key, last wins") << QByteArray("{\"a\": 1, \"a\": \"two\"}");
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

    // What JsonTree does not take goes to QJsonDocument, for its error or (if it takes it) value.
    void leavesTheRestToQJsonDocument_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("trailing comma") << QByteArray("{\"a\": 1,}");
        QTest::newRow("leading zero") << QByteArray("[01]");
        QTest::newRow("bare fraction") << QByteArray("[1.]");
        QTest::newRow("too large") << QByteArray("[1e400]");
        QTest::newRow("control character") << QByteArray("[\"a\x01\"]");
        QTest::newRow("lone surrogate") << QByteArray("[\"\\ud800\"]");
        QTest::newRow("overlong UTF-8") << QByteArray("[\"\xc0\x80\"]");
        QTest::newRow("UTF-8 surrogate") << QByteArray("[\"\xed\xa0\x80\"]");
        QTest::newRow("bad escape") << QByteArray("[\"\\x\"]");
        QTest::newRow("unclosed") << QByteArray("{\"a\": [1, 2");
        QTest::newRow("after the value") << QByteArray("{} {}");
    }

    void leavesTheRestToQJsonDocument()
    {
        QFETCH(QByteArray, json);
        JsonTree tree;
        QVERIFY(!tree.parse(json));
        QVERIFY(tree.isUndefined(tree.root()));
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
