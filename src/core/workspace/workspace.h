#pragma once

#include "../service/serviceendpoint.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QUuid>

namespace ScoreDesk {

// One scoring service the user works with. Holds no secrets: those live in a SecretStore
// under the workspace's id.
struct Workspace
{
    QUuid id;
    QString name;
    QString apiLocation; // {base}/workspaces/{ws}/services/{svc}; {base} may be a gateway URL; or a scoring URI
    // Taken from the URL when the workspace is made (…/score is an online endpoint); the user
    // may change it, and a file written before online endpoints existed reads as classic.
    ServiceKind kind = ServiceKind::ClassicService;
    // Online endpoints: the deployment to call by name (empty: the endpoint's traffic split).
    QString deployment;
    // Online endpoints: the key is an aml_token, which expires (keys do not). Not secret.
    bool keyIsToken = false;
    QDateTime tokenExpiresAt; // UTC; invalid when not known
    QString apiVersion = QStringLiteral("2.0");
    bool needsSubscriptionKey = false; // an API gateway is in front
    QString defaultContainer;
    QString notes;
    // Keys may go over plain http:// to a host that is not this machine: only when the user
    // says so for this workspace (a test service on a private network, say).
    bool allowPlainHttp = false;

    bool operator==(const Workspace &other) const;

    QJsonObject toJson() const;
    static Workspace fromJson(const QJsonObject &object);

    // Empty when the definition is usable; otherwise what is wrong, in words.
    QString validate() const;

    // The service's URLs, with this workspace's api-version and deployment.
    ServiceEndpoint endpoint() const;
    bool isOnlineEndpoint() const { return kind == ServiceKind::OnlineEndpoint; }

    // A warning about the token running out (within the next hour, or already), else empty.
    QString tokenWarning(const QDateTime &now) const;
};

} // namespace ScoreDesk
