#include "scorecodec.h"

#include "jsoncursor.h"
#include "jsontext.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

#include <vector>

namespace ScoreDesk {

namespace {

// The messages' translation context, declared so that lupdate files them under it too.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(ScoreCodec)
};

bool isJsonNumber(QByteArrayView text)
{
    bool ok = false;
    const double value = text.trimmed().toDouble(&ok);
    return ok && qIsFinite(value);
}

// Whether a column's cells go out as JSON numbers.
bool sendsNumbers(const Column &column, bool inferNumbers)
{
    if (isNumeric(column.type))
        return true;
    if (!inferNumbers || column.type != ColumnType::String)
        return false;
    bool any = false;
    for (qsizetype row = 0; row < column.size(); ++row) {
        if (column.isNull(row))
            continue;
        if (!isJsonNumber(column.utf8(row)))
            return false;
        any = true;
    }
    return any;
}

void appendSplitCell(QByteArray *out, const Column &column, qsizetype row, bool asNumber)
{
    if (column.isNull(row)) {
        out->append("null");
        return;
    }
    const QByteArrayView text = column.utf8(row);
    if (asNumber && isJsonNumber(text)) {
        // As typed when that is JSON already (no digit lost); "007", "+5" or ".5" by value.
        static const QRegularExpression jsonNumber(QStringLiteral("^-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?$"));
        const QByteArrayView trimmed = text.trimmed();
        if (jsonNumber.match(QString::fromLatin1(trimmed)).hasMatch())
            out->append(trimmed);
        else
            out->append(QByteArray::number(trimmed.toDouble(), 'g', QLocale::FloatingPointShortest));
        return;
    }
    appendJsonString(out, text);
}

// One value of an answer, read before it has a column.
struct AnswerCell
{
    QString key;
    QByteArray text;
    bool null = false;
    bool number = false;
};

// Reads one value: scalars as their text, arrays and objects as their JSON text. False only on
// a JSON error.
bool readCell(JsonCursor *json, AnswerCell *cell)
{
    QByteArrayView text;
    QByteArray storage;
    switch (json->peek()) {
    case JsonCursor::Type::String:
        if (!json->readString(&text, &storage))
            return false;
        break;
    case JsonCursor::Type::Number:
        if (!json->readNumber(&text))
            return false;
        text = normalizedJsonNumber(text, &storage);
        cell->number = true;
        break;
    case JsonCursor::Type::Bool: {
        bool value = false;
        if (!json->readBool(&value))
            return false;
        text = value ? QByteArrayView("true") : QByteArrayView("false");
        break;
    }
    case JsonCursor::Type::Null:
        cell->null = true;
        return json->readNull();
    default: {
        qsizetype begin = 0;
        qsizetype end = 0;
        if (!json->skipValue(&begin, &end))
            return false;
        text = json->text().sliced(begin, end - begin);
        break;
    }
    }
    cell->text = text.toByteArray();
    return true;
}

bool isScalar(JsonCursor::Type type)
{
    return type == JsonCursor::Type::String || type == JsonCursor::Type::Number || type == JsonCursor::Type::Bool
        || type == JsonCursor::Type::Null;
}

// The prediction columns, built row by row; a key first seen in a later row gets nulls above.
class PredictionColumns
{
public:
    void addRow(const std::vector<AnswerCell> &cells)
    {
        for (const AnswerCell &cell : cells) {
            Entry &entry = entryFor(cell.key);
            if (entry.column.size() > m_rows) // a key twice in one object: the later value wins
                entry.column.remove(m_rows, 1);
            if (cell.null) {
                entry.column.appendNull();
            } else {
                entry.column.append(QByteArrayView(cell.text));
                entry.allNumbers = entry.allNumbers && cell.number;
                entry.anyValue = true;
            }
        }
        ++m_rows;
        for (Entry &entry : m_entries) {
            while (entry.column.size() < m_rows)
                entry.column.appendNull();
        }
    }

