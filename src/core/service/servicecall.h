#pragma once

#include "servicecredentials.h"

#include "../errors/callerror.h"
#include "../http/httpmessage.h"
#include "../http/retrypolicy.h"

#include <QObject>
#include <QPointer>

namespace ScoreDesk {

class HttpClient;
class RetryingCall;
class Scheduler;

// One exchange with a scoring service, the way every operation needs it: sent with retries
// while the answer is 429 or 503 (each wait announced by retryScheduled, for a countdown), its
// failure decoded from the service's or gateway's body, and the call's keys masked out of any
// error text should the other side echo them. Subclasses are one operation each (Nextcloud's
// "one job class per endpoint"): a pure request builder and a reader of the successful answer.
class ServiceCall : public QObject
{
    Q_OBJECT
public:
    void setInactivityTimeoutMs(int ms) { m_timeoutMs = ms; }
    void setRetryPolicy(const RetryPolicy &policy) { m_policy = policy; }
    void setScheduler(Scheduler *scheduler) { m_scheduler = scheduler; }
    // Replaces the built request, e.g. to send a body the user wrote by hand.
    void setHttpRequest(const HttpRequest &request) { m_httpRequest = request; }
    const HttpRequest &httpRequest() const { return m_httpRequest; }

    void start();
    void cancel();

    bool isFinished() const { return m_finished; }
    bool succeeded() const { return m_finished && !m_error.isError(); }
    const CallError &error() const { return m_error; }
    const HttpResponse &response() const { return m_response; }

Q_SIGNALS:
    // Retry number `retry` goes out in delayMs, after an answer with this status.
    void retryScheduled(int retry, int delayMs, int status);
    void finished();

protected:
    ServiceCall(HttpClient *client, const ServiceCredentials &credentials, const HttpRequest &request, QObject *parent);

    // Reads a 2xx answer; false with the reason when it cannot be read.
    virtual bool readAnswer(const HttpResponse &response, QString *problem);
    // Reads a failed exchange: by default the classic service's and the gateway's shapes.
    virtual CallError errorOf(const HttpResponse &response) const;

private:
    void onHttpFinished();

    HttpClient *m_client;
    ServiceCredentials m_credentials; // to mask them should the other side echo them back
    HttpRequest m_httpRequest;
    QPointer<RetryingCall> m_call;
    HttpResponse m_response;
    CallError m_error;
    RetryPolicy m_policy;
    Scheduler *m_scheduler = nullptr;
    int m_timeoutMs = 100'000;
    bool m_finished = false;
};

} // namespace ScoreDesk
