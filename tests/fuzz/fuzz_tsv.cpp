// The clipboard codec: whatever a spreadsheet (or anything else) put there, and back.
#include "fuzzinput.h"

#include "core/table/tsvcodec.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QList<QStringList> rows = ScoreDesk::parseTsv(QString::fromUtf8(fuzzBytes(data, size)));
    (void)ScoreDesk::toTsv(rows);
    return 0;
}
