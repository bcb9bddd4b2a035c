#include "core/service/bescalls.h"
#include "core/service/bescodec.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace ScoreDesk;

class TestBesCodec : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void submission()
    {
        BesSubmission submission;
        submission.input = {QStringLiteral("UseDevelopmentStorage=true"), QStringLiteral("c/in.csv")};
        submission.outputs.insert(QStringLiteral("output1"), {QStringLiteral("UseDevelopmentStorage=true"), QStringLiteral("c/out.csv")});
        submission.globalParameters.insert(QStringLiteral("Hashing bitsize"), QStringLiteral("4"));
        const QJsonObject root = QJsonDocument::fromJson(encodeBesSubmission(submission)).object();
        QCOMPARE(root[QLatin1String("Input")].toObject()[QLatin1String("RelativeLocation")].toString(), QStringLiteral("c/in.csv"));
        QCOMPARE(root[QLatin1String("Outputs")].toObject()[QLatin1String("output1")].toObject()[QLatin1String("RelativeLocation")].toString(),
                 QStringLiteral("c/out.csv"));
        QVERIFY(!root.contains(QLatin1String("Inputs"))); // never both forms
    }

    void jobId()
    {
        QString id, error;
        QVERIFY(decodeBesJobId("\"539d0bc2fde945b6ac986b851d0000f0\"", &id, &error));
        QCOMPARE(id, QStringLiteral("539d0bc2fde945b6ac986b851d0000f0"));
        QVERIFY(!decodeBesJobId("{\"id\": 1}", &id, &error));
        QVERIFY(!decodeBesJobId("<html>", &id, &error));
        QVERIFY(!error.isEmpty());
    }

    void statusAsNameOrNumber_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("state");
        QTest::newRow("name") << QByteArray("{\"StatusCode\":\"Running\",\"Results\":null,\"Details\":null}") << int(BesJobState::Running);
        QTest::newRow("lower-case name") << QByteArray("{\"StatusCode\":\"finished\",\"Results\":null}") << int(BesJobState::Finished);
        QTest::newRow("number 0") << QByteArray("{\"StatusCode\":0}") << int(BesJobState::NotStarted);
        QTest::newRow("number 2") << QByteArray("{\"StatusCode\":2,\"Details\":\"boom\"}") << int(BesJobState::Failed);
        QTest::newRow("number 3") << QByteArray("{\"StatusCode\":3}") << int(BesJobState::Cancelled);
    }
    void statusAsNameOrNumber()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, state);
        BesStatus status;
        QString error;
        QVERIFY2(decodeBesStatus(body, &status, &error), qPrintable(error));
        QCOMPARE(int(status.state), state);
    }

    void finishedResultsBecomeDownloadUrls()
    {
        const QByteArray body = "{\"StatusCode\":\"Finished\",\"Results\":{\"output1\":{\"ConnectionString\":null,"
                                "\"BaseLocation\":\"https://acct.blob.core.windows.net/\",\"RelativeLocation\":\"container/output.csv\","
                                "\"SasBlobToken\":\"?sv=2013-08-15&sr=b&sig=abc&st=x&se=y&sp=r\"}},\"Details\":null,\"CreatedAt\":\"2026-11-26T10:00:00Z\"}";
        BesStatus status;
        QString error;
        QVERIFY(decodeBesStatus(body, &status, &error));
        QVERIFY(isFinalState(status.state));
        QCOMPARE(status.outputs.size(), 1);
        QCOMPARE(status.outputs.first().url.toString(), QStringLiteral("https://acct.blob.core.windows.net/container/output.csv?sv=2013-08-15&sr=b&sig=abc&st=x&se=y&sp=r"));
        QVERIFY(status.outputs.first().connectionString.isEmpty());
        QCOMPARE(status.outputs.first().relativeLocation, QStringLiteral("container/output.csv"));
        QCOMPARE(status.createdAt, QStringLiteral("2026-11-26T10:00:00Z"));
    }

    void resultsWithAConnectionString()
    {
        const QByteArray body = "{\"StatusCode\":\"Finished\",\"Results\":{\"output1\":{\"ConnectionString\":\"UseDevelopmentStorage=true\","
                                "\"RelativeLocation\":\"/c/o.csv\"}}}";
        BesStatus status;
        QString error;
        QVERIFY(decodeBesStatus(body, &status, &error));
        // Turning these into a signed download is the job layer's work (tst_joboutputs).
        QCOMPARE(status.outputs.first().connectionString, QStringLiteral("UseDevelopmentStorage=true"));
        QCOMPARE(status.outputs.first().relativeLocation, QStringLiteral("c/o.csv"));
        QVERIFY(status.outputs.first().url.isEmpty());
    }

    void hostileJobIdsAreRefused()
    {
        QString id, error;
        for (const char *body : {"\"..\"", "\".\"", "\"../../x\"", "\"a b\"", "\"a?b\"", "\"\"", "\"caf\u00e9\"", "\"%2e%2e\""}) {
            QVERIFY2(!decodeBesJobId(body, &id, &error), body);
            QVERIFY(!error.isEmpty());
        }
        QVERIFY(isValidJobId(QStringLiteral("539d0bc2fde945b6ac986b851d0000f0")));
        QVERIFY(isValidJobId(QStringLiteral("job-1_2.3")));
        QVERIFY(!isValidJobId(QString(201, QLatin1Char('a'))));
    }

    // What each batch call would put on the wire, checked without any network.
    void requestBuilders()
    {
        const ServiceEndpoint endpoint = ServiceEndpoint::parse(QStringLiteral("https://gw.example/ml/workspaces/w/services/s"));
        const ServiceCredentials keys{QStringLiteral("api-key"), QStringLiteral("sub-key")};
        BesSubmission submission;
        submission.input = {QStringLiteral("UseDevelopmentStorage=true"), QStringLiteral("c/in.csv")};
        const HttpRequest submit = BesSubmitCall::buildHttpRequest(endpoint, keys, submission);
        QCOMPARE(submit.method, QByteArray("POST"));
        QCOMPARE(submit.url.toString(), QStringLiteral("https://gw.example/ml/workspaces/w/services/s/jobs?api-version=2.0"));
        QCOMPARE(headerValue(submit.headers, "Authorization"), QByteArray("Bearer api-key"));
        QCOMPARE(headerValue(submit.headers, "Ocp-Apim-Subscription-Key"), QByteArray("sub-key"));
        QCOMPARE(headerValue(submit.headers, "Content-Type"), QByteArray("application/json"));
        QCOMPARE(submit.body, encodeBesSubmission(submission));

        const HttpRequest start = BesJobCall::buildHttpRequest(BesJobOperation::Start, endpoint, keys, QStringLiteral("j1"));
        QCOMPARE(start.method, QByteArray("POST"));
        QCOMPARE(start.url.path(), QStringLiteral("/ml/workspaces/w/services/s/jobs/j1/start"));
        QVERIFY(start.body.isEmpty());
        const HttpRequest status = BesJobCall::buildHttpRequest(BesJobOperation::Status, endpoint, keys, QStringLiteral("j1"));
        QCOMPARE(status.method, QByteArray("GET"));
        QCOMPARE(status.url.path(), QStringLiteral("/ml/workspaces/w/services/s/jobs/j1"));
        const HttpRequest cancel = BesJobCall::buildHttpRequest(BesJobOperation::Cancel, endpoint, keys, QStringLiteral("j1"));
        QCOMPARE(cancel.method, QByteArray("DELETE"));
        QCOMPARE(cancel.url.query(), QStringLiteral("api-version=2.0"));
        QCOMPARE(headerValue(cancel.headers, "Authorization"), QByteArray("Bearer api-key"));
        // Without a gateway, no subscription key header at all.
        const HttpRequest direct = BesJobCall::buildHttpRequest(BesJobOperation::Status, endpoint, {QStringLiteral("k"), QString()}, QStringLiteral("j1"));
        QVERIFY(headerValue(direct.headers, "Ocp-Apim-Subscription-Key").isNull());
    }

    void unknownStatusIsAnError()
    {
        BesStatus status;
        QString error;
        QVERIFY(!decodeBesStatus("{\"StatusCode\":\"Sleeping\"}", &status, &error));
        QVERIFY(!decodeBesStatus("{\"StatusCode\":9}", &status, &error));
        QVERIFY(!decodeBesStatus("nope", &status, &error));
    }
};

QTEST_APPLESS_MAIN(TestBesCodec)
#include "tst_bescodec.moc"
