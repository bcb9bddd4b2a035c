#include "csvreader.h"

#include <QCoreApplication>
#include <QFile>
#include <QSet>

namespace ScoreDesk {

namespace {
constexpr qint64 ChunkSize = 64 * 1024;
const QChar Quote = QLatin1Char('"');
const QChar Cr = QLatin1Char('\r');
const QChar Lf = QLatin1Char('\n');
} // namespace

QString CsvError::toString(const QString &fileName) const
{
    QString prefix = fileName;
    if (line > 0)
        prefix += (prefix.isEmpty() ? QString() : QStringLiteral(":")) + QString::number(line)
            + QStringLiteral(":") + QString::number(column);
    return prefix.isEmpty() ? message : prefix + QStringLiteral(": ") + message;
}

CsvReader::CsvReader(QIODevice *device, QChar delimiter)
    : m_device(device)
    , m_delimiter(delimiter)
{
}

bool CsvReader::fillBuffer()
{
    if (m_deviceDone)
        return false;
    const QByteArray chunk = m_device->read(ChunkSize);
    if (chunk.isEmpty()) {
        m_deviceDone = true;
        return false;
    }
    m_bytesRead += chunk.size();
    // Keep the unread tail only, so the buffer never holds more than about two chunks.
    m_buffer.remove(0, m_pos);
    m_pos = 0;
    m_buffer += m_decoder.decode(chunk);
    // The decoder puts U+FFFD where the bytes were bad; the error is raised when the parser
    // reaches that character, so that it names the right line and column.
    if (m_decoder.hasError())
        m_invalidUtf8 = true;
    return true;
}

bool CsvReader::atEnd()
{
    if (m_error.isError())
        return true;
    while (m_pos >= m_buffer.size()) {
        if (m_error.isError() || !fillBuffer())
            return true;
    }
    return false;
}

QChar CsvReader::peekChar()
{
    return atEnd() ? QChar() : m_buffer.at(m_pos);
}

QChar CsvReader::takeChar()
{
    if (atEnd())
        return QChar();
    const QChar c = m_buffer.at(m_pos++);
    if (c.isNull()) {
        // QChar() also marks the end here: a NUL must stop the reading, not pass for it.
        fail(m_line, m_column, QCoreApplication::translate("CsvReader", "the file holds a NUL byte, so it is not a text table"));
        return QChar();
    }
    if (m_invalidUtf8 && c == QChar::ReplacementCharacter) {
        fail(m_line, m_column, QCoreApplication::translate("CsvReader", "the file is not valid UTF-8 text"));
        return QChar();
    }
    if (c == Lf) {
        ++m_line;
        m_column = 1;
    } else if (c != Cr) {
        ++m_column;
    }
    return c;
}

void CsvReader::fail(qint64 line, qint64 column, const QString &message)
{
    if (!m_error.isError())
        m_error = CsvError{line, column, message};
}

void CsvReader::detectDelimiter()
{
    // Look at the first record as buffered (the header is short), counting candidates outside quotes.
    while (!m_deviceDone && !m_buffer.contains(Lf) && m_buffer.size() < 1024 * 1024)
        fillBuffer();
    int commas = 0, semicolons = 0, tabs = 0;
    bool inQuotes = false;
    for (qsizetype i = m_pos; i < m_buffer.size(); ++i) {
        const QChar c = m_buffer.at(i);
        if (c == Quote)
            inQuotes = !inQuotes;
        else if (!inQuotes && (c == Lf || c == Cr))
            break;
        else if (!inQuotes && c == QLatin1Char(','))
            ++commas;
        else if (!inQuotes && c == QLatin1Char(';'))
            ++semicolons;
        else if (!inQuotes && c == QLatin1Char('\t'))
            ++tabs;
    }
    m_delimiter = QLatin1Char(',');
    if (semicolons > commas && semicolons >= tabs)
        m_delimiter = QLatin1Char(';');
    else if (tabs > commas && tabs > semicolons)
        m_delimiter = QLatin1Char('\t');
}

bool CsvReader::readRecord(CsvRecord *record)
{
    record->fields.clear();
    record->quoted.clear();
    if (!m_started) {
        m_started = true;
        if (!atEnd() && m_buffer.at(m_pos) == QChar(0xFEFF))
            ++m_pos; // UTF-8 byte order mark, as Excel writes it
        if (m_delimiter.isNull())
            detectDelimiter();
    }
    if (m_error.isError() || atEnd())
        return false;

    record->line = m_line;
    QString field;
    bool fieldQuoted = false;
    for (;;) {
        const qint64 fieldLine = m_line;
        const qint64 fieldColumn = m_column;
        field.clear();
        fieldQuoted = false;
        if (peekChar() == Quote) {
            takeChar();
            fieldQuoted = true;
            for (;;) {
                if (atEnd()) {
                    fail(fieldLine, fieldColumn,
                         QCoreApplication::translate("CsvReader", "quoted field is never closed"));
                    return false;
                }
                const QChar c = takeChar();
                if (c == Quote) {
                    if (peekChar() == Quote) {
                        takeChar();
                        field += Quote;
                        continue;
                    }
                    break;
                }
                field += c;
            }
            const QChar next = peekChar();
            if (!next.isNull() && next != m_delimiter && next != Cr && next != Lf) {
                fail(m_line, m_column,
                     QCoreApplication::translate("CsvReader", "expected a delimiter after the closing quote, found '%1'")
                         .arg(next));
                return false;
            }
        } else {
            for (;;) {
                const QChar c = peekChar();
                if (c.isNull() || c == m_delimiter || c == Cr || c == Lf)
                    break;
                if (c == Quote) {
                    fail(m_line, m_column,
                         QCoreApplication::translate("CsvReader", "a quote inside an unquoted field; quote the whole field"));
                    return false;
                }
                field += takeChar();
            }
        }
        record->fields.append(field);
        record->quoted.push_back(fieldQuoted);

        const QChar end = takeChar();
        if (end == m_delimiter)
            continue;
        if (end == Cr && peekChar() == Lf)
            takeChar();
        return !m_error.isError();
    }
}

bool readCsvTable(QIODevice *device, DataTable *table, CsvError *error,
                  const std::function<void(qint64)> &progress)
{
    *table = DataTable();
    CsvReader reader(device);
    CsvRecord record;
    if (!reader.readRecord(&record)) {
        *error = reader.error().isError()
            ? reader.error()
            : CsvError{0, 0, QCoreApplication::translate("CsvReader", "the file is empty; the first line must name the columns")};
        return false;
    }
    QSet<QString> seen;
    for (qsizetype i = 0; i < record.fields.size(); ++i) {
        const QString name = record.fields.at(i).trimmed();
        if (name.isEmpty() || seen.contains(name)) {
            *error = CsvError{record.line, 0,
                              name.isEmpty()
                                  ? QCoreApplication::translate("CsvReader", "column %1 of the header has no name").arg(i + 1)
                                  : QCoreApplication::translate("CsvReader", "column name '%1' appears twice in the header").arg(name)};
            return false;
        }
        seen.insert(name);
        table->addColumn(name);
    }
    const qsizetype width = record.fields.size();
    qint64 rows = 0;
    while (reader.readRecord(&record)) {
        // A final empty line (or blank lines) is not a row.
        if (record.fields.size() == 1 && record.fields.first().isEmpty() && !record.quoted.front())
            continue;
        if (record.fields.size() != width) {
            *error = CsvError{record.line, 0,
                              QCoreApplication::translate("CsvReader", "this row has %1 fields but the header has %2")
                                  .arg(record.fields.size())
                                  .arg(width)};
            return false;
        }
        std::vector<bool> nulls(record.fields.size());
        for (qsizetype i = 0; i < record.fields.size(); ++i)
            nulls[static_cast<size_t>(i)] = record.fields.at(i).isEmpty() && !record.quoted[static_cast<size_t>(i)];
        table->appendRow(record.fields, nulls);
        if (progress && (++rows % 4096) == 0)
            progress(reader.bytesRead());
    }
    if (reader.error().isError()) {
        *error = reader.error();
        return false;
    }
    if (progress)
        progress(reader.bytesRead());
    return true;
}

bool readCsvFile(const QString &path, DataTable *table, CsvError *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = CsvError{0, 0, file.errorString()};
        return false;
    }
    return readCsvTable(&file, table, error);
}

} // namespace ScoreDesk
