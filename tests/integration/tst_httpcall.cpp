#include "scriptedserver.h"
#include "synchttp.h"

#include "core/service/serviceerror.h"
#include "core/service/rrscall.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace ScoreDesk;

// HttpCall against servers that misbehave on purpose, over real loopback sockets.
class TestHttpCall : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void redirectRules_data()
    {
        QTest::addColumn<QUrl>("from");
        QTest::addColumn<QUrl>("to");
        QTest::addColumn<bool>("allowed");
        QTest::addColumn<bool>("dropCredentials");
        QTest::newRow("same host path") << QUrl(QStringLiteral("https://a/x")) << QUrl(QStringLiteral("https://a/y")) << true << false;
        QTest::newRow("https to http") << QUrl(QStringLiteral("https://a/x")) << QUrl(QStringLiteral("http://a/x")) << false << true;
        QTest::newRow("http to https") << QUrl(QStringLiteral("http://a/x")) << QUrl(QStringLiteral("https://a/x")) << true << true;
        QTest::newRow("other host") << QUrl(QStringLiteral("https://a/x")) << QUrl(QStringLiteral("https://b/x")) << true << true;
        QTest::newRow("other port") << QUrl(QStringLiteral("https://a/x")) << QUrl(QStringLiteral("https://a:8443/x")) << true << true;
        QTest::newRow("explicit default port") << QUrl(QStringLiteral("https://a/x")) << QUrl(QStringLiteral("https://a:443/x")) << true << false;
        QTest::newRow("host case") << QUrl(QStringLiteral("https://A.example/x")) << QUrl(QStringLiteral("https://a.example/y")) << true << false;
        QTest::newRow("file scheme") << QUrl(QStringLiteral("http://a/x")) << QUrl(QStringLiteral("file:///etc/passwd")) << false << true;
    }
    void redirectRules()
    {
        QFETCH(QUrl, from);
        QFETCH(QUrl, to);
        QFETCH(bool, allowed);
        QFETCH(bool, dropCredentials);
        const RedirectDecision decision = decideRedirect(from, to);
        QCOMPARE(decision.allowed, allowed);
        QCOMPARE(decision.dropCredentials, dropCredentials);
    }

    void redirectToAnotherHostDropsCredentials()
    {
        ScriptedServer server([](const ScriptedServer::Request &request, QTcpSocket *socket) {
            if (request.path == "/start")
                ScriptedServer::reply(socket, 307, {}, {{"Location", "http://127.0.0.2:" + QByteArray::number(socket->localPort()) + "/landed"}});
            else
                ScriptedServer::reply(socket, 200, "ok");
        });
        QVERIFY(server.listen());
        SyncHttp http;
        const HttpResponse response = http.get(server.url(QStringLiteral("/start")),
                                               {{"Authorization", "Bearer secret"}, {"Ocp-Apim-Subscription-Key", "sub"}, {"X-Trace", "1"}});
        QCOMPARE(response.status, 200);
        QCOMPARE(response.url.host(), QStringLiteral("127.0.0.2"));
        QCOMPARE(server.requests().size(), 2);
        QCOMPARE(server.requests().at(0).header("Authorization"), QByteArray("Bearer secret"));
        QVERIFY(server.requests().at(1).header("Authorization").isEmpty());
        QVERIFY(server.requests().at(1).header("Ocp-Apim-Subscription-Key").isEmpty());
        QCOMPARE(server.requests().at(1).header("X-Trace"), QByteArray("1"));
    }

    void redirectOnSameHostKeepsCredentials()
    {
        ScriptedServer server([](const ScriptedServer::Request &request, QTcpSocket *socket) {
            if (request.path == "/start")
                ScriptedServer::reply(socket, 302, {}, {{"Location", "/landed"}});
            else
                ScriptedServer::reply(socket, 200, "ok");
        });
        QVERIFY(server.listen());
        SyncHttp http;
        QCOMPARE(http.get(server.url(QStringLiteral("/start")), {{"Authorization", "Bearer secret"}}).status, 200);
        QCOMPARE(server.requests().at(1).header("Authorization"), QByteArray("Bearer secret"));
    }

    void redirectLoopStops()
    {
        ScriptedServer server([](const ScriptedServer::Request &, QTcpSocket *socket) {
            ScriptedServer::reply(socket, 302, {}, {{"Location", "/again"}});
        });
        QVERIFY(server.listen());
        SyncHttp http;
        const HttpResponse response = http.get(server.url(QStringLiteral("/start")));
        QCOMPARE(response.transportError.kind, CallError::Kind::Network);
        QCOMPARE(server.requests().size(), HttpCall::MaxRedirects + 1);
    }

    void silentServerTimesOut()
    {
        ScriptedServer server([](const ScriptedServer::Request &, QTcpSocket *) { /* never answers */ });
        QVERIFY(server.listen());
        SyncHttp http;
        HttpRequest request;
        request.url = server.url(QStringLiteral("/slow"));
        request.inactivityTimeoutMs = 400;
        QElapsedTimer clock;
        clock.start();
        const HttpResponse response = http.send(request, 20000);
        // The call's own timer ended it, after the silence it was given (a coarse timer may
        // fire up to 5% early, and both clocks round to whole milliseconds: 379 was seen) and
        // not much later.
        QCOMPARE(response.transportError.kind, CallError::Kind::Timeout);
        QVERIFY(response.transportError.isTransportFailure());
        QVERIFY2(clock.elapsed() >= 370 && clock.elapsed() < 400 + 5000, qPrintable(QString::number(clock.elapsed())));
        QVERIFY(response.elapsedMs >= 370);
    }

    void cutConnectionIsANetworkError()
    {
        ScriptedServer server([](const ScriptedServer::Request &, QTcpSocket *socket) {
            socket->write("HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\npartial");
            socket->flush();
            socket->abort();
        });
        QVERIFY(server.listen());
        SyncHttp http;
        const HttpResponse response = http.get(server.url(QStringLiteral("/cut")));
        QVERIFY2(response.transportError.isError(), "a cut body must not look like success");
        QVERIFY(!response.isSuccess());
    }

    void htmlErrorPageIsAnHttpError()
    {
        ScriptedServer server([](const ScriptedServer::Request &, QTcpSocket *socket) {
            ScriptedServer::reply(socket, 502, "<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>",
                                  {{"Content-Type", "text/html"}});
        });
        QVERIFY(server.listen());
        SyncHttp http;
        const HttpResponse response = http.get(server.url(QStringLiteral("/")));
        QVERIFY(!response.transportError.isError());
        QCOMPARE(response.status, 502);
        const CallError error = decodeServiceError(response.status, response.body);
        QCOMPARE(error.toOneLine(), QStringLiteral("HTTP 502: 502 Bad Gateway"));
    }

    void refusedConnectionIsANetworkError()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 closedPort = probe.serverPort();
        probe.close();
        SyncHttp http;
        const HttpResponse response = http.get(QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(closedPort)));
        QCOMPARE(response.transportError.kind, CallError::Kind::Network);
    }

    void plainHttpServerSpokenToOverHttpsIsATlsError()
    {
        // A plain HTTP server that talks first: what comes back to the TLS hello is no TLS.
        QTcpServer server;
        connect(&server, &QTcpServer::newConnection, &server, [&server] {
            while (QTcpSocket *socket = server.nextPendingConnection()) {
                socket->write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                socket->disconnectFromHost();
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        SyncHttp http;
        HttpRequest request;
        request.url = QUrl(QStringLiteral("https://127.0.0.1:%1/").arg(server.serverPort()));
        request.inactivityTimeoutMs = 20000; // a TLS failure, not this timer, must end the call
        const HttpResponse response = http.send(request, 30000);
        QCOMPARE(response.transportError.kind, CallError::Kind::Tls);
        QVERIFY(!response.isSuccess());
    }

    void rrsErrorNeverShowsTheKey()
    {
        // A badly behaved service that echoes the credentials it was sent.
        ScriptedServer server([](const ScriptedServer::Request &request, QTcpSocket *socket) {
            ScriptedServer::reply(socket, 401, "{\"error\":{\"code\":\"Unauthorized\",\"message\":\"bad key " + request.header("Authorization") + " / "
                                                   + request.header("Ocp-Apim-Subscription-Key") + "\"}}");
        });
        QVERIFY(server.listen());
        SyncHttp http;
        RrsRequest request;
        request.inputs.append({QStringLiteral("input1"), DataTable(QStringList{QStringLiteral("Col2")})});
        RrsCall call(http.client(), ServiceEndpoint::parse(server.url(QStringLiteral("/workspaces/w/services/s")).toString()),
                     {QStringLiteral("very-secret-api-key"), QStringLiteral("very-secret-sub-key")}, request);
        QSignalSpy finished(&call, &RrsCall::finished);
        call.start();
        QVERIFY(finished.wait(10000));
        const CallError &error = call.result().error;
        QCOMPARE(error.httpStatus, 401);
        QVERIFY2(error.message.startsWith(QLatin1String("bad key")), qPrintable(error.message));
        for (const char *secret : {"very-secret-api-key", "very-secret-sub-key"}) {
            QVERIFY2(!error.message.contains(QLatin1String(secret)), qPrintable(error.message));
            QVERIFY(!error.rawBody.contains(secret));
            QVERIFY(!error.toOneLine().contains(QLatin1String(secret)));
        }
    }

    void cancelEndsTheCall()
    {
        ScriptedServer server([](const ScriptedServer::Request &, QTcpSocket *) {});
        QVERIFY(server.listen());
        QNetworkAccessManager network;
        HttpClient client(&network);
        HttpRequest request;
        request.url = server.url(QStringLiteral("/"));
        HttpCall *call = client.send(request);
        QSignalSpy finished(call, &HttpCall::finished);
        QTimer::singleShot(100, call, &HttpCall::cancel);
        QVERIFY(finished.wait(5000));
        QCOMPARE(call->response().transportError.kind, CallError::Kind::Cancelled);
    }
};

QTEST_GUILESS_MAIN(TestHttpCall)
#include "tst_httpcall.moc"
