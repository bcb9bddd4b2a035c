#include "sandboxprocess.h"
#include "synchttp.h"
#include "testdata.h"

#include "core/service/serviceerror.h"
#include "core/service/rrscall.h"

#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

using namespace ScoreDesk;

// Body-size and concurrency limits, each on a sandbox started with small limits.
class TestSandboxLimits : public QObject
{
    Q_OBJECT


private Q_SLOTS:
    void oversizedBodyIs413()
    {
        SandboxProcess sandbox({QStringLiteral("--max-body-bytes"), QStringLiteral("200")});
        QString error;
        QVERIFY2(sandbox.start(&error), qPrintable(error));
        SyncHttp http;
        const ServiceEndpoint endpoint = ServiceEndpoint::parse(sandbox.url().toString());
        const HeaderList auth{{"Authorization", "Bearer " + sandbox.apiKey().toUtf8()}};
        QCOMPARE(http.post(endpoint.executeUrl(), guideRequestBody(), auth).status, 200);
        QByteArray big = guideRequestBody();
        big.replace("This is a good day", QByteArray(300, 'x'));
        const HttpResponse response = http.post(endpoint.executeUrl(), big, auth);
        QCOMPARE(response.status, 413);
        QCOMPARE(decodeServiceError(413, response.body).code, QStringLiteral("MemoryQuotaViolation"));
    }

    // A body announced as 2 GB is refused by its Content-Length before it is read, and what the
    // client sends anyway is thrown away as it comes: the sandbox's memory does not grow.
    void announcedHugeBodyIsRefusedUpFront()
    {
        SandboxProcess sandbox({QStringLiteral("--max-body-bytes"), QStringLiteral("1048576")});
        QString error;
        QVERIFY2(sandbox.start(&error), qPrintable(error));
        const qint64 before = sandbox.residentBytes();
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, quint16(sandbox.url().port()));
        QVERIFY(socket.waitForConnected(5000));
        socket.write("POST " + sandbox.url().path().toUtf8() + "/execute?api-version=2.0 HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer "
                     + sandbox.apiKey().toUtf8() + "\r\nContent-Type: application/json\r\nContent-Length: 2000000000\r\n\r\n");
        const QByteArray junk(1024 * 1024, 'x');
        QByteArray answer;
        for (int sent = 0; sent < 200 && !answer.contains("\r\n\r\n{"); ++sent) { // up to 200 MB
            socket.write(junk);
            socket.waitForBytesWritten(5000);
            if (socket.waitForReadyRead(10))
                answer += socket.readAll();
        }
        QTRY_VERIFY(answer.contains("}") || (answer += socket.readAll()).contains("}"));
        QVERIFY2(answer.startsWith("HTTP/1.1 413"), answer.left(200).constData());
        QCOMPARE(decodeServiceError(413, answer.mid(answer.indexOf("\r\n\r\n") + 4)).detailCode, QStringLiteral("RequestBodyTooLarge"));
        const qint64 after = sandbox.residentBytes();
        QVERIFY2(after - before < 16 * 1024 * 1024, qPrintable(QStringLiteral("grew by %1 bytes").arg(after - before)));
        QTRY_VERIFY(sandbox.standardError().contains("413 refused at the door"));
    }

    // One request per connection, whichever HTTP server Qt brings: the connection closes once the
    // answer is through, also for a keep-alive client that waits for "100 Continue" first.
    void connectionClosesAfterTheAnswer_data()
    {
        QTest::addColumn<QByteArray>("extraHeaders");
        QTest::newRow("keep-alive") << QByteArray("Connection: keep-alive\r\n");
        QTest::newRow("expect 100-continue") << QByteArray("Connection: keep-alive\r\nExpect: 100-continue\r\n");
    }
    void connectionClosesAfterTheAnswer()
    {
        QFETCH(QByteArray, extraHeaders);
        SandboxProcess sandbox;
        QString error;
        QVERIFY2(sandbox.start(&error), qPrintable(error));
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, quint16(sandbox.url().port()));
        QVERIFY(socket.waitForConnected(5000));
        const QByteArray body = guideRequestBody();
        socket.write("POST " + sandbox.url().path().toUtf8() + "/execute?api-version=2.0 HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer "
                     + sandbox.apiKey().toUtf8() + "\r\nContent-Type: application/json\r\n" + extraHeaders
                     + "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body);
        QByteArray answer;
        QTRY_VERIFY_WITH_TIMEOUT((answer += socket.readAll(), socket.state() == QAbstractSocket::UnconnectedState), 10000);
        answer += socket.readAll();
        const qsizetype finalHead = answer.indexOf("HTTP/1.1 200");
        QVERIFY2(finalHead >= 0, answer.left(300).constData());
        QVERIFY(answer.endsWith("}"));
    }

    // Chunked bodies have no length to check up front: the sandbox asks for one.
    void chunkedBodyIs411()
    {
        SandboxProcess sandbox;
        QString error;
        QVERIFY2(sandbox.start(&error), qPrintable(error));
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, quint16(sandbox.url().port()));
        QVERIFY(socket.waitForConnected(5000));
        socket.write("POST " + sandbox.url().path().toUtf8() + "/execute?api-version=2.0 HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n");
        QByteArray answer;
        QTRY_VERIFY((answer += socket.readAll()).contains("}"));
        QVERIFY2(answer.startsWith("HTTP/1.1 411"), answer.constData());
    }

    void tooManyConcurrentCallsIs503WithRetryAfter()
    {
        SandboxProcess sandbox({QStringLiteral("--max-concurrent"), QStringLiteral("1"), QStringLiteral("--delay-ms"), QStringLiteral("1500")});
        QString error;
        QVERIFY2(sandbox.start(&error), qPrintable(error));
        QNetworkAccessManager network;
        HttpClient client(&network);
        const ServiceEndpoint endpoint = ServiceEndpoint::parse(sandbox.url().toString());
        HttpRequest request;
        request.method = "POST";
        request.url = endpoint.executeUrl();
        request.body = guideRequestBody();
        request.headers = {{"Authorization", "Bearer " + sandbox.apiKey().toUtf8()}, {"Content-Type", "application/json"}};

        // Two at once: whichever arrives second finds the first being processed (1.5 s).
        HttpCall *first = client.send(request);
        HttpCall *second = client.send(request);
        QSignalSpy firstDone(first, &HttpCall::finished);
        QSignalSpy secondDone(second, &HttpCall::finished);
        QTRY_VERIFY_WITH_TIMEOUT(firstDone.count() == 1 && secondDone.count() == 1, 10000);
        const HttpCall *refused = first->response().status == 503 ? first : second;
        const HttpCall *served = refused == first ? second : first;
        QCOMPARE(served->response().status, 200);
        QCOMPARE(refused->response().status, 503);
        const CallError throttled = decodeServiceError(503, refused->response().body, refused->response().header("Retry-After"));
        QCOMPARE(throttled.detailCode, QStringLiteral("RequestThrottled"));
        QCOMPARE(throttled.retryAfterSeconds, std::optional<int>(1));
        // Once the first call is done there is room again.
        HttpCall *third = client.send(request);
        QSignalSpy thirdDone(third, &HttpCall::finished);
        QVERIFY(thirdDone.wait(10000));
        QCOMPARE(third->response().status, 200);
    }
};

QTEST_GUILESS_MAIN(TestSandboxLimits)
#include "tst_sandboxlimits.moc"
