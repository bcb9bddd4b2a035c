#pragma once

#include "../errors/callerror.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QUrl>

class QIODevice;

namespace ScoreDesk {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

// Header names whose values are credentials: never logged, dropped on cross-host redirects.
bool isCredentialHeader(const QByteArray &name);

QByteArray headerValue(const HeaderList &headers, const QByteArray &name);

struct HttpRequest
{
    QByteArray method = "GET";
    QUrl url;
    HeaderList headers;
    QByteArray body;
    int inactivityTimeoutMs = 60'000; // no bytes either way for this long ends the call
    // When set, a 2xx answer's body is written here as it arrives instead of being kept in
    // memory (downloads of any size); error bodies are still kept, to be decoded.
    QIODevice *bodySink = nullptr;
};

struct HttpResponse
{
    int status = 0;
    HeaderList headers;
    QByteArray body;
    QUrl url; // after redirects
    qint64 elapsedMs = 0;
    CallError transportError; // set when no HTTP answer was received

    QByteArray header(const QByteArray &name) const { return headerValue(headers, name); }
    bool isSuccess() const { return !transportError.isError() && status >= 200 && status < 300; }
};

} // namespace ScoreDesk
