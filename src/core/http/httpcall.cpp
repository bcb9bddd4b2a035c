#include "httpcall.h"

#include "../logging.h"
#include "tlserrorhandler.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslError>

namespace ScoreDesk {

namespace {

CallError::Kind kindOf(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::SslHandshakeFailedError:
        return CallError::Kind::Tls;
    case QNetworkReply::TimeoutError:
        return CallError::Kind::Timeout;
    case QNetworkReply::OperationCanceledError:
        return CallError::Kind::Cancelled;
    default:
        return CallError::Kind::Network;
    }
}

// Qt numbers network and proxy failures below 200; from 200 up it reports HTTP statuses,
// which are answers, not failures of the transport. A body cut after the headers arrived
// has a status *and* a network error: it must not pass for a good answer.
bool isTransportLevel(QNetworkReply::NetworkError error)
{
    return (error != QNetworkReply::NoError && error < 200) || error == QNetworkReply::ProtocolFailure
        || error == QNetworkReply::ProtocolUnknownError;
}

} // namespace

RedirectDecision decideRedirect(const QUrl &from, const QUrl &to)
{
    RedirectDecision decision;
    if (from.scheme() == QLatin1String("https") && to.scheme() != QLatin1String("https"))
        decision.allowed = false;
    if (to.scheme() != QLatin1String("https") && to.scheme() != QLatin1String("http"))
        decision.allowed = false;
    decision.dropCredentials = to.host().compare(from.host(), Qt::CaseInsensitive) != 0
        || to.port(to.scheme() == QLatin1String("https") ? 443 : 80) != from.port(from.scheme() == QLatin1String("https") ? 443 : 80);
    return decision;
}

HttpCall::HttpCall(QNetworkAccessManager *network, const HttpRequest &request, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_request(request)
    , m_current(request)
{
    m_inactivity.setSingleShot(true);
    connect(&m_inactivity, &QTimer::timeout, this, [this] {
        m_timedOut = true;
        if (m_reply)
            m_reply->abort();
    });
}

HttpCall::~HttpCall()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void HttpCall::start()
{
    m_clock.start();
    const QString problem = requestProblem(m_request);
    if (!problem.isEmpty()) {
        // Answered from the event loop, like every other outcome, so that callers connect first.
        QMetaObject::invokeMethod(this, [this, problem] { finish(CallError::transport(CallError::Kind::Invalid, problem)); }, Qt::QueuedConnection);
        return;
    }
    sendCurrent();
}

void HttpCall::cancel()
{
    if (m_finished)
        return;
    m_cancelled = true;
    if (m_reply)
        m_reply->abort();
}

void HttpCall::touch()
{
    if (m_current.inactivityTimeoutMs > 0)
        m_inactivity.start(m_current.inactivityTimeoutMs);
}

void HttpCall::sendCurrent()
{
    QNetworkRequest request(m_current.url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    for (const auto &header : m_current.headers)
        request.setRawHeader(header.first, header.second);
    qCDebug(lcHttp).noquote() << m_current.method << m_current.url.toString(QUrl::RemoveQuery | QUrl::RemoveUserInfo);

    m_reply = m_network->sendCustomRequest(request, m_current.method, m_current.body);
    m_started = false;
    m_toSink = false;
    m_response.body.clear(); // a redirect's or an earlier attempt's
    if (m_current.bodySink)
        m_reply->setReadBufferSize(256 * 1024); // bounded memory, whatever the download's size
    connect(m_reply, &QNetworkReply::finished, this, &HttpCall::onReplyFinished);
    connect(m_reply, &QNetworkReply::readyRead, this, &HttpCall::onReadyRead);
    connect(m_reply, &QNetworkReply::uploadProgress, this, [this](qint64 sent, qint64 total) {
        touch();
        Q_EMIT uploadProgress(sent, total);
    });
    connect(m_reply, &QNetworkReply::downloadProgress, this, [this](qint64 received, qint64 total) {
        touch();
        Q_EMIT downloadProgress(received, total);
    });
    // TLS problems go to the one handler; unless it accepts them, the call fails with the
    // reasons. Only the exact errors it saw are ever ignored, for this reply.
    connect(m_reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        if (m_tlsHandler && m_reply && m_tlsHandler->acceptTlsErrors(m_current.url, errors)) {
            m_reply->ignoreSslErrors(errors);
            return;
        }
        QStringList reasons;
        for (const QSslError &error : errors)
            reasons.append(error.errorString());
        m_response.transportError = CallError::transport(CallError::Kind::Tls, reasons.join(QStringLiteral("; ")));
    });
    touch();
}

void HttpCall::onReadyRead()
{
    if (!m_reply)
        return;
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status >= 300 && status < 400)
        return; // a redirect's body is of no interest
    if (!m_started) {
        m_started = true;
        m_toSink = m_current.bodySink && status >= 200 && status < 300;
        m_response.status = status;
        m_response.headers = m_reply->rawHeaderPairs(); // already, for whoever prepares a sink
        Q_EMIT responseStarted(status);
    }
    if (!m_toSink) {
        // Kept in memory, but moved out of the reply as it comes: reading it whole at the end
        // would hold the reply's buffer and its copy at once (twice a large answer's size).
        appendToBody(m_reply, m_reply->readAll());
        return;
    }
    const QByteArray chunk = m_reply->readAll();
    if (!writeToSink(chunk))
        m_reply->abort();
}

