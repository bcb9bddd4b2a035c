#include "serviceschema.h"

#include "jsonkeyorder.h"
#include "onlineschema.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace ScoreDesk {

namespace {

QStringList stringList(const QJsonArray &array)
{
    QStringList values;
    for (const QJsonValue &value : array)
        values.append(value.isString() ? value.toString() : QString::number(value.toDouble()));
    return values;
}

QString refTarget(const QJsonObject &object)
{
    const QString ref = object.value(QLatin1String("$ref")).toString();
    return ref.startsWith(QLatin1String("#/definitions/")) ? ref.mid(14) : QString();
}

// The order of names as the service wrote them, looked up after the definition's own name.
QStringList inTextOrder(const QStringList &names, const QByteArray &raw, const QString &definition)
{
    const qsizetype start = qMax<qsizetype>(0, raw.indexOf(QByteArray(QByteArray(1, '"') + definition.toUtf8() + '"')));
    return orderByAppearance(names, raw, start);
}

SchemaPort readPort(const QString &name, const QString &definition, const QJsonObject &definitions, const QByteArray &raw)
{
    SchemaPort port;
    port.name = name;
    const QJsonObject item = definitions.value(definition).toObject();
    const QJsonObject properties = item.value(QLatin1String("properties")).toObject();
    const QStringList required = stringList(item.value(QLatin1String("required")).toArray());
    for (const QString &columnName : inTextOrder(properties.keys(), raw, definition)) {
        const QJsonObject property = properties.value(columnName).toObject();
        SchemaColumn column;
        column.name = columnName;
        column.format = property.value(QLatin1String("format")).toString();
        column.type = columnTypeFromSwagger(property.value(QLatin1String("type")).toString(), column.format);
        column.required = required.contains(columnName);
        column.enumValues = stringList(property.value(QLatin1String("enum")).toArray());
        port.columns.append(column);
    }
    return port;
}

// Ports as the request and response definitions name them; failing that, by the classic
// naming convention ({port}Item).
QList<SchemaPort> readPorts(const QJsonObject &definitions, const QString &container, const QString &prefix, const QByteArray &raw)
{
    QList<SchemaPort> ports;
    const QJsonObject portsObject = definitions[container].toObject()[QLatin1String("properties")]
                                        .toObject()[container == QLatin1String("ExecutionRequest") ? QLatin1String("Inputs") : QLatin1String("Results")]
                                        .toObject()[QLatin1String("properties")]
                                        .toObject();
    for (const QString &portName : inTextOrder(portsObject.keys(), raw, container)) {
        const QJsonObject port = portsObject.value(portName).toObject();
        QString definition = refTarget(port.value(QLatin1String("items")).toObject());
        if (definition.isEmpty())
            definition = refTarget(port);
        if (!definition.isEmpty())
            ports.append(readPort(portName, definition, definitions, raw));
    }
    if (!ports.isEmpty())
        return ports;
    static const QRegularExpression itemName(QStringLiteral("^(%1\\d+)Item$"));
    const QRegularExpression pattern(itemName.pattern().arg(prefix));
    for (const QString &key : inTextOrder(definitions.keys(), raw, QStringLiteral("definitions"))) {
        const QRegularExpressionMatch match = pattern.match(key);
        if (match.hasMatch())
            ports.append(readPort(match.captured(1), key, definitions, raw));
    }
    return ports;
}

} // namespace

QString SchemaParameter::check(const QString &text) const
{
    if (text.isEmpty())
        return QString();
    if (!enumValues.isEmpty() && !enumValues.contains(text))
        return QCoreApplication::translate("ServiceSchema", "%1 must be one of: %2").arg(name, enumValues.join(QStringLiteral(", ")));
    if (!isValidValue(type, text))
        return QCoreApplication::translate("ServiceSchema", "%1 must be a %2 value").arg(name, columnTypeName(type).toLower());
    if (isNumeric(type)) {
        const double value = text.trimmed().toDouble();
        if (minimum && value < *minimum)
            return QCoreApplication::translate("ServiceSchema", "%1 must be at least %2").arg(name).arg(*minimum);
        if (maximum && value > *maximum)
            return QCoreApplication::translate("ServiceSchema", "%1 must be at most %2").arg(name).arg(*maximum);
    }
    return QString();
}

