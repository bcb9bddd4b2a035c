#include "endpointerror.h"

#include "serviceerror.h"

#include <QCoreApplication>

namespace ScoreDesk {

namespace {

// The messages' translation context, declared so that lupdate files them under it too.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(OnlineEndpoint)
};

// "what happened: what the endpoint said", without saying the same thing twice.
QString withDetail(const QString &summary, const CallError &decoded, const QByteArray &body)
{
    const QString detail = body.trimmed().isEmpty() ? QString() : decoded.message;
    return detail.isEmpty() || detail == summary ? summary : summary + QStringLiteral(": ") + detail;
}

} // namespace

CallError onlineEndpointErrorOf(const HttpResponse &response, const QString &deployment)
{
    CallError error = serviceErrorOf(response);
    if (response.transportError.isError() || error.kind == CallError::Kind::Gateway)
        return error; // the gateway's words are already the right ones
    const QByteArray &body = response.body;
    switch (response.status) {
    case 401:
    case 403:
        error.message = withDetail(Texts::tr("The endpoint refused the key or token (it may have expired or been regenerated)"), error, body);
        break;
    case 404:
        error.message = deployment.isEmpty()
            ? withDetail(Texts::tr("No online endpoint answers at this URL"), error, body)
            : withDetail(Texts::tr("The endpoint has no deployment named \"%1\"").arg(deployment), error, body);
        break;
    case 408:
        error.message = withDetail(Texts::tr("The model took longer than the endpoint's request timeout (request_timeout_ms)"), error, body);
        break;
    case 424: {
        const QByteArray modelStatus = response.header("ms-azureml-model-error-statuscode");
        const QByteArray reason = response.header("ms-azureml-model-error-reason");
        QString summary = Texts::tr("The model failed");
        if (!modelStatus.isEmpty())
            summary += Texts::tr(" (its status %1)").arg(QString::fromLatin1(modelStatus));
        if (!reason.isEmpty())
            summary += QStringLiteral(": ") + CallError::clipped(QString::fromUtf8(reason));
        error.message = reason.isEmpty() ? withDetail(summary, error, body) : summary;
        break;
    }
    case 429:
        error.message = withDetail(Texts::tr("Too many requests for the endpoint's instances"), error, body);
        break;
    case 502:
    case 503:
        error.message = withDetail(Texts::tr("The endpoint is not available right now"), error, body);
        break;
    default:
        break;
    }
    error.message = CallError::clipped(error.message);
    return error;
}

} // namespace ScoreDesk
