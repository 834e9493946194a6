#include "core/storage/Column.h"

#include <QCoreApplication>

namespace jx {

Error unknownStoredValue(const QString& table, const QString& column, const QVariant& value)
{
    return makeError(Error::Code::Invalid,
        QCoreApplication::translate("Storage",
            "The database holds %1 in column %2 of table %3, which is not one of the values that column may hold; "
            "the file may come from a newer version of Jixiao or have been changed by hand.")
            .arg(value.toString(), column, table));
}

QVariant storedUuid(const QUuid& id)
{
    // 16 bytes in RFC 4122 order: half the size of the text form, and the byte order sorts
    // like the text form does.
    return id.isNull() ? QVariant(QMetaType::fromType<QByteArray>()) : QVariant(id.toRfc4122());
}

QUuid uuidFromStored(const QVariant& value)
{
    if (value.isNull())
        return {};
    if (value.typeId() == QMetaType::QByteArray)
        return QUuid::fromRfc4122(value.toByteArray());
    return QUuid::fromString(value.toString());
}

} // namespace jx
