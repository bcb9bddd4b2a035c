#pragma once

#include <QObject>

namespace ScoreDesk {
class Scheduler;
}

namespace ScoreDesk::App {

// Auto-send, the classic Excel add-in's auto-predict: a call goes out a moment (debounceMs)
// after the last edit. An edit while a call is in flight cancels that call, its answer being
// stale already; but while a rate limit is being waited out the call is left to finish (a new
// one would only meet the limit again) and the edits are sent after it. Time comes from a
// Scheduler, so that tests drive it by hand. Whether the grid is fit to send is the page's
// to decide when sendRequested() comes.
class AutoSender : public QObject
{
    Q_OBJECT
public:
    static constexpr int DefaultDebounceMs = 600;

    explicit AutoSender(Scheduler *scheduler, QObject *parent = nullptr);

    void setEnabled(bool enabled);
    bool isEnabled() const { return m_enabled; }
    void setDebounceMs(int ms) { m_debounceMs = ms; }
    void setScheduler(Scheduler *scheduler) { m_scheduler = scheduler; }

    // What the page reports.
    void edited();
    void callStarted();
    void callFinished();
    void rateLimited(int delayMs);

    bool isPaused() const { return m_paused; }
    bool hasPendingEdit() const { return m_pending; }

Q_SIGNALS:
    void sendRequested();
    void cancelRequested();
    // A rate limit holds auto-send back (delayMs to wait), or no longer does (delayMs < 0).
    void pauseChanged(bool paused, int delayMs);

private:
    void schedule();

    Scheduler *m_scheduler;
    int m_debounceMs = DefaultDebounceMs;
    quint64 m_generation = 0; // a debounce that a later edit superseded does nothing
    bool m_enabled = false;
    bool m_inFlight = false;
    bool m_paused = false;
    bool m_pending = false; // an edit not yet sent
    bool m_due = false;     // a debounce is running
};

} // namespace ScoreDesk::App
