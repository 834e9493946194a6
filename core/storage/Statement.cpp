#include "core/storage/Statement.h"

#include <QByteArray>
#include <QString>

#include <sqlite3.h>

namespace jx {

Statement::Statement(sqlite3* db, sqlite3_stmt* statement)
    : m_db(db)
    , m_statement(statement)
{ }

Statement::~Statement()
{
    sqlite3_finalize(m_statement);
}

void Statement::bind(std::span<const SqlValue> values)
{
    sqlite3_reset(m_statement);
    int index = 1;
    for (const SqlValue& v : values) {
        switch (v.kind()) {
        case SqlValue::Kind::Null: sqlite3_bind_null(m_statement, index); break;
        case SqlValue::Kind::Integer: sqlite3_bind_int64(m_statement, index, v.toInteger()); break;
        case SqlValue::Kind::Real: sqlite3_bind_double(m_statement, index, v.toReal()); break;
        case SqlValue::Kind::Text: {
            const QString& text = v.toText();
            sqlite3_bind_text16(m_statement, index, text.utf16(), int(text.size() * sizeof(char16_t)), SQLITE_STATIC);
            break;
        }
        case SqlValue::Kind::EmptyText: sqlite3_bind_text(m_statement, index, "", 0, SQLITE_STATIC); break;
        case SqlValue::Kind::Uuid:
            sqlite3_bind_blob(m_statement, index, v.uuidBytes().data(), int(v.uuidBytes().size()), SQLITE_STATIC);
            break;
        case SqlValue::Kind::Variant: bindVariant(index, v.toVariant()); break;
        }
        ++index;
    }
}

void Statement::bindVariant(int index, const QVariant& v)
{
    if (v.isNull()) {
        sqlite3_bind_null(m_statement, index);
        return;
    }
    switch (v.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Bool:
        sqlite3_bind_int64(m_statement, index, v.toLongLong());
        break;
    case QMetaType::Double:
        sqlite3_bind_double(m_statement, index, v.toDouble());
        break;
    case QMetaType::QByteArray: {
        const auto* bytes = static_cast<const QByteArray*>(v.constData());
        sqlite3_bind_blob(m_statement, index, bytes->constData(), int(bytes->size()), SQLITE_STATIC);
        break;
    }
    case QMetaType::QString: {
        const auto* text = static_cast<const QString*>(v.constData());
        sqlite3_bind_text16(m_statement, index,
            text->isNull() ? reinterpret_cast<const char16_t*>(u"")
                           : reinterpret_cast<const char16_t*>(text->utf16()),
            int(text->size() * sizeof(char16_t)), SQLITE_STATIC);
        break;
    }
    default: {
        const QString text = v.toString();
        sqlite3_bind_text16(
            m_statement, index, text.utf16(), int(text.size() * sizeof(char16_t)), SQLITE_TRANSIENT);
        break;
    }
    }
}

bool Statement::execute()
{
    int rc = sqlite3_step(m_statement);
    while (rc == SQLITE_ROW)
        rc = sqlite3_step(m_statement);
    m_error = rc == SQLITE_DONE ? 0 : sqlite3_extended_errcode(m_db);
    m_message = rc == SQLITE_DONE ? QString() : QString::fromUtf8(sqlite3_errmsg(m_db));
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    return rc == SQLITE_DONE;
}

std::optional<bool> Statement::hasRow()
{
    const int rc = sqlite3_step(m_statement);
    const bool ok = rc == SQLITE_ROW || rc == SQLITE_DONE;
    m_error = ok ? 0 : sqlite3_extended_errcode(m_db);
    m_message = ok ? QString() : QString::fromUtf8(sqlite3_errmsg(m_db));
    // Reset at once: a statement left on a row would hold its read snapshot.
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    if (!ok)
        return std::nullopt;
    return rc == SQLITE_ROW;
}

int Statement::changes() const
{
    return sqlite3_changes(m_db);
}

int Statement::errorCode() const
{
    return m_error;
}

QString Statement::errorText() const
{
    return m_message;
}

} // namespace jx
