#include "core/service/rrscall.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace ScoreDesk;

class TestRrsRequestBuilder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void directCallCarriesBearerKeyOnly()
    {
        const ServiceEndpoint endpoint = ServiceEndpoint::parse(QStringLiteral("https://h/workspaces/w/services/s"));
        RrsRequest request;
        request.inputs.append({QStringLiteral("input1"), DataTable(QStringList{QStringLiteral("Col2")})});
        const HttpRequest http = RrsCall::buildHttpRequest(endpoint, {QStringLiteral("api-key"), QString()}, request);
        QCOMPARE(http.method, QByteArray("POST"));
        QCOMPARE(http.url.toString(), QStringLiteral("https://h/workspaces/w/services/s/execute?api-version=2.0&details=true"));
        QCOMPARE(headerValue(http.headers, "Authorization"), QByteArray("Bearer api-key"));
        QVERIFY(headerValue(http.headers, "Ocp-Apim-Subscription-Key").isNull());
        QCOMPARE(headerValue(http.headers, "content-type"), QByteArray("application/json"));
        QVERIFY(QJsonDocument::fromJson(http.body).object().contains(QLatin1String("Inputs")));
    }

    void gatewayCallAddsSubscriptionKey()
    {
        const ServiceEndpoint endpoint = ServiceEndpoint::parse(QStringLiteral("https://x.azure-api.net/ml/workspaces/w/services/s"));
        RrsRequest request;
        request.swaggerFormat = true;
        const HttpRequest http = RrsCall::buildHttpRequest(endpoint, {QStringLiteral("k"), QStringLiteral("sub")}, request);
        QCOMPARE(headerValue(http.headers, "Ocp-Apim-Subscription-Key"), QByteArray("sub"));
        QVERIFY(http.url.toString().endsWith(QLatin1String("&format=swagger")));
    }

    void credentialHeadersAreKnown()
    {
        QVERIFY(isCredentialHeader("authorization"));
        QVERIFY(isCredentialHeader("Ocp-Apim-Subscription-Key"));
        QVERIFY(!isCredentialHeader("Content-Type"));
    }

    // What may not go out as it is: keys over plain http to another machine, header injection.
    void requestsThatMustNotBeSent()
    {
        const RrsRequest request;
        const ServiceCredentials keys{QStringLiteral("k"), QString()};
        for (const QString &local : {QStringLiteral("http://127.0.0.1:5/workspaces/w/services/s"), QStringLiteral("http://localhost/workspaces/w/services/s"),
                                     QStringLiteral("http://[::1]:8/workspaces/w/services/s"), QStringLiteral("https://remote.example/workspaces/w/services/s")})
            QVERIFY2(requestProblem(RrsCall::buildHttpRequest(ServiceEndpoint::parse(local), keys, request)).isEmpty(), qPrintable(local));
        const ServiceEndpoint remote = ServiceEndpoint::parse(QStringLiteral("http://10.1.2.3/workspaces/w/services/s"));
        QVERIFY(requestProblem(RrsCall::buildHttpRequest(remote, keys, request)).contains(QLatin1String("plain http://")));
        ServiceCredentials allowed = keys;
        allowed.allowCleartext = true;
        QVERIFY(requestProblem(RrsCall::buildHttpRequest(remote, allowed, request)).isEmpty());
        QVERIFY(requestProblem(RrsCall::buildHttpRequest(remote, {}, request)).isEmpty()); // no key, nothing to leak
        const ServiceCredentials injected{QStringLiteral("k\r\nX-Evil: 1"), QString()};
        const QString problem = requestProblem(RrsCall::buildHttpRequest(ServiceEndpoint::parse(QStringLiteral("https://h/workspaces/w/services/s")), injected, request));
        QVERIFY(problem.contains(QLatin1String("control character")));
        QVERIFY(!problem.contains(QLatin1String("X-Evil")));
    }
};

QTEST_APPLESS_MAIN(TestRrsRequestBuilder)
#include "tst_rrsrequestbuilder.moc"
