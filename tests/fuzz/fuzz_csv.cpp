// The CSV reader: any bytes give a rectangular table or an error with a place and a message.
#include "fuzzinput.h"

#include "core/table/csvreader.h"

#include <QBuffer>

#include <cstdlib>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray bytes = fuzzBytes(data, size);
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    ScoreDesk::DataTable table;
    ScoreDesk::CsvError error;
    if (ScoreDesk::readCsvTable(&buffer, &table, &error)) {
        for (qsizetype c = 0; c < table.columnCount(); ++c) {
            if (table.column(c).size() != table.rowCount())
                std::abort(); // not rectangular
        }
    } else if (error.message.isEmpty()) {
        std::abort(); // refused without saying why
    }
    return 0;
}
