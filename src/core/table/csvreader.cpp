#include "csvreader.h"

#include <QCoreApplication>
#include <QFile>
#include <QSet>


namespace ScoreDesk {

namespace {
constexpr qint64 ChunkSize = 256 * 1024;
constexpr char Quote = '"';
constexpr char Cr = '\r';
constexpr char Lf = '\n';
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
    , m_delimiter(delimiter.isNull() ? 0 : char(delimiter.toLatin1()))
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
    m_buffer += chunk;
    return true;
}

bool CsvReader::refillAtEnd()
{
    if (m_error.isError())
        return true;
    while (m_pos >= m_buffer.size()) {
        if (m_error.isError() || !fillBuffer()) {
            if (m_utf8Pending > 0)
                fail(m_line, m_column, QCoreApplication::translate("CsvReader", "the file is not valid UTF-8 text"));
            return true;
        }
    }
    return false;
}

char CsvReader::peek()
{
    return atEnd() ? '\0' : m_buffer.at(m_pos);
}

char CsvReader::take()
{
    if (atEnd())
        return '\0';
    const char c = m_buffer.at(m_pos++);
    const auto byte = uchar(c);
    if (byte == 0) {
        // '\0' also marks the end here: a NUL must stop the reading, not pass for it.
        fail(m_line, m_column, QCoreApplication::translate("CsvReader", "the file holds a NUL byte, so it is not a text table"));
        return '\0';
    }
    // UTF-8, checked as it goes by (the same rules as QStringDecoder: no overlong forms, no
    // surrogates, nothing past U+10FFFF), so that the error names its line and column.
    bool valid = true;
    if (m_utf8Pending > 0) {
        valid = (byte & 0xC0) == 0x80;
        if (valid && m_utf8Lead) {
            const uchar lead = m_utf8Lead;
            valid = !((lead == 0xE0 && byte < 0xA0) || (lead == 0xED && byte > 0x9F) || (lead == 0xF0 && byte < 0x90) || (lead == 0xF4 && byte > 0x8F));
            m_utf8Lead = 0;
        }
        --m_utf8Pending;
    } else if (byte >= 0x80) {
        if (byte >= 0xC2 && byte <= 0xDF)
            m_utf8Pending = 1;
        else if (byte >= 0xE0 && byte <= 0xEF)
            m_utf8Pending = 2;
        else if (byte >= 0xF0 && byte <= 0xF4)
            m_utf8Pending = 3;
        else
            valid = false;
        m_utf8Lead = byte;
        if (valid) {
            ++m_column; // a character starts here
            return c;
        }
    }
    if (!valid) {
        fail(m_line, m_column, QCoreApplication::translate("CsvReader", "the file is not valid UTF-8 text"));
        return '\0';
    }
    if (byte >= 0x80)
        return c; // a continuation byte: no new character
    if (c == Lf) {
        ++m_line;
        m_column = 1;
    } else if (c != Cr) {
        ++m_column;
    }
    return c;
}

qsizetype CsvReader::plainRun(bool quoted) const
{
    // Plain ASCII (no NUL, no quote, no line end; outside quotes no delimiter) needs none of
    // take()'s checks: the common case goes by in bulk.
    if (m_utf8Pending > 0)
        return 0;
    const char *begin = m_buffer.constData() + m_pos;
    const char *end = m_buffer.constData() + m_buffer.size();
    const char *p = begin;
    while (p < end) {
        const auto byte = uchar(*p);
        if (byte >= 0x80 || byte == 0 || byte == uchar(Quote) || byte == uchar(Lf) || byte == uchar(Cr) || (!quoted && byte == uchar(m_delimiter)))
            break;
        ++p;
    }
    return p - begin;
}

void CsvReader::takePlainRun(qsizetype length)
{
    m_scratch.append(m_buffer.constData() + m_pos, size_t(length));
    m_pos += length;
    m_column += length;
}

QString CsvReader::characterAt(qsizetype pos) const
{
    qsizetype end = pos + 1;
    while (end < m_buffer.size() && (uchar(m_buffer.at(end)) & 0xC0) == 0x80)
        ++end;
    return QString::fromUtf8(m_buffer.mid(pos, end - pos));
}

void CsvReader::fail(qint64 line, qint64 column, const QString &message)
{
    if (!m_error.isError())
        m_error = CsvError{line, column, message};
    m_failed = true;
}

void CsvReader::detectDelimiter()
{
    // Look at the first record as buffered (the header is short), counting candidates outside quotes.
    while (!m_deviceDone && !m_buffer.contains(Lf) && m_buffer.size() < 1024 * 1024)
        fillBuffer();
    int commas = 0, semicolons = 0, tabs = 0;
    bool inQuotes = false;
    for (qsizetype i = m_pos; i < m_buffer.size(); ++i) {
        const char c = m_buffer.at(i);
        if (c == Quote)
            inQuotes = !inQuotes;
        else if (!inQuotes && (c == Lf || c == Cr))
            break;
        else if (!inQuotes && c == ',')
            ++commas;
        else if (!inQuotes && c == ';')
            ++semicolons;
        else if (!inQuotes && c == '\t')
            ++tabs;
    }
    m_delimiter = ',';
    if (semicolons > commas && semicolons >= tabs)
        m_delimiter = ';';
    else if (tabs > commas && tabs > semicolons)
        m_delimiter = '\t';
}

void CsvReader::start()
{
    m_started = true;
    if (!atEnd() && m_buffer.size() - m_pos < 3)
        fillBuffer();
    if (m_buffer.mid(m_pos, 3) == "\xEF\xBB\xBF")
        m_pos += 3; // UTF-8 byte order mark, as Excel writes it
    if (m_delimiter == 0)
        detectDelimiter();
}

QByteArrayView CsvReader::field(qsizetype i) const
{
    const qsizetype begin = i == 0 ? 0 : m_ends[size_t(i - 1)];
    return QByteArrayView(m_scratch.data() + begin, m_ends[size_t(i)] - begin);
}

bool CsvReader::next()
{
    m_scratch.clear(); // keeps its room
    m_ends.clear();
    m_quoted.clear();
    if (!m_started)
        start();
    if (m_error.isError() || atEnd())
        return false;

    m_recordLine = m_line;
    for (;;) {
        const qint64 fieldLine = m_line;
        const qint64 fieldColumn = m_column;
        bool fieldQuoted = false;
        if (peek() == Quote) {
            take();
            fieldQuoted = true;
            for (;;) {
                if (atEnd()) {
                    fail(fieldLine, fieldColumn, QCoreApplication::translate("CsvReader", "quoted field is never closed"));
                    return false;
                }
                if (const qsizetype run = plainRun(true); run > 0) {
                    takePlainRun(run);
                    continue;
                }
                const char c = take();
                if (m_error.isError())
                    return false;
                if (c == Quote) {
                    if (peek() == Quote) {
                        take();
                        m_scratch += Quote;
                        continue;
                    }
                    break;
                }
                m_scratch += c;
            }
            const char next = peek();
            if (!atEnd() && next != m_delimiter && next != Cr && next != Lf) {
                fail(m_line, m_column,
                     QCoreApplication::translate("CsvReader", "expected a delimiter after the closing quote, found '%1'").arg(characterAt(m_pos)));
                return false;
            }
        } else {
            while (!atEnd()) {
                if (const qsizetype run = plainRun(false); run > 0) {
                    takePlainRun(run);
                    continue;
                }
                const char c = m_buffer.at(m_pos);
                if (c == m_delimiter || c == Cr || c == Lf)
                    break;
                if (c == Quote) {
                    fail(m_line, m_column, QCoreApplication::translate("CsvReader", "a quote inside an unquoted field; quote the whole field"));
                    return false;
                }
                m_scratch += take();
                if (m_error.isError())
                    return false;
            }
        }
        m_ends.push_back(qsizetype(m_scratch.size()));
        m_quoted.push_back(fieldQuoted);

        if (atEnd())
            return !m_error.isError();
        const char end = take();
        if (end == m_delimiter)
            continue;
        if (end == Cr && peek() == Lf)
            take();
        return !m_error.isError();
    }
}

bool CsvReader::readRecord(CsvRecord *record)
{
    record->fields.clear();
    record->quoted.clear();
    if (!next())
        return false;
    record->line = m_recordLine;
    for (qsizetype i = 0; i < fieldCount(); ++i)
        record->fields.append(QString::fromUtf8(field(i)));
    record->quoted = m_quoted;
    return true;
}

bool readCsvTable(QIODevice *device, DataTable *table, CsvError *error,
                  const std::function<void(qint64)> &progress)
{
    *table = DataTable();
    CsvReader reader(device);
    if (!reader.next()) {
        *error = reader.error().isError()
            ? reader.error()
            : CsvError{0, 0, QCoreApplication::translate("CsvReader", "the file is empty; the first line must name the columns")};
        return false;
    }
    QSet<QString> seen;
    for (qsizetype i = 0; i < reader.fieldCount(); ++i) {
        const QString name = QString::fromUtf8(reader.field(i)).trimmed();
        if (name.isEmpty() || seen.contains(name)) {
            *error = CsvError{reader.recordLine(), 0,
                              name.isEmpty()
                                  ? QCoreApplication::translate("CsvReader", "column %1 of the header has no name").arg(i + 1)
                                  : QCoreApplication::translate("CsvReader", "column name '%1' appears twice in the header").arg(name)};
            return false;
        }
        seen.insert(name);
        table->addColumn(name);
    }
    const qsizetype width = reader.fieldCount();
    // Room for what the file will most likely hold, so that the columns grow in few steps.
    const qint64 size = device->size();
    if (size > 0 && width > 0)
        table->reserveRows(size / qMax<qint64>(1, 8 * width), 8);
    qint64 rows = 0;
    while (reader.next()) {
        // A final empty line (or blank lines) is not a row.
        if (reader.fieldCount() == 1 && reader.field(0).isEmpty() && !reader.isQuoted(0))
            continue;
        if (reader.fieldCount() != width) {
            *error = CsvError{reader.recordLine(), 0,
                              QCoreApplication::translate("CsvReader", "this row has %1 fields but the header has %2")
                                  .arg(reader.fieldCount())
                                  .arg(width)};
            return false;
        }
        for (qsizetype i = 0; i < width; ++i) {
            const QByteArrayView text = reader.field(i);
            if (text.isEmpty() && !reader.isQuoted(i))
                table->appendNullCell(i); // an unquoted empty field is no value at all
            else
                table->appendCell(i, text);
        }
        table->finishRow();
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
