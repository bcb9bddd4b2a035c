#pragma once

#include "../table/datatable.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ScoreDesk {

struct SchemaColumn
{
    QString name;
    ColumnType type = ColumnType::String;
    QString format; // swagger's format, e.g. int32, double, date-time
    bool required = false;
    QStringList enumValues;
};

struct SchemaPort
{
    QString name; // input1, output1, ...
    QList<SchemaColumn> columns;
};

struct SchemaParameter
{
    QString name;
    ColumnType type = ColumnType::String;
    QJsonValue defaultValue;
    std::optional<double> minimum;
    std::optional<double> maximum;
    QStringList enumValues;
    QString description;

    // Empty when the text is acceptable for this parameter; otherwise why not.
    QString check(const QString &text) const;
};

// What a service's swagger.json says about calling it: its input and output ports with typed
// columns, its global parameters, and the example request.
struct ServiceSchema
{
    QString title;
    QString description;
    QList<SchemaPort> inputs;
    QList<SchemaPort> outputs;
    QList<SchemaParameter> globalParameters;
    QJsonObject exampleRequest;

    static bool parse(const QByteArray &swaggerJson, ServiceSchema *schema, QString *error);

    // An empty table with the port's columns and types, ready for the input grid.
    DataTable emptyTable(const SchemaPort &port) const;
    // The example's rows for a port, when the example has any.
    DataTable exampleTable(const SchemaPort &port) const;
};

} // namespace ScoreDesk