bool ServiceSchema::parse(const QByteArray &swaggerJson, ServiceSchema *schema, QString *error)
{
    *schema = ServiceSchema();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(swaggerJson, &parseError);
    if (!document.isObject()) {
        *error = QCoreApplication::translate("ServiceSchema", "the service description is not JSON (%1)").arg(parseError.errorString());
        return false;
    }
    const QJsonObject root = document.object();
    if (isOnlineEndpointSwagger(root))
        return parseOnlineEndpointSchema(root, swaggerJson, schema, error);
    const QJsonObject definitions = root.value(QLatin1String("definitions")).toObject();
    if (definitions.isEmpty()) {
        *error = QCoreApplication::translate("ServiceSchema", "the service description has no definitions");
        return false;
    }
    schema->title = root[QLatin1String("info")].toObject()[QLatin1String("title")].toString();
    schema->description = root[QLatin1String("info")].toObject()[QLatin1String("description")].toString();
    schema->inputs = readPorts(definitions, QStringLiteral("ExecutionRequest"), QStringLiteral("input"), swaggerJson);
    schema->outputs = readPorts(definitions, QStringLiteral("ExecutionResults"), QStringLiteral("output"), swaggerJson);

    const QJsonObject parameters = definitions[QLatin1String("GlobalParameters")].toObject()[QLatin1String("properties")].toObject();
    for (const QString &name : inTextOrder(parameters.keys(), swaggerJson, QStringLiteral("GlobalParameters"))) {
        const QJsonObject property = parameters.value(name).toObject();
        SchemaParameter parameter;
        parameter.name = name;
        parameter.type = columnTypeFromSwagger(property.value(QLatin1String("type")).toString(), property.value(QLatin1String("format")).toString());
        parameter.defaultValue = property.value(QLatin1String("default"));
        if (property.contains(QLatin1String("minimum")))
            parameter.minimum = property.value(QLatin1String("minimum")).toDouble();
        if (property.contains(QLatin1String("maximum")))
            parameter.maximum = property.value(QLatin1String("maximum")).toDouble();
        parameter.enumValues = stringList(property.value(QLatin1String("enum")).toArray());
        parameter.description = property.value(QLatin1String("description")).toString();
        schema->globalParameters.append(parameter);
    }
    schema->exampleRequest = definitions[QLatin1String("ExecutionRequest")].toObject()[QLatin1String("example")].toObject();
    if (schema->inputs.isEmpty()) {
        *error = QCoreApplication::translate("ServiceSchema", "the service description names no input ports");
        return false;
    }
    return true;
}

DataTable ServiceSchema::emptyTable(const SchemaPort &port) const
{
    DataTable table;
    for (const SchemaColumn &column : port.columns)
        table.addColumn(column.name, column.type);
    return table;
}

DataTable ServiceSchema::exampleTable(const SchemaPort &port) const
{
    DataTable table = emptyTable(port);
    const QJsonValue rows = exampleRequest[QLatin1String("Inputs")].toObject().value(port.name);
    for (const QJsonValue &row : rows.toArray()) {
        QStringList cells;
        std::vector<bool> nulls;
        for (const SchemaColumn &column : port.columns) {
            const QJsonValue cell = row.toObject().value(column.name);
            nulls.push_back(cell.isNull() || cell.isUndefined());
            cells.append(cell.isString() ? cell.toString() : cell.isDouble() ? QString::number(cell.toDouble()) : QString());
        }
        table.appendRow(cells, nulls);
    }
    return table;
}

} // namespace ScoreDesk
