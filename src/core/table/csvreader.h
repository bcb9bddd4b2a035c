#pragma once

#include "datatable.h"

#include <QChar>
#include <QString>
#include <QStringDecoder>
#include <QStringList>

#include <functional>
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

// Streaming RFC 4180 reader: it pulls the device in fixed-size chunks, so memory does not grow
// with the file. Accepts a UTF-8 BOM, CRLF or LF line ends, quoted fields with embedded
// delimiters, quotes and newlines. The delimiter (comma, semicolon or tab) is detected from the
// first record unless given.
class CsvReader
{
public:
    explicit CsvReader(QIODevice *device, QChar delimiter = QChar());

    // Reads the next record. False at the end of input or on error (see error()).
    bool readRecord(CsvRecord *record);

    const CsvError &error() const { return m_error; }
    QChar delimiter() const { return m_delimiter; }
    qint64 bytesRead() const { return m_bytesRead; }

private:
    bool fillBuffer();
    bool atEnd();
    void detectDelimiter();
    void fail(qint64 line, qint64 column, const QString &message);
    QChar peekChar();
    QChar takeChar();

    QIODevice *m_device;
    QStringDecoder m_decoder{QStringDecoder::Utf8};
    QString m_buffer;
    qsizetype m_pos = 0;
    qint64 m_bytesRead = 0;
    qint64 m_line = 1;
    qint64 m_column = 1;
    QChar m_delimiter;
    bool m_deviceDone = false;
    bool m_started = false;
    bool m_invalidUtf8 = false;
    CsvError m_error;
};

// Reads a whole CSV (header row first) into a table. Rows with a different field count than
// the header are an error naming their line. progress, when given, receives bytes read.
bool readCsvTable(QIODevice *device, DataTable *table, CsvError *error,
                  const std::function<void(qint64)> &progress = {});
bool readCsvFile(const QString &path, DataTable *table, CsvError *error);

} // namespace ScoreDesk
