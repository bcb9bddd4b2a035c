#pragma once

#include "batchjobs.h"
#include "gatewaypolicy.h"
#include "requestfront.h"
#include "sandboxoptions.h"
#include "sandboxreply.h"

#include "core/http/httpclient.h"
#include "core/http/redactor.h"

#include <QAbstractHttpServer>
#include <QNetworkAccessManager>
#include <QUrl>

#include <memory>

class QHttpServerRequest;
class QHttpServerResponder;
class QTcpSocket;

namespace ScoreDesk::Sandbox {

// The sandbox's HTTP front: routes the classic protocol's paths, checks keys, limits and
// the gateway policy, and writes each SandboxReply. Service logic lives elsewhere.
class SandboxServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    explicit SandboxServer(const SandboxOptions &options, QObject *parent = nullptr);
    ~SandboxServer() override;

    bool start(QString *error);
    quint16 port() const { return m_port; }

    QUrl directUrl() const;  // API location of the feature-hashing service
    QUrl gatewayUrl() const; // the same behind the gateway prefix
    QUrl scoreUrl() const;        // the same model as an online endpoint's scoring URI
    QUrl gatewayScoreUrl() const; // ... behind the gateway prefix

    // The one line printed on stdout once listening.
    QByteArray readyLine() const;

    static QString workspaceName() { return QStringLiteral("sandbox"); }

protected:
    // Qt 6.4's technical preview hands over the socket; 6.5 and later hand over a responder.
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    bool handleRequest(const QHttpServerRequest &request, QHttpServerResponder &responder) override;
    void missingHandler(const QHttpServerRequest &request, QHttpServerResponder &responder) override;
#else
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;
#endif

private:
    struct Call;
    std::shared_ptr<Call> readCall(const QHttpServerRequest &request);
    void route(const std::shared_ptr<Call> &call);
    void respond(const std::shared_ptr<Call> &call, const SandboxReply &reply);
    std::optional<SandboxReply> checkServiceAccess(const Call &call, const QString &workspace, const QString &service) const;
    SandboxReply routeJobs(const Call &call, const QString &id, bool startAction);
    void routeOnlineEndpoint(const std::shared_ptr<Call> &call, const QString &path);
    // Runs the work after the configured processing delay, counted against the concurrency limit.
    void runDelayed(const std::shared_ptr<Call> &call, std::function<SandboxReply()> work);

    SandboxOptions m_options;
    GatewayPolicy m_gateway;
    Redactor m_redactor; // the request log never shows a key, even one sent in the query
    QNetworkAccessManager m_network;
    HttpClient m_http{&m_network}; // batch jobs read and write blob storage through core
    BatchJobs m_jobs;
    QTcpServer m_backend;  // where the HTTP server listens, on loopback, behind the front
    RequestFront m_front;  // the address clients use
    quint16 m_port = 0;
    int m_inFlight = 0;
};

} // namespace ScoreDesk::Sandbox
