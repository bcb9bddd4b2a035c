#pragma once

#include "httpmessage.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QNetworkAccessManager;
class QNetworkReply;

namespace ScoreDesk {

class TlsErrorHandler;

// What to do with a redirect: the rule lives here, apart from the network code, so that a
// test can check it for every pair of URLs.
struct RedirectDecision
{
    bool allowed = true;
    bool dropCredentials = false; // another host or port: Authorization must not follow
};
RedirectDecision decideRedirect(const QUrl &from, const QUrl &to);

// One logical HTTP exchange, redirects included. Redirects are followed here rather than by
// Qt so that the rules are ours: never https->http, and credential headers never travel to
// another host.
class HttpCall : public QObject
{
    Q_OBJECT
public:
    HttpCall(QNetworkAccessManager *network, const HttpRequest &request, QObject *parent = nullptr);
    ~HttpCall() override;

    void start();
    void cancel();
    void setTlsErrorHandler(TlsErrorHandler *handler) { m_tlsHandler = handler; }

    const HttpRequest &request() const { return m_request; }
    const HttpResponse &response() const { return m_response; }
    bool isFinished() const { return m_finished; }

    static constexpr int MaxRedirects = 5;

Q_SIGNALS:
    // The status and headers are in (response() has them), the body is about to come: the
    // moment to prepare a sink.
    void responseStarted(int status);
    void uploadProgress(qint64 sent, qint64 total);
    void downloadProgress(qint64 received, qint64 total);
    void finished();

private:
    void sendCurrent();
    void onReplyFinished();
    bool followRedirect(QNetworkReply *reply);
    void finish(const CallError &transportError = {});
    void touch();
    void onReadyRead();
    bool writeToSink(const QByteArray &bytes);
    void appendToBody(QNetworkReply *reply, const QByteArray &chunk);

    QNetworkAccessManager *m_network;
    TlsErrorHandler *m_tlsHandler = nullptr;
    HttpRequest m_request;
    HttpRequest m_current; // the request as sent after redirects
    HttpResponse m_response;
    QPointer<QNetworkReply> m_reply;
    QTimer m_inactivity;
    QElapsedTimer m_clock;
    int m_redirects = 0;
    bool m_finished = false;
    bool m_timedOut = false;
    bool m_cancelled = false;
    bool m_started = false;     // responseStarted emitted for the current reply
    bool m_toSink = false;      // the current reply's body goes to the sink
    QString m_sinkError;
};

} // namespace ScoreDesk
