#include "sandboxserver.h"

#include "featurehashingservice.h"
#include "onlineendpointservice.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QPointer>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>

Q_LOGGING_CATEGORY(lcSandbox, "scoredesk.sandbox", QtInfoMsg)

namespace ScoreDesk::Sandbox {

// Everything a call needs after handleRequest() returns: the request object does not live
// that long, and the answer may be written later (processing delay).
struct SandboxServer::Call
{
    QByteArray method;
    QString path;
    QUrlQuery query;
    QByteArray body;
    QByteArray authorization;
    QByteArray subscriptionHeader; // null when absent
    QByteArray deployment;         // azureml-model-deployment, online endpoints only
    QString host;
#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)
    QPointer<QTcpSocket> socket; // null once the client went away
#endif
    std::unique_ptr<QHttpServerResponder> responder;
    QElapsedTimer clock;
    bool viaGateway = false;
};

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    default:
        return "OTHER";
    }
}

// Which key a call carried, without the key: the first 8 hex digits of its SHA-256, or "-".
// Enough for a test (or a user reading the log) to tell whose key arrived; useless to a thief.
QString keyFingerprint(const QByteArray &key)
{
    if (key.isEmpty())
        return QStringLiteral("-");
    return QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(8));
}

SandboxReply notFound(bool viaGateway, const QString &detailCode, const QString &message)
{
    return viaGateway && detailCode.isEmpty() ? gatewayError(404, QStringLiteral("Resource not found"))
                                              : serviceError(404, QStringLiteral("NotFound"), detailCode, message);
}

} // namespace

SandboxServer::SandboxServer(const SandboxOptions &options, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_options(options)
    , m_gateway(options.gatewayKey, options.gatewayLimits)
    , m_jobs(&m_http, BatchJobs::Options{options.maxRunningJobs, options.jobDelayMs, options.integerStatus})
    , m_front(options.maxBodyBytes)
{
    m_redactor.addSecrets({options.apiKey, options.gatewayKey});
    connect(&m_front, &RequestFront::refused, this, [this](const QByteArray &method, const QByteArray &path, int status) {
        qCInfo(lcSandbox).noquote() << QString::fromLatin1(method) << m_redactor.redact(QString::fromUtf8(path)) << status << "refused at the door";
    });
}

SandboxServer::~SandboxServer() = default;

bool SandboxServer::start(QString *error)
{
    // The HTTP server listens on a loopback port of its own (bind() works alike in Qt 6.4 and
    // 6.5+); clients reach it through the front, which holds back oversized bodies.
    if (!m_backend.listen(QHostAddress::LocalHost, 0)) {
        *error = QStringLiteral("cannot listen on loopback: %1").arg(m_backend.errorString());
        return false;
    }
    bind(&m_backend);
    if (!m_front.listen(QHostAddress(m_options.host), m_options.port, m_backend.serverPort())) {
        *error = QStringLiteral("cannot listen on %1:%2: %3").arg(m_options.host).arg(m_options.port).arg(m_front.errorString());
        return false;
    }
    m_port = m_front.port();
    return true;
}

QUrl SandboxServer::directUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(m_options.host);
    url.setPort(m_port);
    url.setPath(QStringLiteral("/workspaces/") + workspaceName() + QStringLiteral("/services/") + FeatureHashingService::name());
    return url;
}

QUrl SandboxServer::gatewayUrl() const
{
    QUrl url = directUrl();
    url.setPath(m_options.gatewayPrefix + url.path());
    return url;
}

QUrl SandboxServer::scoreUrl() const
{
    QUrl url = directUrl();
    url.setPath(QStringLiteral("/score"));
    return url;
}

QUrl SandboxServer::gatewayScoreUrl() const
{
    QUrl url = directUrl();
    url.setPath(m_options.gatewayPrefix + QStringLiteral("/score"));
    return url;
}

QByteArray SandboxServer::readyLine() const
{
    // Keys are printed here on purpose: this line is how a harness or a user learns the
    // generated keys. Nothing else the sandbox prints contains them.
    const QJsonObject line{
        {QStringLiteral("url"), directUrl().toString()},
        {QStringLiteral("gateway_url"), gatewayUrl().toString()},
        {QStringLiteral("score_url"), scoreUrl().toString()},
        {QStringLiteral("gateway_score_url"), gatewayScoreUrl().toString()},
        {QStringLiteral("api_key"), m_options.apiKey},
        {QStringLiteral("gateway_key"), m_options.gatewayKey},
    };
    return QJsonDocument(line).toJson(QJsonDocument::Compact);
}

