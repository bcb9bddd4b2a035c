#include "sandboxprocess.h"
#include "scriptedserver.h"

#include "core/http/httpclient.h"
#include "core/service/connectiontest.h"
#include "core/service/rrscall.h"
#include "core/service/serviceschema.h"

#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

using namespace ScoreDesk;

// An online endpoint through the real sandbox: Test Connection, its description, scoring with
// either deployment directly and behind the rate-limited gateway, and its errors.
class TestOnlineEndpoint : public QObject
{
    Q_OBJECT

    SandboxProcess m_sandbox{{QStringLiteral("--rate-limit"), QStringLiteral("3/2")}};
    QNetworkAccessManager m_network;
    HttpClient m_client{&m_network};

    ConnectionTest *startTest(const QUrl &url, const ServiceCredentials &credentials, bool viaGateway)
    {
        auto *test = new ConnectionTest(&m_client, ServiceEndpoint::parse(url.toString()), credentials, viaGateway, this);
        QSignalSpy finished(test, &ConnectionTest::finished);
        test->start();
        if (!finished.wait(30000))
            qFatal("connection test never finished");
        return test;
    }

    RrsResult score(const QUrl &url, const ServiceCredentials &credentials, const QString &deployment, const DataTable &table)
    {
        ServiceEndpoint endpoint = ServiceEndpoint::parse(url.toString());
        endpoint.setDeployment(deployment);
        RrsRequest request;
        request.inputs.append({QStringLiteral("input1"), table});
        RrsCall call(&m_client, endpoint, credentials, request);
        RetryPolicy policy;
        policy.maxRetries = 5;
        call.setRetryPolicy(policy);
        QSignalSpy finished(&call, &RrsCall::finished);
        call.start();
        if (!finished.wait(60000))
            qFatal("score call never finished");
        return call.result();
    }

    static DataTable texts()
    {
        DataTable table({QStringLiteral("id"), QStringLiteral("Col2")});
        table.appendRow({QStringLiteral("1"), QStringLiteral("This is a good day")});
        table.appendRow({QStringLiteral("2"), QStringLiteral("rainy")});
        return table;
    }

