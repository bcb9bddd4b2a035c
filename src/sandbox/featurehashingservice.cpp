#include "featurehashingservice.h"

#include "featurehashing.h"
#include "jsonwriter.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>
#include <numeric>

namespace ScoreDesk::Sandbox {

namespace {

const QString BitsParameter = QStringLiteral("Hashing bitsize");
const QString NgramsParameter = QStringLiteral("N-grams");

SandboxReply badParameter(const QString &message)
{
    return serviceError(400, QStringLiteral("BadArgument"), QStringLiteral("BadParameterValue"), message);
}

SandboxReply inputError(const QString &message)
{
    return serviceError(400, QStringLiteral("BadUserArgument"), QStringLiteral("InputParseError"), message);
}

// Global parameters arrive as JSON strings or numbers; clients send both.
bool readIntParameter(const QJsonObject &parameters, const QString &name, int fallback, int *value, QString *error)
{
    const QJsonValue raw = parameters.value(name);
    if (raw.isUndefined() || raw.isNull()) {
        *value = fallback;
        return true;
    }
    bool ok = false;
    if (raw.isDouble()) {
        const double number = raw.toDouble();
        ok = number == static_cast<double>(static_cast<long long>(number)) && qAbs(number) < 1e9;
        *value = static_cast<int>(number);
    } else if (raw.isString()) {
        *value = raw.toString().trimmed().toInt(&ok);
    }
    if (!ok)
        *error = QStringLiteral("Parameter '%1' must be a whole number.").arg(name);
    return ok;
}

QString cellText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble()) {
        // In range before the cast: casting 1e300 to an integer is undefined.
        const double number = value.toDouble();
        const bool whole = qAbs(number) < 9.0e15 && std::trunc(number) == number;
        return whole ? QString::number(static_cast<qint64>(number)) : QString::number(number, 'g', 17);
    }
    if (value.isBool())
        return value.toBool() ? QStringLiteral("True") : QStringLiteral("False");
    return QString();
}

struct InputTable
{
    QStringList columns;
    QList<QList<QJsonValue>> rows;
};

// Reads input1 in either the table form or the swagger list-of-objects form.
bool readInput(const QJsonValue &port, InputTable *table, QString *error)
{
    if (port.isArray()) {
        for (const QJsonValue &rowValue : port.toArray()) {
            const QJsonObject row = rowValue.toObject();
            for (auto it = row.begin(); it != row.end(); ++it) {
                if (!table->columns.contains(it.key()))
                    table->columns.append(it.key());
            }
        }
        for (const QJsonValue &rowValue : port.toArray()) {
            if (!rowValue.isObject()) {
                *error = QStringLiteral("Each row of input1 must be an object of column names and values.");
                return false;
            }
            QList<QJsonValue> cells;
            for (const QString &column : table->columns)
                cells.append(rowValue.toObject().value(column));
            table->rows.append(cells);
        }
        return true;
    }
    const QJsonObject object = port.toObject();
    const QJsonValue names = object.value(QLatin1String("ColumnNames"));
    const QJsonValue values = object.value(QLatin1String("Values"));
    if (!names.isArray() || !values.isArray()) {
        *error = QStringLiteral("input1 must have ColumnNames and Values lists.");
        return false;
    }
    for (const QJsonValue &name : names.toArray())
        table->columns.append(name.toString());
    qsizetype rowNumber = 0;
    for (const QJsonValue &rowValue : values.toArray()) {
        ++rowNumber;
        const QJsonArray row = rowValue.toArray();
        if (!rowValue.isArray() || row.size() != table->columns.size()) {
            *error = QStringLiteral("Row %1 of input1 has %2 values, but there are %3 column names.")
                         .arg(rowNumber)
                         .arg(row.size())
                         .arg(table->columns.size());
            return false;
        }
        table->rows.append(QList<QJsonValue>(row.begin(), row.end()));
    }
    return true;
}

} // namespace

