#pragma once

#include <QString>
#include <QUuid>
#include <QVariant>

#include <array>
#include <cstdint>
#include <vector>

namespace jx {

/// How an empty text is stored: as NULL, or as '' (a null text is then stored as '' too).
enum class EmptyAs
{
    Null,
    Empty,
};

/**
 * One value bound to a statement parameter, made without allocating: numbers and UUIDs (as
 * their 16 bytes in RFC 4122 order) are held inline, a text points at the QString of the
 * record being written, and a QVariant can be carried by address for the general path. A
 * value that points must outlive the statement's run, which it does for the record being
 * saved and for the caller's list of values (Database::write()).
 */
class SqlValue
{
public:
    enum class Kind : std::uint8_t
    {
        Null,
        Integer,
        Real,
        Text, ///< a QString that is not empty
        EmptyText, ///< ''
        Uuid,
        Variant,
    };

    SqlValue() { m_integer = 0; } ///< NULL
    static SqlValue integer(qint64 v)
    {
        SqlValue s(Kind::Integer);
        s.m_integer = v;
        return s;
    }
    static SqlValue real(double v)
    {
        SqlValue s(Kind::Real);
        s.m_real = v;
        return s;
    }
    /// @p text by address; an empty one as NULL or '' as @p empty says.
    static SqlValue text(const QString& text, EmptyAs empty)
    {
        if (text.isEmpty())
            return empty == EmptyAs::Null ? SqlValue() : SqlValue(Kind::EmptyText);
        SqlValue s(Kind::Text);
        s.m_text = &text;
        return s;
    }
    /// A null id is NULL.
    static SqlValue uuid(const QUuid& id);
    /// @p value by address (a null QVariant binds NULL).
    static SqlValue variant(const QVariant& value)
    {
        SqlValue s(Kind::Variant);
        s.m_variant = &value;
        return s;
    }

    Kind kind() const { return m_kind; }
    qint64 toInteger() const { return m_integer; }
    double toReal() const { return m_real; }
    const QString& toText() const { return *m_text; }
    const std::array<uchar, 16>& uuidBytes() const { return m_uuid; }
    const QVariant& toVariant() const { return *m_variant; }
    /// The value as a QVariant of its own (UUIDs as their 16-byte blob), for messages and reads.
    QVariant copy() const;

private:
    explicit SqlValue(Kind kind)
        : m_kind(kind)
    {
        m_integer = 0;
    }

    Kind m_kind = Kind::Null;
    union {
        qint64 m_integer;
        double m_real;
        const QString* m_text;
        const QVariant* m_variant;
        std::array<uchar, 16> m_uuid;
    };
};

/// The values of one statement run, in parameter order; kept and reused so that a write allocates nothing.
using SqlRow = std::vector<SqlValue>;

} // namespace jx
