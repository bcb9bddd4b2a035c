#include "rrscodec.h"

#include "jsonkeyorder.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QHash>
#include <QJsonDocument>

namespace ScoreDesk {

namespace {

QJsonValue encodeCell(const Column &column, qsizetype row)
{
    if (column.isNull(row))
        return QJsonValue(QJsonValue::Null);
    const QString &text = column.cells.at(row);
    if (column.type == ColumnType::Integer) {
        bool ok = false;
        const qint64 value = text.trimmed().toLongLong(&ok);
        if (ok)
            return QJsonValue(value);
    } else if (column.type == ColumnType::Double) {
        bool ok = false;
        const double value = text.trimmed().toDouble(&ok);
        if (ok)
            return QJsonValue(value);
    }
    return QJsonValue(text);
}

// Cells arrive as strings, numbers, booleans or null; the table keeps them as text.
void appendJsonCell(const QJsonValue &value, QStringList *cells, std::vector<bool> *nulls)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        cells->append(QString());
        nulls->push_back(true);
        return;
    case QJsonValue::Bool:
        cells->append(value.toBool() ? QStringLiteral("true") : QStringLiteral("false"));
        break;
    case QJsonValue::Double: {
        const double number = value.toDouble();
        const qint64 whole = static_cast<qint64>(number);
        cells->append(static_cast<double>(whole) == number && qAbs(number) < 9.0e15
                          ? QString::number(whole)
                          : QString::number(number, 'g', 17));
        break;
    }
    case QJsonValue::String:
        cells->append(value.toString());
        break;
    case QJsonValue::Array:
    case QJsonValue::Object:
        cells->append(QString::fromUtf8(value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                                                        : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact)));
        break;
    }
    nulls->push_back(false);
}

bool decodeTableForm(const QJsonObject &value, DataTable *table, QString *error)
{
    const QJsonArray names = value.value(QLatin1String("ColumnNames")).toArray();
    const QJsonArray types = value.value(QLatin1String("ColumnTypes")).toArray();
    for (qsizetype i = 0; i < names.size(); ++i) {
        const ColumnType type = i < types.size() ? columnTypeFromServiceName(types.at(i).toString()) : ColumnType::String;
        table->addColumn(names.at(i).toString(), type);
    }
    const QJsonArray rows = value.value(QLatin1String("Values")).toArray();
    table->reserveRows(rows.size());
    for (const QJsonValue &rowValue : rows) {
        if (!rowValue.isArray()) {
            *error = QCoreApplication::translate("RrsCodec", "a row of Values is not a list");
            return false;
        }
        const QJsonArray row = rowValue.toArray();
        QStringList cells;
        std::vector<bool> nulls;
        for (const QJsonValue &cell : row)
            appendJsonCell(cell, &cells, &nulls);
        table->appendRow(cells, nulls);
    }
    return true;
}

bool decodeSwaggerForm(const QJsonArray &rows, const QByteArray &raw, DataTable *table, QString *error)
{
    QStringList names;
    QHash<QString, bool> numeric;
    for (const QJsonValue &rowValue : rows) {
        if (!rowValue.isObject()) {
            *error = QCoreApplication::translate("RrsCodec", "a result row is not an object");
            return false;
        }
        const QJsonObject row = rowValue.toObject();
        for (auto it = row.begin(); it != row.end(); ++it) {
            if (!numeric.contains(it.key()))
                names.append(it.key());
            numeric[it.key()] = numeric.value(it.key(), true) && (it.value().isDouble() || it.value().isNull());
        }
    }
    // Objects carry no order of their own: columns go in the order the service wrote them.
    for (const QString &name : orderByAppearance(names, raw))
        table->addColumn(name, numeric.value(name) ? ColumnType::Double : ColumnType::String);
    table->reserveRows(rows.size());
    const QStringList columns = table->columnNames();
    for (const QJsonValue &rowValue : rows) {
        const QJsonObject row = rowValue.toObject();
        QStringList cells;
        std::vector<bool> nulls;
        for (const QString &name : columns)
            appendJsonCell(row.value(name), &cells, &nulls);
        table->appendRow(cells, nulls);
    }
    return true;
}

} // namespace

