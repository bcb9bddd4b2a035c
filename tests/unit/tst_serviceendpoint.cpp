#include "core/service/serviceendpoint.h"

#include <QTest>

using namespace ScoreDesk;

class TestServiceEndpoint : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void acceptedForms_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("location");
        const QString regional = QStringLiteral("https://ussouthcentral.services.azureml.net/workspaces/ws1/services/svc9");
        QTest::newRow("plain") << regional << regional;
        QTest::newRow("trailing slash") << regional + QLatin1Char('/') << regional;
        QTest::newRow("pasted execute url") << regional + QStringLiteral("/execute?api-version=2.0&details=true") << regional;
        QTest::newRow("pasted swagger url") << regional + QStringLiteral("/swagger.json") << regional;
        QTest::newRow("pasted job url") << regional + QStringLiteral("/jobs/abc/start?api-version=2.0") << regional;
        QTest::newRow("gateway") << QStringLiteral("https://contoso.azure-api.net/azureml-demo/workspaces/ws1/services/svc9")
                                 << QStringLiteral("https://contoso.azure-api.net/azureml-demo/workspaces/ws1/services/svc9");
        QTest::newRow("local http with port") << QStringLiteral("  http://127.0.0.1:8080/workspaces/sandbox/services/feature-hashing ")
                                              << QStringLiteral("http://127.0.0.1:8080/workspaces/sandbox/services/feature-hashing");
    }
    void acceptedForms()
    {
        QFETCH(QString, text);
        QFETCH(QString, location);
        QString error;
        const ServiceEndpoint endpoint = ServiceEndpoint::parse(text, &error);
        QVERIFY2(endpoint.isValid(), qPrintable(error));
        QCOMPARE(endpoint.location().toString(), location);
    }

    void rejectedForms_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("no scheme") << QStringLiteral("ussouthcentral.services.azureml.net/workspaces/a/services/b");
        QTest::newRow("ftp") << QStringLiteral("ftp://host/workspaces/a/services/b");
        QTest::newRow("no service path") << QStringLiteral("https://host/api/predict");
        QTest::newRow("missing service") << QStringLiteral("https://host/workspaces/a/services/");
    }
    void rejectedForms()
    {
        QFETCH(QString, text);
        QString error;
        QVERIFY(!ServiceEndpoint::parse(text, &error).isValid());
        QVERIFY(!error.isEmpty());
    }

    void urlsForEveryOperation()
    {
        const ServiceEndpoint endpoint = ServiceEndpoint::parse(QStringLiteral("https://h.example/workspaces/w/services/s"));
        QCOMPARE(endpoint.workspace(), QStringLiteral("w"));
        QCOMPARE(endpoint.service(), QStringLiteral("s"));
        QCOMPARE(endpoint.executeUrl().toString(), QStringLiteral("https://h.example/workspaces/w/services/s/execute?api-version=2.0&details=true"));
        QCOMPARE(endpoint.executeUrl(true).toString(), QStringLiteral("https://h.example/workspaces/w/services/s/execute?api-version=2.0&details=true&format=swagger"));
        QCOMPARE(endpoint.swaggerUrl().toString(), QStringLiteral("https://h.example/workspaces/w/services/s/swagger.json?api-version=2.0"));
        QCOMPARE(endpoint.jobsUrl().toString(), QStringLiteral("https://h.example/workspaces/w/services/s/jobs?api-version=2.0"));
        QCOMPARE(endpoint.jobUrl(QStringLiteral("j1")).toString(), QStringLiteral("https://h.example/workspaces/w/services/s/jobs/j1?api-version=2.0"));
        QCOMPARE(endpoint.jobStartUrl(QStringLiteral("j1")).toString(), QStringLiteral("https://h.example/workspaces/w/services/s/jobs/j1/start?api-version=2.0"));
    }

    // A job id comes from the service: whatever it holds, it stays one path segment.
    void hostileJobIdsStayOneSegment()
    {
        const ServiceEndpoint endpoint = ServiceEndpoint::parse(QStringLiteral("https://h.example/workspaces/w/services/s"));
        QCOMPARE(endpoint.jobUrl(QStringLiteral("../../x")).path(QUrl::FullyEncoded), QStringLiteral("/workspaces/w/services/s/jobs/..%2F..%2Fx"));
        QCOMPARE(endpoint.jobUrl(QStringLiteral("a?b#c")).path(QUrl::FullyEncoded), QStringLiteral("/workspaces/w/services/s/jobs/a%3Fb%23c"));
        QCOMPARE(endpoint.jobUrl(QStringLiteral("a?b#c")).query(), QStringLiteral("api-version=2.0"));
        QCOMPARE(endpoint.jobStartUrl(QStringLiteral("x/start")).path(QUrl::FullyEncoded), QStringLiteral("/workspaces/w/services/s/jobs/x%2Fstart/start"));
        QCOMPARE(endpoint.jobUrl(QStringLiteral("caf\u00e9 1")).path(QUrl::FullyEncoded), QStringLiteral("/workspaces/w/services/s/jobs/caf%C3%A9%201"));
    }

    void apiVersionTakenFromPastedUrl()
    {
        const ServiceEndpoint endpoint = ServiceEndpoint::parse(QStringLiteral("https://h/workspaces/w/services/s/execute?api-version=2.1"));
        QCOMPARE(endpoint.apiVersion(), QStringLiteral("2.1"));
    }
};

QTEST_APPLESS_MAIN(TestServiceEndpoint)
#include "tst_serviceendpoint.moc"
