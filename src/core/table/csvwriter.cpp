#include "csvwriter.h"

#include <QIODevice>

namespace ScoreDesk {

namespace {

constexpr qsizetype FlushBytes = 1024 * 1024;

bool isAsciiSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

// A field whose first or last character is white space is quoted, so that no reader trims it.
bool edgeIsSpace(QByteArrayView utf8)
{
    const char first = utf8.front();
    const char last = utf8.back();
    if (isAsciiSpace(first) || isAsciiSpace(last))
        return true;
    if (uchar(first) < 0x80 && uchar(last) < 0x80)
        return false;
    const QString text = QString::fromUtf8(utf8); // other white space (no-break space…) is rare
    return text.front().isSpace() || text.back().isSpace();
}

} // namespace

CsvWriter::CsvWriter(QIODevice *device, QChar delimiter, const QString &lineEnd)
    : m_device(device)
    , m_delimiter(char(delimiter.toLatin1()))
    , m_lineEnd(lineEnd.toUtf8())
{
}

CsvWriter::~CsvWriter()
{
    flush();
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

void CsvWriter::appendField(QByteArrayView utf8, bool isNull)
{
    if (isNull)
        return;
    if (utf8.isEmpty()) {
        m_buffer += "\"\"";
        return;
    }
    bool needsQuotes = edgeIsSpace(utf8);
    for (qsizetype i = 0; i < utf8.size() && !needsQuotes; ++i) {
        const char c = utf8.at(i);
        needsQuotes = c == m_delimiter || c == '"' || c == '\n' || c == '\r';
    }
    if (!needsQuotes) {
        m_buffer.append(utf8.data(), utf8.size());
        return;
    }
    m_buffer += '"';
    for (const char c : utf8) {
        if (c == '"')
            m_buffer += '"';
        m_buffer += c;
    }
    m_buffer += '"';
}

void CsvWriter::field(QByteArrayView utf8, bool isNull)
{
    if (!m_atRecordStart)
        m_buffer += m_delimiter;
    m_atRecordStart = false;
    appendField(utf8, isNull);
}

void CsvWriter::endRecord()
{
    m_buffer += m_lineEnd;
    m_atRecordStart = true;
    if (m_buffer.size() >= FlushBytes)
        flush();
}

bool CsvWriter::flush()
{
    if (!m_buffer.isEmpty() && !m_failed && m_device->write(m_buffer) != m_buffer.size())
        m_failed = true;
    m_buffer.clear();
    return !m_failed;
}

void CsvWriter::writeRecord(const QStringList &fields, const std::vector<bool> &nulls)
{
    for (qsizetype i = 0; i < fields.size(); ++i)
        field(QByteArrayView(fields.at(i).toUtf8()), static_cast<size_t>(i) < nulls.size() && nulls[static_cast<size_t>(i)]);
    endRecord();
    flush(); // a whole record is on the device when this returns
}

bool CsvWriter::writeTable(const DataTable &table, const std::vector<int> &rowOrder)
{
    writeRecord(table.columnNames());
    for (qsizetype i = 0; i < table.rowCount() && !m_failed; ++i) {
        const qsizetype row = rowOrder.empty() ? i : rowOrder[size_t(i)];
        for (qsizetype column = 0; column < table.columnCount(); ++column) {
            const Column &cells = table.column(column);
            field(cells.utf8(row), cells.isNull(row));
        }
        endRecord();
    }
    return flush();
}

} // namespace ScoreDesk
