#include "rrscodec.h"

#include "rrsjsonreader.h"
#include "scorecodec.h"
#include "jsontext.h"

#include <QJsonDocument>
#include <QLocale>

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
    const QByteArrayView text = column.utf8(row);
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
    RrsTableCollector collector(outputs);
    if (readRrsResponse(body, &collector, error))
        return true;
    outputs->clear();
    return false;
}

bool decodeRrsRequest(const QByteArray &body, RrsRequest *request, QString *error)
{
    *request = RrsRequest();
    // An online endpoint's split body: one table, no parameters.
    if (body.contains("\"input_data\"")) {
        NamedTable input{QStringLiteral("input1"), {}};
        QString splitError;
        if (decodeSplitBody(body, &input.table, &splitError)) {
            request->inputs.append(input);
            return true;
        }
    }
    RrsTableCollector collector(&request->inputs);
    if (readRrsRequest(body, &collector, &request->globalParameters, &request->swaggerFormat, error))
        return true;
    *request = RrsRequest();
    return false;
}

} // namespace ScoreDesk
