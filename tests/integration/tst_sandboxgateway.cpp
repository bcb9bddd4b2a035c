#include "sandboxprocess.h"
#include "synchttp.h"
#include "testdata.h"

#include "core/service/serviceerror.h"
#include "core/service/rrscall.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace ScoreDesk;

// The sandbox's API gateway mode: subscription keys, the sliding-window rate limit (429) and
// the call quota (403), each through real sockets.
class TestSandboxGateway : public QObject
{
    Q_OBJECT


    static HeaderList headers(const SandboxProcess &sandbox, const QByteArray &subscriptionKey)
    {
        HeaderList list{{"Authorization", "Bearer " + sandbox.apiKey().toUtf8()}};
        if (!subscriptionKey.isNull())
            list.append({"Ocp-Apim-Subscription-Key", subscriptionKey});
        return list;
    }

    static QUrl executeUrl(const SandboxProcess &sandbox)
    {
        return ServiceEndpoint::parse(sandbox.gatewayUrl().toString()).executeUrl();
    }

private Q_SLOTS:
    void subscriptionKeys()
    {
        SandboxProcess sandbox;
        QString error;
        QVERIFY2(sandbox.start(&error), qPrintable(error));
        SyncHttp http;
        const QUrl url = executeUrl(sandbox);

        HttpResponse response = http.post(url, guideRequestBody(), headers(sandbox, QByteArray()));
        QCOMPARE(response.status, 401);
        CallError refusal = decodeServiceError(401, response.body);
        QCOMPARE(refusal.kind, CallError::Kind::Gateway);
        QVERIFY(refusal.message.contains(QLatin1String("missing subscription key")));

        response = http.post(url, guideRequestBody(), headers(sandbox, "wrong"));
        QCOMPARE(response.status, 401);
        QVERIFY(decodeServiceError(401, response.body).message.contains(QLatin1String("invalid subscription key")));

        QCOMPARE(http.post(url, guideRequestBody(), headers(sandbox, sandbox.gatewayKey().toUtf8())).status, 200);

        QUrl withQueryKey = url;
        QUrlQuery query(withQueryKey);
        query.addQueryItem(QStringLiteral("subscription-key"), sandbox.gatewayKey());
        withQueryKey.setQuery(query);
        QCOMPARE(http.post(withQueryKey, guideRequestBody(), headers(sandbox, QByteArray())).status, 200);

        // Past the gateway, the backend key still counts.
        HeaderList badBackendKey{{"Authorization", "Bearer nope"}, {"Ocp-Apim-Subscription-Key", sandbox.gatewayKey().toUtf8()}};
        response = http.post(url, guideRequestBody(), badBackendKey);
        QCOMPARE(response.status, 401);
        QCOMPARE(decodeServiceError(401, response.body).kind, CallError::Kind::Service);

        // Unknown paths under the gateway get the gateway's own 404.
        QUrl unknown = sandbox.gatewayUrl();
        unknown.setPath(QStringLiteral("/azureml-demo/other"));
        response = http.get(unknown, headers(sandbox, sandbox.gatewayKey().toUtf8()));
        QCOMPARE(response.status, 404);

        // The sandbox's stderr log never shows either key, even when one came in the query.
        const QByteArray log = sandbox.standardError();
        QVERIFY(log.contains("subscription-key=***"));
        QVERIFY(!log.contains(sandbox.gatewayKey().toUtf8()));
        QVERIFY(!log.contains(sandbox.apiKey().toUtf8()));
    }

    void rateLimitIs429WithRetryAfter()
    {
        SandboxProcess sandbox({QStringLiteral("--rate-limit"), QStringLiteral("2/60")});
        QString error;
        QVERIFY2(sandbox.start(&error), qPrintable(error));
        SyncHttp http;
        const QUrl url = executeUrl(sandbox);
        const HeaderList auth = headers(sandbox, sandbox.gatewayKey().toUtf8());
        QCOMPARE(http.post(url, guideRequestBody(), auth).status, 200);
        QCOMPARE(http.post(url, guideRequestBody(), auth).status, 200);
        const HttpResponse limited = http.post(url, guideRequestBody(), auth);
        QCOMPARE(limited.status, 429);
        const CallError error429 = decodeServiceError(429, limited.body, limited.header("Retry-After"));
        QCOMPARE(error429.kind, CallError::Kind::Gateway);
        QVERIFY(error429.retryAfterSeconds && *error429.retryAfterSeconds > 50 && *error429.retryAfterSeconds <= 60);
        QVERIFY(error429.message.startsWith(QLatin1String("Rate limit is exceeded.")));
        // The direct path is not behind the gateway and is not limited.
        const QUrl direct = ServiceEndpoint::parse(sandbox.url().toString()).executeUrl();
        QCOMPARE(http.post(direct, guideRequestBody(), headers(sandbox, QByteArray())).status, 200);
    }

    void shortWindowFreesUpAfterRetryAfter()
    {
        SandboxProcess sandbox({QStringLiteral("--rate-limit"), QStringLiteral("1/2")});
        QString error;
        QVERIFY2(sandbox.start(&error), qPrintable(error));
        SyncHttp http;
        const QUrl url = executeUrl(sandbox);
        const HeaderList auth = headers(sandbox, sandbox.gatewayKey().toUtf8());
        QCOMPARE(http.post(url, guideRequestBody(), auth).status, 200);
        const HttpResponse limited = http.post(url, guideRequestBody(), auth);
        QCOMPARE(limited.status, 429);
        const int wait = limited.header("Retry-After").toInt();
        QVERIFY(wait >= 1 && wait <= 2);
        QTest::qWait(wait * 1000 + 100);
        QCOMPARE(http.post(url, guideRequestBody(), auth).status, 200);
    }

    void quotaIs403()
    {
        SandboxProcess sandbox({QStringLiteral("--quota"), QStringLiteral("2")});
        QString error;
        QVERIFY2(sandbox.start(&error), qPrintable(error));
        SyncHttp http;
        const QUrl url = executeUrl(sandbox);
        const HeaderList auth = headers(sandbox, sandbox.gatewayKey().toUtf8());
        QCOMPARE(http.post(url, guideRequestBody(), auth).status, 200);
        QCOMPARE(http.post(url, guideRequestBody(), auth).status, 200);
        const HttpResponse refused = http.post(url, guideRequestBody(), auth);
        QCOMPARE(refused.status, 403);
        const CallError quota = decodeServiceError(403, refused.body, refused.header("Retry-After"));
        static const QRegularExpression wording(QStringLiteral("^Out of call volume quota\\. Quota will be replenished in (6\\.23:59:\\d\\d|7\\.00:00:00)\\.$"));
        QVERIFY2(wording.match(quota.message).hasMatch(), qPrintable(quota.message));
        QVERIFY(quota.retryAfterSeconds && *quota.retryAfterSeconds > 600000);
    }
};

QTEST_GUILESS_MAIN(TestSandboxGateway)
#include "tst_sandboxgateway.moc"
