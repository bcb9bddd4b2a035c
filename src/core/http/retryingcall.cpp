#include "retryingcall.h"

#include "httpclient.h"
#include "retryafter.h"
#include "scheduler.h"

#include "../logging.h"

#include <QCoreApplication>
#include <QRandomGenerator>

namespace ScoreDesk {

RetryingCall::RetryingCall(HttpClient *client, const HttpRequest &request, const RetryPolicy &policy, Scheduler *scheduler,
                           QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_request(request)
    , m_policy(policy)
    , m_scheduler(scheduler ? scheduler : Scheduler::system())
{
}

void RetryingCall::start()
{
    sendAttempt();
}

void RetryingCall::cancel()
{
    if (m_cancelled)
        return;
    m_cancelled = true;
    if (m_call) {
        m_call->cancel();
    } else if (m_waiting) {
        // Cancelled during a wait: end now, with the last answer and a cancelled marker.
        m_waiting = false;
        m_response.transportError = CallError::transport(CallError::Kind::Cancelled, QCoreApplication::translate("RetryingCall", "cancelled"));
        Q_EMIT finished();
    }
}

void RetryingCall::sendAttempt()
{
    m_waiting = false;
    if (m_cancelled)
        return;
    ++m_attempts;
    m_call = m_client->send(m_request);
    connect(m_call, &HttpCall::finished, this, &RetryingCall::onAttemptFinished);
}

void RetryingCall::onAttemptFinished()
{
    m_response = m_call->response();
    m_call->deleteLater();
    m_call = nullptr;
    if (!m_cancelled && !m_response.transportError.isError()) {
        const std::optional<int> delay = m_policy.delayBeforeRetry(m_attempts, m_response.status, parseRetryAfter(m_response.header("Retry-After")),
                                                                   QRandomGenerator::global()->generateDouble());
        if (delay) {
            qCInfo(lcHttp) << "HTTP" << m_response.status << "- retry" << m_attempts << "in" << *delay << "ms";
            m_waiting = true;
            Q_EMIT retryScheduled(m_attempts, *delay, m_response.status);
            m_scheduler->singleShot(*delay, this, [this] {
                if (m_waiting)
                    sendAttempt();
            });
            return;
        }
    }
    Q_EMIT finished();
}

} // namespace ScoreDesk