std::shared_ptr<SandboxServer::Call> SandboxServer::readCall(const QHttpServerRequest &request)
{
    auto call = std::make_shared<Call>();
    call->clock.start();
    call->method = methodName(request.method());
    call->path = request.url().path();
    call->query = request.query();
    call->body = request.body();
    call->authorization = request.value("Authorization");
    call->deployment = request.value("azureml-model-deployment");
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0) // the headers are a QHttpHeaders
    if (request.headers().contains("Ocp-Apim-Subscription-Key"))
        call->subscriptionHeader = request.headers().value("Ocp-Apim-Subscription-Key").toByteArray();
    if (call->subscriptionHeader.isNull() && request.headers().contains("Ocp-Apim-Subscription-Key"))
        call->subscriptionHeader = QByteArray(""); // present but empty: the gateway words that apart
#else
    for (const auto &header : request.headers()) {
        if (header.first.compare("Ocp-Apim-Subscription-Key", Qt::CaseInsensitive) == 0)
            call->subscriptionHeader = header.second.isNull() ? QByteArray("") : header.second;
    }
#endif
    call->host = request.value("Host").isEmpty() ? m_options.host + QLatin1Char(':') + QString::number(m_port)
                                                 : QString::fromLatin1(request.value("Host"));
    return call;
}

#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
bool SandboxServer::handleRequest(const QHttpServerRequest &request, QHttpServerResponder &responder)
{
    auto call = readCall(request);
    // The responder may outlive this call (a processing delay): it is movable from Qt 6.5 on.
    call->responder = std::make_unique<QHttpServerResponder>(std::move(responder));
    route(call);
    return true;
}

void SandboxServer::missingHandler(const QHttpServerRequest &, QHttpServerResponder &)
{
    // Never reached: handleRequest() answers every request.
}
#else
bool SandboxServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    auto call = readCall(request);
    call->socket = socket;
    call->responder = std::make_unique<QHttpServerResponder>(makeResponder(request, socket));
    route(call);
    return true;
}

void SandboxServer::missingHandler(const QHttpServerRequest &, QTcpSocket *)
{
    // Never reached: handleRequest() answers every request.
}
#endif

std::optional<SandboxReply> SandboxServer::checkServiceAccess(const Call &call, const QString &workspace, const QString &service) const
{
    if (workspace != workspaceName())
        return serviceError(404, QStringLiteral("NotFound"), QStringLiteral("WorkspaceNotFound"),
                            QStringLiteral("Workspace '%1' was not found.").arg(workspace));
    if (service != FeatureHashingService::name() && service != FeatureHashingService::reportName())
        return serviceError(404, QStringLiteral("NotFound"), QStringLiteral("WebServiceNotFound"),
                            QStringLiteral("Web service '%1' was not found in workspace '%2'.").arg(service, workspace));
    if (call.authorization != "Bearer " + m_options.apiKey.toUtf8())
        return serviceError(401, QStringLiteral("Unauthorized"), QString(),
                            call.authorization.isEmpty() ? QStringLiteral("Authorization is missing: send the API key as 'Authorization: Bearer KEY'.")
                                                         : QStringLiteral("The API key is not valid for this service."));
    const QString version = call.query.queryItemValue(QStringLiteral("api-version"));
    if (version != QLatin1String("2.0") && !(version.isEmpty() && call.path.endsWith(QLatin1String("/swagger.json"))))
        return serviceError(400, QStringLiteral("BadArgument"), QStringLiteral("BadVersionCall"),
                            QStringLiteral("api-version '%1' is not supported; use api-version=2.0.").arg(version));
    return std::nullopt;
}

