#include "ui/common/Settings.h"

#include "core/domain/Money.h"

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

} // namespace jx
