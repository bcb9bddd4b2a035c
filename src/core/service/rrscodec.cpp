#include "rrscodec.h"

#include "jsonkeyorder.h"
#include "jsontext.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QHash>
#include <QJsonDocument>
#include <QLocale>

#include <cmath>

namespace ScoreDesk {

namespace {

// JSON text written straight from the table, without a JSON tree: rows keep the table's column
// order (a QJsonObject would sort the keys), and 100,000 rows cost one buffer, not a
// QJsonValue per cell.

// Cells of numeric columns become JSON numbers when they are numbers; everything else is a
// string, null cells are null.
void appendCell(QByteArray *out, const Column &column, qsizetype row)
{
    if (column.isNull(row)) {
        out->append("null");
        return;
    }
    const QString &text = column.cells.at(row);
    bool ok = false;
    if (column.type == ColumnType::Integer) {
        const qint64 value = text.trimmed().toLongLong(&ok);
        if (ok) {
            out->append(QByteArray::number(value));
            return;
        }
    } else if (column.type == ColumnType::Double) {
        const double value = text.trimmed().toDouble(&ok);
        if (ok && qIsFinite(value)) {
            out->append(QByteArray::number(value, 'g', QLocale::FloatingPointShortest));
            return;
        }
    }
    appendJsonString(out, text);
}

void appendSwaggerRows(QByteArray *out, const DataTable &table)
{
    QList<QByteArray> keys; // each column's "name": once, not once per row
    for (qsizetype c = 0; c < table.columnCount(); ++c) {
        QByteArray key;
        appendJsonString(&key, table.column(c).name);
        keys.append(key + ':');
    }
    out->append('[');
    for (qsizetype row = 0; row < table.rowCount(); ++row) {
        out->append(row ? ",{" : "{");
        for (qsizetype c = 0; c < table.columnCount(); ++c) {
            if (c)
                out->append(',');
            out->append(keys.at(c));
            appendCell(out, table.column(c), row);
        }
        out->append('}');
    }
    out->append(']');
}

void appendTableForm(QByteArray *out, const DataTable &table)
{
    out->append("{\"ColumnNames\":[");
    for (qsizetype c = 0; c < table.columnCount(); ++c) {
        if (c)
            out->append(',');
        appendJsonString(out, table.column(c).name);
    }
    out->append("],\"Values\":[");
    for (qsizetype row = 0; row < table.rowCount(); ++row) {
        out->append(row ? ",[" : "[");
        for (qsizetype c = 0; c < table.columnCount(); ++c) {
            if (c)
                out->append(',');
            appendCell(out, table.column(c), row);
        }
        out->append(']');
    }
    out->append("]}");
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
        // Whole numbers as integers; the range is checked first, as casting 1e300 to an integer
        // is undefined.
        const double number = value.toDouble();
        const bool whole = qAbs(number) < 9.0e15 && std::trunc(number) == number;
        cells->append(whole ? QString::number(static_cast<qint64>(number)) : QString::number(number, 'g', 17));
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
    QByteArray out;
    out.append("{\"Inputs\":{");
    for (qsizetype i = 0; i < request.inputs.size(); ++i) {
        const NamedTable &input = request.inputs.at(i);
        if (i)
            out.append(',');
        appendJsonString(&out, input.name);
        out.append(':');
        if (request.swaggerFormat)
            appendSwaggerRows(&out, input.table);
        else
            appendTableForm(&out, input.table);
    }
    out.append("},\"GlobalParameters\":");
    out.append(QJsonDocument(request.globalParameters).toJson(QJsonDocument::Compact));
    out.append('}');
    return out;
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
