#pragma once

#include "datatable.h"

#include <QChar>
#include <QString>
#include <QByteArrayView>
#include <QStringList>

#include <functional>
#include <string>
#include <vector>

class QIODevice;

namespace ScoreDesk {

// Where and why a CSV file could not be read: enough for "input.csv:12:7: ..." messages.
struct CsvError
{
    qint64 line = 0;   // 1-based physical line, 0 when not tied to a position
    qint64 column = 0; // 1-based character column
    QString message;

    bool isError() const { return !message.isEmpty(); }
    QString toString(const QString &fileName = {}) const;
};

// One record as read: the text of each field and whether it was quoted. An unquoted empty
// field is a null (no value); a quoted one ("") is an empty string.
struct CsvRecord
{
    QStringList fields;
    std::vector<bool> quoted;
    qint64 line = 0;
};

// Streaming RFC 4180 reader over UTF-8 bytes: it pulls the device in fixed-size chunks, so memory
// does not grow with the file, and hands out each record's fields as UTF-8 without making a
// QString of them (readCsvTable() puts them straight into the table's columns). Accepts a UTF-8
// BOM, CRLF or LF line ends, quoted fields with embedded delimiters, quotes and newlines. The
// delimiter (comma, semicolon or tab) is detected from the first record unless given. Invalid
// UTF-8 and NUL bytes are errors at their line and column (counted in characters).
class CsvReader
{
public:
    explicit CsvReader(QIODevice *device, QChar delimiter = QChar());

    // Reads the next record. False at the end of input or on error (see error()).
    bool readRecord(CsvRecord *record);
    // The same without QStrings: afterwards fieldCount(), field(i) (valid until the next call),
    // isQuoted(i) and recordLine() describe the record.
    bool next();
    qsizetype fieldCount() const { return qsizetype(m_ends.size()); }
    QByteArrayView field(qsizetype i) const;
    bool isQuoted(qsizetype i) const { return m_quoted[size_t(i)]; }
    qint64 recordLine() const { return m_recordLine; }

    const CsvError &error() const { return m_error; }
    QChar delimiter() const { return QLatin1Char(m_delimiter); }
    qint64 bytesRead() const { return m_bytesRead; }

private:
    bool fillBuffer();
    // Inline: asked for every field and quoted byte; the buffer runs dry once per chunk.
    bool atEnd() { return (m_pos < m_buffer.size() && !m_failed) ? false : refillAtEnd(); }
    bool refillAtEnd();
    void start();
    void detectDelimiter();
    void fail(qint64 line, qint64 column, const QString &message);
    char peek();
    char take();
    qsizetype plainRun(bool quoted) const;
    void takePlainRun(qsizetype length);
    QString characterAt(qsizetype pos) const;

    QIODevice *m_device;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    qint64 m_bytesRead = 0;
    qint64 m_line = 1;
    qint64 m_column = 1;
    qint64 m_recordLine = 0;
    char m_delimiter = 0;
    int m_utf8Pending = 0;  // continuation bytes still due for the current character
    uchar m_utf8Lead = 0;   // the lead byte of the current character, for the second byte's range
    bool m_deviceDone = false;
    bool m_started = false;
    CsvError m_error;
    bool m_failed = false; // m_error is set (a flag: atEnd() asks it for every byte)
    std::string m_scratch;         // the current record's fields, back to back (quotes undone)
    std::vector<qsizetype> m_ends; // where each field ends in m_scratch
    std::vector<bool> m_quoted;
};

// Reads a whole CSV (header row first) into a table. Rows with a different field count than
// the header are an error naming their line. progress, when given, receives bytes read.
bool readCsvTable(QIODevice *device, DataTable *table, CsvError *error,
                  const std::function<void(qint64)> &progress = {});
bool readCsvFile(const QString &path, DataTable *table, CsvError *error);

} // namespace ScoreDesk