SandboxReply FeatureHashingService::execute(const QByteArray &body, bool details, bool swaggerFormat, bool withReport)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (document.isNull() || !document.isObject())
        return serviceError(400, QStringLiteral("BadArgument"), QStringLiteral("RequestBodyInvalid"),
                            document.isNull() ? QStringLiteral("The request body is not valid JSON: %1 at offset %2.")
                                                    .arg(parseError.errorString())
                                                    .arg(parseError.offset)
                                              : QStringLiteral("The request body must be a JSON object."));
    const QJsonObject root = document.object();
    const QJsonValue port = root.value(QLatin1String("Inputs")).toObject().value(QLatin1String("input1"));
    if (port.isUndefined() || port.isNull())
        return serviceError(400, QStringLiteral("BadArgument"), QStringLiteral("MissingInputPort"),
                            QStringLiteral("The request has no input named 'input1'."));

    int bits = DefaultBits;
    int ngrams = DefaultNgrams;
    if (auto refusal = readParameters(root.value(QLatin1String("GlobalParameters")).toObject(), &bits, &ngrams))
        return *refusal;
    QString error;

    InputTable input;
    if (!readInput(port, &input, &error))
        return inputError(error);
    const qsizetype textIndex = input.columns.indexOf(textColumn());
    if (textIndex < 0)
        return inputError(QStringLiteral("Column '%1' is required but input1 has only: %2.")
                              .arg(textColumn(), input.columns.isEmpty() ? QStringLiteral("no columns") : input.columns.join(QStringLiteral(", "))));

    QStringList outputColumns = input.columns;
    const int buckets = 1 << bits;
    for (int i = 0; i < buckets; ++i)
        outputColumns.append(textColumn() + QStringLiteral("_HashingFeature.") + QString::number(i));

    // Written by hand: see jsonwriter.h. Table form keeps the documentation's string cells.
    QByteArray out;
    out.reserve(64 + input.rows.size() * (buckets * 4 + 32));
    out.append(swaggerFormat ? "{\"Results\":{\"output1\":[" : "{\"Results\":{\"output1\":{\"type\":\"table\",\"value\":{\"ColumnNames\":[");
    if (!swaggerFormat) {
        for (qsizetype i = 0; i < outputColumns.size(); ++i) {
            if (i)
                out.append(',');
            appendJsonString(&out, outputColumns.at(i));
        }
        out.append(']');
        if (details) {
            out.append(",\"ColumnTypes\":[");
            for (qsizetype i = 0; i < outputColumns.size(); ++i)
                out.append(i == 0 ? "" : ",").append(i < input.columns.size() ? "\"String\"" : "\"Int32\"");
            out.append(']');
        }
        out.append(",\"Values\":[");
    }
    QList<QPair<int, int>> tokensAndHashes; // for the report output
    for (qsizetype r = 0; r < input.rows.size(); ++r) {
        const QList<QJsonValue> &row = input.rows.at(r);
        const QString text = cellText(row.at(textIndex));
        const QList<int> counts = hashFeatures(text, bits, ngrams);
        if (withReport)
            tokensAndHashes.append({int(tokenize(text).size()), int(std::accumulate(counts.begin(), counts.end(), 0))});
        out.append(r == 0 ? "" : ",").append(swaggerFormat ? '{' : '[');
        for (qsizetype c = 0; c < input.columns.size(); ++c) {
            if (c)
                out.append(',');
            if (swaggerFormat) {
                appendJsonString(&out, input.columns.at(c));
                out.append(':');
            }
            if (row.at(c).isNull() || row.at(c).isUndefined())
                out.append("null");
            else
                appendJsonString(&out, cellText(row.at(c)));
        }
        for (int i = 0; i < buckets; ++i) {
            out.append(',');
            if (swaggerFormat) {
                appendJsonString(&out, outputColumns.at(input.columns.size() + i));
                out.append(':').append(QByteArray::number(counts.at(i)));
            } else {
                out.append('"').append(QByteArray::number(counts.at(i))).append('"');
            }
        }
        out.append(swaggerFormat ? '}' : ']');
    }
    out.append(swaggerFormat ? "]" : "]}}");
    if (withReport) {
        out.append(swaggerFormat ? ",\"output2\":[" : ",\"output2\":{\"type\":\"table\",\"value\":{\"ColumnNames\":[\"Col2\",\"TokenCount\",\"HashCount\"]");
        if (!swaggerFormat && details)
            out.append(",\"ColumnTypes\":[\"String\",\"Int32\",\"Int32\"]");
        if (!swaggerFormat)
            out.append(",\"Values\":[");
        for (qsizetype r = 0; r < input.rows.size(); ++r) {
            const QByteArray tokens = QByteArray::number(tokensAndHashes.at(r).first);
            const QByteArray hashes = QByteArray::number(tokensAndHashes.at(r).second);
            out.append(r == 0 ? "" : ",");
            if (swaggerFormat) {
                out.append("{\"Col2\":");
                appendJsonString(&out, cellText(input.rows.at(r).at(textIndex)));
                out.append(",\"TokenCount\":").append(tokens).append(",\"HashCount\":").append(hashes).append('}');
            } else {
                out.append('[');
                appendJsonString(&out, cellText(input.rows.at(r).at(textIndex)));
                out.append(",\"").append(tokens).append("\",\"").append(hashes).append("\"]");
            }
        }
        out.append(swaggerFormat ? "]" : "]}}");
    }
    out.append("}}");

    SandboxReply reply;
    reply.body = out;
    return reply;
}

