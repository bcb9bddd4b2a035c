#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace ScoreDesk {

// Every way a call can fail, as one value: the GUI puts it in words, the CLI prints it as one
// line and picks its exit code from the kind. It knows no protocol: the layers above read
// their own answers (service/serviceerror.h, storage/storageerror.h) into it.
struct CallError
{
    enum class Kind {
        None,
        Network,  // DNS, refused, reset, cut connection
        Timeout,  // no bytes moved for the inactivity timeout
        Tls,      // certificate or handshake problem, or a refused https->http redirect
        Http,     // an HTTP error whose body is not a known JSON shape (HTML, plain text)
        Service,  // the service's {"error": {...}} answer
        Gateway,  // the API gateway's {"statusCode", "message"} answer
        Storage,  // blob storage rejected a call
        Parse,    // a 2xx answer we could not read
        File,     // a local file could not be read or written (disk full, no permission)
        Keys,     // the keys or storage a call needs cannot be had (keychain refused, workspace gone)
        Invalid,  // the call makes no sense as asked (a job that has started already, ...)
        Cancelled,
    };

    Kind kind = Kind::None;
    int httpStatus = 0;
    QString code;       // e.g. BadArgument
    QString detailCode; // e.g. InputParseError
    QString message;    // the most useful human text
    std::optional<int> retryAfterSeconds;
    int networkCode = 0; // QNetworkReply::NetworkError for transport failures, to tell DNS from refusal
    QByteArray rawBody; // as received, for "show raw"

    bool isError() const { return kind != Kind::None; }

    // "HTTP 400 BadArgument/InputParseError: message" or "network error: message".
    QString toOneLine() const;

    // True for failures where nothing reached a service decision: network, TLS, timeout.
    bool isTransportFailure() const;

    static CallError transport(Kind kind, const QString &message);

    // An HTTP error answer read as text only: an HTML page's title, a plain body's first line,
    // or the status when the body says nothing. Protocol readers start from this.
    static CallError fromHttpBody(int status, const QByteArray &body, std::optional<int> retryAfterSeconds = std::nullopt);

    // One line of at most a few hundred characters, for messages taken from outside.
    static QString clipped(QString text);
};

} // namespace ScoreDesk
