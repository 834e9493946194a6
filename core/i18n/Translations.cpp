#include "core/i18n/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace jx {

QString Translations::install(QCoreApplication& app, const QString& requested)
{
    QString language = requested;
    if (language.isEmpty())
        language = qEnvironmentVariable("JIXIAO_LANG");
    if (language.isEmpty())
        language = QLocale::system().language() == QLocale::English ? QStringLiteral("en") : QStringLiteral("zh_CN");
    if (language.startsWith(QLatin1String("en"))) {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::China));
        return QStringLiteral("en");
    }

    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    auto* own = new QTranslator(&app);
    if (own->load(QStringLiteral(":/i18n/jixiao_zh_CN.qm")))
        QCoreApplication::installTranslator(own);
    auto* qt = new QTranslator(&app);
    if (qt->load(QLocale(QLocale::Chinese, QLocale::China), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    return QStringLiteral("zh_CN");
}

} // namespace jx
