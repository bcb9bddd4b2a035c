#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace ScoreDesk::Sandbox {

// What the sandbox answers, before it goes on the wire: built by pure functions so that
// unit tests check the answers without sockets.
struct SandboxReply
{
    int status = 200;
    QByteArray body;
    QByteArray contentType = "application/json; charset=utf-8";
    QList<QPair<QByteArray, QByteArray>> headers;

    QByteArray header(const QByteArray &name) const;
};

// {"error": {"code", "message", "details": [{"code", "message"}]}}, the service's own shape.
SandboxReply serviceError(int status, const QString &code, const QString &detailCode, const QString &message);

// {"statusCode", "message"}, the API gateway's shape.
SandboxReply gatewayError(int status, const QString &message);

SandboxReply withRetryAfter(SandboxReply reply, int seconds);

} // namespace ScoreDesk::Sandbox
