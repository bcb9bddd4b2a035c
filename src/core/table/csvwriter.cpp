#include "csvwriter.h"

#include <QIODevice>

namespace ScoreDesk {

CsvWriter::CsvWriter(QIODevice *device, QChar delimiter, const QString &lineEnd)
    : m_device(device)
    , m_delimiter(delimiter)
    , m_lineEnd(lineEnd)
{
}

QString CsvWriter::quoteField(const QString &field, QChar delimiter, bool isNull)
{
    if (isNull)
        return QString();
    if (field.isEmpty())
        return QStringLiteral("\"\"");
    const bool needsQuotes = field.contains(delimiter) || field.contains(QLatin1Char('"'))
        || field.contains(QLatin1Char('\n')) || field.contains(QLatin1Char('\r'))
        || field.front().isSpace() || field.back().isSpace();
    if (!needsQuotes)
        return field;
    QString quoted = field;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

void CsvWriter::writeRecord(const QStringList &fields, const std::vector<bool> &nulls)
{
    QString line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += m_delimiter;
        const bool isNull = static_cast<size_t>(i) < nulls.size() && nulls[static_cast<size_t>(i)];
        line += quoteField(fields.at(i), m_delimiter, isNull);
    }
    line += m_lineEnd;
    const QByteArray bytes = line.toUtf8();
    if (m_device->write(bytes) != bytes.size())
        m_failed = true;
}

bool CsvWriter::writeTable(const DataTable &table)
{
    writeRecord(table.columnNames());
    std::vector<bool> nulls(static_cast<size_t>(table.columnCount()));
    for (qsizetype row = 0; row < table.rowCount() && !m_failed; ++row) {
        for (qsizetype column = 0; column < table.columnCount(); ++column)
            nulls[static_cast<size_t>(column)] = table.isNull(row, column);
        writeRecord(table.row(row), nulls);
    }
    return !m_failed;
}

} // namespace ScoreDesk
