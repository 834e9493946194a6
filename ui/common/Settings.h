#pragma once

#include <QPair>
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
        Language,     ///< QString: "zh_CN", "en" or empty (the system's); read at start
        FiscalYear,   ///< int: the fiscal year shown last; 0 for the latest with data
        RecentDatabases, ///< QStringList: the databases opened last, newest first
    };

    static QVariant value(Key key);
    static void setValue(Key key, const QVariant& value);

    static QString lastDatabase() { return value(Key::LastDatabase).toString(); }
    static void setLastDatabase(const QString& path) { setValue(Key::LastDatabase, path); }

    /// Who acted last in the database at @p path ("name" and role as an integer; empty name: nobody yet).
    static QPair<QString, int> lastActor(const QString& path);
    static void setLastActor(const QString& path, const QString& name, int role);
};

} // namespace jx
