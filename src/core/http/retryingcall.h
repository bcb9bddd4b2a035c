#pragma once

#include "httpmessage.h"
#include "retrypolicy.h"

#include <QObject>
#include <QPointer>

namespace ScoreDesk {

class HttpCall;
class HttpClient;
class Scheduler;

// An HTTP exchange that is tried again, per a RetryPolicy, while the answer is 429 or 503.
// Waits are scheduled on a Scheduler (the real clock, or a test's) and can be cancelled.
class RetryingCall : public QObject
{
    Q_OBJECT
public:
    RetryingCall(HttpClient *client, const HttpRequest &request, const RetryPolicy &policy,
                 Scheduler *scheduler = nullptr, QObject *parent = nullptr);

    void start();
    void cancel();

    const HttpResponse &response() const { return m_response; }
    int attempts() const { return m_attempts; }

Q_SIGNALS:
    // Retry number `retry` goes out in delayMs, after an answer with this status.
    void retryScheduled(int retry, int delayMs, int status);
    void finished();

private:
    void sendAttempt();
    void onAttemptFinished();

    HttpClient *m_client;
    HttpRequest m_request;
    RetryPolicy m_policy;
    Scheduler *m_scheduler;
    QPointer<HttpCall> m_call;
    HttpResponse m_response;
    int m_attempts = 0;
    bool m_cancelled = false;
    bool m_waiting = false;
};

} // namespace ScoreDesk
