#pragma once

#include "rrstablesink.h"

#include <QByteArrayView>
#include <QJsonObject>
#include <QString>

namespace ScoreDesk {

// Reads the tables of a scoring answer's "Results" into a sink as it walks the text, in the
// order the service wrote them. Each output may be the table form ({"type", "value":
// {"ColumnNames", "ColumnTypes", "Values"}}, the keys in any order, "type" ignored, or the table
// keys without the wrapper) or the swagger form (a list of row objects, also as "value"). Cells
// arrive as strings, numbers, booleans, null or nested JSON; a sink gets them as text: whole
// numbers as integers, other numbers in their shortest exact form, nested values as compact
// JSON. Rows shorter than the header get nulls, longer rows lose their extra cells. Returns false
// with a message saying what and where (line and column) otherwise; the sink may then hold part
// of the tables.
bool readRrsResponse(QByteArrayView body, RrsTableSink *sink, QString *error);

// Reads a request body (the "Inputs", in either form) the same way, and its parameters.
bool readRrsRequest(QByteArrayView body, RrsTableSink *sink, QJsonObject *globalParameters,
                    bool *swaggerFormat, QString *error);

} // namespace ScoreDesk
