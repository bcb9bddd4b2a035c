#pragma once

#include "../service/serviceendpoint.h"

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
    QString apiLocation; // {base}/workspaces/{ws}/services/{svc}; {base} may be a gateway URL
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

    // The service's URLs, with this workspace's api-version.
    ServiceEndpoint endpoint() const;
};

} // namespace ScoreDesk
