#include "servicecall.h"

#include "serviceerror.h"

#include "../http/redactor.h"
#include "../http/retryingcall.h"

namespace ScoreDesk {

ServiceCall::ServiceCall(HttpClient *client, const ServiceCredentials &credentials, const HttpRequest &request, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_credentials(credentials)
    , m_httpRequest(request)
{
}

bool ServiceCall::readAnswer(const HttpResponse &, QString *)
{
    return true;
}

CallError ServiceCall::errorOf(const HttpResponse &response) const
{
    return serviceErrorOf(response);
}

void ServiceCall::start()
{
    m_httpRequest.inactivityTimeoutMs = m_timeoutMs;
    m_call = new RetryingCall(m_client, m_httpRequest, m_policy, m_scheduler, this);
    connect(m_call, &RetryingCall::retryScheduled, this, &ServiceCall::retryScheduled);
    connect(m_call, &RetryingCall::finished, this, &ServiceCall::onHttpFinished);
    m_call->start();
}

void ServiceCall::cancel()
{
    if (m_call)
        m_call->cancel();
}

void ServiceCall::onHttpFinished()
{
    m_response = m_call->response();
    m_call->deleteLater();
    QString problem;
    if (!m_response.isSuccess()) {
        m_error = errorOf(m_response);
    } else if (!readAnswer(m_response, &problem)) {
        m_error = CallError::transport(CallError::Kind::Parse, problem);
        m_error.httpStatus = m_response.status;
        m_error.rawBody = m_response.body;
    }
    if (m_error.isError()) {
        // Error text goes to screens, terminals and logs: never with a key in it.
        Redactor redactor;
        redactor.addSecrets({m_credentials.apiKey, m_credentials.subscriptionKey});
        m_error.message = redactor.redact(m_error.message);
        m_error.rawBody = redactor.redact(m_error.rawBody);
    }
    m_finished = true;
    Q_EMIT finished();
}

} // namespace ScoreDesk
