#include "serviceerror.h"

#include "../http/retryafter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ScoreDesk {

CallError decodeServiceError(int status, const QByteArray &body, const QByteArray &retryAfter)
{
    CallError error = CallError::fromHttpBody(status, body, parseRetryAfter(retryAfter));
    const QJsonObject root = QJsonDocument::fromJson(body).object();
    QString message;
    if (root.value(QLatin1String("error")).isObject()) {
        const QJsonObject detail = root.value(QLatin1String("error")).toObject();
        error.kind = CallError::Kind::Service;
        error.code = detail.value(QLatin1String("code")).toString();
        message = detail.value(QLatin1String("message")).toString();
        const QJsonArray details = detail.value(QLatin1String("details")).toArray();
        if (!details.isEmpty()) {
            const QJsonObject first = details.first().toObject();
            error.detailCode = first.value(QLatin1String("code")).toString();
            // The first detail usually says what actually went wrong.
            const QString detailMessage = first.value(QLatin1String("message")).toString();
            if (!detailMessage.isEmpty())
                message = detailMessage;
        }
    } else if (root.contains(QLatin1String("statusCode")) && root.contains(QLatin1String("message"))) {
        error.kind = CallError::Kind::Gateway;
        message = root.value(QLatin1String("message")).toString();
    } else if (root.value(QLatin1String("message")).isString()) {
        // An online endpoint's {"message": "..."}.
        error.kind = CallError::Kind::Service;
        message = root.value(QLatin1String("message")).toString();
    } else {
        return error;
    }
    // A known shape with no message says nothing more than its status.
    if (!CallError::clipped(message).isEmpty())
        error.message = CallError::clipped(message);
    else
        error.message = CallError::fromHttpBody(status, QByteArray()).message;
    return error;
}

CallError serviceErrorOf(const HttpResponse &response)
{
    if (response.transportError.isError())
        return response.transportError;
    return decodeServiceError(response.status, response.body, response.header("Retry-After"));
}

} // namespace ScoreDesk
