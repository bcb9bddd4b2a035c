#include "scheduler.h"

#include <QElapsedTimer>
#include <QTimer>

#include <algorithm>

namespace ScoreDesk {

namespace {

class SystemScheduler : public Scheduler
{
public:
    SystemScheduler() { m_clock.start(); }
    qint64 nowMs() const override { return m_clock.elapsed(); }
    // PreciseTimer: a coarse timer may fire up to 5% early, and a retry must never go out
    // before the server's Retry-After.
    void singleShot(int ms, QObject *context, std::function<void()> fn) override
    {
        QTimer::singleShot(ms, Qt::PreciseTimer, context, std::move(fn));
    }

private:
    QElapsedTimer m_clock;
};

} // namespace

Scheduler *Scheduler::system()
{
    static SystemScheduler scheduler;
    return &scheduler;
}

void ManualScheduler::singleShot(int ms, QObject *context, std::function<void()> fn)
{
    m_tasks.append(Task{m_now + ms, context, std::move(fn)});
}

qint64 ManualScheduler::nextDueMs() const
{
    qint64 next = -1;
    for (const Task &task : m_tasks)
        next = next < 0 ? task.due : std::min(next, task.due);
    return next;
}

void ManualScheduler::advance(qint64 ms)
{
    const qint64 target = m_now + ms;
    for (;;) {
        auto due = std::min_element(m_tasks.begin(), m_tasks.end(), [](const Task &a, const Task &b) { return a.due < b.due; });
        if (due == m_tasks.end() || due->due > target)
            break;
        Task task = *due;
        m_tasks.erase(due);
        m_now = task.due;
        if (task.context)
            task.fn();
    }
    m_now = target;
}

} // namespace ScoreDesk
