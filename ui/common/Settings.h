#pragma once

#include <QString>
#include <QVariant>

namespace jx {

/**
 * The GUI's settings with typed keys and one table of defaults (Settings.cpp), kept in the
 * user's configuration directory. Tests call QStandardPaths::setTestModeEnabled(true) so
 * that they never touch the user's real settings.
 */
class Settings
{
public:
    enum class Key
    {
        LastDatabase, ///< QString: the database opened last, opened again at start
        AmountUnit,   ///< int: MoneyUnit of the program list
    };

    static QVariant value(Key key);
    static void setValue(Key key, const QVariant& value);

    static QString lastDatabase() { return value(Key::LastDatabase).toString(); }
    static void setLastDatabase(const QString& path) { setValue(Key::LastDatabase, path); }
};

} // namespace jx
