#include "cliprocess.h"
#include "sandboxprocess.h"
#include "synchttp.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace ScoreDesk;

// scoredesk-cli apim export: the documents pass an OpenAPI validator from npm (pinned in
// tests/apim), and every operation in them, called as the document describes it (server, path
// and query parameters, headers, the schemas' examples as bodies), succeeds against the sandbox.
class TestApimExport : public QObject
{
    Q_OBJECT

    // Jobs stay queued: BES Start must succeed without the job reaching for storage.
    SandboxProcess m_sandbox{{QStringLiteral("--job-delay-ms"), QStringLiteral("600000")}};
    QTemporaryDir m_dir;
    SyncHttp m_http;

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("SD_KEY"), m_sandbox.apiKey());
        env.insert(QStringLiteral("SD_SUB"), m_sandbox.gatewayKey());
        return env;
    }

    QString exportTo(const QString &name, const QStringList &arguments)
    {
        const QString path = m_dir.filePath(name);
        const CliRun run = runCli(QStringList{QStringLiteral("apim"), QStringLiteral("export"), QStringLiteral("--output"), path} + arguments, environment());
        if (run.exitCode != 0)
            qWarning("%s", run.err.constData());
        return run.exitCode == 0 ? path : QString();
    }

    static QJsonObject read(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QJsonDocument::fromJson(file.readAll()).object();
    }

    static QByteArray validate(const QStringList &files, int *exitCode)
    {
        const QString folder = QStringLiteral(SCOREDESK_SOURCE_DIR "/tests/apim");
        if (!QDir(folder + QStringLiteral("/node_modules/@apidevtools/swagger-parser")).exists())
            qFatal("the OpenAPI validator is not installed: run the tests through scripts/test.sh, which installs it");
        QProcess node;
        node.setWorkingDirectory(folder);
        node.start(QStringLiteral("node"), QStringList{QStringLiteral("validate.mjs")} + files);
        if (!node.waitForFinished(60000))
            qFatal("the validator did not finish");
        *exitCode = node.exitCode();
        return node.readAllStandardOutput() + node.readAllStandardError();
    }

    // A request built only from what the document says.
    HttpRequest requestFor(const QJsonObject &document, const QString &path, const QString &method, const QString &jobId) const
    {
        const QJsonObject operation = document[QStringLiteral("paths")].toObject()[path].toObject()[method].toObject();
        HttpRequest request;
        request.method = method.toUpper().toLatin1();
        QString filled = path;
        QUrlQuery query;
        for (const QJsonValue &value : operation[QStringLiteral("parameters")].toArray()) {
            const QJsonObject parameter = value.toObject();
            const QString name = parameter[QStringLiteral("name")].toString();
            const QString in = parameter[QStringLiteral("in")].toString();
            const QString fallback = parameter[QStringLiteral("schema")].toObject()[QStringLiteral("default")].toVariant().toString();
            if (in == QLatin1String("path"))
                filled.replace(QLatin1Char('{') + name + QLatin1Char('}'), name == QLatin1String("jobid") ? jobId : fallback);
            else if (in == QLatin1String("query") && !fallback.isEmpty())
                query.addQueryItem(name, fallback);
            else if (in == QLatin1String("header") && !fallback.isEmpty())
                request.headers.emplaceBack(name.toLatin1(), fallback.toUtf8());
        }
        QUrl url(document[QStringLiteral("servers")].toArray().first().toObject()[QStringLiteral("url")].toString() + filled);
        url.setQuery(query);
        request.url = url;
        request.headers.emplaceBack("Authorization", "Bearer " + m_sandbox.apiKey().toUtf8());
        for (const QJsonValue &requirement : document[QStringLiteral("security")].toArray()) {
            if (requirement.toObject().contains(QStringLiteral("subscriptionKey")))
                request.headers.emplaceBack("Ocp-Apim-Subscription-Key", m_sandbox.gatewayKey().toUtf8());
        }
        const QString ref = operation[QStringLiteral("requestBody")].toObject()[QStringLiteral("content")].toObject()[QStringLiteral("application/json")]
                                .toObject()[QStringLiteral("schema")].toObject()[QStringLiteral("$ref")].toString();
        if (!ref.isEmpty()) {
            QJsonObject example = document[QStringLiteral("components")].toObject()[QStringLiteral("schemas")].toObject()[ref.section(QLatin1Char('/'), -1)]
                                      .toObject()[QStringLiteral("example")].toObject();
            // The example's storage account is made up: the sandbox's local one instead.
            for (const QString &side : {QStringLiteral("Inputs"), QStringLiteral("Outputs")}) {
                QJsonObject ports = example[side].toObject();
                for (auto it = ports.begin(); it != ports.end(); ++it) {
                    if (!it.value().toObject().contains(QStringLiteral("RelativeLocation")))
                        continue; // a port of rows, not a blob
                    QJsonObject blob = it.value().toObject();
                    blob[QStringLiteral("ConnectionString")] = QStringLiteral("UseDevelopmentStorage=true");
                    it.value() = blob;
                }
                if (example.contains(side))
                    example[side] = ports;
            }
            request.headers.emplaceBack("Content-Type", "application/json");
            request.body = QJsonDocument(example).toJson(QJsonDocument::Compact);
        }
        return request;
    }

    // Every operation in the document, in the order a user would call them.
    void callEveryOperation(const QJsonObject &document, int expectedOperations)
    {
        QStringList order;
        for (const QString &path : document[QStringLiteral("paths")].toObject().keys()) {
            for (const QString &method : document[QStringLiteral("paths")].toObject()[path].toObject().keys())
                order.append(method + QLatin1Char(' ') + path);
        }
        QCOMPARE(order.size(), expectedOperations);
        // Submit first (it makes the job), delete last.
        std::sort(order.begin(), order.end(), [](const QString &a, const QString &b) {
            auto rank = [](const QString &op) {
                return op.endsWith(QLatin1String("/jobs")) ? 0 : op.endsWith(QLatin1String("/start")) ? 1 : op.startsWith(QLatin1String("get")) ? 2
                    : op.startsWith(QLatin1String("delete"))                                        ? 3
                                                                                                    : -1;
            };
            return rank(a) < rank(b);
        });
        QString jobId;
        for (const QString &op : order) {
            const HttpRequest request = requestFor(document, op.section(QLatin1Char(' '), 1), op.section(QLatin1Char(' '), 0, 0), jobId);
            const HttpResponse response = m_http.send(request);
            QVERIFY2(response.status >= 200 && response.status < 300,
                     qPrintable(QStringLiteral("%1 -> %2: %3").arg(op).arg(response.status).arg(QString::fromUtf8(response.body))));
            if (op.endsWith(QLatin1String("/jobs")))
                jobId = QJsonDocument::fromJson("[" + response.body + "]").array().first().toString();
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(m_sandbox.start(&error), qPrintable(error));
    }

    void classicServiceDirectAndThroughTheGateway()
    {
        const QString direct = exportTo(QStringLiteral("classic.json"), {QStringLiteral("--url"), m_sandbox.url().toString(), QStringLiteral("--api-key-env"), QStringLiteral("SD_KEY")});
        const QString gateway = exportTo(QStringLiteral("classic-gateway.json"), {QStringLiteral("--url"), m_sandbox.gatewayUrl().toString(), QStringLiteral("--api-key-env"),
                                                                                   QStringLiteral("SD_KEY"), QStringLiteral("--subscription-key-env"), QStringLiteral("SD_SUB")});
        QVERIFY(!direct.isEmpty() && !gateway.isEmpty());
        int exitCode = -1;
        const QByteArray said = validate({direct, gateway}, &exitCode);
        QVERIFY2(exitCode == 0, said.constData());
        QCOMPARE(said.count("valid: "), 2);

        const QJsonObject document = read(direct);
        // The guide's five operations, with the description's schemas.
        QStringList ids;
        for (const QJsonValue &path : document[QStringLiteral("paths")].toObject())
            for (const QJsonValue &op : path.toObject())
                ids.append(op.toObject()[QStringLiteral("operationId")].toString());
        ids.sort();
        QCOMPARE(ids, QStringList({QStringLiteral("bes-delete"), QStringLiteral("bes-start"), QStringLiteral("bes-status"), QStringLiteral("bes-submit"), QStringLiteral("rrs-execute")}));
        const QJsonObject schemas = document[QStringLiteral("components")].toObject()[QStringLiteral("schemas")].toObject();
        QCOMPARE(schemas[QStringLiteral("input1Item")].toObject()[QStringLiteral("required")].toArray(), QJsonArray{QStringLiteral("Col2")});
        QVERIFY(schemas[QStringLiteral("GlobalParameters")].toObject()[QStringLiteral("properties")].toObject().contains(QStringLiteral("Hashing bitsize")));
        QCOMPARE(document[QStringLiteral("components")].toObject()[QStringLiteral("securitySchemes")].toObject()[QStringLiteral("subscriptionKey")]
                     .toObject()[QStringLiteral("name")].toString(),
                 QStringLiteral("Ocp-Apim-Subscription-Key"));
        QCOMPARE(read(gateway)[QStringLiteral("servers")].toArray().first().toObject()[QStringLiteral("url")].toString(),
                 m_sandbox.gatewayUrl().toString().section(QStringLiteral("/workspaces/"), 0, 0));

        callEveryOperation(document, 5);
        callEveryOperation(read(gateway), 5);
    }

    void onlineEndpointDirectAndThroughTheGateway()
    {
        const QString direct = exportTo(QStringLiteral("online.json"), {QStringLiteral("--url"), m_sandbox.scoreUrl().toString(), QStringLiteral("--api-key-env"), QStringLiteral("SD_KEY")});
        const QString gateway = exportTo(QStringLiteral("online-gateway.json"), {QStringLiteral("--url"), m_sandbox.gatewayScoreUrl().toString(), QStringLiteral("--api-key-env"),
                                                                                 QStringLiteral("SD_KEY"), QStringLiteral("--subscription-key-env"), QStringLiteral("SD_SUB"),
                                                                                 QStringLiteral("--deployment"), QStringLiteral("green")});
        QVERIFY(!direct.isEmpty() && !gateway.isEmpty());
        int exitCode = -1;
        const QByteArray said = validate({direct, gateway}, &exitCode);
        QVERIFY2(exitCode == 0, said.constData());
        const QJsonObject document = read(gateway);
        QCOMPARE(document[QStringLiteral("paths")].toObject().keys(), QStringList{QStringLiteral("/score")});
        QCOMPARE(document[QStringLiteral("components")].toObject()[QStringLiteral("schemas")].toObject()[QStringLiteral("PredictionItem")].toObject()
                     [QStringLiteral("properties")].toObject().size(), 8);
        callEveryOperation(read(direct), 1);
        callEveryOperation(document, 1);
    }

    void withoutADescriptionTheSchemasAreGenericAndStillValid()
    {
        const CliRun run = runCli({QStringLiteral("apim"), QStringLiteral("export"), QStringLiteral("--url"), m_sandbox.url().toString()}, environment());
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.err.startsWith("scoredesk-cli: warning: no key given"));
        const QString path = m_dir.filePath(QStringLiteral("generic.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(run.out);
        file.close();
        int exitCode = -1;
        const QByteArray said = validate({path}, &exitCode);
        QVERIFY2(exitCode == 0, said.constData());
    }

    void theValidatorCatchesABrokenDocument()
    {
        // Proof that the check above can fail: a reference to a schema that is not there.
        QJsonObject document = read(exportTo(QStringLiteral("broken-source.json"), {QStringLiteral("--url"), m_sandbox.scoreUrl().toString()}));
        QJsonObject components = document[QStringLiteral("components")].toObject();
        QJsonObject schemas = components[QStringLiteral("schemas")].toObject();
        schemas.remove(QStringLiteral("ServiceInput"));
        components[QStringLiteral("schemas")] = schemas;
        document[QStringLiteral("components")] = components;
        const QString path = m_dir.filePath(QStringLiteral("broken.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(document).toJson());
        file.close();
        int exitCode = -1;
        const QByteArray said = validate({path}, &exitCode);
        QCOMPARE(exitCode, 1);
        QVERIFY2(said.contains("INVALID"), said.constData());
    }

    void unknownWorkspaceAndBadArguments()
    {
        QCOMPARE(runCli({QStringLiteral("apim"), QStringLiteral("export")}, environment()).exitCode, 2);
        QCOMPARE(runCli({QStringLiteral("apim"), QStringLiteral("export"), QStringLiteral("--url"), m_sandbox.url().toString(), QStringLiteral("--deployment"), QStringLiteral("x")}, environment()).exitCode, 2);
        QCOMPARE(runCli({QStringLiteral("apim"), QStringLiteral("frobnicate")}, environment()).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestApimExport)
#include "tst_apimexport.moc"
