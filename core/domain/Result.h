#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace jx {

/// A failure the user can read: a translated, one-line message naming what and where.
struct Error
{
    enum class Code
    {
        Invalid,       ///< bad input (value, format, range)
        NotFound,      ///< a referenced record or file does not exist
        Conflict,      ///< a uniqueness or state conflict
        Reference,     ///< a foreign key points nowhere
        Storage,       ///< SQLite or file system failure
        Version,       ///< file from a newer (or unknown) version
    };

    Code code = Code::Invalid;
    QString message;
};

/// The result of an operation that can fail: a value or an Error (std::expected is C++23).
template <typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_data(std::move(value)) {}
    Result(Error error) : m_data(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    const T& value() const& { return std::get<T>(m_data); }
    T& value() & { return std::get<T>(m_data); }
    T&& value() && { return std::get<T>(std::move(m_data)); }
    const T& operator*() const& { return value(); }
    T& operator*() & { return value(); }
    /// By value from a temporary, so that `for (x : *f())` does not dangle.
    T operator*() && { return std::get<T>(std::move(m_data)); }
    const T* operator->() const { return &value(); }
    T* operator->() { return &value(); }

    const Error& error() const { return std::get<Error>(m_data); }
    QString message() const { return ok() ? QString() : error().message; }

private:
    std::variant<T, Error> m_data;
};

/// Result of an operation with no value.
template <>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return *m_error; }
    QString message() const { return ok() ? QString() : m_error->message; }

private:
    std::optional<Error> m_error;
};

inline Error makeError(Error::Code code, QString message)
{
    return Error { code, std::move(message) };
}

} // namespace jx
