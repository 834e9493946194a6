#include "core/storage/SqlValue.h"

#include <QByteArray>

namespace jx {

SqlValue SqlValue::uuid(const QUuid& id)
{
    if (id.isNull())
        return {};
    // RFC 4122 order (big-endian fields), as QUuid::toRfc4122() writes it, without its QByteArray.
    SqlValue s(Kind::Uuid);
    const quint32 d1 = id.data1;
    s.m_uuid = { uchar(d1 >> 24), uchar(d1 >> 16), uchar(d1 >> 8), uchar(d1), uchar(id.data2 >> 8), uchar(id.data2),
                 uchar(id.data3 >> 8), uchar(id.data3), id.data4[0], id.data4[1], id.data4[2], id.data4[3],
                 id.data4[4], id.data4[5], id.data4[6], id.data4[7] };
    return s;
}

QVariant SqlValue::copy() const
{
    switch (m_kind) {
    case Kind::Null: return {};
    case Kind::Integer: return m_integer;
    case Kind::Real: return m_real;
    case Kind::Text: return *m_text;
    case Kind::EmptyText: return QString(QLatin1String(""));
    case Kind::Uuid:
        return QByteArray(reinterpret_cast<const char*>(m_uuid.data()), qsizetype(m_uuid.size()));
    case Kind::Variant: return *m_variant;
    }
    return {};
}

} // namespace jx
