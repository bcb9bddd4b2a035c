// Online endpoints (wire-protocols §7): scoring URIs, the split body, every answer shape, the
// errors in words, and token expiry.
#include "core/service/endpointerror.h"
#include "core/service/rrscall.h"
#include "core/service/scorecodec.h"
#include "core/workspace/tokenexpiry.h"
#include "core/workspace/workspace.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

using namespace ScoreDesk;

namespace {

DataTable inputTable()
{
    DataTable table({QStringLiteral("Col1"), QStringLiteral("Col2")});
    table.appendRow({QStringLiteral("1"), QStringLiteral("This is a good day")});
    table.appendRow({QStringLiteral("2.5"), QStringLiteral("rainy")});
    return table;
}

QStringList columnOf(const DataTable &table, const QString &name)
{
    const qsizetype index = table.columnIndex(name);
    return index < 0 ? QStringList() : table.column(index).texts();
}

HttpResponse answer(int status, const QByteArray &body, HeaderList headers = {})
{
    HttpResponse response;
    response.status = status;
    response.body = body;
    response.headers = headers;
    return response;
}

} // namespace

class TestScoreCodec : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void scoringUrisAreOnlineEndpoints()
    {
        const ServiceEndpoint endpoint = ServiceEndpoint::parse(QStringLiteral("https://my-endpoint.westeurope.inference.ml.azure.com/score"));
        QVERIFY(endpoint.isValid());
        QVERIFY(endpoint.isOnlineEndpoint());
        QCOMPARE(endpoint.service(), QStringLiteral("my-endpoint"));
        QCOMPARE(endpoint.scoreUrl().toString(), QStringLiteral("https://my-endpoint.westeurope.inference.ml.azure.com/score"));
        QCOMPARE(endpoint.swaggerUrl().toString(), QStringLiteral("https://my-endpoint.westeurope.inference.ml.azure.com/swagger.json"));

        // Behind a gateway, with a trailing slash: the segment before /score names it.
        const ServiceEndpoint viaGateway = ServiceEndpoint::parse(QStringLiteral("https://contoso.azure-api.net/hashing/score/"));
        QVERIFY(viaGateway.isOnlineEndpoint());
        QCOMPARE(viaGateway.service(), QStringLiteral("hashing"));
        QCOMPARE(viaGateway.scoreUrl().path(), QStringLiteral("/hashing/score"));
        QCOMPARE(viaGateway.swaggerUrl().path(), QStringLiteral("/hashing/swagger.json"));

        // The user may say a URL of another form is an endpoint's scoring URI.
        const ServiceEndpoint forced = ServiceEndpoint::parse(QStringLiteral("https://contoso.azure-api.net/hashing/predict"), ServiceKind::OnlineEndpoint);
        QVERIFY(forced.isOnlineEndpoint());
        QCOMPARE(forced.scoreUrl().path(), QStringLiteral("/hashing/predict"));
        // ... and that a /score URL is not a classic service.
        QString error;
        QVERIFY(!ServiceEndpoint::parse(QStringLiteral("https://x.example/score"), ServiceKind::ClassicService, &error).isValid());
        QVERIFY2(error.contains(QLatin1String("/score")), qPrintable(error));
        QVERIFY(!ServiceEndpoint::parse(QStringLiteral("https://h/workspaces/w/services/s")).isOnlineEndpoint());
    }

    void workspaceKeepsKindDeploymentAndToken()
    {
        Workspace workspace;
        workspace.id = QUuid::createUuid();
        workspace.name = QStringLiteral("endpoint");
        workspace.apiLocation = QStringLiteral("https://contoso.azure-api.net/hashing/predict");
        workspace.kind = ServiceKind::OnlineEndpoint;
        workspace.deployment = QStringLiteral("green");
        workspace.keyIsToken = true;
        workspace.tokenExpiresAt = QDateTime(QDate(2030, 1, 2), QTime(3, 4, 5), QTimeZone::utc());
        const Workspace read = Workspace::fromJson(workspace.toJson());
        QCOMPARE(read, workspace);
        QCOMPARE(read.endpoint().deployment(), QStringLiteral("green"));
        QVERIFY(read.endpoint().isOnlineEndpoint());
        QVERIFY(read.validate().isEmpty());

        // A file from before online endpoints: the kind comes from the URL.
        QJsonObject old = workspace.toJson();
        old.remove(QStringLiteral("kind"));
        old.insert(QStringLiteral("apiLocation"), QStringLiteral("https://e.region.inference.ml.azure.com/score"));
        QVERIFY(Workspace::fromJson(old).isOnlineEndpoint());
        old.insert(QStringLiteral("apiLocation"), QStringLiteral("https://h/workspaces/w/services/s"));
        QVERIFY(!Workspace::fromJson(old).isOnlineEndpoint());

        workspace.deployment = QStringLiteral("blue; rm -rf");
        QVERIFY(!workspace.validate().isEmpty());
    }

    void tokenExpiryComesFromTheJwtAndIsWarnedAbout()
    {
        const QByteArray payload = QByteArray(R"({"exp":1900000000,"iss":"azureml"})").toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        const QString token = QStringLiteral("eyJhbGciOiJIUzI1NiJ9.") + QString::fromLatin1(payload) + QStringLiteral(".c2lnbmF0dXJl");
        QCOMPARE(tokenExpiry(token), QDateTime::fromSecsSinceEpoch(1900000000, QTimeZone::utc()));
        QVERIFY(!tokenExpiry(QStringLiteral("a-plain-key")).isValid());
        QVERIFY(!tokenExpiry(QStringLiteral("a.b.c")).isValid());

        Workspace workspace;
        workspace.name = QStringLiteral("prod");
        workspace.apiLocation = QStringLiteral("https://e.region.inference.ml.azure.com/score");
        workspace.kind = ServiceKind::OnlineEndpoint;
        workspace.keyIsToken = true;
        const QDateTime now(QDate(2026, 11, 27), QTime(12, 0), QTimeZone::utc());
        workspace.tokenExpiresAt = now.addSecs(3 * 3600);
        QVERIFY(workspace.tokenWarning(now).isEmpty());
        workspace.tokenExpiresAt = now.addSecs(10 * 60);
        QVERIFY2(workspace.tokenWarning(now).contains(QLatin1String("10 minute")), qPrintable(workspace.tokenWarning(now)));
        workspace.tokenExpiresAt = now.addSecs(-1);
        QVERIFY(workspace.tokenWarning(now).contains(QLatin1String("expired")));
        workspace.keyIsToken = false; // keys never expire
        QVERIFY(workspace.tokenWarning(now).isEmpty());
    }

    void splitBodyKeepsColumnOrderAndNumbers()
    {
        DataTable table({QStringLiteral("zeta"), QStringLiteral("alpha"), QStringLiteral("code")});
        table.appendRow({QStringLiteral("1.50"), QStringLiteral("x \"y\""), QStringLiteral("007")});
        table.appendRow({QStringLiteral("2"), QString(), QStringLiteral("12")}, {false, true, false});
        // No description: columns whose values are all numbers go as numbers.
        QCOMPARE(encodeSplitBody(table, true),
                 QByteArray("{\"input_data\":{\"columns\":[\"zeta\",\"alpha\",\"code\"],\"index\":[0,1],\"data\":[[1.50,\"x \\\"y\\\"\",7],[2,null,12]]}}"));
        // A description says what is a number: "code" is text there.
        table.setColumnType(0, ColumnType::Double);
        QCOMPARE(encodeSplitBody(table, false),
                 QByteArray("{\"input_data\":{\"columns\":[\"zeta\",\"alpha\",\"code\"],\"index\":[0,1],\"data\":[[1.50,\"x \\\"y\\\"\",\"007\"],[2,null,\"12\"]]}}"));

        DataTable back;
        QString error;
        QVERIFY2(decodeSplitBody(encodeSplitBody(table, false), &back, &error), qPrintable(error));
        QCOMPARE(back.columnNames(), table.columnNames());
        QCOMPARE(back.row(0), QStringList({QStringLiteral("1.5"), QStringLiteral("x \"y\""), QStringLiteral("007")}));
        QVERIFY(back.isNull(1, 1));
        QVERIFY(!decodeSplitBody("{\"Inputs\":{}}", &back, &error));
    }

    void answerShapes_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("shape");
        QTest::addColumn<QString>("arrayName");
        QTest::addColumn<QStringList>("columns");
        QTest::addColumn<QStringList>("firstColumn");

        QTest::newRow("scalars") << QByteArray("[0.25, 1]") << int(ScoreAnswerShape::Scalars) << QString()
                                 << QStringList{QStringLiteral("prediction")} << QStringList{QStringLiteral("0.25"), QStringLiteral("1")};
        QTest::newRow("text scalars") << QByteArray(R"(["cat", null])") << int(ScoreAnswerShape::Scalars) << QString()
                                      << QStringList{QStringLiteral("prediction")} << QStringList{QStringLiteral("cat"), QString()};
        // Columns in the first object's order, not sorted; a later key gets its own column.
        QTest::newRow("objects") << QByteArray(R"([{"z": 1, "a": "x"}, {"a": "y", "z": 2, "extra": true}])") << int(ScoreAnswerShape::Objects) << QString()
                                 << QStringList{QStringLiteral("z"), QStringLiteral("a"), QStringLiteral("extra")}
                                 << QStringList{QStringLiteral("1"), QStringLiteral("2")};
        QTest::newRow("predictions holding scalars") << QByteArray(R"({"predictions": [3, 4]})") << int(ScoreAnswerShape::Scalars)
                                                     << QStringLiteral("predictions") << QStringList{QStringLiteral("prediction")}
                                                     << QStringList{QStringLiteral("3"), QStringLiteral("4")};
        QTest::newRow("result holding objects, beside a scalar") << QByteArray(R"({"model": "v2", "result": [{"label": "a"}, {"label": "b"}]})")
                                                                 << int(ScoreAnswerShape::Objects) << QStringLiteral("result")
                                                                 << QStringList{QStringLiteral("label")}
                                                                 << QStringList{QStringLiteral("a"), QStringLiteral("b")};
        QTest::newRow("nested value kept as JSON") << QByteArray(R"([{"p": [0.1, 0.9]}, {"p": [1, 0]}])") << int(ScoreAnswerShape::Objects)
                                                   << QString() << QStringList{QStringLiteral("p")}
                                                   << QStringList{QStringLiteral("[0.1, 0.9]"), QStringLiteral("[1, 0]")};
        QTest::newRow("custom: array of arrays") << QByteArray("[[0.1, 0.9], [0.8, 0.2]]") << int(ScoreAnswerShape::Custom) << QString()
                                                 << QStringList() << QStringList();
        QTest::newRow("custom: mixed array") << QByteArray(R"([1, {"a": 2}])") << int(ScoreAnswerShape::Custom) << QString()
                                             << QStringList() << QStringList();
        QTest::newRow("custom: two arrays") << QByteArray(R"({"a": [1], "b": [2]})") << int(ScoreAnswerShape::Custom) << QString()
                                            << QStringList() << QStringList();
        QTest::newRow("custom: a string") << QByteArray(R"("done")") << int(ScoreAnswerShape::Custom) << QString() << QStringList()
                                          << QStringList();
    }

    void answerShapes()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, shape);
        QFETCH(QString, arrayName);
        QFETCH(QStringList, columns);
        QFETCH(QStringList, firstColumn);
        ScoreAnswer read;
        QString error;
        QVERIFY2(decodeScoreAnswer(body, &read, &error), qPrintable(error));
        QCOMPARE(int(read.shape), shape);
        QCOMPARE(read.arrayName, arrayName);
        QCOMPARE(read.predictions.columnNames(), columns);
        if (!columns.isEmpty())
            QCOMPARE(read.predictions.column(0).texts(), firstColumn);
    }

    void numberPredictionsAreTypedAndMissingKeysAreNull()
    {
        ScoreAnswer read;
        QString error;
        QVERIFY(decodeScoreAnswer(R"([{"score": 0.5, "label": "a"}, {"label": "b"}])", &read, &error));
        QCOMPARE(read.predictions.column(0).type, ColumnType::Double);
        QCOMPARE(read.predictions.column(1).type, ColumnType::String);
        QVERIFY(read.predictions.isNull(1, 0));
    }

    void brokenAnswersSayWhere_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("html") << QByteArray("<html><body>Bad gateway</body></html>");
        QTest::newRow("cut in the middle") << QByteArray(R"([{"a": 1}, {"a":)");
        QTest::newRow("valid start, then garbage") << QByteArray("[1, 2] trailing");
    }

    void brokenAnswersSayWhere()
    {
        QFETCH(QByteArray, body);
        ScoreAnswer read;
        QString error;
        QVERIFY(!decodeScoreAnswer(body, &read, &error));
        QVERIFY(!error.isEmpty());
    }

    void predictionsFollowTheInputs()
    {
        ScoreAnswer read;
        QString error;
        QVERIFY(decodeScoreAnswer(R"([{"Col2": 3, "score": 0.5}, {"Col2": 1, "score": 0.25}])", &read, &error));
        QString problem;
        const DataTable joined = joinInputsAndPredictions(inputTable(), read.predictions, &problem);
        QVERIFY(problem.isEmpty());
        QCOMPARE(joined.columnNames(), QStringList({QStringLiteral("Col1"), QStringLiteral("Col2"), QStringLiteral("predicted Col2"), QStringLiteral("score")}));
        QCOMPARE(joined.row(1), QStringList({QStringLiteral("2.5"), QStringLiteral("rainy"), QStringLiteral("1"), QStringLiteral("0.25")}));

        // One prediction short: shown alone, and said.
        QVERIFY(decodeScoreAnswer("[1]", &read, &error));
        const DataTable alone = joinInputsAndPredictions(inputTable(), read.predictions, &problem);
        QCOMPARE(alone.columnNames(), QStringList{QStringLiteral("prediction")});
        QVERIFY(problem.contains(QLatin1String("1 prediction")));
    }

    void callBuildsTheSplitRequestWithTheDeployment()
    {
        ServiceEndpoint endpoint = ServiceEndpoint::parse(QStringLiteral("https://e.region.inference.ml.azure.com/score"));
        endpoint.setDeployment(QStringLiteral("green"));
        ServiceCredentials credentials;
        credentials.apiKey = QStringLiteral("k");
        RrsRequest request;
        request.inputs.append({QStringLiteral("input1"), inputTable()});
        const HttpRequest http = RrsCall::buildHttpRequest(endpoint, credentials, request);
        QCOMPARE(http.url, endpoint.scoreUrl());
        QCOMPARE(headerValue(http.headers, DeploymentHeader), QByteArray("green"));
        QCOMPARE(headerValue(http.headers, "Authorization"), QByteArray("Bearer k"));
        const QJsonObject split = QJsonDocument::fromJson(http.body).object().value(QStringLiteral("input_data")).toObject();
        QCOMPARE(split.value(QStringLiteral("columns")).toVariant().toStringList(), inputTable().columnNames());

        DecodedAnswer decoded;
        QString error;
        QVERIFY(decodeAnswer(endpoint, request, "[7, 8]", &decoded, &error));
        QCOMPARE(decoded.outputs.size(), 1);
        QCOMPARE(columnOf(decoded.outputs.first().table, QStringLiteral("prediction")), QStringList({QStringLiteral("7"), QStringLiteral("8")}));
        QCOMPARE(columnOf(decoded.outputs.first().table, QStringLiteral("Col2")), inputTable().column(1).texts());
        QVERIFY(decodeAnswer(endpoint, request, R"({"answer": 42})", &decoded, &error));
        QVERIFY(decoded.customAnswer);
        QVERIFY(decoded.outputs.isEmpty());

        // The history can show such a request as a table again.
        RrsRequest back;
        QVERIFY2(decodeRrsRequest(http.body, &back, &error), qPrintable(error));
        QCOMPARE(back.inputs.first().table.row(0), inputTable().row(0));
    }

    void errorsInWords_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("extraHeader");
        QTest::addColumn<QString>("deployment");
        QTest::addColumn<QStringList>("says");
        QTest::newRow("401") << 401 << QByteArray("key_auth_access_denied") << QByteArray() << QString()
                             << QStringList{QStringLiteral("refused the key"), QStringLiteral("key_auth_access_denied")};
        QTest::newRow("404 deployment") << 404 << QByteArray(R"({"message": "Deployment not found"})") << QByteArray() << QStringLiteral("purple")
                                        << QStringList{QStringLiteral("no deployment named \"purple\""), QStringLiteral("Deployment not found")};
        QTest::newRow("404 endpoint") << 404 << QByteArray() << QByteArray() << QString() << QStringList{QStringLiteral("No online endpoint")};
        QTest::newRow("408") << 408 << QByteArray("upstream request timeout") << QByteArray() << QString()
                             << QStringList{QStringLiteral("request_timeout_ms")};
        QTest::newRow("424") << 424 << QByteArray(R"({"message": "An unexpected error occurred in scoring script."})")
                             << QByteArray("KeyError: 'Col2'") << QString()
                             << QStringList{QStringLiteral("The model failed (its status 500)"), QStringLiteral("KeyError: 'Col2'")};
        QTest::newRow("503 html") << 503 << QByteArray("<html><title>Service Unavailable</title></html>") << QByteArray() << QString()
                                  << QStringList{QStringLiteral("not available"), QStringLiteral("Service Unavailable")};
    }

    void errorsInWords()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, extraHeader);
        QFETCH(QString, deployment);
        QFETCH(QStringList, says);
        HeaderList headers;
        if (!extraHeader.isEmpty()) {
            headers.emplaceBack("ms-azureml-model-error-statuscode", "500");
            headers.emplaceBack("ms-azureml-model-error-reason", extraHeader);
        }
        const CallError error = onlineEndpointErrorOf(answer(status, body, headers), deployment);
        QVERIFY(error.isError());
        QCOMPARE(error.httpStatus, status);
        for (const QString &words : says)
            QVERIFY2(error.message.contains(words, Qt::CaseInsensitive), qPrintable(error.message));
        QVERIFY(error.toOneLine().startsWith(QStringLiteral("HTTP %1").arg(status)));
    }
};

QTEST_GUILESS_MAIN(TestScoreCodec)
#include "tst_scorecodec.moc"
