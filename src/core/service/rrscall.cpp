#include "rrscall.h"

#include "../http/httpclient.h"
#include "../http/redactor.h"
#include "../http/retryingcall.h"

namespace ScoreDesk {

RrsCall::RrsCall(HttpClient *client, const ServiceEndpoint &endpoint, const ServiceCredentials &credentials,
                 const RrsRequest &request, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_credentials(credentials)
    , m_httpRequest(buildHttpRequest(endpoint, credentials, request))
{
}

HttpRequest RrsCall::buildHttpRequest(const ServiceEndpoint &endpoint, const ServiceCredentials &credentials,
                                      const RrsRequest &request)
{
    HttpRequest http;
    http.method = "POST";
    http.url = endpoint.executeUrl(request.swaggerFormat);
    http.headers = credentials.authHeaders();
    http.headers.emplaceBack("Content-Type", "application/json");
    http.headers.emplaceBack("Accept", "application/json");
    http.body = encodeRrsRequest(request);
    return http;
}

void RrsCall::start()
{
    m_httpRequest.inactivityTimeoutMs = m_timeoutMs;
    m_call = new RetryingCall(m_client, m_httpRequest, m_policy, m_scheduler, this);
    connect(m_call, &RetryingCall::retryScheduled, this, &RrsCall::retryScheduled);
    connect(m_call, &RetryingCall::finished, this, &RrsCall::onHttpFinished);
    m_call->start();
}

void RrsCall::cancel()
{
    if (m_call)
        m_call->cancel();
}

void RrsCall::onHttpFinished()
{
    m_result.response = m_call->response();
    m_call->deleteLater();
    const HttpResponse &response = m_result.response;
    if (response.transportError.isError()) {
        m_result.error = response.transportError;
    } else if (!response.isSuccess()) {
        m_result.error = ServiceError::fromHttp(response.status, response.body, response.header("Retry-After"));
    } else if (m_decode) {
        QString message;
        if (!decodeRrsResponse(response.body, &m_result.outputs, &message)) {
            m_result.error = ServiceError::transport(ServiceError::Kind::Parse, message);
            m_result.error.httpStatus = response.status;
            m_result.error.rawBody = response.body;
        }
    }
    if (m_result.error.isError()) {
        // Error text goes to screens, terminals and logs: never with a key in it.
        Redactor redactor;
        redactor.addSecrets({m_credentials.apiKey, m_credentials.subscriptionKey});
        m_result.error.message = redactor.redact(m_result.error.message);
        m_result.error.rawBody = redactor.redact(m_result.error.rawBody);
    }
    Q_EMIT finished();
}

} // namespace ScoreDesk
