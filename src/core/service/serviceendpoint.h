#pragma once

#include <QString>
#include <QUrl>

namespace ScoreDesk {

// What kind of service a URL leads to. Classic web services (request/response and batch) live
// at {base}/workspaces/{ws}/services/{svc}; Azure ML online endpoints score at a URI ending in
// /score (wire-protocols §7).
enum class ServiceKind {
    ClassicService,
    OnlineEndpoint,
};

// The kind a URL looks like: a path ending in /score is an online endpoint.
ServiceKind serviceKindOfUrl(const QString &text);

// A service's API location: {base}/workspaces/{ws}/services/{svc} for a classic service, where
// {base} is a regional host or an API gateway URL with its path suffix; or an online endpoint's
// scoring URI. Builds every URL the protocol uses.
class ServiceEndpoint
{
public:
    ServiceEndpoint() = default;

    // Accepts the location with or without a trailing slash, and also a pasted request URL
    // (".../execute?api-version=2.0", ".../swagger.json", ".../jobs") which is cut back. The
    // kind is taken from the URL.
    static ServiceEndpoint parse(const QString &text, QString *error = nullptr);
    // The same with the kind given (the user may say that a gateway URL not ending in /score is
    // an online endpoint's: it is then the scoring URI as it is).
    static ServiceEndpoint parse(const QString &text, ServiceKind kind, QString *error = nullptr);

    bool isValid() const { return m_location.isValid(); }
    ServiceKind kind() const { return m_kind; }
    bool isOnlineEndpoint() const { return m_kind == ServiceKind::OnlineEndpoint; }
    QUrl location() const { return m_location; }
    QString workspace() const { return m_workspace; }
    QString service() const { return m_service; }
    QString apiVersion() const { return m_apiVersion; }
    void setApiVersion(const QString &version) { m_apiVersion = version; }
    // Online endpoints: the deployment asked for by name (azureml-model-deployment), or empty
    // for the endpoint's traffic split.
    QString deployment() const { return m_deployment; }
    void setDeployment(const QString &name) { m_deployment = name.trimmed(); }

    QUrl executeUrl(bool swaggerFormat = false) const;
    // Online endpoints: POST here to score.
    QUrl scoreUrl() const;
    // The service description: .../swagger.json?api-version=… for a classic service, beside
    // the scoring URI for an online endpoint.
    QUrl swaggerUrl() const;
    QUrl jobsUrl() const;
    QUrl jobUrl(const QString &jobId) const;
    QUrl jobStartUrl(const QString &jobId) const;

    // One path segment from outside (a job id), percent-encoded so that it stays one segment.
    // ("." and ".." cannot be made safe this way: isValidJobId() refuses them.)
    static QString encodedSegment(const QString &text);

private:
    QUrl withPath(const QString &suffix, bool details = false, bool swaggerFormat = false) const;
    static ServiceEndpoint parseOnline(QUrl url);

    ServiceKind m_kind = ServiceKind::ClassicService;
    QUrl m_location; // online endpoints: the scoring URI
    QString m_deployment;
    QString m_workspace;
    QString m_service;
    QString m_apiVersion = QStringLiteral("2.0");
};

} // namespace ScoreDesk
