#pragma once

#include "core/domain/EnumTable.h"
#include "core/domain/Money.h"
#include "core/domain/Result.h"
#include "core/domain/Types.h"
#include "core/storage/SqlValue.h"

#include <QDateTime>
#include <QString>
#include <QUuid>
#include <QVariant>

#include <functional>
#include <optional>
#include <type_traits>

namespace jx {

/// The translated error for a stored value that is not a value of its column's enumeration.
Error unknownStoredValue(const QString& table, const QString& column, const QVariant& value);

/**
 * How a value of one C++ type is bound to a column (as an SqlValue, which points into the
 * value for texts, so bind() takes the value by reference) and read back from it. Reading fails
 * (returns false) only for a stored number that is not a value of an enumeration.
 */
template <typename T, typename = void>
struct StoredValue;

/// A UUID as a 16-byte blob in RFC 4122 order (RecordStore::idValue), NULL for a null id.
QVariant storedUuid(const QUuid& id);
QUuid uuidFromStored(const QVariant& value);

/// A number stored as it is.
template <typename N>
concept StoredNumber = std::is_same_v<N, int> || std::is_same_v<N, qint64> || std::is_same_v<N, double>;

/// int, qint64 and double, as they are.
template <StoredNumber N>
struct StoredValue<N>
{
    static SqlValue bind(N v)
    {
        if constexpr (std::is_same_v<N, double>)
            return SqlValue::real(v);
        else
            return SqlValue::integer(v);
    }
    static bool read(N& out, const QVariant& v) { out = v.value<N>(); return true; }
};

template <>
struct StoredValue<bool>
{
    static SqlValue bind(bool v) { return SqlValue::integer(v ? 1 : 0); }
    static bool read(bool& out, const QVariant& v) { out = v.toInt() != 0; return true; }
};

template <>
struct StoredValue<QUuid>
{
    static SqlValue bind(const QUuid& v) { return SqlValue::uuid(v); }
    static bool read(QUuid& out, const QVariant& v) { out = uuidFromStored(v); return true; }
};

/// Money in 分.
template <>
struct StoredValue<Money>
{
    static SqlValue bind(Money v) { return SqlValue::integer(v.fen()); }
    static bool read(Money& out, const QVariant& v) { out = Money::fromFen(v.toLongLong()); return true; }
};

/// Milliseconds since 1970 UTC; an invalid time is NULL.
template <>
struct StoredValue<QDateTime>
{
    static SqlValue bind(const QDateTime& v) { return v.isValid() ? SqlValue::integer(v.toMSecsSinceEpoch()) : SqlValue(); }
    static bool read(QDateTime& out, const QVariant& v)
    {
        out = v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
        return true;
    }
};

/// An enumeration as its integer; reading checks it against the enumeration's table (fromStored()).
template <TabledEnum E>
struct StoredValue<E>
{
    static SqlValue bind(E v) { return SqlValue::integer(static_cast<int>(v)); }
    static bool read(E& out, const QVariant& v)
    {
        // Table::read() names the table and column in its error (unknownStoredValue()).
        const Result<E> stored = fromStored<E>(v, QString());
        if (!stored)
            return false;
        out = *stored;
        return true;
    }
};

/// Nothing is NULL.
template <typename T>
struct StoredValue<std::optional<T>>
{
    static SqlValue bind(const std::optional<T>& v) { return v ? StoredValue<T>::bind(*v) : SqlValue(); }
    static bool read(std::optional<T>& out, const QVariant& v)
    {
        if (v.isNull()) {
            out.reset();
            return true;
        }
        T value {};
        if (!StoredValue<T>::read(value, v))
            return false;
        out = value;
        return true;
    }
};

/**
 * One column of a table and the field of the record type @p R that it stores: how the field
 * is bound when writing and set when reading, and what it refers to (for error messages).
 */
template <typename R>
class Column
{
public:
    /// The value of the record's field; a text points into the record.
    using Bind = std::function<SqlValue(const R&)>;
    using Read = std::function<bool(R&, const QVariant&)>;

    Column(QString name, Bind bind, Read read)
        : m_name(std::move(name))
        , m_bind(std::move(bind))
        , m_read(std::move(read))
    {
    }

    /**
     * The column is a foreign key to @p table (@p column); @p what names the target for users
     * (QT_TRANSLATE_NOOP("Storage", …)) when a saved value points nowhere.
     */
    Column references(const char* table, const char* column, const char* what) &&
    {
        m_refTable = QString::fromLatin1(table);
        m_refColumn = QString::fromLatin1(column);
        m_refWhat = what;
        return std::move(*this);
    }

    /// The column stores NULL when @p isNull holds for the record; a NULL read leaves the field as it is.
    Column nullWhen(std::function<bool(const R&)> isNull) &&
    {
        m_bind = [bind = std::move(m_bind), isNull = std::move(isNull)](const R& r) {
            return isNull(r) ? SqlValue() : bind(r);
        };
        m_read = [read = std::move(m_read)](R& r, const QVariant& v) { return v.isNull() || read(r, v); };
        return std::move(*this);
    }

    const QString& name() const { return m_name; }
    SqlValue bind(const R& record) const { return m_bind(record); }
    bool read(R& record, const QVariant& value) const { return m_read(record, value); }
    bool isReference() const { return m_refWhat != nullptr; }
    const QString& referencedTable() const { return m_refTable; }
    const QString& referencedColumn() const { return m_refColumn; }
    const char* referenceWhat() const { return m_refWhat; }

private:
    QString m_name;
    Bind m_bind;
    Read m_read;
    QString m_refTable;
    QString m_refColumn;
    const char* m_refWhat = nullptr;
};

/// A column holding a field of any type but text (int, qint64, double, bool, QUuid, Money, QDateTime,
/// enums, optionals).
template <typename R, typename M>
Column<R> column(const char* name, M R::*member)
{
    static_assert(!std::is_same_v<M, QString>, "a text column says how an empty text is stored: use text()");
    return Column<R>(QString::fromLatin1(name), [member](const R& r) { return StoredValue<M>::bind(r.*member); },
                     [member](R& r, const QVariant& v) { return StoredValue<M>::read(r.*member, v); });
}

/// A column holding a field of a member (e.g. Transition::actor, Actor::role).
template <typename R, typename S, typename M>
Column<R> column(const char* name, S R::*outer, M S::*inner)
{
    static_assert(!std::is_same_v<M, QString>, "a text column says how an empty text is stored: use text()");
    return Column<R>(QString::fromLatin1(name),
                     [outer, inner](const R& r) { return StoredValue<M>::bind((r.*outer).*inner); },
                     [outer, inner](R& r, const QVariant& v) { return StoredValue<M>::read((r.*outer).*inner, v); });
}

/// A text column; @p empty keeps what the column has always stored for an empty text.
template <typename R>
Column<R> text(const char* name, QString R::*member, EmptyAs empty)
{
    return Column<R>(QString::fromLatin1(name), [member, empty](const R& r) { return SqlValue::text(r.*member, empty); },
                     [member](R& r, const QVariant& v) {
                         r.*member = v.toString();
                         return true;
                     });
}

template <typename R, typename S>
Column<R> text(const char* name, S R::*outer, QString S::*inner, EmptyAs empty)
{
    return Column<R>(QString::fromLatin1(name),
                     [outer, inner, empty](const R& r) { return SqlValue::text((r.*outer).*inner, empty); },
                     [outer, inner](R& r, const QVariant& v) {
                         (r.*outer).*inner = v.toString();
                         return true;
                     });
}

} // namespace jx
