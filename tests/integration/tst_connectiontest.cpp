#include "sandboxprocess.h"

#include "core/http/httpclient.h"
#include "core/service/connectiontest.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace ScoreDesk;

// "Test connection" against the real sandbox, direct and through its gateway.
class TestConnection : public QObject
{
    Q_OBJECT

    SandboxProcess m_sandbox;
    QNetworkAccessManager m_network;
    HttpClient m_client{&m_network};

    ConnectionReport test(const QUrl &url, const ServiceCredentials &credentials, bool viaGateway)
    {
        ConnectionTest connection(&m_client, ServiceEndpoint::parse(url.toString()), credentials, viaGateway);
        QSignalSpy finished(&connection, &ConnectionTest::finished);
        connection.start();
        if (!finished.wait(30000))
            qFatal("connection test never finished");
        return connection.report();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_sandbox.start(&error), qPrintable(error));
    }

    void directSuccess()
    {
        const ConnectionReport report = test(m_sandbox.url(), {m_sandbox.apiKey(), QString()}, false);
        QVERIFY2(report.ok, qPrintable(report.summary));
        QCOMPARE(report.inputColumns, 1);
        QCOMPARE(report.globalParameters, 2);
    }

    void gatewaySuccess()
    {
        const ConnectionReport report = test(m_sandbox.gatewayUrl(), {m_sandbox.apiKey(), m_sandbox.gatewayKey()}, true);
        QVERIFY2(report.ok, qPrintable(report.summary));
        QVERIFY(report.steps.join(QLatin1Char('\n')).contains(QLatin1String("gateway accepted")));
    }

    void wrongApiKey()
    {
        const ConnectionReport report = test(m_sandbox.url(), {QStringLiteral("wrong"), QString()}, false);
        QVERIFY(!report.ok);
        QVERIFY2(report.summary.contains(QLatin1String("refused the API key")), qPrintable(report.summary));
    }

    void gatewayWithoutSubscriptionKey()
    {
        const ConnectionReport report = test(m_sandbox.gatewayUrl(), {m_sandbox.apiKey(), QString()}, false);
        QVERIFY2(report.summary.contains(QLatin1String("needs a subscription key")), qPrintable(report.summary));
    }

    void unknownService()
    {
        QUrl url = m_sandbox.url();
        url.setPath(QStringLiteral("/workspaces/sandbox/services/other"));
        const ConnectionReport report = test(url, {m_sandbox.apiKey(), QString()}, false);
        QVERIFY2(report.summary.contains(QLatin1String("does not exist")), qPrintable(report.summary));
    }

    void nothingListening()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        const ConnectionReport report = test(QUrl(QStringLiteral("http://127.0.0.1:%1/workspaces/a/services/b").arg(port)), {QStringLiteral("k"), QString()}, false);
        QVERIFY2(report.summary.contains(QLatin1String("connection refused")), qPrintable(report.summary));
    }
};

QTEST_GUILESS_MAIN(TestConnection)
#include "tst_connectiontest.moc"
