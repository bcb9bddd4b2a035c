#include "rrsexchange.h"

#include "backgroundtask.h"

#include "../appcontext.h"

namespace ScoreDesk::App {

namespace {

struct Decoded
{
    DecodedAnswer answer;
    QString error;
    QJsonDocument document;
};

} // namespace

RrsExchange::RrsExchange(AppContext *context, const Workspace &workspace, const RrsRequest &request, const QByteArray &presetBody,
                         QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_workspace(workspace)
    , m_request(request)
    , m_presetBody(presetBody)
{
}

void RrsExchange::start()
{
    Q_EMIT progress(tr("Preparing the request…"));
    m_context->workspaces()->loadSecrets(m_workspace, this, [this](const WorkspaceSecrets &secrets, const WorkspaceOutcome &outcome) {
        if (m_cancelled) {
            m_result.error = CallError::transport(CallError::Kind::Cancelled, tr("cancelled"));
            return end();
        }
        if (!outcome.ok()) {
            m_result.error = CallError::transport(CallError::Kind::Keys, outcome.message);
            return end();
        }
        const ServiceEndpoint endpoint = m_workspace.endpoint();
        const ServiceCredentials credentials = secrets.credentials;
        const RrsRequest request = m_presetBody.isEmpty() ? m_request : RrsRequest{{}, {}, m_request.swaggerFormat};
        const QByteArray presetBody = m_presetBody;
        // Encoding 100,000 rows as JSON takes a moment: not on the GUI thread.
        runInBackground<HttpRequest>(
            this,
            [endpoint, credentials, request, presetBody] {
                HttpRequest http = RrsCall::buildHttpRequest(endpoint, credentials, request);
                if (!presetBody.isEmpty())
                    http.body = presetBody;
                return http;
            },
            [this, credentials](HttpRequest http) { send(http, credentials); });
    });
}

void RrsExchange::send(const HttpRequest &request, const ServiceCredentials &credentials)
{
    m_sent = request;
    if (m_cancelled) {
        m_result.error = CallError::transport(CallError::Kind::Cancelled, tr("cancelled"));
        return end();
    }
    Q_EMIT progress(tr("Waiting for the service…"));
    m_call = new RrsCall(m_context->http(), m_workspace.endpoint(), credentials, RrsRequest(), this);
    m_call->setHttpRequest(request);
    m_call->setDecodeResponse(false); // below, off the GUI thread
    if (m_scheduler)
        m_call->setScheduler(m_scheduler);
    connect(m_call, &RrsCall::retryScheduled, this, &RrsExchange::retryScheduled);
    connect(m_call, &RrsCall::finished, this, [this] {
        m_result = m_call->result();
        m_call->deleteLater();
        if (m_result.error.isError())
            return end();
        decode();
    });
    m_call->start();
}

void RrsExchange::decode()
{
    Q_EMIT progress(tr("Reading the response…"));
    const QByteArray body = m_result.response.body;
    const ServiceEndpoint endpoint = m_workspace.endpoint();
    const RrsRequest request = m_request;
    const QByteArray presetBody = m_presetBody;
    runInBackground<Decoded>(
        this,
        [body, endpoint, request, presetBody] {
            Decoded decoded;
            // An endpoint's predictions are shown beside the rows they answer: a re-run from
            // the history has those rows in its stored body.
            RrsRequest answered = request;
            QString ignored;
            if (!presetBody.isEmpty() && endpoint.isOnlineEndpoint())
                decodeRrsRequest(presetBody, &answered, &ignored);
            decodeAnswer(endpoint, answered, body, &decoded.answer, &decoded.error);
            // The tree of a large answer would cost many times its size in memory (a 100,000-row
            // answer: hundreds of MB), for a view nobody reads that far: the tables have it all.
            constexpr qsizetype MaxTreeBytes = 4 * 1024 * 1024;
            if (body.size() <= MaxTreeBytes)
                decoded.document = QJsonDocument::fromJson(body);
            return decoded;
        },
        [this](Decoded decoded) {
            m_result.outputs = decoded.answer.outputs;
            m_result.customAnswer = decoded.answer.customAnswer;
            m_result.note = decoded.answer.note;
            m_decodeError = decoded.error;
            m_document = decoded.document;
            end();
        });
}

void RrsExchange::cancel()
{
    m_cancelled = true;
    if (m_call)
        m_call->cancel();
}

void RrsExchange::end()
{
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT finished();
}

} // namespace ScoreDesk::App
