// A service's answer: table and swagger forms, any "type", several outputs.
#include "fuzzinput.h"

#include "core/service/rrscodec.h"

#include <cstdlib>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QList<ScoreDesk::NamedTable> outputs;
    QString error;
    if (ScoreDesk::decodeRrsResponse(fuzzBytes(data, size), &outputs, &error)) {
        for (const ScoreDesk::NamedTable &output : outputs) {
            for (qsizetype c = 0; c < output.table.columnCount(); ++c) {
                if (output.table.column(c).size() != output.table.rowCount())
                    std::abort();
            }
        }
    } else if (error.isEmpty()) {
        std::abort();
    }
    return 0;
}
