#include "sandboxprocess.h"
#include "synchttp.h"

#include "core/service/serviceerror.h"
#include "core/service/rrscall.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace ScoreDesk;

// The sandbox over real loopback sockets, called through the same core code the app uses.
class TestSandboxRrs : public QObject
{
    Q_OBJECT

    SandboxProcess m_sandbox;
    SyncHttp m_http;

    ServiceEndpoint endpoint() const { return ServiceEndpoint::parse(m_sandbox.url().toString()); }

    static RrsRequest guideRequest(bool swagger = false)
    {
        DataTable table(QStringList{QStringLiteral("Col2")});
        table.appendRow({QStringLiteral("This is a good day")});
        RrsRequest request;
        request.inputs.append({QStringLiteral("input1"), table});
        request.swaggerFormat = swagger;
        return request;
    }

    RrsResult call(const RrsRequest &request, const ServiceCredentials &credentials)
    {
        RrsCall rrs(m_http.client(), endpoint(), credentials, request);
        QSignalSpy finished(&rrs, &RrsCall::finished);
        rrs.start();
        if (!finished.wait(30000))
            qFatal("the RRS call never finished");
        return rrs.result();
    }

    QByteArray postExecute(const QByteArray &body, const QString &query = QStringLiteral("api-version=2.0"))
    {
        QUrl url = m_sandbox.url();
        url.setPath(url.path() + QStringLiteral("/execute"));
        url.setQuery(query);
        const HttpResponse response = m_http.post(url, body, {{"Authorization", "Bearer " + m_sandbox.apiKey().toUtf8()}});
        return QByteArray::number(response.status) + ' ' + response.body;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_sandbox.start(&error), qPrintable(error));
    }

    void guideRowThroughRrsCall()
    {
        const RrsResult result = call(guideRequest(), {m_sandbox.apiKey(), QString()});
        QVERIFY2(!result.error.isError(), qPrintable(result.error.toOneLine()));
        QCOMPARE(result.response.status, 200);
        QCOMPARE(result.outputs.size(), 1);
        const DataTable &table = result.outputs.first().table;
        QCOMPARE(table.columnCount(), 9);
        QCOMPARE(table.column(8).name, QStringLiteral("Col2_HashingFeature.7"));
        QCOMPARE(table.row(0).mid(1).join(QLatin1Char(' ')), QStringLiteral("1 1 2 2 0 2 0 1"));
        QCOMPARE(table.column(1).type, ColumnType::Integer); // details=true brought ColumnTypes
    }

    void swaggerFormat()
    {
        const RrsResult result = call(guideRequest(true), {m_sandbox.apiKey(), QString()});
        QVERIFY2(!result.error.isError(), qPrintable(result.error.toOneLine()));
        const DataTable &table = result.outputs.first().table;
        QCOMPARE(table.column(1).name, QStringLiteral("Col2_HashingFeature.0"));
        QCOMPARE(table.row(0).mid(1).join(QLatin1Char(' ')), QStringLiteral("1 1 2 2 0 2 0 1"));
    }

    void severalOutputs_data()
    {
        QTest::addColumn<bool>("swagger");
        QTest::newRow("table format") << false;
        QTest::newRow("swagger format") << true;
    }
    void severalOutputs()
    {
        QFETCH(bool, swagger);
        QUrl url = m_sandbox.url();
        url.setPath(QStringLiteral("/workspaces/sandbox/services/feature-hashing-report"));
        RrsRequest request = guideRequest(swagger);
        request.inputs.first().table.appendRow({QStringLiteral("one two")});
        RrsCall rrs(m_http.client(), ServiceEndpoint::parse(url.toString()), {m_sandbox.apiKey(), QString()}, request);
        QSignalSpy finished(&rrs, &RrsCall::finished);
        rrs.start();
        QVERIFY(finished.wait(30000));
        const RrsResult &result = rrs.result();
        QVERIFY2(!result.error.isError(), qPrintable(result.error.toOneLine()));
        QCOMPARE(result.outputs.size(), 2);
        QCOMPARE(result.outputs.at(0).name, QStringLiteral("output1"));
        QCOMPARE(result.outputs.at(0).table.row(0).mid(1).join(QLatin1Char(' ')), QStringLiteral("1 1 2 2 0 2 0 1"));
        const DataTable &report = result.outputs.at(1).table;
        QCOMPARE(result.outputs.at(1).name, QStringLiteral("output2"));
        QCOMPARE(report.columnNames(), (QStringList{QStringLiteral("Col2"), QStringLiteral("TokenCount"), QStringLiteral("HashCount")}));
        QCOMPARE(report.row(0), (QStringList{QStringLiteral("This is a good day"), QStringLiteral("5"), QStringLiteral("9")}));
        QCOMPARE(report.row(1), (QStringList{QStringLiteral("one two"), QStringLiteral("2"), QStringLiteral("3")}));
    }

    void missingKeyIs401()
    {
        const RrsResult result = call(guideRequest(), {});
        QCOMPARE(result.error.httpStatus, 401);
        QCOMPARE(result.error.kind, CallError::Kind::Service);
        QCOMPARE(result.error.code, QStringLiteral("Unauthorized"));
    }

    void wrongKeyIs401()
    {
        const RrsResult result = call(guideRequest(), {QStringLiteral("not-the-key"), QString()});
        QCOMPARE(result.error.httpStatus, 401);
        QVERIFY(!result.error.message.contains(QLatin1String("not-the-key"))); // no key echoed back
    }

    void unknownWorkspaceAndServiceAre404()
    {
        QUrl url = m_sandbox.url();
        url.setPath(QStringLiteral("/workspaces/nope/services/feature-hashing/execute"));
        url.setQuery(QStringLiteral("api-version=2.0"));
        const HeaderList auth{{"Authorization", "Bearer " + m_sandbox.apiKey().toUtf8()}};
        CallError error = decodeServiceError(404, m_http.post(url, "{}", auth).body);
        QCOMPARE(error.detailCode, QStringLiteral("WorkspaceNotFound"));
        url.setPath(QStringLiteral("/workspaces/sandbox/services/nope/execute"));
        HttpResponse response = m_http.post(url, "{}", auth);
        QCOMPARE(response.status, 404);
        QCOMPARE(decodeServiceError(404, response.body).detailCode, QStringLiteral("WebServiceNotFound"));
        url.setPath(QStringLiteral("/favicon.ico"));
        QCOMPARE(m_http.get(url).status, 404);
    }

    void wrongApiVersionIsBadVersionCall()
    {
        const QByteArray answer = postExecute(QJsonDocument(QJsonObject()).toJson(), QStringLiteral("api-version=1.0"));
        QVERIFY2(answer.startsWith("400 "), answer.constData());
        QCOMPARE(decodeServiceError(400, answer.mid(4)).detailCode, QStringLiteral("BadVersionCall"));
        QVERIFY(postExecute("{}", QString()).startsWith("400 ")); // no api-version at all
    }

    void badJsonIsRequestBodyInvalid()
    {
        const QByteArray answer = postExecute("{\"Inputs\": [");
        QVERIFY(answer.startsWith("400 "));
        const CallError error = decodeServiceError(400, answer.mid(4));
        QCOMPARE(error.code, QStringLiteral("BadArgument"));
        QCOMPARE(error.detailCode, QStringLiteral("RequestBodyInvalid"));
    }

    void missingColumnIsInputParseError()
    {
        RrsRequest request;
        DataTable table(QStringList{QStringLiteral("Text")});
        table.appendRow({QStringLiteral("x")});
        request.inputs.append({QStringLiteral("input1"), table});
        const RrsResult result = call(request, {m_sandbox.apiKey(), QString()});
        QCOMPARE(result.error.httpStatus, 400);
        QCOMPARE(result.error.code, QStringLiteral("BadUserArgument"));
        QCOMPARE(result.error.detailCode, QStringLiteral("InputParseError"));
        QVERIFY(result.error.message.contains(QLatin1String("Col2")));
    }

    void tooWideBitsizeIsBadParameterValue()
    {
        RrsRequest request = guideRequest();
        request.globalParameters.insert(QStringLiteral("Hashing bitsize"), 24);
        const RrsResult result = call(request, {m_sandbox.apiKey(), QString()});
        QCOMPARE(result.error.httpStatus, 400);
        QCOMPARE(result.error.detailCode, QStringLiteral("BadParameterValue"));
    }

    void swaggerJsonDescribesTheService()
    {
        const HttpResponse response = m_http.get(endpoint().swaggerUrl(), {{"Authorization", "Bearer " + m_sandbox.apiKey().toUtf8()}});
        QCOMPARE(response.status, 200);
        const QJsonObject swagger = QJsonDocument::fromJson(response.body).object();
        QCOMPARE(swagger.value(QLatin1String("basePath")).toString(), QStringLiteral("/workspaces/sandbox/services/feature-hashing"));
        QCOMPARE(swagger.value(QLatin1String("host")).toString(), m_sandbox.url().authority());
        QVERIFY(swagger[QLatin1String("definitions")].toObject().contains(QLatin1String("input1Item")));
        QCOMPARE(m_http.get(endpoint().swaggerUrl()).status, 401);
    }

    void wrongMethodIs405()
    {
        QUrl url = endpoint().executeUrl();
        QCOMPARE(m_http.get(url, {{"Authorization", "Bearer " + m_sandbox.apiKey().toUtf8()}}).status, 405);
    }
};

QTEST_GUILESS_MAIN(TestSandboxRrs)
#include "tst_sandboxrrs.moc"
