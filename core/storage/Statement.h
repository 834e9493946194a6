#pragma once

#include <QString>
#include <QVariant>

#include "core/storage/SqlValue.h"

#include <optional>
#include <span>

struct sqlite3;
struct sqlite3_stmt;

namespace jx {

/**
 * One SQLite statement prepared once on a connection and run many times: the fast path for
 * writes. Values are bound by position in one place (bind()), straight into SQLite, without
 * the placeholder names that QSqlQuery generates for every bound value. A Statement belongs to
 * its Database, which prepares and caches it (Database::statement()).
 */
class Statement
{
public:
    Statement(sqlite3* db, sqlite3_stmt* statement);
    ~Statement();
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    /// Binds @p values to the parameters 1…n in order. They are read in place (SQLite does not
    /// copy them), so they must outlive execute().
    void bind(std::span<const SqlValue> values);
    /// Runs the statement to completion; false on an error (read it with errorCode()/errorText()).
    bool execute();
    /// Runs the statement to its first row and resets it: whether there was one; nothing on an error.
    std::optional<bool> hasRow();
    /// Rows changed by the last execute().
    int changes() const;
    int errorCode() const; ///< SQLite's extended result code of the last failure
    QString errorText() const; ///< SQLite's own words for it

private:
    void bindVariant(int index, const QVariant& value);

    sqlite3* m_db;
    sqlite3_stmt* m_statement;
    int m_error = 0;
    QString m_message;
};

} // namespace jx