void SandboxServer::route(const std::shared_ptr<Call> &call)
{
    QString path = call->path;
    if (path == m_options.gatewayPrefix || path.startsWith(m_options.gatewayPrefix + QLatin1Char('/'))) {
        call->viaGateway = true;
        const bool queryKeyPresent = call->query.hasQueryItem(QStringLiteral("subscription-key"));
        if (auto refusal = m_gateway.admit(call->subscriptionHeader, call->query.queryItemValue(QStringLiteral("subscription-key")), queryKeyPresent))
            return respond(call, *refusal);
        path = path.mid(m_options.gatewayPrefix.size());
    }

    if (path.isEmpty() || path == QLatin1String("/") || path == QLatin1String("/score") || path == QLatin1String("/swagger.json"))
        return routeOnlineEndpoint(call, path);

    static const QRegularExpression servicePath(
        QStringLiteral("^/workspaces/([^/]+)/services/([^/]+)/(execute|swagger\\.json|jobs)(?:/([^/]+)(/start)?)?$"));
    const QRegularExpressionMatch match = servicePath.match(path);
    if (!match.hasMatch())
        return respond(call, notFound(call->viaGateway, QString(), QStringLiteral("No such resource: %1").arg(path)));
    if (auto refusal = checkServiceAccess(*call, match.captured(1), match.captured(2)))
        return respond(call, *refusal);

    const QString operation = match.captured(3);
    if (operation != QLatin1String("jobs") && !match.captured(4).isEmpty())
        return respond(call, notFound(call->viaGateway, QString(), QStringLiteral("No such resource: %1").arg(path)));
    if (operation == QLatin1String("jobs"))
        return respond(call, routeJobs(*call, match.captured(4), !match.captured(5).isEmpty()));
    if (operation == QLatin1String("swagger.json")) {
        if (call->method != "GET")
            return respond(call, serviceError(405, QStringLiteral("MethodNotAllowed"), QString(), QStringLiteral("Use GET for swagger.json.")));
        const QString basePath = path.left(path.lastIndexOf(QLatin1Char('/')));
        SandboxReply reply;
        const bool withReport = match.captured(2) == FeatureHashingService::reportName();
        reply.body = QJsonDocument(FeatureHashingService::swagger(call->host, (call->viaGateway ? m_options.gatewayPrefix : QString()) + basePath, withReport))
                         .toJson(QJsonDocument::Indented);
        return respond(call, reply);
    }

    if (call->method != "POST")
        return respond(call, serviceError(405, QStringLiteral("MethodNotAllowed"), QString(), QStringLiteral("Use POST for execute.")));
    if (call->body.size() > m_options.maxBodyBytes)
        return respond(call, serviceError(413, QStringLiteral("MemoryQuotaViolation"), QStringLiteral("RequestBodyTooLarge"),
                                          QStringLiteral("The request body is %1 bytes; the limit is %2.").arg(call->body.size()).arg(m_options.maxBodyBytes)));
    if (m_inFlight >= m_options.maxConcurrent)
        return respond(call, withRetryAfter(serviceError(503, QStringLiteral("ServiceUnavailable"), QStringLiteral("RequestThrottled"),
                                                         QStringLiteral("Too many concurrent requests: at most %1 at a time.").arg(m_options.maxConcurrent)),
                                            1));

    const bool details = call->query.queryItemValue(QStringLiteral("details")) == QLatin1String("true");
    const bool swaggerFormat = call->query.queryItemValue(QStringLiteral("format")) == QLatin1String("swagger");
    const bool withReport = match.captured(2) == FeatureHashingService::reportName();
    runDelayed(call, [call, details, swaggerFormat, withReport] {
        return FeatureHashingService::execute(call->body, details, swaggerFormat, withReport);
    });
}

void SandboxServer::runDelayed(const std::shared_ptr<Call> &call, std::function<SandboxReply()> work)
{
    ++m_inFlight;
    auto run = [this, call, work = std::move(work)] {
        --m_inFlight;
        respond(call, work());
    };
    if (m_options.delayMs > 0)
        QTimer::singleShot(m_options.delayMs, this, run);
    else
        run();
}

