#include "openapiexport.h"

#include "scorecodec.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace ScoreDesk {

namespace {

QJsonObject ref(const QString &component)
{
    return QJsonObject{{QStringLiteral("$ref"), QString(QStringLiteral("#/components/schemas/") + component)}};
}

QJsonObject typeSchema(ColumnType type, const QString &format, const QStringList &enumValues)
{
    QJsonObject schema;
    switch (type) {
    case ColumnType::Integer:
        schema = {{QStringLiteral("type"), QStringLiteral("integer")}, {QStringLiteral("format"), format.isEmpty() ? QStringLiteral("int64") : format}};
        break;
    case ColumnType::Double:
        schema = {{QStringLiteral("type"), QStringLiteral("number")}, {QStringLiteral("format"), format.isEmpty() ? QStringLiteral("double") : format}};
        break;
    case ColumnType::Boolean:
        schema = {{QStringLiteral("type"), QStringLiteral("boolean")}};
        break;
    case ColumnType::DateTime:
        schema = {{QStringLiteral("type"), QStringLiteral("string")}, {QStringLiteral("format"), QStringLiteral("date-time")}};
        break;
    case ColumnType::String:
        schema = {{QStringLiteral("type"), QStringLiteral("string")}};
        break;
    }
    if (!enumValues.isEmpty() && type == ColumnType::String)
        schema.insert(QStringLiteral("enum"), QJsonArray::fromStringList(enumValues));
    return schema;
}

// A row of a port: an object with a property per column.
QJsonObject rowSchema(const SchemaPort &port)
{
    QJsonObject properties;
    QJsonArray required;
    for (const SchemaColumn &column : port.columns) {
        properties.insert(column.name, typeSchema(column.type, column.format, column.enumValues));
        if (column.required)
            required.append(column.name);
    }
    QJsonObject schema{{QStringLiteral("type"), QStringLiteral("object")}, {QStringLiteral("properties"), properties}};
    if (!required.isEmpty())
        schema.insert(QStringLiteral("required"), required);
    return schema;
}

const QJsonObject &anyRow()
{
    static const QJsonObject row{{QStringLiteral("type"), QStringLiteral("object")}, {QStringLiteral("additionalProperties"), true}};
    return row;
}

QJsonObject parameter(const QString &name, const QString &in, bool required, const QJsonObject &schema, const QString &description)
{
    QJsonObject parameter{{QStringLiteral("name"), name},
                          {QStringLiteral("in"), in},
                          {QStringLiteral("required"), required},
                          {QStringLiteral("schema"), schema},
                          {QStringLiteral("description"), description}};
    return parameter;
}

QJsonObject stringSchema(const QString &defaultValue = QString())
{
    QJsonObject schema{{QStringLiteral("type"), QStringLiteral("string")}};
    if (!defaultValue.isEmpty())
        schema.insert(QStringLiteral("default"), defaultValue);
    return schema;
}

QJsonObject jsonContent(const QJsonObject &schema, const QJsonValue &example = QJsonValue())
{
    QJsonObject media{{QStringLiteral("schema"), schema}};
    if (!example.isUndefined() && !example.isNull())
        media.insert(QStringLiteral("example"), example);
    return QJsonObject{{QStringLiteral("application/json"), media}};
}

QJsonObject response(const QString &description, const QJsonObject &schema = {})
{
    QJsonObject answer{{QStringLiteral("description"), description}};
    if (!schema.isEmpty())
        answer.insert(QStringLiteral("content"), jsonContent(schema));
    return answer;
}

QJsonObject operation(const QString &id, const QString &summary, const QJsonArray &parameters, const QJsonObject &responses,
                      const QJsonObject &requestBody = {})
{
    QJsonObject op{{QStringLiteral("operationId"), id},
                   {QStringLiteral("summary"), summary},
                   {QStringLiteral("parameters"), parameters},
                   {QStringLiteral("responses"), responses}};
    if (!requestBody.isEmpty())
        op.insert(QStringLiteral("requestBody"), requestBody);
    return op;
}

QJsonObject securitySchemes()
{
    return QJsonObject{
        {QStringLiteral("serviceKey"),
         QJsonObject{{QStringLiteral("type"), QStringLiteral("http")},
                     {QStringLiteral("scheme"), QStringLiteral("bearer")},
                     {QStringLiteral("description"), QStringLiteral("The service's API key (or an online endpoint's key or token), sent as Authorization: Bearer KEY")}}},
        {QStringLiteral("subscriptionKey"),
         QJsonObject{{QStringLiteral("type"), QStringLiteral("apiKey")},
                     {QStringLiteral("in"), QStringLiteral("header")},
                     {QStringLiteral("name"), QStringLiteral("Ocp-Apim-Subscription-Key")},
                     {QStringLiteral("description"), QStringLiteral("The API Management subscription key")}}},
    };
}

QJsonObject errorSchemas(QJsonObject schemas)
{
    const QJsonObject text{{QStringLiteral("type"), QStringLiteral("string")}};
    const QJsonObject detail{{QStringLiteral("type"), QStringLiteral("object")},
                             {QStringLiteral("properties"), QJsonObject{{QStringLiteral("code"), text}, {QStringLiteral("message"), text}}}};
    schemas.insert(QStringLiteral("ServiceError"),
                   QJsonObject{{QStringLiteral("type"), QStringLiteral("object")},
                               {QStringLiteral("properties"),
                                QJsonObject{{QStringLiteral("error"),
                                             QJsonObject{{QStringLiteral("type"), QStringLiteral("object")},
                                                         {QStringLiteral("properties"),
                                                          QJsonObject{{QStringLiteral("code"), text},
                                                                      {QStringLiteral("message"), text},
                                                                      {QStringLiteral("details"), QJsonObject{{QStringLiteral("type"), QStringLiteral("array")}, {QStringLiteral("items"), detail}}}}}}}}}});
    return schemas;
}

// {base}/workspaces/{ws}/services/{svc}: the server is {base}.
QString classicServer(const ServiceEndpoint &endpoint)
{
    QUrl url = endpoint.location();
    QString path = url.path();
    path.truncate(path.lastIndexOf(QStringLiteral("/workspaces/")));
    url.setPath(path);
    return url.toString();
}

QJsonObject globalParametersSchema(const std::optional<ServiceSchema> &schema)
{
    QJsonObject properties;
    if (schema) {
        for (const SchemaParameter &parameter : schema->globalParameters) {
            QJsonObject property = typeSchema(parameter.type, QString(), parameter.enumValues);
            if (!parameter.defaultValue.isUndefined() && !parameter.defaultValue.isNull())
                property.insert(QStringLiteral("default"), parameter.defaultValue);
            if (parameter.minimum)
                property.insert(QStringLiteral("minimum"), *parameter.minimum);
            if (parameter.maximum)
                property.insert(QStringLiteral("maximum"), *parameter.maximum);
            if (!parameter.description.isEmpty())
                property.insert(QStringLiteral("description"), parameter.description);
            properties.insert(parameter.name, property);
        }
    }
    // Services take numbers as strings too (the guide's samples send strings).
    QJsonObject global{{QStringLiteral("type"), QStringLiteral("object")}, {QStringLiteral("properties"), properties}};
    if (properties.isEmpty())
        global.insert(QStringLiteral("additionalProperties"), true);
    return global;
}

QJsonObject classicDocument(const ApiDefinitionSource &source, QJsonObject *schemas)
{
    const ServiceEndpoint &endpoint = source.endpoint;
    QJsonObject inputs;
    QJsonObject outputs;
    QJsonArray exampleRow;
    if (source.schema) {
        for (const SchemaPort &port : source.schema->inputs) {
            schemas->insert(port.name + QStringLiteral("Item"), rowSchema(port));
            inputs.insert(port.name, QJsonObject{{QStringLiteral("type"), QStringLiteral("array")}, {QStringLiteral("items"), ref(port.name + QStringLiteral("Item"))}});
        }
        for (const SchemaPort &port : source.schema->outputs) {
            schemas->insert(port.name + QStringLiteral("Item"), rowSchema(port));
            outputs.insert(port.name, QJsonObject{{QStringLiteral("type"), QStringLiteral("array")}, {QStringLiteral("items"), ref(port.name + QStringLiteral("Item"))}});
        }
    }
    const QJsonObject anyPort{{QStringLiteral("type"), QStringLiteral("array")}, {QStringLiteral("items"), anyRow()}};
    QJsonObject executionRequest{
        {QStringLiteral("type"), QStringLiteral("object")},
        {QStringLiteral("required"), QJsonArray{QStringLiteral("Inputs")}},
        {QStringLiteral("properties"),
         QJsonObject{{QStringLiteral("Inputs"), inputs.isEmpty() ? QJsonObject{{QStringLiteral("type"), QStringLiteral("object")}, {QStringLiteral("additionalProperties"), anyPort}}
                                                                 : QJsonObject{{QStringLiteral("type"), QStringLiteral("object")}, {QStringLiteral("properties"), inputs}}},
                     {QStringLiteral("GlobalParameters"), ref(QStringLiteral("GlobalParameters"))}}},
    };
    if (source.schema && !source.schema->exampleRequest.isEmpty())
        executionRequest.insert(QStringLiteral("example"), source.schema->exampleRequest);
    schemas->insert(QStringLiteral("GlobalParameters"), globalParametersSchema(source.schema));
    schemas->insert(QStringLiteral("ExecutionRequest"), executionRequest);
    schemas->insert(QStringLiteral("ExecutionResults"),
                    QJsonObject{{QStringLiteral("type"), QStringLiteral("object")},
                                {QStringLiteral("properties"),
                                 QJsonObject{{QStringLiteral("Results"), outputs.isEmpty() ? QJsonObject{{QStringLiteral("type"), QStringLiteral("object")}, {QStringLiteral("additionalProperties"), anyPort}}
                                                                                            : QJsonObject{{QStringLiteral("type"), QStringLiteral("object")}, {QStringLiteral("properties"), outputs}}}}}});
    const QJsonObject text{{QStringLiteral("type"), QStringLiteral("string")}};
    schemas->insert(QStringLiteral("BlobReference"),
                    QJsonObject{{QStringLiteral("type"), QStringLiteral("object")},
                                {QStringLiteral("required"), QJsonArray{QStringLiteral("RelativeLocation")}},
                                {QStringLiteral("properties"), QJsonObject{{QStringLiteral("ConnectionString"), text}, {QStringLiteral("RelativeLocation"), text},
                                                                           {QStringLiteral("BaseLocation"), text}, {QStringLiteral("SasBlobToken"), text}}}});
    const QJsonObject blobs{{QStringLiteral("type"), QStringLiteral("object")}, {QStringLiteral("additionalProperties"), ref(QStringLiteral("BlobReference"))}};
    const QString exampleStorage = QStringLiteral("DefaultEndpointsProtocol=https;AccountName=myaccount;AccountKey=bXlrZXk=;EndpointSuffix=core.windows.net");
    schemas->insert(QStringLiteral("BatchExecutionRequest"),
                    QJsonObject{{QStringLiteral("type"), QStringLiteral("object")},
                                {QStringLiteral("properties"), QJsonObject{{QStringLiteral("Inputs"), blobs}, {QStringLiteral("Outputs"), blobs}, {QStringLiteral("GlobalParameters"), ref(QStringLiteral("GlobalParameters"))}}},
                                {QStringLiteral("example"),
                                 QJsonObject{{QStringLiteral("Inputs"), QJsonObject{{QStringLiteral("input1"), QJsonObject{{QStringLiteral("ConnectionString"), exampleStorage}, {QStringLiteral("RelativeLocation"), QStringLiteral("scoring/input1.csv")}}}}},
                                             {QStringLiteral("Outputs"), QJsonObject{{QStringLiteral("output1"), QJsonObject{{QStringLiteral("ConnectionString"), exampleStorage}, {QStringLiteral("RelativeLocation"), QStringLiteral("scoring/output1.csv")}}}}},
                                             {QStringLiteral("GlobalParameters"), QJsonObject{}}}}});
    schemas->insert(QStringLiteral("BatchJobStatus"),
                    QJsonObject{{QStringLiteral("type"), QStringLiteral("object")},
                                {QStringLiteral("properties"),
                                 QJsonObject{{QStringLiteral("StatusCode"), QJsonObject{{QStringLiteral("oneOf"), QJsonArray{text, QJsonObject{{QStringLiteral("type"), QStringLiteral("integer")}}}},
                                                                                       {QStringLiteral("description"), QStringLiteral("NotStarted, Running, Failed, Cancelled, Finished (or 0 to 4)")}}},
                                             {QStringLiteral("Results"), blobs},
                                             {QStringLiteral("Details"), text},
                                             {QStringLiteral("CreatedAt"), text},
                                             {QStringLiteral("StartTime"), text},
                                             {QStringLiteral("EndTime"), text}}}});

    // The guide's parameters: the workspace and service in the path, api-version in the query.
    const QJsonArray common{
        parameter(QStringLiteral("workspace"), QStringLiteral("path"), true, stringSchema(endpoint.workspace()), QStringLiteral("The workspace id")),
        parameter(QStringLiteral("service"), QStringLiteral("path"), true, stringSchema(endpoint.service()), QStringLiteral("The web service id")),
        parameter(QStringLiteral("api-version"), QStringLiteral("query"), true,
                  QJsonObject{{QStringLiteral("type"), QStringLiteral("string")}, {QStringLiteral("enum"), QJsonArray{endpoint.apiVersion()}}, {QStringLiteral("default"), endpoint.apiVersion()}},
                  QStringLiteral("The protocol's version")),
    };
    QJsonArray withJob = common;
    withJob.append(parameter(QStringLiteral("jobid"), QStringLiteral("path"), true, stringSchema(), QStringLiteral("The batch job's id, as BES Submit answered it")));
    QJsonArray execute = common;
    execute.append(parameter(QStringLiteral("format"), QStringLiteral("query"), false,
                             QJsonObject{{QStringLiteral("type"), QStringLiteral("string")}, {QStringLiteral("enum"), QJsonArray{QStringLiteral("swagger")}}, {QStringLiteral("default"), QStringLiteral("swagger")}},
                             QStringLiteral("Rows as lists of objects (the form these schemas describe)")));
    execute.append(parameter(QStringLiteral("details"), QStringLiteral("query"), false, QJsonObject{{QStringLiteral("type"), QStringLiteral("boolean")}},
                             QStringLiteral("Also answer the output columns' types")));

    const QJsonObject error = response(QStringLiteral("The service or gateway refused the call"), ref(QStringLiteral("ServiceError")));
    const QJsonObject body{{QStringLiteral("required"), true}, {QStringLiteral("content"), jsonContent(ref(QStringLiteral("ExecutionRequest")))}};
    const QJsonObject batchBody{{QStringLiteral("required"), true}, {QStringLiteral("content"), jsonContent(ref(QStringLiteral("BatchExecutionRequest")))}};
    const QString base = QStringLiteral("/workspaces/{workspace}/services/{service}");
    return QJsonObject{
        {QString(base + QStringLiteral("/execute")),
         QJsonObject{{QStringLiteral("post"), operation(QStringLiteral("rrs-execute"), QStringLiteral("RRS Execute"), execute,
                                                         {{QStringLiteral("200"), response(QStringLiteral("The scored rows"), ref(QStringLiteral("ExecutionResults")))}, {QStringLiteral("default"), error}},
                                                         body)}}},
        {QString(base + QStringLiteral("/jobs")),
         QJsonObject{{QStringLiteral("post"), operation(QStringLiteral("bes-submit"), QStringLiteral("BES Submit"), common,
                                                         {{QStringLiteral("200"), response(QStringLiteral("The new job's id"), text)}, {QStringLiteral("default"), error}},
                                                         batchBody)}}},
        {QString(base + QStringLiteral("/jobs/{jobid}/start")),
         QJsonObject{{QStringLiteral("post"), operation(QStringLiteral("bes-start"), QStringLiteral("BES Start"), withJob,
                                                         {{QStringLiteral("200"), response(QStringLiteral("The job is queued to run"))}, {QStringLiteral("default"), error}})}}},
        {QString(base + QStringLiteral("/jobs/{jobid}")),
         QJsonObject{{QStringLiteral("get"), operation(QStringLiteral("bes-status"), QStringLiteral("BES Status"), withJob,
                                                        {{QStringLiteral("200"), response(QStringLiteral("The job's state and outputs"), ref(QStringLiteral("BatchJobStatus")))}, {QStringLiteral("default"), error}})},
                     {QStringLiteral("delete"), operation(QStringLiteral("bes-delete"), QStringLiteral("BES Delete"), withJob,
                                                           {{QStringLiteral("200"), response(QStringLiteral("The job is cancelled or removed"))}, {QStringLiteral("default"), error}})}}},
    };
}

QJsonObject onlineDocument(const ApiDefinitionSource &source, QJsonObject *schemas, QString *scorePath)
{
    const QJsonObject text{{QStringLiteral("type"), QStringLiteral("string")}};
    QJsonObject columns{{QStringLiteral("type"), QStringLiteral("array")}, {QStringLiteral("items"), text}};
    QJsonValue example;
    QJsonObject rowItems{{QStringLiteral("type"), QStringLiteral("array")}, {QStringLiteral("items"), QJsonObject{}}};
    QJsonObject output{{QStringLiteral("description"), QStringLiteral("Predictions: an array (of values or of objects), or what the scoring script returns")}};
    if (source.schema && !source.schema->inputs.isEmpty()) {
        const SchemaPort &port = source.schema->inputs.first();
        QJsonArray names;
        for (const SchemaColumn &column : port.columns)
            names.append(column.name);
        columns.insert(QStringLiteral("example"), names);
        DataTable table = source.schema->exampleTable(port);
        if (table.rowCount() == 0)
            table = source.schema->emptyTable(port);
        example = QJsonDocument::fromJson(encodeSplitBody(table, false)).object();
        if (!source.schema->outputs.isEmpty()) {
            schemas->insert(QStringLiteral("PredictionItem"), rowSchema(source.schema->outputs.first()));
            output = QJsonObject{{QStringLiteral("type"), QStringLiteral("array")}, {QStringLiteral("items"), ref(QStringLiteral("PredictionItem"))}};
        }
    }
    QJsonObject input{
        {QStringLiteral("type"), QStringLiteral("object")},
        {QStringLiteral("description"), QStringLiteral("The MLflow split body (custom scoring scripts may take other JSON)")},
        {QStringLiteral("required"), QJsonArray{QStringLiteral("input_data")}},
        {QStringLiteral("properties"),
         QJsonObject{{QStringLiteral("input_data"),
                      QJsonObject{{QStringLiteral("type"), QStringLiteral("object")},
                                  {QStringLiteral("required"), QJsonArray{QStringLiteral("columns"), QStringLiteral("data")}},
                                  {QStringLiteral("properties"),
                                   QJsonObject{{QStringLiteral("columns"), columns},
                                               {QStringLiteral("index"), QJsonObject{{QStringLiteral("type"), QStringLiteral("array")}, {QStringLiteral("items"), QJsonObject{{QStringLiteral("type"), QStringLiteral("integer")}}}}},
                                               {QStringLiteral("data"), QJsonObject{{QStringLiteral("type"), QStringLiteral("array")}, {QStringLiteral("items"), rowItems}}}}}}}}},
    };
    if (!example.isUndefined())
        input.insert(QStringLiteral("example"), example);
    schemas->insert(QStringLiteral("ServiceInput"), input);
    schemas->insert(QStringLiteral("ServiceOutput"), output);
    schemas->insert(QStringLiteral("EndpointError"), QJsonObject{{QStringLiteral("type"), QStringLiteral("object")},
                                                                 {QStringLiteral("properties"), QJsonObject{{QStringLiteral("message"), text}}}});

    const QString deployment = source.endpoint.deployment();
    QJsonObject deploymentSchema = stringSchema(deployment);
    const QJsonArray parameters{parameter(QStringLiteral("azureml-model-deployment"), QStringLiteral("header"), false, deploymentSchema,
                                          QStringLiteral("Send to this deployment instead of the endpoint's traffic split"))};
    *scorePath = QLatin1Char('/') + source.endpoint.scoreUrl().path().section(QLatin1Char('/'), -1);
    return QJsonObject{
        {*scorePath,
         QJsonObject{{QStringLiteral("post"),
                      operation(QStringLiteral("score"), QStringLiteral("Score"), parameters,
                                {{QStringLiteral("200"), response(QStringLiteral("The predictions; the azureml-model-deployment header names the deployment that answered"), ref(QStringLiteral("ServiceOutput")))},
                                 {QStringLiteral("default"), response(QStringLiteral("401, 404 (also for an unknown deployment), 408, 424 (the model failed), 429, 5xx"), ref(QStringLiteral("EndpointError")))}},
                                QJsonObject{{QStringLiteral("required"), true}, {QStringLiteral("content"), jsonContent(ref(QStringLiteral("ServiceInput")))}})}}},
    };
}

} // namespace

