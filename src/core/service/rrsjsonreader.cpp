#include "rrsjsonreader.h"

#include "jsoncursor.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QLocale>

#include <charconv>
#include <cmath>
#include <vector>

namespace ScoreDesk {

namespace {

// The messages' translation context, declared so that lupdate files them under it too.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(RrsCodec)
};

// Where each of a table object's keys was, for the ones read after the object's end.
struct TableParts
{
    bool hasNames = false;
    QStringList names;
    QList<ColumnType> types;
    bool hasValues = false;
    qsizetype valuesAt = -1; // the Values list, when it came before ColumnNames
    bool began = false;      // the sink has the table already
};

// One cell of a swagger row, kept until the row's end puts the cells in column order.
struct PendingCell
{
    enum class Kind { Missing, Null, InBody, InArena } kind = Kind::Missing;
    qsizetype offset = 0;
    qsizetype length = 0;
};

class TableReader
{
public:
    TableReader(QByteArrayView body, RrsTableSink *sink)
        : m_json(body)
        , m_sink(sink)
    {
    }

    JsonCursor &json() { return m_json; }
    const QString &error() const { return m_error; }

    bool fail(const QString &message)
    {
        if (m_error.isEmpty()) {
            const bool syntax = m_json.hasError();
            m_error = syntax ? Texts::tr("the text is not valid JSON: %1 at %2").arg(m_json.error(), m_json.where(m_json.errorOffset()))
                             : Texts::tr("%1 (at %2)").arg(message, m_json.where(m_json.position()));
        }
        return false;
    }
    bool failedSyntax() { return m_json.hasError() ? fail(QString()) : false; }

    bool sinkRefused()
    {
        if (m_error.isEmpty())
            m_error = m_sink->error().isEmpty() ? Texts::tr("the tables could not be stored") : m_sink->error();
        return false;
    }

    // A port's value in the table form: {"ColumnNames", "ColumnTypes", "Values"}. A wrapper is
    // the answer's {"type", "value": ...} around it, or the table keys themselves.
    bool readTableObject(const QString &name, bool isWrapper)
    {
        if (!m_json.enterObject())
            return failedSyntax();
        TableParts parts;
        bool sawValue = false;
        bool done = false; // the wrapper's "value" was the table
        QByteArrayView key;
        QByteArray keyStorage;
        while (m_json.nextKey(&key, &keyStorage)) {
            if (isWrapper && key == "value" && !sawValue) {
                sawValue = true;
                const JsonCursor::Type type = m_json.peek();
                if (type == JsonCursor::Type::Object || type == JsonCursor::Type::Array) {
                    if (!(type == JsonCursor::Type::Object ? readTableObject(name, false) : readRowObjects(name)))
                        return false;
                    done = true;
                    continue;
                }
            } else if (key == "ColumnNames" && !parts.hasNames && !done) {
                parts.hasNames = true;
                if (!readStringList(&parts.names, "ColumnNames"))
                    return false;
                continue;
            } else if (key == "ColumnTypes" && parts.types.isEmpty() && !done) {
                QStringList typeNames;
                if (!readStringList(&typeNames, "ColumnTypes"))
                    return false;
                for (const QString &typeName : typeNames)
                    parts.types.append(columnTypeFromServiceName(typeName));
                continue;
            } else if (key == "Values" && !parts.hasValues && !done) {
                parts.hasValues = true;
                if (!isWrapper && parts.hasNames) {
                    // The usual order: the names are known, so the rows go straight to the sink.
                    if (!begin(name, parts.names) || !readValues(parts.names.size()))
                        return false;
                    parts.began = true;
                    continue;
                }
                parts.valuesAt = m_json.position(); // read once the names are known
            }
            if (!m_json.skipValue())
                return failedSyntax();
        }
        if (m_json.hasError())
            return failedSyntax();
        if (done)
            return true;
        if (isWrapper && !parts.hasNames)
            return fail(Texts::tr("output '%1' has no table in it").arg(name));
        return finishTable(name, parts);
    }