    static QStringList rowOf(const DataTable &table, int row)
    {
        return table.row(row);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_sandbox.start(&error), qPrintable(error));
        QVERIFY(m_sandbox.scoreUrl().isValid());
    }

    void connectionTestReadsTheDescription()
    {
        ConnectionTest *test = startTest(m_sandbox.scoreUrl(), {m_sandbox.apiKey(), QString()}, false);
        QVERIFY2(test->report().ok, qPrintable(test->report().summary));
        QCOMPARE(test->report().inputColumns, 1);
        ServiceSchema schema;
        QString error;
        QVERIFY2(ServiceSchema::parse(test->description(), &schema, &error), qPrintable(error));
        QCOMPARE(schema.inputs.size(), 1);
        QCOMPARE(schema.inputs.first().columns.first().name, QStringLiteral("Col2"));
        QVERIFY(schema.inputs.first().columns.first().required);
        QCOMPARE(schema.exampleTable(schema.inputs.first()).row(0), QStringList{QStringLiteral("This is a good day")});
        QCOMPARE(schema.outputs.first().columns.size(), 8);
    }

    void connectionTestThroughTheGatewayAndWithAWrongKey()
    {
        ConnectionTest *viaGateway = startTest(m_sandbox.gatewayScoreUrl(), {m_sandbox.apiKey(), m_sandbox.gatewayKey()}, true);
        QVERIFY2(viaGateway->report().ok, qPrintable(viaGateway->report().summary));
        ConnectionTest *wrong = startTest(m_sandbox.scoreUrl(), {QStringLiteral("wrong"), QString()}, false);
        QVERIFY(!wrong->report().ok);
        QVERIFY2(wrong->report().summary.contains(QLatin1String("refused the key or token")), qPrintable(wrong->report().summary));
        QVERIFY(!wrong->report().summary.contains(QLatin1String("wrong")));
    }

    void anEndpointWithoutDescriptionStillConnects()
    {
        ScriptedServer endpoint([](const ScriptedServer::Request &request, QTcpSocket *socket) {
            if (request.header("Authorization") != "Bearer k")
                return ScriptedServer::reply(socket, 401, "key_auth_access_denied");
            ScriptedServer::reply(socket, 404, "Not Found", {{"Content-Type", "text/plain"}});
        });
        QVERIFY(endpoint.listen());
        ConnectionTest *test = startTest(endpoint.url(QStringLiteral("/score")), {QStringLiteral("k"), QString()}, false);
        QVERIFY2(test->report().ok, qPrintable(test->report().summary));
        QVERIFY(test->report().steps.join(QLatin1Char('\n')).contains(QLatin1String("accepted the key")));
        QVERIFY(test->report().summary.contains(QLatin1String("no description")));
        ConnectionTest *refused = startTest(endpoint.url(QStringLiteral("/score")), {QStringLiteral("other"), QString()}, false);
        QVERIFY(!refused->report().ok);
    }

    void blueAnswersByDefaultAndGreenWhenAsked()
    {
        const RrsResult blue = score(m_sandbox.scoreUrl(), {m_sandbox.apiKey(), QString()}, QString(), texts());
        QVERIFY2(!blue.error.isError(), qPrintable(blue.error.toOneLine()));
        QCOMPARE(blue.deployment, QStringLiteral("blue"));
        QCOMPARE(blue.outputs.size(), 1);
        const DataTable &table = blue.outputs.first().table;
        QCOMPARE(table.columnCount(), 2 + 8);
        // wire-protocols §6: "This is a good day", 3 bits, bigrams.
        QCOMPARE(rowOf(table, 0), QStringList({QStringLiteral("1"), QStringLiteral("This is a good day"), QStringLiteral("1"), QStringLiteral("1"),
                                               QStringLiteral("2"), QStringLiteral("2"), QStringLiteral("0"), QStringLiteral("2"),
                                               QStringLiteral("0"), QStringLiteral("1")}));
        QCOMPARE(table.column(2).type, ColumnType::Double);

        const RrsResult green = score(m_sandbox.scoreUrl(), {m_sandbox.apiKey(), QString()}, QStringLiteral("green"), texts());
        QVERIFY2(!green.error.isError(), qPrintable(green.error.toOneLine()));
        QCOMPARE(green.deployment, QStringLiteral("green"));
        QCOMPARE(green.outputs.first().table.columnCount(), 2 + 16);
    }

    void throughTheRateLimitedGatewayTwiceInARow()
    {
        // Three calls per two seconds: the later ones wait out the 429s and all succeed.
        for (int i = 0; i < 5; ++i) {
            const RrsResult result = score(m_sandbox.gatewayScoreUrl(), {m_sandbox.apiKey(), m_sandbox.gatewayKey()},
                                           i % 2 ? QStringLiteral("green") : QString(), texts());
            QVERIFY2(!result.error.isError(), qPrintable(result.error.toOneLine()));
            QCOMPARE(result.deployment, i % 2 ? QStringLiteral("green") : QStringLiteral("blue"));
            QCOMPARE(result.outputs.first().table.rowCount(), 2);
        }
    }

    void errorsFromTheEndpoint()
    {
        const RrsResult unknown = score(m_sandbox.scoreUrl(), {m_sandbox.apiKey(), QString()}, QStringLiteral("purple"), texts());
        QCOMPARE(unknown.error.httpStatus, 404);
        QVERIFY2(unknown.error.message.contains(QLatin1String("no deployment named \"purple\"")), qPrintable(unknown.error.message));

        DataTable noText({QStringLiteral("id")});
        noText.appendRow({QStringLiteral("1")});
        const RrsResult failed = score(m_sandbox.scoreUrl(), {m_sandbox.apiKey(), QString()}, QString(), noText);
        QCOMPARE(failed.error.httpStatus, 424);
        QVERIFY2(failed.error.message.contains(QLatin1String("KeyError: 'Col2'")), qPrintable(failed.error.message));

        const RrsResult refused = score(m_sandbox.scoreUrl(), {QStringLiteral("not-the-key"), QString()}, QString(), texts());
        QCOMPARE(refused.error.httpStatus, 401);
        QVERIFY(!refused.error.message.contains(QLatin1String("not-the-key")));

        const RrsResult noSubscription = score(m_sandbox.gatewayScoreUrl(), {m_sandbox.apiKey(), QString()}, QString(), texts());
        QCOMPARE(noSubscription.error.httpStatus, 401);
        QCOMPARE(noSubscription.error.kind, CallError::Kind::Gateway);
    }
};

QTEST_GUILESS_MAIN(TestOnlineEndpoint)
#include "tst_onlineendpoint.moc"
