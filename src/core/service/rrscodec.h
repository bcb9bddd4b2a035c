#pragma once

#include "../table/datatable.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace ScoreDesk {

struct NamedTable
{
    QString name; // input or output port, e.g. input1 / output1
    DataTable table;
};

// What an RRS execute call sends, independent of how it is encoded.
struct RrsRequest
{
    QList<NamedTable> inputs;
    QJsonObject globalParameters;
    bool swaggerFormat = false;
    // A service description typed the columns: an online endpoint's split body then sends
    // numbers only where the types say so, not wherever the values look like numbers.
    bool typedBySchema = false;
};

// Encodes the request body. Cells of numeric columns become JSON numbers when they parse as
// numbers; everything else is sent as a string, as the documentation's samples do; null cells
// are JSON null.
QByteArray encodeRrsRequest(const RrsRequest &request);

// Decodes the "Results" of a response into one table per output, in the order received.
// Accepts the table form (any "type", ColumnTypes present or not, string or number cells)
// and the swagger form (a list of row objects). Returns false with a message otherwise.
bool decodeRrsResponse(const QByteArray &body, QList<NamedTable> *outputs, QString *error);

// Reads a request body back (from history, or a file the user wrote) into tables and
// parameters; either format.
bool decodeRrsRequest(const QByteArray &body, RrsRequest *request, QString *error);

} // namespace ScoreDesk
