#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

namespace ScoreDesk {

// Time and delayed work, behind an interface so that tests can drive retry and polling
// timing with a clock they advance by hand instead of waiting for real seconds.
class Scheduler
{
public:
    virtual ~Scheduler() = default;
    virtual qint64 nowMs() const = 0; // monotonic
    // Runs fn after ms milliseconds, unless context is destroyed first.
    virtual void singleShot(int ms, QObject *context, std::function<void()> fn) = 0;

    static Scheduler *system(); // QElapsedTimer and QTimer
};

// A clock that moves only when told: advance() runs everything that has come due, in order.
class ManualScheduler : public Scheduler
{
public:
    qint64 nowMs() const override { return m_now; }
    void singleShot(int ms, QObject *context, std::function<void()> fn) override;
    void advance(qint64 ms);
    int pending() const { return int(m_tasks.size()); }
    qint64 nextDueMs() const; // -1 when nothing is pending

private:
    struct Task
    {
        qint64 due;
        QPointer<QObject> context;
        std::function<void()> fn;
    };
    qint64 m_now = 0;
    QList<Task> m_tasks;
};

} // namespace ScoreDesk
