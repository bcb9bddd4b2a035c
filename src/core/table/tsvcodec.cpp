#include "tsvcodec.h"

#include "csvreader.h"
#include "csvwriter.h"

#include <QBuffer>

namespace ScoreDesk {

QList<QStringList> parseTsv(const QString &text)
{
    QByteArray bytes = text.toUtf8();
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, QLatin1Char('\t'));
    QList<QStringList> rows;
    CsvRecord record;
    while (reader.readRecord(&record))
        rows.append(record.fields);
    if (reader.error().isError()) {
        // Pasted text is not a file the user can fix: take it line by line, as plain cells.
        rows.clear();
        for (const QString &line : text.split(QLatin1Char('\n')))
            rows.append(QString(line).remove(QLatin1Char('\r')).split(QLatin1Char('\t')));
    }
    // Spreadsheets end the copied range with a line break: no empty last row.
    while (!rows.isEmpty() && rows.last().size() == 1 && rows.last().first().isEmpty())
        rows.removeLast();
    return rows;
}

QString toTsv(const QList<QStringList> &rows)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(&buffer, QLatin1Char('\t'), QStringLiteral("\n"));
    for (const QStringList &row : rows) {
        // An empty cell is written as nothing: a spreadsheet has no "" for an empty string.
        std::vector<bool> empty;
        for (const QString &cell : row)
            empty.push_back(cell.isEmpty());
        writer.writeRecord(row, empty);
    }
    return QString::fromUtf8(buffer.data());
}

} // namespace ScoreDesk
