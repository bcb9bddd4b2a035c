#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace ScoreDesk {

// Every way a call can fail, as one value: the GUI puts it in words, the CLI prints it as one
// line and picks its exit code from the kind.
struct ServiceError
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

    static ServiceError fromHttp(int status, const QByteArray &body, const QByteArray &retryAfter = {});
    static ServiceError transport(Kind kind, const QString &message);
};

// Parses a Retry-After value: delta seconds or an HTTP date.
std::optional<int> parseRetryAfter(const QByteArray &value);

} // namespace ScoreDesk
