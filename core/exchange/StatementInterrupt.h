#pragma once

#include <functional>

struct sqlite3;

namespace jx {

/**
 * Cancelling an export or import in the middle of a long statement. While it lives, SQLite asks
 * @p goOn every few thousand steps of a statement on @p handle; once it says no, the statement
 * stops with SQLITE_INTERRUPT (it fails, and its transaction is left to roll back) and every
 * later one stops too. Between statements the callers ask the same callback themselves.
 */
class StatementInterrupt
{
public:
    StatementInterrupt(sqlite3* handle, std::function<bool()> goOn);
    ~StatementInterrupt();
    StatementInterrupt(const StatementInterrupt&) = delete;
    StatementInterrupt& operator=(const StatementInterrupt&) = delete;

    /// Asks the callback now (between statements); false once cancelled.
    bool goOn();
    /// Whether the callback said no (a statement that failed was then interrupted, not wrong).
    bool interrupted() const { return m_interrupted; }

private:
    static int handler(void* self);

    sqlite3* m_handle;
    std::function<bool()> m_goOn;
    bool m_interrupted = false;
};

} // namespace jx
