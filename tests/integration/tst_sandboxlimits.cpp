#include "sandboxprocess.h"
#include "synchttp.h"
#include "testdata.h"

#include "core/service/serviceerror.h"
#include "core/service/rrscall.h"

#include <QSignalSpy>
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

        HttpCall *first = client.send(request);
        QSignalSpy firstDone(first, &HttpCall::finished);
        QTest::qWait(300); // the first call is now being processed
        HttpCall *second = client.send(request);
        QSignalSpy secondDone(second, &HttpCall::finished);
        QVERIFY(secondDone.wait(10000));
        QCOMPARE(second->response().status, 503);
        const CallError throttled = decodeServiceError(503, second->response().body, second->response().header("Retry-After"));
        QCOMPARE(throttled.detailCode, QStringLiteral("RequestThrottled"));
        QCOMPARE(throttled.retryAfterSeconds, std::optional<int>(1));
        QVERIFY(firstDone.count() == 1 || firstDone.wait(10000));
        QCOMPARE(first->response().status, 200);
        // Once the first call is done there is room again.
        HttpCall *third = client.send(request);
        QSignalSpy thirdDone(third, &HttpCall::finished);
        QVERIFY(thirdDone.wait(10000));
        QCOMPARE(third->response().status, 200);
    }
};

QTEST_GUILESS_MAIN(TestSandboxLimits)
#include "tst_sandboxlimits.moc"
