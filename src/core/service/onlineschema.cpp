#include "onlineschema.h"

#include "jsonkeyorder.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace ScoreDesk {

namespace {

QJsonObject path(QJsonObject object, const QStringList &keys)
{
    for (const QString &key : keys)
        object = object.value(key).toObject();
    return object;
}

ColumnType typeOfExampleValue(const QJsonValue &value)
{
    if (value.isDouble())
        return ColumnType::Double;
    if (value.isBool())
        return ColumnType::Boolean;
    return ColumnType::String;
}

QList<SchemaColumn> readColumns(const QJsonObject &item, const QStringList &exampleColumns, const QJsonArray &firstExampleRow,
                                const QByteArray &raw)
{
    const QJsonObject properties = item.value(QLatin1String("properties")).toObject();
    QStringList required;
    for (const QJsonValue &name : item.value(QLatin1String("required")).toArray())
        required.append(name.toString());
    // The example's order when it names the columns (the order the model was trained on).
    QStringList names = exampleColumns;
    for (const QString &name : orderByAppearance(properties.keys(), raw, qMax<qsizetype>(0, raw.indexOf("\"ServiceInput\"")))) {
        if (!names.contains(name))
            names.append(name);
    }
    QList<SchemaColumn> columns;
    for (qsizetype i = 0; i < names.size(); ++i) {
        SchemaColumn column;
        column.name = names.at(i);
        const QJsonObject property = properties.value(column.name).toObject();
        if (!property.isEmpty()) {
            column.format = property.value(QLatin1String("format")).toString();
            column.type = columnTypeFromSwagger(property.value(QLatin1String("type")).toString(), column.format);
            for (const QJsonValue &value : property.value(QLatin1String("enum")).toArray())
                column.enumValues.append(value.isString() ? value.toString() : QString::number(value.toDouble()));
        } else {
            column.type = typeOfExampleValue(firstExampleRow.at(i));
        }
        column.required = required.contains(column.name) || properties.isEmpty();
        columns.append(column);
    }
    return columns;
}

} // namespace

bool isOnlineEndpointSwagger(const QJsonObject &root)
{
    return root.value(QLatin1String("definitions")).toObject().contains(QLatin1String("ServiceInput"));
}

bool parseOnlineEndpointSchema(const QJsonObject &root, const QByteArray &raw, ServiceSchema *schema, QString *error)
{
    *schema = ServiceSchema();
    const QJsonObject definitions = root.value(QLatin1String("definitions")).toObject();
    const QJsonObject input = definitions.value(QLatin1String("ServiceInput")).toObject();
    schema->title = path(root, {QStringLiteral("info")}).value(QLatin1String("title")).toString();
    schema->description = path(root, {QStringLiteral("info")}).value(QLatin1String("description")).toString();

    const QJsonObject example = path(input, {QStringLiteral("example"), QStringLiteral("input_data")});
    QStringList exampleColumns;
    for (const QJsonValue &name : example.value(QLatin1String("columns")).toArray())
        exampleColumns.append(name.toString());
    const QJsonArray exampleRows = example.value(QLatin1String("data")).toArray();
    const QJsonObject rowItem = path(input, {QStringLiteral("properties"), QStringLiteral("input_data"), QStringLiteral("properties"),
                                             QStringLiteral("data"), QStringLiteral("items")});
    SchemaPort port{QStringLiteral("input1"), readColumns(rowItem, exampleColumns, exampleRows.at(0).toArray(), raw)};
    if (port.columns.isEmpty()) {
        *error = QCoreApplication::translate("ServiceSchema", "the endpoint's description names no input columns");
        return false;
    }
    QJsonArray rows;
    for (const QJsonValue &rowValue : exampleRows) {
        QJsonObject row;
        const QJsonArray cells = rowValue.toArray();
        for (qsizetype c = 0; c < exampleColumns.size() && c < cells.size(); ++c)
            row.insert(exampleColumns.at(c), cells.at(c));
        rows.append(row);
    }
    schema->exampleRequest = QJsonObject{{QStringLiteral("Inputs"), QJsonObject{{port.name, rows}}}};
    schema->inputs.append(port);

    const QJsonObject output = definitions.value(QLatin1String("ServiceOutput")).toObject();
    const QJsonObject outputItem = output.value(QLatin1String("items")).toObject();
    if (!outputItem.value(QLatin1String("properties")).toObject().isEmpty())
        schema->outputs.append(SchemaPort{QStringLiteral("predictions"), readColumns(outputItem, {}, {}, raw)});
    return true;
}

} // namespace ScoreDesk
