#include "onlineendpointservice.h"

#include "featurehashing.h"
#include "featurehashingservice.h"
#include "jsonwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

namespace ScoreDesk::Sandbox {

namespace {

constexpr char DeploymentHeader[] = "azureml-model-deployment";

// The inference server's answer when the scoring script raises: 424, and the model's own
// status and reason in headers.
SandboxReply modelFailed(const QString &reason)
{
    SandboxReply reply = OnlineEndpointService::error(424, QStringLiteral("An unexpected error occurred in scoring script. Check the logs for more info."));
    reply.headers.emplaceBack("ms-azureml-model-error-statuscode", "500");
    reply.headers.emplaceBack("ms-azureml-model-error-reason", reason.toUtf8());
    return reply;
}

QString textOf(const QJsonValue &cell)
{
    if (cell.isString())
        return cell.toString();
    if (cell.isDouble())
        return QString::number(cell.toDouble(), 'g', 17);
    return QString();
}

} // namespace

int OnlineEndpointService::bitsOf(const QString &deployment)
{
    if (deployment == QLatin1String("blue"))
        return 3;
    if (deployment == QLatin1String("green"))
        return 4;
    return 0;
}

SandboxReply OnlineEndpointService::error(int status, const QString &message)
{
    SandboxReply reply;
    reply.status = status;
    reply.body = QJsonDocument(QJsonObject{{QStringLiteral("message"), message}}).toJson(QJsonDocument::Compact);
    return reply;
}

SandboxReply OnlineEndpointService::liveness()
{
    SandboxReply reply;
    reply.contentType = "text/plain; charset=utf-8";
    reply.body = "Healthy";
    return reply;
}

SandboxReply OnlineEndpointService::score(const QByteArray &body, const QString &deployment)
{
    const QString chosen = deployment.isEmpty() ? defaultDeployment() : deployment;
    const int bits = bitsOf(chosen);
    if (bits == 0)
        return error(404, QStringLiteral("Deployment '%1' was not found in endpoint '%2'. Its deployments: blue, green.").arg(chosen, name()));

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (document.isNull())
        return error(400, QStringLiteral("The request body is not valid JSON: %1 at offset %2.").arg(parseError.errorString()).arg(parseError.offset));
    const QJsonObject split = document.object().value(QLatin1String("input_data")).toObject();
    const QJsonValue columns = split.value(QLatin1String("columns"));
    const QJsonValue data = split.value(QLatin1String("data"));
    if (!columns.isArray() || !data.isArray())
        return error(400, QStringLiteral("Expected {\"input_data\": {\"columns\": [...], \"index\": [...], \"data\": [[...]]}}."));
    const QString textColumn = FeatureHashingService::textColumn();
    qsizetype textIndex = -1;
    const QJsonArray columnNames = columns.toArray();
    for (qsizetype c = 0; c < columnNames.size(); ++c) {
        if (columnNames.at(c).toString() == textColumn)
            textIndex = c;
    }
    // The scoring script reads the column by name: pandas raises, and the server answers 424.
    if (textIndex < 0)
        return modelFailed(QStringLiteral("KeyError: '%1'").arg(textColumn));

    QByteArray out("[");
    const QJsonArray rows = data.toArray();
    for (qsizetype r = 0; r < rows.size(); ++r) {
        const QJsonArray row = rows.at(r).toArray();
        if (!rows.at(r).isArray() || row.size() != columnNames.size())
            return modelFailed(QStringLiteral("ValueError: row %1 has %2 values for %3 columns").arg(r).arg(row.size()).arg(columnNames.size()));
        const QList<int> counts = hashFeatures(textOf(row.at(textIndex)), bits, FeatureHashingService::DefaultNgrams);
        out.append(r ? ",{" : "{");
        for (qsizetype i = 0; i < counts.size(); ++i) {
            if (i)
                out.append(',');
            appendJsonString(&out, textColumn + QStringLiteral("_HashingFeature.") + QString::number(i));
            out.append(':').append(QByteArray::number(counts.at(i)));
        }
        out.append('}');
    }
    out.append(']');
    SandboxReply reply;
    reply.body = out;
    reply.headers.emplaceBack(DeploymentHeader, chosen.toUtf8());
    reply.headers.emplaceBack("x-request-id", QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1());
    return reply;
}

QJsonObject OnlineEndpointService::swagger(const QString &host, const QString &basePath)
{
    const QString textColumn = FeatureHashingService::textColumn();
    const QJsonObject stringType{{QStringLiteral("type"), QStringLiteral("string")}};
    const QJsonObject integerType{{QStringLiteral("type"), QStringLiteral("integer")}, {QStringLiteral("format"), QStringLiteral("int32")}};
    QJsonObject outputProperties;
    for (int i = 0; i < (1 << bitsOf(defaultDeployment())); ++i)
        outputProperties.insert(textColumn + QStringLiteral("_HashingFeature.") + QString::number(i), integerType);
    const QJsonObject serviceInput{
        {QStringLiteral("type"), QStringLiteral("object")},
        {QStringLiteral("required"), QJsonArray{QStringLiteral("input_data")}},
        {QStringLiteral("properties"),
         QJsonObject{{QStringLiteral("input_data"),
                      QJsonObject{{QStringLiteral("type"), QStringLiteral("object")},
                                  {QStringLiteral("required"), QJsonArray{QStringLiteral("columns"), QStringLiteral("data")}},
                                  {QStringLiteral("properties"),
                                   QJsonObject{{QStringLiteral("columns"), QJsonObject{{QStringLiteral("type"), QStringLiteral("array")}, {QStringLiteral("items"), stringType}}},
                                               {QStringLiteral("index"), QJsonObject{{QStringLiteral("type"), QStringLiteral("array")}, {QStringLiteral("items"), integerType}}},
                                               {QStringLiteral("data"),
                                                QJsonObject{{QStringLiteral("type"), QStringLiteral("array")},
                                                            {QStringLiteral("items"),
                                                             QJsonObject{{QStringLiteral("type"), QStringLiteral("object")},
                                                                         {QStringLiteral("required"), QJsonArray{textColumn}},
                                                                         {QStringLiteral("properties"), QJsonObject{{textColumn, stringType}}}}}}}}}}}}},
        {QStringLiteral("example"),
         QJsonObject{{QStringLiteral("input_data"),
                      QJsonObject{{QStringLiteral("columns"), QJsonArray{textColumn}},
                                  {QStringLiteral("index"), QJsonArray{0}},
                                  {QStringLiteral("data"), QJsonArray{QJsonArray{QStringLiteral("This is a good day")}}}}}}},
    };
    const QJsonObject serviceOutput{
        {QStringLiteral("type"), QStringLiteral("array")},
        {QStringLiteral("items"), QJsonObject{{QStringLiteral("type"), QStringLiteral("object")}, {QStringLiteral("properties"), outputProperties}}},
    };
    const QJsonObject errorResponse{
        {QStringLiteral("type"), QStringLiteral("object")},
        {QStringLiteral("properties"), QJsonObject{{QStringLiteral("message"), stringType}}},
    };
    const QJsonObject scoreOperation{
        {QStringLiteral("operationId"), QStringLiteral("RunMLService")},
        {QStringLiteral("description"), QStringLiteral("Run web service's model and get the prediction output")},
        {QStringLiteral("parameters"),
         QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("serviceInputPayload")}, {QStringLiteral("in"), QStringLiteral("body")},
                                {QStringLiteral("required"), true}, {QStringLiteral("schema"), QJsonObject{{QStringLiteral("$ref"), QStringLiteral("#/definitions/ServiceInput")}}}}}},
        {QStringLiteral("responses"),
         QJsonObject{{QStringLiteral("200"), QJsonObject{{QStringLiteral("description"), QStringLiteral("The service processed the input correctly and provided a result prediction, if applicable.")},
                                                        {QStringLiteral("schema"), QJsonObject{{QStringLiteral("$ref"), QStringLiteral("#/definitions/ServiceOutput")}}}}},
                     {QStringLiteral("default"), QJsonObject{{QStringLiteral("description"), QStringLiteral("The service failed to execute due to an error.")},
                                                            {QStringLiteral("schema"), QJsonObject{{QStringLiteral("$ref"), QStringLiteral("#/definitions/ErrorResponse")}}}}}}},
    };
    return QJsonObject{
        {QStringLiteral("swagger"), QStringLiteral("2.0")},
        {QStringLiteral("info"), QJsonObject{{QStringLiteral("title"), name()}, {QStringLiteral("description"), QStringLiteral("The feature-hashing model as an online endpoint.")}, {QStringLiteral("version"), QStringLiteral("1.0")}}},
        {QStringLiteral("schemes"), QJsonArray{QStringLiteral("http")}},
        {QStringLiteral("host"), host},
        {QStringLiteral("basePath"), basePath.isEmpty() ? QStringLiteral("/") : basePath},
        {QStringLiteral("consumes"), QJsonArray{QStringLiteral("application/json")}},
        {QStringLiteral("produces"), QJsonArray{QStringLiteral("application/json")}},
        {QStringLiteral("paths"),
         QJsonObject{{QStringLiteral("/"), QJsonObject{{QStringLiteral("get"), QJsonObject{{QStringLiteral("operationId"), QStringLiteral("ServiceHealthCheck")},
                                                                                        {QStringLiteral("responses"), QJsonObject{{QStringLiteral("200"), QJsonObject{{QStringLiteral("description"), QStringLiteral("Healthy")}}}}}}}}},
                     {QStringLiteral("/score"), QJsonObject{{QStringLiteral("post"), scoreOperation}}}}},
        {QStringLiteral("definitions"),
         QJsonObject{{QStringLiteral("ServiceInput"), serviceInput}, {QStringLiteral("ServiceOutput"), serviceOutput}, {QStringLiteral("ErrorResponse"), errorResponse}}},
    };
}

} // namespace ScoreDesk::Sandbox
