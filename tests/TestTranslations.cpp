#include "core/domain/Money.h"
#include "core/domain/Types.h"
#include "core/i18n/Translations.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace jx;

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void chineseIsComplete();
    void everySourceStringIsInTheCatalogue();
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

namespace {

// context + "\x1f" + source + "\x1f" + comment of every message in a .ts file.
QSet<QString> messagesOf(const QString& path)
{
    QSet<QString> out;
    QFile ts(path);
    if (!ts.open(QIODevice::ReadOnly))
        return out;
    QXmlStreamReader xml(&ts);
    QString context, source, comment;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            out.insert(context + QChar(0x1f) + source + QChar(0x1f) + comment);
            source.clear();
            comment.clear();
        }
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name"))
            context = xml.readElementText();
        else if (xml.name() == QLatin1String("source"))
            source = xml.readElementText();
        else if (xml.name() == QLatin1String("comment"))
            comment = xml.readElementText();
    }
    return out;
}

} // namespace

void TestTranslations::everySourceStringIsInTheCatalogue()
{
    QTemporaryDir dir;
    const QString fresh = dir.filePath(QStringLiteral("fresh_zh_CN.ts"));
    QProcess lupdate;
    lupdate.setWorkingDirectory(QStringLiteral(JIXIAO_SOURCE_DIR));
    // The same files and include path as the update_translations target.
    QStringList args { QStringLiteral("-silent"), QStringLiteral("-locations"), QStringLiteral("none"),
                       QStringLiteral("-I"), QStringLiteral(JIXIAO_SOURCE_DIR) };
    for (const char* folder : { "core", "ui", "app" }) {
        QDirIterator it(QStringLiteral(JIXIAO_SOURCE_DIR "/") + QLatin1String(folder),
                        { QStringLiteral("*.cpp"), QStringLiteral("*.h"), QStringLiteral("*.ui") }, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            args << it.next();
    }
    args << QStringLiteral("-ts") << fresh;
    lupdate.start(QStringLiteral(JIXIAO_LUPDATE), args);
    QVERIFY(lupdate.waitForFinished(120'000));
    QCOMPARE(lupdate.exitCode(), 0);
    const QSet<QString> inSources = messagesOf(fresh);
    const QSet<QString> inCatalogue = messagesOf(QStringLiteral(JIXIAO_SOURCE_DIR "/translations/jixiao_zh_CN.ts"));
    QVERIFY(inSources.size() > 250);
    QStringList missing;
    for (const QString& m : inSources) {
        if (!inCatalogue.contains(m))
            missing << QString(m).replace(QChar(0x1f), QLatin1Char('|'));
    }
    QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("%1 strings not in jixiao_zh_CN.ts (run the update_translations "
                                                          "target and translate them), e.g. %2")
                                               .arg(missing.size())
                                               .arg(missing.mid(0, 3).join(QStringLiteral(" ; ")))));
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
