#include "synchttp.h"

#include <QSignalSpy>

using namespace ScoreDesk;

HttpResponse SyncHttp::send(const HttpRequest &request, int waitMs)
{
    HttpCall *call = m_client.send(request);
    QSignalSpy finished(call, &HttpCall::finished);
    if (!call->isFinished() && !finished.wait(waitMs)) {
        // Never passed off as a timeout of the call: a test expecting one must see it come from
        // the code under test, not from this helper giving up.
        HttpResponse gaveUp;
        gaveUp.transportError = CallError::transport(CallError::Kind::Invalid, QStringLiteral("SyncHttp gave up after %1 ms: the call never ended").arg(waitMs));
        qWarning("%s", qPrintable(gaveUp.transportError.message));
        delete call;
        return gaveUp;
    }
    HttpResponse response = call->response();
    delete call;
    return response;
}

HttpResponse SyncHttp::get(const QUrl &url, const HeaderList &headers)
{
    HttpRequest request;
    request.url = url;
    request.headers = headers;
    return send(request);
}

HttpResponse SyncHttp::post(const QUrl &url, const QByteArray &body, const HeaderList &headers)
{
    HttpRequest request;
    request.method = "POST";
    request.url = url;
    request.body = body;
    request.headers = headers;
    request.headers.emplaceBack("Content-Type", "application/json");
    return send(request);
}
