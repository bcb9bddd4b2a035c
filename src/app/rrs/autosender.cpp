#include "autosender.h"

#include "core/http/scheduler.h"

namespace ScoreDesk::App {

AutoSender::AutoSender(Scheduler *scheduler, QObject *parent)
    : QObject(parent)
    , m_scheduler(scheduler)
{
}

void AutoSender::setEnabled(bool enabled)
{
    m_enabled = enabled;
    ++m_generation; // off: a debounce under way comes to nothing
    m_due = false;
    m_pending = false;
    if (enabled && !m_inFlight)
        edited(); // switched on: what is in the grid now is what the user wants scored
}

void AutoSender::edited()
{
    if (!m_enabled)
        return;
    m_pending = true;
    if (m_paused)
        return; // sent when the waited-out call has finished
    if (m_inFlight)
        Q_EMIT cancelRequested();
    schedule();
}

void AutoSender::schedule()
{
    const quint64 generation = ++m_generation;
    m_due = true;
    m_scheduler->singleShot(m_debounceMs, this, [this, generation] {
        if (generation != m_generation)
            return;
        m_due = false;
        // Still in flight (its cancel not through yet) or held by a rate limit: callFinished()
        // sends what is pending.
        if (!m_enabled || m_paused || m_inFlight)
            return;
        m_pending = false;
        Q_EMIT sendRequested();
    });
}

void AutoSender::callStarted()
{
    m_inFlight = true;
}

void AutoSender::callFinished()
{
    m_inFlight = false;
    if (m_paused) {
        m_paused = false;
        Q_EMIT pauseChanged(false, -1);
    }
    if (m_enabled && m_pending && !m_due)
        schedule();
}

void AutoSender::rateLimited(int delayMs)
{
    if (!m_enabled)
        return;
    m_paused = true;
    Q_EMIT pauseChanged(true, delayMs);
}

} // namespace ScoreDesk::App
