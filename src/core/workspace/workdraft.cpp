#include "workdraft.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace ScoreDesk {

QByteArray encodeWorkDraft(const WorkDraft &draft)
{
    RrsRequest asText;
    asText.globalParameters = draft.parameters;
    QJsonObject types;
    for (NamedTable input : draft.inputs) {
        QJsonArray names;
        for (qsizetype c = 0; c < input.table.columnCount(); ++c) {
            names.append(columnTypeName(input.table.column(c).type));
            input.table.setColumnType(c, ColumnType::String);
        }
        types.insert(input.name, names);
        asText.inputs.append(input);
    }
    QJsonObject meta{{QStringLiteral("rawMode"), draft.rawMode}, {QStringLiteral("rawBody"), draft.rawBody}, {QStringLiteral("types"), types}};
    // The request is written as it is encoded, not parsed into a QJsonObject first: a grid
    // of 100,000 rows would be held twice over.
    QByteArray bytes = QJsonDocument(meta).toJson(QJsonDocument::Compact);
    bytes.chop(1);
    return bytes + ",\"request\":" + encodeRrsRequest(asText) + '}';
}

bool decodeWorkDraft(const QByteArray &bytes, WorkDraft *draft, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (!document.isObject()) {
        *error = parseError.errorString();
        return false;
    }
    const QJsonObject root = document.object();
    RrsRequest request;
    if (!decodeRrsRequest(QJsonDocument(root.value(QStringLiteral("request")).toObject()).toJson(QJsonDocument::Compact), &request, error))
        return false;
    const QJsonObject types = root.value(QStringLiteral("types")).toObject();
    for (NamedTable &input : request.inputs) {
        const QJsonArray names = types.value(input.name).toArray();
        for (qsizetype c = 0; c < input.table.columnCount() && c < names.size(); ++c)
            input.table.setColumnType(c, columnTypeFromServiceName(names.at(c).toString()));
    }
    draft->inputs = request.inputs;
    draft->parameters = request.globalParameters;
    draft->rawBody = root.value(QStringLiteral("rawBody")).toString();
    draft->rawMode = root.value(QStringLiteral("rawMode")).toBool();
    return true;
}

} // namespace ScoreDesk