std::optional<SandboxReply> FeatureHashingService::readParameters(const QJsonObject &parameters, int *bits, int *ngrams)
{
    QString error;
    if (!readIntParameter(parameters, BitsParameter, DefaultBits, bits, &error)
        || !readIntParameter(parameters, NgramsParameter, DefaultNgrams, ngrams, &error))
        return badParameter(error);
    if (*bits < 1 || *bits > MaxBits)
        return badParameter(QStringLiteral("Parameter '%1' must be between 1 and %2; it was %3.").arg(BitsParameter).arg(MaxBits).arg(*bits));
    if (*bits > MaxTableBits)
        return badParameter(QStringLiteral("Parameter '%1' of %2 would produce %3 columns; the widest table allowed has %4 (bitsize %5).")
                                .arg(BitsParameter)
                                .arg(*bits)
                                .arg(qint64(1) << *bits)
                                .arg(1 << MaxTableBits)
                                .arg(MaxTableBits));
    if (*ngrams < 0 || *ngrams > MaxNgrams)
        return badParameter(QStringLiteral("Parameter '%1' must be between 0 and %2; it was %3.").arg(NgramsParameter).arg(MaxNgrams).arg(*ngrams));
    return std::nullopt;
}

QJsonObject FeatureHashingService::swagger(const QString &host, const QString &basePath, bool withReport)
{
    const QJsonObject textProperty{{QStringLiteral("type"), QStringLiteral("string")}};
    const QJsonObject inputItem{
        {QStringLiteral("type"), QStringLiteral("object")},
        {QStringLiteral("properties"), QJsonObject{{textColumn(), textProperty}}},
        {QStringLiteral("required"), QJsonArray{textColumn()}},
    };
    QJsonObject outputProperties{{textColumn(), textProperty}};
    for (int i = 0; i < (1 << DefaultBits); ++i)
        outputProperties.insert(textColumn() + QStringLiteral("_HashingFeature.") + QString::number(i),
                                QJsonObject{{QStringLiteral("type"), QStringLiteral("integer")}, {QStringLiteral("format"), QStringLiteral("int32")}});
    const QJsonObject globalParameters{
        {QStringLiteral("type"), QStringLiteral("object")},
        {QStringLiteral("properties"),
         QJsonObject{
             {BitsParameter,
              QJsonObject{{QStringLiteral("type"), QStringLiteral("integer")}, {QStringLiteral("format"), QStringLiteral("int32")},
                          {QStringLiteral("default"), DefaultBits}, {QStringLiteral("minimum"), 1}, {QStringLiteral("maximum"), MaxTableBits},
                          {QStringLiteral("description"), QStringLiteral("Number of bits of the hash: 2^bits feature columns.")}}},
             {NgramsParameter,
              QJsonObject{{QStringLiteral("type"), QStringLiteral("integer")}, {QStringLiteral("format"), QStringLiteral("int32")},
                          {QStringLiteral("default"), DefaultNgrams}, {QStringLiteral("minimum"), 0}, {QStringLiteral("maximum"), MaxNgrams},
                          {QStringLiteral("description"), QStringLiteral("Longest run of consecutive words hashed together.")}}},
         }},
    };
    const QJsonObject example{
        {QStringLiteral("Inputs"), QJsonObject{{QStringLiteral("input1"), QJsonArray{QJsonObject{{textColumn(), QStringLiteral("This is a good day")}}}}}},
        {QStringLiteral("GlobalParameters"), QJsonObject{{BitsParameter, DefaultBits}, {NgramsParameter, DefaultNgrams}}},
    };
    QJsonObject definitions{
        {QStringLiteral("input1Item"), inputItem},
        {QStringLiteral("output1Item"), QJsonObject{{QStringLiteral("type"), QStringLiteral("object")}, {QStringLiteral("properties"), outputProperties}}},
        {QStringLiteral("GlobalParameters"), globalParameters},
        {QStringLiteral("ExecutionRequest"),
         QJsonObject{{QStringLiteral("type"), QStringLiteral("object")},
                     {QStringLiteral("properties"),
                      QJsonObject{{QStringLiteral("Inputs"),
                                   QJsonObject{{QStringLiteral("type"), QStringLiteral("object")},
                                               {QStringLiteral("properties"),
                                                QJsonObject{{QStringLiteral("input1"),
                                                             QJsonObject{{QStringLiteral("type"), QStringLiteral("array")},
                                                                         {QStringLiteral("items"), QJsonObject{{QStringLiteral("$ref"), QStringLiteral("#/definitions/input1Item")}}}}}}}}},
                                  {QStringLiteral("GlobalParameters"), QJsonObject{{QStringLiteral("$ref"), QStringLiteral("#/definitions/GlobalParameters")}}}}},
                     {QStringLiteral("example"), example}}},
    };
    if (withReport) {
        const QJsonObject count{{QStringLiteral("type"), QStringLiteral("integer")}, {QStringLiteral("format"), QStringLiteral("int32")}};
        definitions.insert(QStringLiteral("output2Item"),
                           QJsonObject{{QStringLiteral("type"), QStringLiteral("object")},
                                       {QStringLiteral("properties"), QJsonObject{{textColumn(), textProperty}, {QStringLiteral("TokenCount"), count}, {QStringLiteral("HashCount"), count}}}});
    }
    const QJsonObject executeOperation{
        {QStringLiteral("summary"), QStringLiteral("Execute the web service and get a response synchronously")},
        {QStringLiteral("operationId"), QStringLiteral("execute")},
        {QStringLiteral("parameters"),
         QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("body")}, {QStringLiteral("in"), QStringLiteral("body")},
                                {QStringLiteral("required"), true},
                                {QStringLiteral("schema"), QJsonObject{{QStringLiteral("$ref"), QStringLiteral("#/definitions/ExecutionRequest")}}}}}},
    };
    return QJsonObject{
        {QStringLiteral("swagger"), QStringLiteral("2.0")},
        {QStringLiteral("info"), QJsonObject{{QStringLiteral("title"), QStringLiteral("Feature hashing (ScoreDesk sandbox)")},
                                             {QStringLiteral("version"), QStringLiteral("2.0")},
                                             {QStringLiteral("description"), QStringLiteral("The API Management guide's feature-hashing experiment: text in Col2.")}}},
        {QStringLiteral("host"), host},
        {QStringLiteral("basePath"), basePath},
        {QStringLiteral("schemes"), QJsonArray{QStringLiteral("http")}},
        {QStringLiteral("consumes"), QJsonArray{QStringLiteral("application/json")}},
        {QStringLiteral("produces"), QJsonArray{QStringLiteral("application/json")}},
        {QStringLiteral("paths"), QJsonObject{{QStringLiteral("/execute?api-version=2.0&format=swagger"), QJsonObject{{QStringLiteral("post"), executeOperation}}}}},
        {QStringLiteral("definitions"), definitions},
    };
}

} // namespace ScoreDesk::Sandbox