    DataTable table()
    {
        DataTable table;
        for (Entry &entry : m_entries) {
            // Numbers sort and align as numbers in the results.
            if (entry.anyValue && entry.allNumbers)
                entry.column.type = ColumnType::Double;
            table.appendColumn(entry.column);
        }
        return table;
    }

private:
    struct Entry
    {
        Column column;
        bool allNumbers = true;
        bool anyValue = false;
    };

    Entry &entryFor(const QString &key)
    {
        for (Entry &entry : m_entries) {
            if (entry.column.name == key)
                return entry;
        }
        Entry entry;
        entry.column = Column(key);
        entry.column.insertNulls(0, m_rows);
        m_entries.push_back(std::move(entry));
        return m_entries.back();
    }

    std::vector<Entry> m_entries; // a few columns: a list beats a hash
    qsizetype m_rows = 0;
};

// An array of scalars or of objects at the cursor. False for any other shape, and on a JSON
// error (which the caller tells apart by json->hasError()).
bool readPredictionArray(JsonCursor *json, ScoreAnswer *answer)
{
    if (!json->enterArray())
        return false;
    PredictionColumns columns;
    std::vector<AnswerCell> row;
    bool first = true;
    bool objects = false;
    while (json->nextElement()) {
        const JsonCursor::Type type = json->peek();
        if (first)
            objects = type == JsonCursor::Type::Object;
        first = false;
        row.clear();
        if (objects) {
            if (type != JsonCursor::Type::Object || !json->enterObject())
                return false;
            QByteArrayView key;
            QByteArray keyStorage;
            while (json->nextKey(&key, &keyStorage)) {
                AnswerCell cell;
                cell.key = QString::fromUtf8(key);
                if (!readCell(json, &cell))
                    return false;
                row.push_back(std::move(cell));
            }
            if (json->hasError())
                return false;
        } else {
            if (!isScalar(type))
                return false;
            AnswerCell cell;
            cell.key = QStringLiteral("prediction");
            if (!readCell(json, &cell))
                return false;
            row.push_back(std::move(cell));
        }
        columns.addRow(row);
    }
    if (json->hasError())
        return false;
    answer->shape = objects ? ScoreAnswerShape::Objects : ScoreAnswerShape::Scalars;
    answer->predictions = columns.table();
    return true;
}

// The one member of an object that holds an array, or false when there is not exactly one.
bool findOnlyArray(JsonCursor *json, QString *name, qsizetype *begin, qsizetype *end)
{
    if (!json->enterObject())
        return false;
    int arrays = 0;
    QByteArrayView key;
    QByteArray keyStorage;
    while (json->nextKey(&key, &keyStorage)) {
        const bool array = json->peek() == JsonCursor::Type::Array;
        const QString keyText = QString::fromUtf8(key);
        qsizetype valueBegin = 0;
        qsizetype valueEnd = 0;
        if (!json->skipValue(&valueBegin, &valueEnd))
            return false;
        if (array) {
            ++arrays;
            *name = keyText;
            *begin = valueBegin;
            *end = valueEnd;
        }
    }
    return !json->hasError() && arrays == 1;
}

} // namespace

QByteArray encodeSplitBody(const DataTable &table, bool inferNumbers)
{
    std::vector<bool> numbers;
    QByteArray out;
    out.reserve(64 + table.rowCount() * table.columnCount() * 8);
    out.append(R"({"input_data":{"columns":[)");
    for (qsizetype c = 0; c < table.columnCount(); ++c) {
        if (c)
            out.append(',');
        appendJsonString(&out, table.column(c).name);
        numbers.push_back(sendsNumbers(table.column(c), inferNumbers));
    }
    out.append(R"(],"index":[)");
    for (qsizetype row = 0; row < table.rowCount(); ++row) {
        if (row)
            out.append(',');
        out.append(QByteArray::number(row));
    }
    out.append(R"(],"data":[)");
    for (qsizetype row = 0; row < table.rowCount(); ++row) {
        out.append(row ? ",[" : "[");
        for (qsizetype c = 0; c < table.columnCount(); ++c) {
            if (c)
                out.append(',');
            appendSplitCell(&out, table.column(c), row, numbers[c]);
        }
        out.append(']');
    }
    out.append("]}}");
    return out;
}

