#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <mutex>
#include <optional>

namespace jx {

/**
 * A bounded queue that hands items from one producer thread to one consumer thread. The
 * producer blocks while @p capacity items wait, so memory stays bounded whatever the input
 * size; the consumer blocks while none wait, until finish().
 */
template <typename T>
class HandOver
{
public:
    explicit HandOver(std::size_t capacity)
        : m_capacity(capacity)
    {
    }

    /// Producer: queues @p item, waiting for room.
    void push(T item)
    {
        std::unique_lock lock(m_mutex);
        m_roomLeft.wait(lock, [this] { return m_items.size() < m_capacity; });
        m_items.push_back(std::move(item));
        m_available.notify_one();
    }

    /// Producer: nothing more will come.
    void finish()
    {
        std::lock_guard lock(m_mutex);
        m_finished = true;
        m_available.notify_one();
    }

    /// Consumer: the next item, or nothing once the producer has finished and all were taken.
    std::optional<T> pop()
    {
        std::unique_lock lock(m_mutex);
        m_available.wait(lock, [this] { return !m_items.empty() || m_finished; });
        if (m_items.empty())
            return std::nullopt;
        std::optional<T> item(std::move(m_items.front()));
        m_items.pop_front();
        m_roomLeft.notify_one();
        return item;
    }

private:
    const std::size_t m_capacity;
    std::mutex m_mutex;
    std::condition_variable m_available;
    std::condition_variable m_roomLeft;
    std::deque<T> m_items;
    bool m_finished = false;
};

} // namespace jx
