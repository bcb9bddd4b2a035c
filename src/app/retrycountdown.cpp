#include "retrycountdown.h"

namespace ScoreDesk::App {

RetryCountdown::RetryCountdown(QObject *parent)
    : QObject(parent)
{
    m_timer.setInterval(250);
    connect(&m_timer, &QTimer::timeout, this, &RetryCountdown::tick);
}

QString RetryCountdown::textFor(int status, int secondsLeft)
{
    return status == 429 ? tr("HTTP 429: the rate limit is reached. Trying again in %n second(s)…", nullptr, secondsLeft)
                         : tr("HTTP %1: the service asks to wait. Trying again in %n second(s)…", nullptr, secondsLeft).arg(status);
}

void RetryCountdown::start(int delayMs, int status)
{
    m_delayMs = delayMs;
    m_status = status;
    m_clock.start();
    m_timer.start();
    tick();
}

void RetryCountdown::stop()
{
    m_timer.stop();
}

QString RetryCountdown::text() const
{
    const qint64 left = std::max<qint64>(0, m_delayMs - m_clock.elapsed());
    return textFor(m_status, int((left + 999) / 1000));
}

void RetryCountdown::tick()
{
    if (m_clock.elapsed() >= m_delayMs)
        m_timer.stop();
    Q_EMIT textChanged(text());
}

} // namespace ScoreDesk::App