QByteArray encodeRrsRequest(const RrsRequest &request)
{
    QJsonObject inputs;
    for (const NamedTable &input : request.inputs) {
        const DataTable &table = input.table;
        if (request.swaggerFormat) {
            QJsonArray rows;
            for (qsizetype row = 0; row < table.rowCount(); ++row) {
                QJsonObject object;
                for (qsizetype c = 0; c < table.columnCount(); ++c)
                    object.insert(table.column(c).name, encodeCell(table.column(c), row));
                rows.append(object);
            }
            inputs.insert(input.name, rows);
        } else {
            QJsonArray values;
            for (qsizetype row = 0; row < table.rowCount(); ++row) {
                QJsonArray cells;
                for (qsizetype c = 0; c < table.columnCount(); ++c)
                    cells.append(encodeCell(table.column(c), row));
                values.append(cells);
            }
            QJsonObject port;
            port.insert(QStringLiteral("ColumnNames"), QJsonArray::fromStringList(table.columnNames()));
            port.insert(QStringLiteral("Values"), values);
            inputs.insert(input.name, port);
        }
    }
    QJsonObject root;
    root.insert(QStringLiteral("Inputs"), inputs);
    root.insert(QStringLiteral("GlobalParameters"), request.globalParameters);
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

bool decodeRrsResponse(const QByteArray &body, QList<NamedTable> *outputs, QString *error)
{
    outputs->clear();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (document.isNull()) {
        *error = QCoreApplication::translate("RrsCodec", "the response is not JSON (%1 at byte %2)")
                     .arg(parseError.errorString())
                     .arg(parseError.offset);
        return false;
    }
    const QJsonValue results = document.object().value(QLatin1String("Results"));
    if (!results.isObject()) {
        *error = QCoreApplication::translate("RrsCodec", "the response has no \"Results\" object");
        return false;
    }
    const QJsonObject resultObject = results.toObject();
    // QJsonObject sorts its keys; output1, output2... come back in their natural order anyway.
    for (auto it = resultObject.begin(); it != resultObject.end(); ++it) {
        NamedTable output;
        output.name = it.key();
        bool ok = false;
        if (it.value().isArray()) {
            ok = decodeSwaggerForm(it.value().toArray(), body, &output.table, error);
        } else if (it.value().isObject()) {
            const QJsonObject wrapper = it.value().toObject();
            // The "type" field says "table" or "DataTable" depending on the service's age: ignore it.
            const QJsonValue value = wrapper.value(QLatin1String("value"));
            if (value.isObject())
                ok = decodeTableForm(value.toObject(), &output.table, error);
            else if (value.isArray())
                ok = decodeSwaggerForm(value.toArray(), body, &output.table, error);
            else if (wrapper.contains(QLatin1String("ColumnNames")))
                ok = decodeTableForm(wrapper, &output.table, error);
            else
                *error = QCoreApplication::translate("RrsCodec", "output '%1' has no table in it").arg(it.key());
        } else {
            *error = QCoreApplication::translate("RrsCodec", "output '%1' is neither a table nor a list of rows").arg(it.key());
        }
        if (!ok)
            return false;
        outputs->append(std::move(output));
    }
    return true;
}

bool decodeRrsRequest(const QByteArray &body, RrsRequest *request, QString *error)
{
    *request = RrsRequest();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (!document.isObject()) {
        *error = QCoreApplication::translate("RrsCodec", "the request is not a JSON object (%1)").arg(parseError.errorString());
        return false;
    }
    const QJsonObject inputs = document.object().value(QLatin1String("Inputs")).toObject();
    if (inputs.isEmpty()) {
        *error = QCoreApplication::translate("RrsCodec", "the request has no \"Inputs\"");
        return false;
    }
    for (auto it = inputs.begin(); it != inputs.end(); ++it) {
        NamedTable input;
        input.name = it.key();
        bool ok = false;
        if (it.value().isArray()) {
            request->swaggerFormat = true;
            ok = decodeSwaggerForm(it.value().toArray(), body, &input.table, error);
        } else {
            ok = decodeTableForm(it.value().toObject(), &input.table, error);
        }
        if (!ok)
            return false;
        request->inputs.append(std::move(input));
    }
    request->globalParameters = document.object().value(QLatin1String("GlobalParameters")).toObject();
    return true;
}

} // namespace ScoreDesk
