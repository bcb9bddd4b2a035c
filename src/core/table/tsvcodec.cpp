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

namespace {

void writeCells(CsvWriter *writer, const DataTable &table, qsizetype row, qsizetype left, qsizetype right)
{
    for (qsizetype c = left; c <= right; ++c) {
        const QByteArrayView cell = table.column(c).utf8(row);
        writer->field(cell, cell.isEmpty()); // a null's view is empty too
    }
    writer->endRecord();
}

} // namespace

QString tableToTsv(const DataTable &table, const std::vector<int> &rowOrder)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(&buffer, QLatin1Char('\t'), QStringLiteral("\n"));
    for (const QString &name : table.columnNames())
        writer.field(QByteArrayView(name.toUtf8()), name.isEmpty());
    writer.endRecord();
    for (qsizetype i = 0; i < table.rowCount(); ++i)
        writeCells(&writer, table, rowOrder.empty() ? i : rowOrder[size_t(i)], 0, table.columnCount() - 1);
    writer.flush();
    return QString::fromUtf8(buffer.data());
}

QString rangeToTsv(const DataTable &table, qsizetype top, qsizetype left, qsizetype bottom, qsizetype right)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(&buffer, QLatin1Char('\t'), QStringLiteral("\n"));
    for (qsizetype row = top; row <= bottom; ++row)
        writeCells(&writer, table, row, left, right);
    writer.flush();
    return QString::fromUtf8(buffer.data());
}

} // namespace ScoreDesk
