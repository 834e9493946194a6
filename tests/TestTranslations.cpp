#include "core/domain/Money.h"
#include "core/domain/Types.h"
#include "core/i18n/Translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QTest>
#include <QXmlStreamReader>

using namespace jx;

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void chineseIsComplete();
    void chineseIsInstalled();
};

void TestTranslations::chineseIsComplete()
{
    QFile ts(QStringLiteral(JIXIAO_SOURCE_DIR "/translations/jixiao_zh_CN.ts"));
    QVERIFY(ts.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&ts);
    int messages = 0;
    QStringList unfinished;
    QString context;
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            ++messages;
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (type == QLatin1String("unfinished") || type == QLatin1String("vanished")
                || type == QLatin1String("obsolete") || text.trimmed().isEmpty()) {
                unfinished << context + QStringLiteral(": ") + source;
            }
        }
    }
    QVERIFY(!xml.hasError());
    QVERIFY2(messages > 250, qPrintable(QString::number(messages)));
    QVERIFY2(unfinished.isEmpty(), qPrintable(QStringLiteral("%1 unfinished, e.g. %2")
                                                  .arg(unfinished.size())
                                                  .arg(unfinished.mid(0, 5).join(QStringLiteral(" | ")))));
}

void TestTranslations::chineseIsInstalled()
{
    QCOMPARE(Translations::install(*QCoreApplication::instance(), QStringLiteral("zh_CN")), QStringLiteral("zh_CN"));
    QCOMPARE(Names::of(Grade::Excellent), QStringLiteral("优"));
    QCOMPARE(Names::of(BudgetBook::GeneralPublic), QStringLiteral("一般公共预算"));
    QCOMPARE(Money::unitName(MoneyUnit::TenThousandYuan), QStringLiteral("万元"));
    const Result<Money> bad = Money::parse(QStringLiteral("abc"));
    QVERIFY(!bad.ok());
    QVERIFY2(bad.message().contains(QStringLiteral("金额")), qPrintable(bad.message()));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "TestTranslations.moc"