    // A list of row objects: the columns are every key seen, in the order first seen, so the
    // list is read twice (keys first, then the rows into those columns).
    bool readRowObjects(const QString &name)
    {
        const qsizetype listAt = m_json.position();
        QStringList names;
        QList<QByteArray> keys;
        QHash<QByteArray, qsizetype> columnOf;
        std::vector<bool> numeric;
        QByteArrayView key;
        QByteArray keyStorage;
        if (!m_json.enterArray())
            return failedSyntax();
        while (m_json.nextElement()) {
            if (m_json.peek() != JsonCursor::Type::Object)
                return m_json.hasError() ? failedSyntax() : fail(Texts::tr("a row of output '%1' is not an object").arg(name));
            m_json.enterObject();
            while (m_json.nextKey(&key, &keyStorage)) {
                qsizetype column = columnOf.value(key.toByteArray(), -1);
                if (column < 0) {
                    column = keys.size();
                    keys.append(key.toByteArray());
                    names.append(QString::fromUtf8(key));
                    columnOf.insert(keys.last(), column);
                    numeric.push_back(true);
                }
                const JsonCursor::Type type = m_json.peek();
                numeric[size_t(column)] = numeric[size_t(column)] && (type == JsonCursor::Type::Number || type == JsonCursor::Type::Null);
                if (!m_json.skipValue())
                    return failedSyntax();
            }
        }
        if (m_json.hasError())
            return failedSyntax();
        const qsizetype listEnd = m_json.position();

        if (!begin(name, names))
            return false;
        QList<ColumnType> types;
        for (const bool isNumeric : numeric)
            types.append(isNumeric ? ColumnType::Double : ColumnType::String);
        m_sink->setColumnTypes(types);

        m_json.seek(listAt);
        m_json.enterArray();
        std::vector<PendingCell> row(size_t(keys.size()));
        while (m_json.nextElement()) {
            std::fill(row.begin(), row.end(), PendingCell());
            m_arena.resize(0);
            m_json.enterObject();
            qsizetype position = 0;
            while (m_json.nextKey(&key, &keyStorage)) {
                // Rows usually repeat the same keys in the same order: no lookup needed then.
                const qsizetype column = (position < keys.size() && keys.at(position) == key) ? position : columnOf.value(key.toByteArray());
                ++position;
                if (!readPendingCell(&row[size_t(column)]))
                    return false;
            }
            for (const PendingCell &cell : row) {
                if (cell.kind == PendingCell::Kind::InBody)
                    m_sink->appendCell(m_json.text().sliced(cell.offset, cell.length));
                else if (cell.kind == PendingCell::Kind::InArena)
                    m_sink->appendCell(QByteArrayView(m_arena).sliced(cell.offset, cell.length));
                else
                    m_sink->appendNull();
            }
            m_sink->endRow();
        }
        if (m_json.hasError())
            return failedSyntax();
        m_json.seek(listEnd);
        return m_sink->endTable() || sinkRefused();
    }

private:
    bool begin(const QString &name, const QStringList &columns)
    {
        return m_sink->beginTable(name, columns) || sinkRefused();
    }

    bool finishTable(const QString &name, const TableParts &parts)
    {
        if (!parts.began) {
            if (!begin(name, parts.names))
                return false;
            if (parts.valuesAt >= 0) {
                const qsizetype end = m_json.position();
                m_json.seek(parts.valuesAt);
                if (!readValues(parts.names.size()))
                    return false;
                m_json.seek(end);
            }
        }
        m_sink->setColumnTypes(parts.types);
        return m_sink->endTable() || sinkRefused();
    }

    // A list of strings (column names, type names); anything else in it counts as "".
    bool readStringList(QStringList *list, const char *what)
    {
        if (m_json.peek() != JsonCursor::Type::Array)
            return m_json.hasError() ? failedSyntax() : fail(Texts::tr("%1 is not a list").arg(QLatin1String(what)));
        m_json.enterArray();
        QByteArrayView text;
        QByteArray storage;
        while (m_json.nextElement()) {
            if (m_json.peek() == JsonCursor::Type::String) {
                if (!m_json.readString(&text, &storage))
                    return failedSyntax();
                list->append(QString::fromUtf8(text));
            } else {
                if (!m_json.skipValue())
                    return failedSyntax();
                list->append(QString());
            }
        }
        return !m_json.hasError() || failedSyntax();
    }

