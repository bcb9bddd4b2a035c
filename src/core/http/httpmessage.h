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

// True for localhost, 127.0.0.0/8 and ::1: the only hosts plain http may carry keys to.
bool isLoopbackHost(const QString &host);

QByteArray headerValue(const HeaderList &headers, const QByteArray &name);

struct HttpRequest
{
    QByteArray method = "GET";
    QUrl url;
    HeaderList headers;
    QByteArray body;
    int inactivityTimeoutMs = 60'000; // no bytes either way for this long ends the call
    // Credential headers go over plain http only to this machine unless this says otherwise.
    bool allowCleartextCredentials = false;
    // When set, a 2xx answer's body is written here as it arrives instead of being kept in
    // memory (downloads of any size); error bodies are still kept, to be decoded.
    QIODevice *bodySink = nullptr;
};

// Why a request must not be sent as it is (a header value with a line break or another control
// character, which would inject headers; a key over plain http to another machine), or empty.
QString requestProblem(const HttpRequest &request);

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