void SandboxServer::routeOnlineEndpoint(const std::shared_ptr<Call> &call, const QString &path)
{
    if (path.isEmpty() || path == QLatin1String("/")) {
        if (call->method != "GET")
            return respond(call, OnlineEndpointService::error(405, QStringLiteral("Use GET for the liveness probe.")));
        return respond(call, OnlineEndpointService::liveness());
    }
    if (call->authorization != "Bearer " + m_options.apiKey.toUtf8()) {
        SandboxReply refusal = OnlineEndpointService::error(
            401, call->authorization.isEmpty() ? QStringLiteral("key_auth_access_denied: send the key as 'Authorization: Bearer KEY'.")
                                               : QStringLiteral("key_auth_access_denied: the key or token is not valid for this endpoint."));
        return respond(call, refusal);
    }
    if (path == QLatin1String("/swagger.json")) {
        if (call->method != "GET")
            return respond(call, OnlineEndpointService::error(405, QStringLiteral("Use GET for swagger.json.")));
        const QString basePath = call->viaGateway ? m_options.gatewayPrefix : QString();
        SandboxReply reply;
        reply.body = QJsonDocument(OnlineEndpointService::swagger(call->host, basePath)).toJson(QJsonDocument::Indented);
        return respond(call, reply);
    }
    if (call->method != "POST")
        return respond(call, OnlineEndpointService::error(405, QStringLiteral("Use POST for /score.")));
    if (m_inFlight >= m_options.maxConcurrent)
        return respond(call, withRetryAfter(OnlineEndpointService::error(429, QStringLiteral("Too many requests: at most %1 at a time.").arg(m_options.maxConcurrent)), 1));
    runDelayed(call, [call] { return OnlineEndpointService::score(call->body, QString::fromUtf8(call->deployment)); });
}

SandboxReply SandboxServer::routeJobs(const Call &call, const QString &id, bool startAction)
{
    const auto methodNotAllowed = [] {
        return serviceError(405, QStringLiteral("MethodNotAllowed"), QString(), QStringLiteral("That method is not allowed here."));
    };
    if (id.isEmpty())
        return call.method == "POST" ? m_jobs.submit(call.body) : methodNotAllowed();
    if (startAction)
        return call.method == "POST" ? m_jobs.start(id) : methodNotAllowed();
    if (call.method == "GET")
        return m_jobs.status(id);
    if (call.method == "DELETE")
        return m_jobs.remove(id);
    return methodNotAllowed();
}

void SandboxServer::respond(const std::shared_ptr<Call> &call, const SandboxReply &reply)
{
    const QString query = call->query.toString(QUrl::FullyDecoded);
    const QByteArray bearer = call->authorization.startsWith("Bearer ") ? call->authorization.mid(7) : call->authorization;
    qCInfo(lcSandbox).noquote() << call->method << m_redactor.redact(query.isEmpty() ? call->path : call->path + QLatin1Char('?') + query)
                                << reply.status << call->clock.elapsed() << "ms"
                                << QStringLiteral("key=%1 subscription=%2").arg(keyFingerprint(bearer), keyFingerprint(call->subscriptionHeader));
    const auto status = static_cast<QHttpServerResponder::StatusCode>(reply.status);
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    // The responder knows whether the client is still there; the front closes the connection
    // once the answer has gone through (one request per connection).
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    QHttpHeaders headers;
    if (!reply.contentType.isEmpty())
        headers.append(QHttpHeaders::WellKnownHeader::ContentType, reply.contentType);
    for (const auto &header : reply.headers)
        headers.append(header.first, header.second);
    call->responder->write(reply.body, headers, status);
#else
    QHttpServerResponse response(reply.contentType, reply.body, status);
    for (const auto &header : reply.headers)
        response.addHeader(header.first, header.second);
    call->responder->sendResponse(response);
#endif
    call->responder.reset(); // done: the server may read the connection's next bytes
#else
    if (!call->socket) // the client went away while the call was being processed
        return;
    QHttpServerResponder &responder = *call->responder;
    responder.writeStatusLine(status);
    if (!reply.contentType.isEmpty())
        responder.writeHeader("Content-Type", reply.contentType);
    responder.writeHeader("Content-Length", QByteArray::number(reply.body.size()));
    for (const auto &header : reply.headers)
        responder.writeHeader(header.first, header.second);
    responder.writeBody(reply.body);
    // One request per connection: the front checks every request's size before it comes in.
    call->socket->disconnectFromHost();
#endif
}

} // namespace ScoreDesk::Sandbox
