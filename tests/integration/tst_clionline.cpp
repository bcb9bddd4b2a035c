#include "cliprocess.h"
#include "sandboxprocess.h"
#include "scriptedserver.h"

#include <QFile>
#include <QJsonDocument>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

// scoredesk-cli rrs against online endpoints: the sandbox's, directly and through its gateway,
// and a scripted one for the answer shapes the sandbox does not produce.
class TestCliOnline : public QObject
{
    Q_OBJECT

    SandboxProcess m_sandbox;
    QTemporaryDir m_dir;
    QString m_input;

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("SD_KEY"), m_sandbox.apiKey());
        env.insert(QStringLiteral("SD_SUB"), m_sandbox.gatewayKey());
        return env;
    }

    QStringList rrs(const QUrl &url, const QStringList &more = {}) const
    {
        return QStringList{QStringLiteral("rrs"), QStringLiteral("--url"), url.toString(), QStringLiteral("--api-key-env"), QStringLiteral("SD_KEY"),
                           QStringLiteral("--input"), m_input}
            + more;
    }

    static QList<QByteArray> lines(const QByteArray &out)
    {
        QList<QByteArray> all = out.trimmed().split('\n');
        for (QByteArray &line : all)
            line = line.trimmed();
        return all;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(m_sandbox.start(&error), qPrintable(error));
        m_input = m_dir.filePath(QStringLiteral("in.csv"));
        QFile file(m_input);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("id,Col2\n1,This is a good day\n2,rainy\n");
    }

    void sandboxEndpointPrintsInputsThenPredictions()
    {
        const CliRun run = runCli(rrs(m_sandbox.scoreUrl()), environment());
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QList<QByteArray> out = lines(run.out);
        QCOMPARE(out.size(), 3);
        QVERIFY(out.at(0).startsWith("id,Col2,Col2_HashingFeature.0,"));
        QVERIFY(out.at(0).endsWith(",Col2_HashingFeature.7"));
        QCOMPARE(out.at(1), QByteArray("1,This is a good day,1,1,2,2,0,2,0,1"));
    }

    void deploymentThroughTheGateway()
    {
        const CliRun run = runCli(rrs(m_sandbox.gatewayScoreUrl(), {QStringLiteral("--subscription-key-env"), QStringLiteral("SD_SUB"),
                                                                   QStringLiteral("--deployment"), QStringLiteral("green")}),
                                  environment());
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(lines(run.out).at(0).endsWith(",Col2_HashingFeature.15"));

        const CliRun unknown = runCli(rrs(m_sandbox.scoreUrl(), {QStringLiteral("--deployment"), QStringLiteral("purple")}), environment());
        QCOMPARE(unknown.exitCode, 3);
        QVERIFY2(unknown.err.contains("HTTP 404: The endpoint has no deployment named \"purple\""), unknown.err.constData());
        QCOMPARE(unknown.err.count('\n'), 1);
    }

    void rawPrintsTheServiceJson()
    {
        const CliRun run = runCli(rrs(m_sandbox.scoreUrl(), {QStringLiteral("--raw")}), environment());
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(QJsonDocument::fromJson(run.out).isArray());
    }

    void bodySentAsItIs()
    {
        const QString body = m_dir.filePath(QStringLiteral("body.json"));
        QFile file(body);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"input_data": {"columns": ["Col2"], "index": [0], "data": [["a b"]]}})");
        file.close();
        const CliRun run = runCli({QStringLiteral("rrs"), QStringLiteral("--url"), m_sandbox.scoreUrl().toString(), QStringLiteral("--api-key-env"),
                                   QStringLiteral("SD_KEY"), QStringLiteral("--body"), body},
                                  environment());
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(lines(run.out).size(), 2); // the predictions alone: the CLI has no table of inputs
    }

    void modelFailureIsOneLineAndExitThree()
    {
        const QString input = m_dir.filePath(QStringLiteral("notext.csv"));
        QFile file(input);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("id,text\n1,x\n");
        file.close();
        const CliRun run = runCli({QStringLiteral("rrs"), QStringLiteral("--url"), m_sandbox.scoreUrl().toString(), QStringLiteral("--api-key-env"),
                                   QStringLiteral("SD_KEY"), QStringLiteral("--input"), input},
                                  environment());
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.startsWith("scoredesk-cli: HTTP 424: The model failed (its status 500): KeyError: 'Col2'"), run.err.constData());
    }

    void classicOnlyOptionsAreRefused()
    {
        const CliRun run = runCli(rrs(m_sandbox.scoreUrl(), {QStringLiteral("--param"), QStringLiteral("a=1")}), environment());
        QCOMPARE(run.exitCode, 2);
        const CliRun classic = runCli(rrs(m_sandbox.url(), {QStringLiteral("--deployment"), QStringLiteral("green")}), environment());
        QCOMPARE(classic.exitCode, 2);
    }

    void everyAnswerShape_data()
    {
        QTest::addColumn<QByteArray>("answer");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("scalars") << QByteArray("[0.5, 1e2]") << QByteArray("id,Col2,prediction\n1,This is a good day,0.5\n2,rainy,100\n");
        QTest::newRow("objects in the first object's order")
            << QByteArray(R"([{"zlabel": "pos", "ascore": 0.9}, {"ascore": 0.1, "zlabel": "neg"}])")
            << QByteArray("id,Col2,zlabel,ascore\n1,This is a good day,pos,0.9\n2,rainy,neg,0.1\n");
        QTest::newRow("object holding one array") << QByteArray(R"({"predictions": [true, false], "version": 3})")
                                                  << QByteArray("id,Col2,prediction\n1,This is a good day,true\n2,rainy,false\n");
        QTest::newRow("custom answer as JSON") << QByteArray(R"({"probabilities": [[0.1, 0.9]], "classes": ["a", "b"]})")
                                               << QByteArray(R"({"probabilities": [[0.1, 0.9]], "classes": ["a", "b"]})"
                                                             "\n");
    }

    void everyAnswerShape()
    {
        QFETCH(QByteArray, answer);
        QFETCH(QByteArray, expected);
        ScriptedServer endpoint([answer](const ScriptedServer::Request &request, QTcpSocket *socket) {
            if (!request.body.startsWith(R"({"input_data":{"columns":["id","Col2"],"index":[0,1],"data":[[1,"This is a good day"],[2,"rainy"]]}})"))
                return ScriptedServer::reply(socket, 400, "unexpected body: " + request.body);
            ScriptedServer::reply(socket, 200, answer, {{"Content-Type", "application/json"}, {"azureml-model-deployment", "blue"}});
        });
        QVERIFY(endpoint.listen());
        const CliRun run = runCli(rrs(endpoint.url(QStringLiteral("/score"))), environment());
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(QByteArray(run.out).replace("\r\n", "\n"), expected);
    }

    void aCustomAnswerGoesWhereTheCsvWouldHave()
    {
        ScriptedServer endpoint([](const ScriptedServer::Request &, QTcpSocket *socket) { ScriptedServer::reply(socket, 200, R"({"answer": 42})"); });
        QVERIFY(endpoint.listen());
        const QString file = m_dir.filePath(QStringLiteral("custom.json"));
        const CliRun toFile = runCli(rrs(endpoint.url(QStringLiteral("/score")), {QStringLiteral("--output"), file}), environment());
        QVERIFY2(toFile.exitCode == 0, toFile.err.constData());
        QVERIFY(toFile.out.isEmpty());
        QFile written(file);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QCOMPARE(written.readAll(), QByteArray(R"({"answer": 42})"));
        const QString folder = m_dir.filePath(QStringLiteral("answers"));
        const CliRun toFolder = runCli(rrs(endpoint.url(QStringLiteral("/score")), {QStringLiteral("--output-dir"), folder}), environment());
        QVERIFY2(toFolder.exitCode == 0, toFolder.err.constData());
        QVERIFY(QFile::exists(folder + QStringLiteral("/answer.json")));
    }

    void fewerPredictionsThanRowsAreShownAloneWithAWarning()
    {
        ScriptedServer endpoint([](const ScriptedServer::Request &, QTcpSocket *socket) { ScriptedServer::reply(socket, 200, "[1]"); });
        QVERIFY(endpoint.listen());
        const CliRun run = runCli(rrs(endpoint.url(QStringLiteral("/score"))), environment());
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(QByteArray(run.out).replace("\r\n", "\n"), QByteArray("prediction\n1\n"));
        QVERIFY2(run.err.contains("warning: The service answered 1 prediction(s) for 2 row(s)"), run.err.constData());
    }

    void hostileAnswers_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QByteArray>("says");
        QTest::newRow("html 200") << 200 << QByteArray("<html><title>Proxy login</title></html>") << 1 << QByteArray("not valid JSON");
        QTest::newRow("cut JSON") << 200 << QByteArray(R"([{"a": 1}, {"a")") << 1 << QByteArray("not valid JSON");
        QTest::newRow("408") << 408 << QByteArray("upstream request timeout") << 3 << QByteArray("HTTP 408: The model took longer");
        QTest::newRow("502 html") << 502 << QByteArray("<html><title>Bad Gateway</title></html>") << 3 << QByteArray("HTTP 502: The endpoint is not available right now: Bad Gateway");
    }

    void hostileAnswers()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(int, exitCode);
        QFETCH(QByteArray, says);
        ScriptedServer endpoint([status, body](const ScriptedServer::Request &, QTcpSocket *socket) { ScriptedServer::reply(socket, status, body); });
        QVERIFY(endpoint.listen());
        const CliRun run = runCli(rrs(endpoint.url(QStringLiteral("/score")), {QStringLiteral("--retries"), QStringLiteral("0")}), environment());
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.contains(says), run.err.constData());
        QCOMPARE(run.err.count('\n'), 1);
        QVERIFY(run.out.isEmpty());
    }
};

QTEST_MAIN(TestCliOnline)
#include "tst_clionline.moc"
