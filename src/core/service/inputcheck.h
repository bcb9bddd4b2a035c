#pragma once

#include "serviceschema.h"

#include <QString>

namespace ScoreDesk {

// Reads only the header of a CSV file meant as a batch job's input and says, in one line, what
// the described input port would refuse: required columns it lacks. Empty when nothing is
// wrong (or the port describes no columns). A file that is not CSV is a problem too.
QString checkBatchInputHeader(const QString &csvPath, const SchemaPort &port);

} // namespace ScoreDesk
