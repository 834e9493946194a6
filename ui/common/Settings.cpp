#include "ui/common/Settings.h"

#include "core/domain/Money.h"

#include <QCryptographicHash>
#include <QSettings>

namespace jx {

namespace {

struct Entry
{
    Settings::Key key;
    const char* name;
    QVariant defaultValue;
};

const Entry& entry(Settings::Key key)
{
    static const Entry table[] = {
        { Settings::Key::LastDatabase, "database/last", QString() },
        { Settings::Key::AmountUnit, "view/amountUnit", static_cast<int>(MoneyUnit::TenThousandYuan) },
        { Settings::Key::Language, "view/language", QString() },
        { Settings::Key::FiscalYear, "view/fiscalYear", 0 },
        { Settings::Key::RecentDatabases, "database/recent", QStringList() },
    };
    for (const Entry& e : table) {
        if (e.key == key)
            return e;
    }
    Q_UNREACHABLE();
}

} // namespace

QVariant Settings::value(Key key)
{
    const Entry& e = entry(key);
    return QSettings().value(QLatin1String(e.name), e.defaultValue);
}

void Settings::setValue(Key key, const QVariant& value)
{
    QSettings().setValue(QLatin1String(entry(key).name), value);
}

namespace {

// One group per database, keyed by a hash of its whole path (a path holds characters a key may not).
QString actorKey(const QString& path, const char* field)
{
    const QByteArray hash = QCryptographicHash::hash(path.toUtf8(), QCryptographicHash::Sha1).toHex().left(16);
    return QStringLiteral("actors/%1/%2").arg(QString::fromLatin1(hash), QLatin1String(field));
}

} // namespace

QPair<QString, int> Settings::lastActor(const QString& path)
{
    QSettings settings;
    return { settings.value(actorKey(path, "name")).toString(), settings.value(actorKey(path, "role")).toInt() };
}

void Settings::setLastActor(const QString& path, const QString& name, int role)
{
    QSettings settings;
    settings.setValue(actorKey(path, "name"), name);
    settings.setValue(actorKey(path, "role"), role);
}

} // namespace jx