    // "Values": a list of rows, each a list of cells.
    bool readValues(qsizetype columns)
    {
        if (m_json.peek() != JsonCursor::Type::Array)
            return m_json.hasError() ? failedSyntax() : fail(Texts::tr("Values is not a list"));
        m_json.enterArray();
        while (m_json.nextElement()) {
            if (m_json.peek() != JsonCursor::Type::Array)
                return m_json.hasError() ? failedSyntax() : fail(Texts::tr("a row of Values is not a list"));
            m_json.enterArray();
            qsizetype cells = 0;
            while (m_json.nextElement()) {
                if (cells++ < columns ? !readCell() : !m_json.skipValue())
                    return failedSyntax();
            }
            if (m_json.hasError())
                return failedSyntax();
            for (; cells < columns; ++cells)
                m_sink->appendNull();
            m_sink->endRow();
        }
        return !m_json.hasError() || failedSyntax();
    }

    bool readCell()
    {
        QByteArrayView text;
        switch (m_json.peek()) {
        case JsonCursor::Type::String:
            if (!m_json.readString(&text, &m_storage))
                return false;
            m_sink->appendCell(text);
            return true;
        case JsonCursor::Type::Number:
            if (!m_json.readNumber(&text))
                return false;
            m_sink->appendCell(normalizedJsonNumber(text, &m_storage));
            return true;
        case JsonCursor::Type::Bool: {
            bool value = false;
            if (!m_json.readBool(&value))
                return false;
            m_sink->appendCell(value ? QByteArrayView("true") : QByteArrayView("false"));
            return true;
        }
        case JsonCursor::Type::Null:
            if (!m_json.readNull())
                return false;
            m_sink->appendNull();
            return true;
        case JsonCursor::Type::Object:
        case JsonCursor::Type::Array:
            if (!readNested(&m_storage))
                return false;
            m_sink->appendCell(m_storage);
            return true;
        case JsonCursor::Type::None:
            break;
        }
        return m_json.skipValue(); // fails, saying why
    }

    // A nested list or object as a cell: its compact JSON text.
    bool readNested(QByteArray *compact)
    {
        qsizetype begin = 0, end = 0;
        if (!m_json.skipValue(&begin, &end))
            return false;
        *compact = QJsonDocument::fromJson(m_json.text().sliced(begin, end - begin).toByteArray()).toJson(QJsonDocument::Compact);
        return true;
    }

    // A swagger cell: a view of the body when it can be one, otherwise text in the row's arena.
    bool readPendingCell(PendingCell *cell)
    {
        QByteArrayView text;
        QByteArray converted;
        switch (m_json.peek()) {
        case JsonCursor::Type::Null:
            if (!m_json.readNull())
                return failedSyntax();
            cell->kind = PendingCell::Kind::Null;
            return true;
        case JsonCursor::Type::String:
            if (!m_json.readString(&text, &converted))
                return failedSyntax();
            break;
        case JsonCursor::Type::Number:
            if (!m_json.readNumber(&text))
                return failedSyntax();
            text = normalizedJsonNumber(text, &converted);
            break;
        case JsonCursor::Type::Bool: {
            bool value = false;
            if (!m_json.readBool(&value))
                return failedSyntax();
            text = value ? QByteArrayView("true") : QByteArrayView("false");
            break;
        }
        default:
            if (!readNested(&converted))
                return failedSyntax();
            text = converted;
        }
        const QByteArrayView body = m_json.text();
        if (text.data() >= body.data() && text.data() + text.size() <= body.data() + body.size()) {
            *cell = PendingCell{PendingCell::Kind::InBody, text.data() - body.data(), text.size()};
        } else {
            *cell = PendingCell{PendingCell::Kind::InArena, m_arena.size(), text.size()};
            m_arena.append(text.data(), text.size());
        }
        return true;
    }

