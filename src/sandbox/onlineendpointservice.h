#pragma once

#include "sandboxreply.h"

#include <QJsonObject>
#include <QString>

namespace ScoreDesk::Sandbox {

// The feature-hashing model served as an Azure ML online endpoint (wire-protocols §7): POST
// /score takes the MLflow split body with a Col2 column and answers an array of objects, one
// per row, holding the hashing features. Two deployments: "blue" (3 bits, all the traffic) and
// "green" (4 bits, only when asked for by the azureml-model-deployment header), as in a
// blue/green roll-out. Pure request-to-reply functions; the server moves the bytes.
class OnlineEndpointService
{
public:
    static QString name() { return QStringLiteral("feature-hashing"); }
    static QString defaultDeployment() { return QStringLiteral("blue"); }
    static int bitsOf(const QString &deployment); // 0 for an unknown one

    // POST /score. `deployment` is the header's value, empty for the traffic split.
    static SandboxReply score(const QByteArray &body, const QString &deployment);
    // GET /: the liveness probe of the inference server.
    static SandboxReply liveness();
    // GET /swagger.json, the way the inference server describes a declared schema.
    static QJsonObject swagger(const QString &host, const QString &basePath);

    // {"message": "..."}, the endpoint's own error shape.
    static SandboxReply error(int status, const QString &message);
};

} // namespace ScoreDesk::Sandbox
