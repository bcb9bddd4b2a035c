#include "connectiontest.h"

#include "serviceerror.h"
#include "serviceschema.h"

#include "../http/httpclient.h"
#include "../http/redactor.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>

namespace ScoreDesk {

namespace {

QString passed(const QString &step)
{
    return QStringLiteral("\u2713 ") + step;
}

QString failed(const QString &step)
{
    return QStringLiteral("\u2717 ") + step;
}

QString hostAndPort(const QUrl &url)
{
    return url.port() > 0 ? url.host() + QLatin1Char(':') + QString::number(url.port()) : url.host();
}

} // namespace

ConnectionTest::ConnectionTest(HttpClient *client, const ServiceEndpoint &endpoint, const ServiceCredentials &credentials,
                               bool viaGateway, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_endpoint(endpoint)
    , m_credentials(credentials)
    , m_viaGateway(viaGateway)
{
}

void ConnectionTest::start()
{
    HttpRequest request;
    request.url = m_endpoint.swaggerUrl();
    m_credentials.applyTo(&request);
    request.headers.emplaceBack("Accept", "application/json");
    request.inactivityTimeoutMs = 20'000;
    m_call = m_client->send(request);
    connect(m_call, &HttpCall::finished, this, [this] {
        const HttpResponse &response = m_call->response();
        m_report = m_endpoint.isOnlineEndpoint()
            ? interpretOnline(m_endpoint.swaggerUrl(), m_viaGateway, response.status, response.body, response.transportError)
            : interpret(m_endpoint.swaggerUrl(), m_viaGateway, response.status, response.body, response.transportError);
        if (m_report.ok)
            m_description = response.body;
        Redactor redactor;
        redactor.addSecrets({m_credentials.apiKey, m_credentials.subscriptionKey});
        m_report.summary = redactor.redact(m_report.summary);
        for (QString &step : m_report.steps)
            step = redactor.redact(step);
        m_report.error.message = redactor.redact(m_report.error.message);
        m_call->deleteLater();
        Q_EMIT finished();
    });
}

ConnectionReport ConnectionTest::interpret(const QUrl &url, bool viaGateway, int status, const QByteArray &body,
                                           const CallError &transportError)
{
    ConnectionReport report;
    const QString host = hostAndPort(url);
    const bool secure = url.scheme() == QLatin1String("https");

    if (transportError.isError()) {
        report.error = transportError;
        switch (transportError.kind) {
        case CallError::Kind::Tls:
            report.steps << passed(tr("Reached %1").arg(host)) << failed(tr("Secure connection (TLS): %1").arg(transportError.message));
            report.summary = tr("The secure connection to %1 failed: %2").arg(host, transportError.message);
            break;
        case CallError::Kind::Timeout:
            report.steps << failed(tr("No answer from %1").arg(host));
            report.summary = tr("%1 did not answer in time. Check the address and your network or proxy.").arg(host);
            break;
        default:
            if (transportError.networkCode == QNetworkReply::HostNotFoundError) {
                report.steps << failed(tr("Look up %1 (DNS)").arg(url.host()));
                report.summary = tr("The name %1 could not be found (DNS). Check the API location for typos.").arg(url.host());
            } else if (transportError.networkCode == QNetworkReply::ConnectionRefusedError) {
                report.steps << passed(tr("Look up %1").arg(url.host())) << failed(tr("Connect to %1: refused").arg(host));
                report.summary = tr("Nothing is listening at %1 (connection refused). Is the service running?").arg(host);
            } else {
                report.steps << failed(tr("Connect to %1: %2").arg(host, transportError.message));
                report.summary = tr("Could not reach %1: %2").arg(host, transportError.message);
            }
        }
        return report;
    }

    report.steps << passed(tr("Reached %1").arg(host));
    if (secure)
        report.steps << passed(tr("Secure connection (TLS) verified"));

    if (status >= 200 && status < 300) {
        const QJsonObject swagger = QJsonDocument::fromJson(body).object();
        if (!swagger.contains(QLatin1String("swagger")) && !swagger.contains(QLatin1String("definitions"))) {
            report.steps << failed(tr("Read the service description"));
            report.summary = tr("%1 answered, but not with a service description. Is this the service's API location?").arg(host);
            report.error = CallError::transport(CallError::Kind::Parse, report.summary);
            return report;
        }
        if (viaGateway)
            report.steps << passed(tr("The API gateway accepted the subscription key"));
        report.steps << passed(tr("The service accepted the API key"));
        ServiceSchema schema;
        QString schemaError;
        if (ServiceSchema::parse(body, &schema, &schemaError)) {
            for (const SchemaPort &port : std::as_const(schema.inputs))
                report.inputColumns += int(port.columns.size());
            report.globalParameters = int(schema.globalParameters.size());
        }
        const QString title = swagger[QLatin1String("info")].toObject()[QLatin1String("title")].toString();
        report.steps << passed(tr("Read the service description: %n input column(s)", nullptr, report.inputColumns)
                               + tr(", %n global parameter(s)", nullptr, report.globalParameters));
        report.ok = true;
        report.summary = title.isEmpty() ? tr("Connected.") : tr("Connected to \"%1\".").arg(title);
        return report;
    }

    report.error = decodeServiceError(status, body);
    const bool gatewayAnswer = report.error.kind == CallError::Kind::Gateway;
    if (status == 401 && gatewayAnswer) {
        const bool missing = report.error.message.contains(QLatin1String("missing"), Qt::CaseInsensitive);
        report.steps << failed(missing ? tr("The API gateway wants a subscription key") : tr("The API gateway refused the subscription key"));
        report.summary = missing ? tr("The API gateway needs a subscription key: enter it in the workspace (and tick \"behind an API gateway\").")
                                 : tr("The API gateway refused the subscription key. Copy it again from the developer portal.");
    } else if (status == 401) {
        if (viaGateway)
            report.steps << passed(tr("The API gateway accepted the subscription key"));
        report.steps << failed(tr("The service refused the API key"));
        report.summary = tr("The service refused the API key. Copy it again from the service's dashboard.");
    } else if (status == 404) {
        report.steps << failed(tr("Find the service"));
        if (report.error.detailCode == QLatin1String("WorkspaceNotFound"))
            report.summary = tr("The workspace in the API location does not exist.");
        else if (report.error.detailCode == QLatin1String("WebServiceNotFound"))
            report.summary = tr("The service in the API location does not exist in that workspace.");
        else
            report.summary = tr("Nothing was found at that API location (404). Check the path, and the gateway's API suffix.");
    } else if ((status == 429 || status == 403) && gatewayAnswer) {
        report.steps << failed(tr("The API gateway limited the call"));
        report.summary = tr("The API gateway is limiting calls: %1").arg(report.error.message);
    } else {
        report.steps << failed(tr("The service answered %1").arg(status));
        report.summary = tr("The service answered with an error: %1").arg(report.error.toOneLine());
    }
    return report;
}

ConnectionReport ConnectionTest::interpretOnline(const QUrl &url, bool viaGateway, int status, const QByteArray &body,
                                                 const CallError &transportError)
{
    ConnectionReport report = interpret(url, viaGateway, status, body, transportError);
    if (transportError.isError() || report.error.kind == CallError::Kind::Gateway)
        return report;
    if (status == 401 || status == 403) {
        report.steps.removeLast();
        report.steps << failed(tr("The endpoint refused the key or token"));
        report.summary = tr("The endpoint refused the key or token. Copy a key again from the endpoint's Consume page "
                            "(or get a new token: az ml online-endpoint get-credentials).");
    } else if (status == 404) {
        // The endpoint checks the key before it looks for the path.
        report.steps.removeLast();
        if (viaGateway)
            report.steps << passed(tr("The API gateway accepted the subscription key"));
        report.steps << passed(tr("The endpoint accepted the key"))
                     << failed(tr("No swagger.json: the scoring script declares no schema, so the grid has no typed columns"));
        report.ok = true;
        report.error = CallError();
        report.summary = tr("Connected. The endpoint publishes no description: import a CSV file or add columns by hand.");
    }
    return report;
}

} // namespace ScoreDesk
