#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace ScoreDesk::App {

// The wait before a call goes out again after a 429 or 503, in words that change each second:
// the same countdown wherever the app waits one out (a Send, a batch submit, start or cancel).
class RetryCountdown : public QObject
{
    Q_OBJECT
public:
    explicit RetryCountdown(QObject *parent = nullptr);

    void start(int delayMs, int status);
    void stop();
    bool isActive() const { return m_timer.isActive(); }
    QString text() const;

    static QString textFor(int status, int secondsLeft);

Q_SIGNALS:
    void textChanged(const QString &text);

private:
    void tick();

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_delayMs = 0;
    int m_status = 0;
};

} // namespace ScoreDesk::App
