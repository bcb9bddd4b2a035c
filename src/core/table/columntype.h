#pragma once

#include <QString>

namespace ScoreDesk {

// The value types a scoring service's columns can carry. Cells are kept as text (that is how
// the classic protocol sends them); the type decides validation and how JSON encodes them.
enum class ColumnType {
    String,
    Integer,
    Double,
    Boolean,
    DateTime,
};

QString columnTypeName(ColumnType type);

// Maps the service's ColumnTypes names (Int32, Double, String, ...) and swagger type/format
// pairs to our types. Unknown names fall back to String so that no value is ever rejected.
ColumnType columnTypeFromServiceName(const QString &name);
ColumnType columnTypeFromSwagger(const QString &type, const QString &format);

bool isNumeric(ColumnType type);

// True when text is a valid value of the type; empty text is always valid (it means "no value").
bool isValidValue(ColumnType type, const QString &text);

} // namespace ScoreDesk
