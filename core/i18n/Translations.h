#pragma once

#include <QString>

class QCoreApplication;

namespace jx {

/**
 * Chooses the language and installs the translators (Jixiao's own and Qt's). Chinese
 * (zh_CN) is the default; English is used when asked for (@p requested "en", the
 * JIXIAO_LANG environment variable, or an English system locale).
 */
class Translations
{
public:
    /// Returns the language installed: "zh_CN" or "en".
    static QString install(QCoreApplication& app, const QString& requested = {});
};

} // namespace jx
