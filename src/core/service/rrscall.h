#pragma once

#include "rrscodec.h"
#include "servicecredentials.h"
#include "serviceendpoint.h"
#include "serviceerror.h"

#include "../http/httpmessage.h"
#include "../http/retrypolicy.h"

#include <QObject>
#include <QPointer>

namespace ScoreDesk {

class HttpClient;
class RetryingCall;
class Scheduler;

struct RrsResult
{
    QList<NamedTable> outputs;
    ServiceError error;
    HttpResponse response;
};

// One request/response scoring call: POST .../execute. The request builder is a pure
// function so that a test can check exactly what would go on the wire.
class RrsCall : public QObject
{
    Q_OBJECT
public:
    RrsCall(HttpClient *client, const ServiceEndpoint &endpoint, const ServiceCredentials &credentials,
            const RrsRequest &request, QObject *parent = nullptr);

    static HttpRequest buildHttpRequest(const ServiceEndpoint &endpoint, const ServiceCredentials &credentials,
                                        const RrsRequest &request);

    void setInactivityTimeoutMs(int ms) { m_timeoutMs = ms; }
    void setRetryPolicy(const RetryPolicy &policy) { m_policy = policy; }
    void setScheduler(Scheduler *scheduler) { m_scheduler = scheduler; }
    // Off: the caller decodes the body itself (the GUI does it on a worker thread).
    void setDecodeResponse(bool decode) { m_decode = decode; }
    // Replaces the encoded request, e.g. to send a body the user wrote by hand.
    void setHttpRequest(const HttpRequest &request) { m_httpRequest = request; }
    const HttpRequest &httpRequest() const { return m_httpRequest; }
    void start();
    void cancel();

    const RrsResult &result() const { return m_result; }

Q_SIGNALS:
    void retryScheduled(int retry, int delayMs, int status);
    void finished();

private:
    void onHttpFinished();

    HttpClient *m_client;
    ServiceCredentials m_credentials; // to mask them should the other side echo them back
    HttpRequest m_httpRequest;
    QPointer<RetryingCall> m_call;
    RrsResult m_result;
    RetryPolicy m_policy;
    Scheduler *m_scheduler = nullptr;
    int m_timeoutMs = 100'000;
    bool m_decode = true;
};

} // namespace ScoreDesk
