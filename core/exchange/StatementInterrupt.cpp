#include "core/exchange/StatementInterrupt.h"

#include <sqlite3.h>

namespace jx {

namespace {

// Virtual-machine steps between two questions: about a millisecond of work, so that a cancel is
// felt at once while the callback costs nothing measurable.
constexpr int StepsBetweenQuestions = 20000;

} // namespace

StatementInterrupt::StatementInterrupt(sqlite3* handle, std::function<bool()> goOn)
    : m_handle(handle)
    , m_goOn(std::move(goOn))
{
    if (m_handle && m_goOn)
        sqlite3_progress_handler(m_handle, StepsBetweenQuestions, &StatementInterrupt::handler, this);
}

StatementInterrupt::~StatementInterrupt()
{
    if (m_handle && m_goOn)
        sqlite3_progress_handler(m_handle, 0, nullptr, nullptr);
}

bool StatementInterrupt::goOn()
{
    if (!m_interrupted && m_goOn && !m_goOn())
        m_interrupted = true;
    return !m_interrupted;
}

int StatementInterrupt::handler(void* self)
{
    return static_cast<StatementInterrupt*>(self)->goOn() ? 0 : 1;
}

} // namespace jx
