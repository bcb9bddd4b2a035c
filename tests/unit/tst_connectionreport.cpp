#include "core/englishplurals.h"
#include "core/service/connectiontest.h"

#include <QNetworkReply>
#include <QTest>

using namespace ScoreDesk;

// How "Test connection" puts each outcome in words, without a network.
class TestConnectionReport : public QObject
{
    Q_OBJECT

    const QUrl m_url{QStringLiteral("https://example.azure-api.net/ml/workspaces/w/services/s/swagger.json")};

    static CallError transport(CallError::Kind kind, int code, const QString &message)
    {
        CallError error = CallError::transport(kind, message);
        error.networkCode = code;
        return error;
    }

    static QString lastStep(const ConnectionReport &report) { return report.steps.isEmpty() ? QString() : report.steps.last(); }

private Q_SLOTS:
    void initTestCase()
    {
        installEnglishPlurals(QCoreApplication::instance()); // as the app and the CLI do
    }

    void dnsFailure()
    {
        const ConnectionReport report = ConnectionTest::interpret(m_url, true, 0, {}, transport(CallError::Kind::Network, QNetworkReply::HostNotFoundError, QStringLiteral("Host not found")));
        QVERIFY(!report.ok);
        QVERIFY(report.summary.contains(QLatin1String("DNS")));
        QVERIFY(report.summary.contains(QLatin1String("example.azure-api.net")));
    }

    void refusedConnection()
    {
        const ConnectionReport report = ConnectionTest::interpret(m_url, true, 0, {}, transport(CallError::Kind::Network, QNetworkReply::ConnectionRefusedError, QStringLiteral("refused")));
        QVERIFY(report.summary.contains(QLatin1String("connection refused")));
    }

    void tlsAndTimeout()
    {
        ConnectionReport report = ConnectionTest::interpret(m_url, false, 0, {}, transport(CallError::Kind::Tls, 6, QStringLiteral("The certificate is self-signed")));
        QVERIFY(report.summary.contains(QLatin1String("secure connection")));
        QVERIFY(report.summary.contains(QLatin1String("self-signed")));
        report = ConnectionTest::interpret(m_url, false, 0, {}, transport(CallError::Kind::Timeout, 4, QStringLiteral("slow")));
        QVERIFY(report.summary.contains(QLatin1String("did not answer in time")));
    }

    void gatewayKeyMissingOrWrong()
    {
        ConnectionReport report = ConnectionTest::interpret(m_url, false, 401,
                                                            R"({"statusCode": 401, "message": "Access denied due to missing subscription key."})", {});
        QVERIFY(report.summary.contains(QLatin1String("needs a subscription key")));
        report = ConnectionTest::interpret(m_url, true, 401, R"({"statusCode": 401, "message": "Access denied due to invalid subscription key."})", {});
        QVERIFY(report.summary.contains(QLatin1String("refused the subscription key")));
    }

    void apiKeyRefusedBehindAGateway()
    {
        const ConnectionReport report = ConnectionTest::interpret(m_url, true, 401, R"({"error":{"code":"Unauthorized","message":"bad"}})", {});
        QVERIFY(report.summary.contains(QLatin1String("refused the API key")));
        QVERIFY(report.steps.join(QLatin1Char('\n')).contains(QLatin1String("accepted the subscription key")));
    }

    void notFoundKinds()
    {
        ConnectionReport report = ConnectionTest::interpret(m_url, false, 404, R"({"error":{"code":"NotFound","message":"x","details":[{"code":"WorkspaceNotFound","message":"x"}]}})", {});
        QVERIFY(report.summary.contains(QLatin1String("workspace")));
        report = ConnectionTest::interpret(m_url, false, 404, R"({"error":{"code":"NotFound","message":"x","details":[{"code":"WebServiceNotFound","message":"x"}]}})", {});
        QVERIFY(report.summary.contains(QLatin1String("service in the API location")));
        report = ConnectionTest::interpret(m_url, false, 404, "<html>Not Found</html>", {});
        QVERIFY(report.summary.contains(QLatin1String("404")));
    }

    void answerThatIsNotADescription()
    {
        const ConnectionReport report = ConnectionTest::interpret(m_url, false, 200, "<html>welcome</html>", {});
        QVERIFY(!report.ok);
        QVERIFY(report.summary.contains(QLatin1String("not with a service description")));
    }

    void success()
    {
        const ConnectionReport report = ConnectionTest::interpret(
            m_url, true, 200,
            R"({"swagger":"2.0","info":{"title":"Demo"},"definitions":{"input1Item":{"properties":{"Col1":{},"Col2":{}}},"GlobalParameters":{"properties":{"p":{}}}}})", {});
        QVERIFY(report.ok);
        QCOMPARE(report.inputColumns, 2);
        QCOMPARE(report.globalParameters, 1);
        QVERIFY(report.summary.contains(QLatin1String("Demo")));
        QVERIFY(lastStep(report).contains(QLatin1String("2 input columns, 1 global parameter")));
    }
};

QTEST_GUILESS_MAIN(TestConnectionReport)
#include "tst_connectionreport.moc"
