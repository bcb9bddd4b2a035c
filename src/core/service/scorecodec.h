#pragma once

#include "../table/datatable.h"

#include <QByteArray>
#include <QString>

namespace ScoreDesk {

// The bodies of an Azure ML online endpoint's /score (wire-protocols §7).

// The MLflow "split" body: {"input_data": {"columns": [...], "index": [...], "data": [[...]]}},
// columns in the table's order. A cell goes as a JSON number when its column is numeric and it
// parses as one; with inferNumbers (no service description says what the columns are) a text
// column whose every value is a number goes as numbers too. Null cells are null.
QByteArray encodeSplitBody(const DataTable &table, bool inferNumbers);

// Reads a split body back (from the history, or a file the user wrote) into a table.
bool decodeSplitBody(const QByteArray &body, DataTable *table, QString *error);

// How an answer was read.
enum class ScoreAnswerShape {
    Scalars, // [0.1, 0.7, …]: one "prediction" column
    Objects, // [{"label": …, "score": …}, …]: a column per key, in the first object's order
    Custom,  // anything else: shown as JSON
};

struct ScoreAnswer
{
    ScoreAnswerShape shape = ScoreAnswerShape::Custom;
    QString arrayName;     // the member that held the array ({"predictions": […]}), or empty
    DataTable predictions; // one row per prediction; number columns typed as numbers
};

// Reads an answer by the rules above; an object holding exactly one array is read by the same
// rules inside. False with the place of the fault only when the body is not JSON at all.
bool decodeScoreAnswer(const QByteArray &body, ScoreAnswer *answer, QString *error);

// What the user sees: the input columns, then the prediction columns, row by row. A prediction
// column named like an input column is called "predicted NAME". When the row counts differ the
// predictions are shown alone, and `problem` says so.
DataTable joinInputsAndPredictions(const DataTable &inputs, const DataTable &predictions, QString *problem);

} // namespace ScoreDesk