void HttpCall::appendToBody(QNetworkReply *reply, const QByteArray &chunk)
{
    if (m_response.body.isEmpty()) {
        // One allocation for the whole answer when its length is announced; a hostile length
        // costs nothing beyond this cap, and a longer answer just grows the buffer.
        constexpr qint64 MaxReserve = 512 * 1024 * 1024;
        const qint64 announced = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        if (announced > chunk.size() && announced <= MaxReserve)
            m_response.body.reserve(qsizetype(announced));
        if (m_response.body.capacity() < chunk.size()) {
            m_response.body = chunk; // shared, not copied
            return;
        }
    }
    m_response.body.append(chunk);
}

bool HttpCall::writeToSink(const QByteArray &bytes)
{
    // A disk that fills up takes part of a write first, then refuses the rest with the reason:
    // write on until all is written or the device says why not.
    qint64 written = 0;
    while (written < bytes.size()) {
        const qint64 n = m_current.bodySink->write(bytes.constData() + written, bytes.size() - written);
        if (n <= 0) {
            m_sinkError = m_current.bodySink->errorString();
            return false;
        }
        written += n;
    }
    return true;
}

bool HttpCall::followRedirect(QNetworkReply *reply)
{
    const QVariant target = reply->attribute(QNetworkRequest::RedirectionTargetAttribute);
    if (!target.isValid())
        return false;
    const QUrl next = m_current.url.resolved(target.toUrl());
    if (++m_redirects > MaxRedirects) {
        finish(CallError::transport(CallError::Kind::Network,
                                       QCoreApplication::translate("HttpCall", "too many redirects")));
        return true;
    }
    const RedirectDecision decision = decideRedirect(m_current.url, next);
    if (!decision.allowed) {
        finish(CallError::transport(CallError::Kind::Tls,
                                       QCoreApplication::translate("HttpCall", "refused a redirect from %1 to an insecure address (%2)")
                                           .arg(m_current.url.host(), next.toString(QUrl::RemoveQuery | QUrl::RemoveUserInfo))));
        return true;
    }
    if (decision.dropCredentials) {
        HeaderList kept;
        for (const auto &header : m_current.headers) {
            if (!isCredentialHeader(header.first))
                kept.append(header);
        }
        m_current.headers = kept;
    }
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 303 || ((status == 301 || status == 302) && m_current.method == "POST")) {
        m_current.method = "GET";
        m_current.body.clear();
    }
    m_current.url = next;
    sendCurrent();
    return true;
}

void HttpCall::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    m_inactivity.stop();
    reply->deleteLater();

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() == QNetworkReply::NoError && status >= 300 && status < 400 && followRedirect(reply))
        return;

    if (reply->error() == QNetworkReply::NoError && !m_started && !(status >= 300 && status < 400)) {
        m_reply = reply; // the body may have come in one piece with the end
        onReadyRead();
        m_reply = nullptr;
    }
    // An aborted reply (timeout, cancel) is closed: reading it would only make Qt complain.
    const bool readable = reply->isOpen();
    if (m_toSink && m_sinkError.isEmpty() && readable) {
        writeToSink(reply->readAll());
    }
    m_response.status = status;
    m_response.url = m_current.url;
    if (!m_toSink && readable)
        appendToBody(reply, reply->readAll());
    m_response.headers = reply->rawHeaderPairs();

    if (!m_sinkError.isEmpty()) {
        finish(CallError::transport(CallError::Kind::File, QCoreApplication::translate("HttpCall", "cannot write the download: %1").arg(m_sinkError)));
    } else if (m_cancelled) {
        finish(CallError::transport(CallError::Kind::Cancelled, QCoreApplication::translate("HttpCall", "cancelled")));
    } else if (m_timedOut) {
        finish(CallError::transport(CallError::Kind::Timeout,
                                       QCoreApplication::translate("HttpCall", "no data for %1 s from %2")
                                           .arg(m_current.inactivityTimeoutMs / 1000.0)
                                           .arg(m_current.url.host())));
    } else if (m_response.transportError.isError()) {
        finish(m_response.transportError);
    } else if (status == 0 || isTransportLevel(reply->error())) {
        // Refused, reset, DNS, or a connection cut before the whole answer arrived.
        CallError error = CallError::transport(kindOf(reply->error()), reply->errorString());
        error.networkCode = int(reply->error());
        finish(error);
    } else {
        finish();
    }
}

void HttpCall::finish(const CallError &transportError)
{
    if (m_finished)
        return;
    m_finished = true;
    m_response.transportError = transportError;
    m_response.elapsedMs = m_clock.elapsed();
    qCDebug(lcHttp).noquote() << (transportError.isError() ? transportError.toOneLine() : QStringLiteral("HTTP %1").arg(m_response.status))
                              << "after" << m_response.elapsedMs << "ms from" << m_current.url.host();
    Q_EMIT finished();
}

} // namespace ScoreDesk