QJsonObject exportApiDefinition(const ApiDefinitionSource &source)
{
    QJsonObject schemas;
    QJsonObject paths;
    QString server;
    if (source.endpoint.isOnlineEndpoint()) {
        QString scorePath;
        paths = onlineDocument(source, &schemas, &scorePath);
        QUrl url = source.endpoint.scoreUrl();
        QString path = url.path();
        path.chop(scorePath.size());
        url.setPath(path);
        server = url.toString();
    } else {
        paths = classicDocument(source, &schemas);
        server = classicServer(source.endpoint);
    }
    schemas = errorSchemas(schemas);

    QString description = source.schema ? source.schema->description : QString();
    if (description.isEmpty())
        description = source.endpoint.isOnlineEndpoint() ? QStringLiteral("An Azure ML online endpoint.")
                                                          : QStringLiteral("An Azure ML Studio (classic) web service: request/response and batch execution.");
    const QString title = !source.title.isEmpty() ? source.title : source.schema && !source.schema->title.isEmpty() ? source.schema->title : source.endpoint.service();
    return QJsonObject{
        {QStringLiteral("openapi"), QStringLiteral("3.0.1")},
        {QStringLiteral("info"), QJsonObject{{QStringLiteral("title"), title},
                                             {QStringLiteral("description"), description},
                                             {QStringLiteral("version"), source.endpoint.isOnlineEndpoint() ? QStringLiteral("1.0") : source.endpoint.apiVersion()}}},
        {QStringLiteral("servers"), QJsonArray{QJsonObject{{QStringLiteral("url"), server},
                                                           {QStringLiteral("description"), source.viaGateway ? QStringLiteral("The API gateway") : QStringLiteral("The service")}}}},
        {QStringLiteral("paths"), paths},
        {QStringLiteral("components"), QJsonObject{{QStringLiteral("schemas"), schemas}, {QStringLiteral("securitySchemes"), securitySchemes()}}},
        {QStringLiteral("security"), source.viaGateway ? QJsonArray{QJsonObject{{QStringLiteral("serviceKey"), QJsonArray{}}, {QStringLiteral("subscriptionKey"), QJsonArray{}}}}
                                                       : QJsonArray{QJsonObject{{QStringLiteral("serviceKey"), QJsonArray{}}}}},
    };
}

} // namespace ScoreDesk
