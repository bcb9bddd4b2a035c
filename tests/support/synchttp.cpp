#include "synchttp.h"

#include <QSignalSpy>

using namespace ScoreDesk;

HttpResponse SyncHttp::send(const HttpRequest &request, int waitMs)
{
    HttpCall *call = m_client.send(request);
    QSignalSpy finished(call, &HttpCall::finished);
    if (!call->isFinished() && !finished.wait(waitMs)) {
        HttpResponse timedOut;
        timedOut.transportError = CallError::transport(CallError::Kind::Timeout, QStringLiteral("test waited too long"));
        delete call;
        return timedOut;
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