    JsonCursor m_json;
    RrsTableSink *m_sink;
    QString m_error;
    QByteArray m_storage; // a cell's text when it is not a view of the body
    QByteArray m_arena;   // a swagger row's cells that are not views of the body
};

// Walks the root object to the named key (the first of that name), leaving the cursor at its
// value. False when the root is not an object or has no such key.
bool findRootKey(TableReader *reader, QByteArrayView wanted)
{
    JsonCursor &json = reader->json();
    if (json.peek() != JsonCursor::Type::Object) {
        if (json.peek() == JsonCursor::Type::None)
            json.skipValue(); // not JSON at all (an HTML page, nothing): the cursor says why
        return false;
    }
    json.enterObject();
    QByteArrayView key;
    QByteArray storage;
    while (json.nextKey(&key, &storage)) {
        if (key == wanted)
            return true;
        if (!json.skipValue())
            return false;
    }
    return false;
}

// After the part that mattered: the rest of the text must be valid JSON too.
bool readToTheEnd(TableReader *reader)
{
    JsonCursor &json = reader->json();
    QByteArrayView key;
    QByteArray storage;
    while (json.nextKey(&key, &storage)) {
        if (!json.skipValue())
            break;
    }
    if (json.hasError() || !json.atEnd())
        return json.hasError() ? reader->failedSyntax() : reader->fail(Texts::tr("there is more text after the JSON value"));
    return true;
}

} // namespace

bool readRrsResponse(QByteArrayView body, RrsTableSink *sink, QString *error)
{
    TableReader reader(body, sink);
    JsonCursor &json = reader.json();
    auto failed = [&](const QString &message) {
        reader.fail(message);
        *error = reader.error();
        return false;
    };
    if (!findRootKey(&reader, "Results"))
        return failed(Texts::tr("the response has no \"Results\" object"));
    if (json.peek() != JsonCursor::Type::Object)
        return failed(Texts::tr("the response has no \"Results\" object"));
    json.enterObject();
    QByteArrayView key;
    QByteArray storage;
    while (json.nextKey(&key, &storage)) {
        const QString name = QString::fromUtf8(key);
        const JsonCursor::Type type = json.peek();
        const bool ok = type == JsonCursor::Type::Array ? reader.readRowObjects(name)
            : type == JsonCursor::Type::Object         ? reader.readTableObject(name, true)
                                                       : reader.fail(Texts::tr("output '%1' is neither a table nor a list of rows").arg(name));
        if (!ok)
            return failed(QString());
    }
    if (json.hasError() || !readToTheEnd(&reader))
        return failed(QString());
    return true;
}

bool readRrsRequest(QByteArrayView body, RrsTableSink *sink, QJsonObject *globalParameters, bool *swaggerFormat,
                    QString *error)
{
    *swaggerFormat = false;
    *globalParameters = QJsonObject();
    TableReader reader(body, sink);
    JsonCursor &json = reader.json();
    auto failed = [&](const QString &message) {
        reader.fail(message);
        *error = reader.error();
        return false;
    };
    if (json.peek() != JsonCursor::Type::Object)
        return failed(Texts::tr("the request is not a JSON object"));
    json.enterObject();
    bool sawInputs = false;
    bool anyInput = false;
    QByteArrayView key;
    QByteArray storage;
    while (json.nextKey(&key, &storage)) {
        if (key == "Inputs" && !sawInputs && json.peek() == JsonCursor::Type::Object) {
            sawInputs = true;
            json.enterObject();
            QByteArrayView port;
            QByteArray portStorage;
            while (json.nextKey(&port, &portStorage)) {
                const QString name = QString::fromUtf8(port);
                const JsonCursor::Type type = json.peek();
                anyInput = true;
                if (type == JsonCursor::Type::Array)
                    *swaggerFormat = true;
                const bool ok = type == JsonCursor::Type::Array ? reader.readRowObjects(name)
                    : type == JsonCursor::Type::Object         ? reader.readTableObject(name, false)
                                                               : reader.fail(Texts::tr("input '%1' is neither a table nor a list of rows").arg(name));
                if (!ok)
                    return failed(QString());
            }
            continue;
        }
        if (key == "GlobalParameters" && json.peek() == JsonCursor::Type::Object) {
            qsizetype begin = 0, end = 0;
            if (!json.skipValue(&begin, &end))
                break;
            *globalParameters = QJsonDocument::fromJson(body.sliced(begin, end - begin).toByteArray()).object();
            continue;
        }
        if (!json.skipValue())
            break;
    }
    if (json.hasError() || !json.atEnd())
        return failed(json.hasError() ? QString() : Texts::tr("there is more text after the JSON value"));
    if (!anyInput)
        return failed(Texts::tr("the request has no \"Inputs\""));
    return true;
}

} // namespace ScoreDesk
