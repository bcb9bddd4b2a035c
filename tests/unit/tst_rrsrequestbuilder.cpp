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
};

QTEST_APPLESS_MAIN(TestRrsRequestBuilder)
#include "tst_rrsrequestbuilder.moc"
