#include "sandboxreply.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ScoreDesk::Sandbox {

QByteArray SandboxReply::header(const QByteArray &name) const
{
    for (const auto &pair : headers) {
        if (pair.first.compare(name, Qt::CaseInsensitive) == 0)
            return pair.second;
    }
    return {};
}

SandboxReply serviceError(int status, const QString &code, const QString &detailCode, const QString &message)
{
    QJsonObject error{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}};
    if (!detailCode.isEmpty()) {
        const QJsonObject detail{{QStringLiteral("code"), detailCode}, {QStringLiteral("message"), message}};
        error.insert(QStringLiteral("details"), QJsonArray{detail});
    }
    SandboxReply reply;
    reply.status = status;
    reply.body = QJsonDocument(QJsonObject{{QStringLiteral("error"), error}}).toJson(QJsonDocument::Compact);
    return reply;
}

SandboxReply gatewayError(int status, const QString &message)
{
    SandboxReply reply;
    reply.status = status;
    reply.body = QJsonDocument(QJsonObject{{QStringLiteral("statusCode"), status}, {QStringLiteral("message"), message}})
                     .toJson(QJsonDocument::Compact);
    return reply;
}

SandboxReply withRetryAfter(SandboxReply reply, int seconds)
{
    reply.headers.emplaceBack("Retry-After", QByteArray::number(seconds));
    return reply;
}

} // namespace ScoreDesk::Sandbox