bool decodeSplitBody(const QByteArray &body, DataTable *table, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (document.isNull()) {
        *error = Texts::tr("not valid JSON: %1").arg(parseError.errorString());
        return false;
    }
    const QJsonObject split = document.object().value(QLatin1String("input_data")).toObject();
    if (!split.value(QLatin1String("columns")).isArray() || !split.value(QLatin1String("data")).isArray()) {
        *error = Texts::tr("not a split body: it needs input_data with columns and data");
        return false;
    }
    DataTable result;
    for (const QJsonValue &name : split.value(QLatin1String("columns")).toArray())
        result.addColumn(name.toVariant().toString());
    for (const QJsonValue &rowValue : split.value(QLatin1String("data")).toArray()) {
        const QJsonArray row = rowValue.toArray();
        QStringList cells;
        std::vector<bool> nulls;
        for (const QJsonValue &cell : row) {
            nulls.push_back(cell.isNull() || cell.isUndefined());
            if (cell.isDouble())
                cells.append(QString::number(cell.toDouble(), 'g', QLocale::FloatingPointShortest));
            else if (cell.isString())
                cells.append(cell.toString());
            else if (cell.isBool())
                cells.append(cell.toBool() ? QStringLiteral("true") : QStringLiteral("false"));
            else if (cell.isArray() || cell.isObject())
                cells.append(QString::fromUtf8(cell.isArray() ? QJsonDocument(cell.toArray()).toJson(QJsonDocument::Compact)
                                                              : QJsonDocument(cell.toObject()).toJson(QJsonDocument::Compact)));
            else
                cells.append(QString());
        }
        result.appendRow(cells, nulls);
    }
    for (qsizetype c = 0; c < result.columnCount(); ++c) {
        bool numbers = result.rowCount() > 0;
        for (const QJsonValue &rowValue : split.value(QLatin1String("data")).toArray()) {
            const QJsonValue cell = rowValue.toArray().at(c);
            numbers = numbers && (cell.isDouble() || cell.isNull() || cell.isUndefined());
        }
        if (numbers)
            result.setColumnType(c, ColumnType::Double);
    }
    *table = result;
    return true;
}

bool decodeScoreAnswer(const QByteArray &body, ScoreAnswer *answer, QString *error)
{
    *answer = ScoreAnswer();
    // Valid JSON first: a shape that stops fitting half way is still JSON, shown as it is.
    JsonCursor check(body);
    if (!check.skipValue() || !check.atEnd()) {
        *error = check.hasError() ? Texts::tr("the answer is not valid JSON: %1 (%2)").arg(check.error(), check.where(check.errorOffset()))
                                  : Texts::tr("the answer is empty");
        return false;
    }
    JsonCursor json(body);
    const JsonCursor::Type top = json.peek();
    if (top == JsonCursor::Type::Array && readPredictionArray(&json, answer))
        return true;
    QString name;
    qsizetype begin = 0;
    qsizetype end = 0;
    if (top == JsonCursor::Type::Object && findOnlyArray(&json, &name, &begin, &end)) {
        JsonCursor inner(QByteArrayView(body).sliced(begin, end - begin));
        if (readPredictionArray(&inner, answer)) {
            answer->arrayName = name;
            return true;
        }
    }
    *answer = ScoreAnswer(); // a custom answer
    return true;
}

DataTable joinInputsAndPredictions(const DataTable &inputs, const DataTable &predictions, QString *problem)
{
    if (inputs.rowCount() != predictions.rowCount() || inputs.columnCount() == 0) {
        if (problem && inputs.columnCount() > 0)
            *problem = Texts::tr("The service answered %1 prediction(s) for %2 row(s); they are shown without the inputs.")
                           .arg(predictions.rowCount())
                           .arg(inputs.rowCount());
        return predictions;
    }
    DataTable joined = inputs;
    for (qsizetype c = 0; c < predictions.columnCount(); ++c) {
        Column column = predictions.column(c);
        if (inputs.columnIndex(column.name) >= 0)
            column.name = Texts::tr("predicted %1").arg(column.name);
        joined.appendColumn(column);
    }
    return joined;
}

} // namespace ScoreDesk
