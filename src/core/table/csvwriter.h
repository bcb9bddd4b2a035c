#pragma once

#include "datatable.h"

#include <QByteArray>
#include <QChar>
#include <QString>

#include <vector>

class QIODevice;

namespace ScoreDesk {

// Writes RFC 4180 CSV as UTF-8. Fields are quoted only when they must be; a null cell is written
// as nothing and an empty string as "" so that reading the file back keeps the difference.
// writeRecord() puts a whole record on the device at once; writeTable() and the field-by-field
// calls (a reader of a service's answer streams its rows in without building a table) go
// through a buffer that reaches the device a megabyte at a time: flush() at the end.
class CsvWriter
{
public:
    explicit CsvWriter(QIODevice *device, QChar delimiter = QLatin1Char(','), const QString &lineEnd = QStringLiteral("\n"));
    ~CsvWriter();
    CsvWriter(const CsvWriter &) = delete;
    CsvWriter &operator=(const CsvWriter &) = delete;

    void writeRecord(const QStringList &fields, const std::vector<bool> &nulls = {});
    // rowOrder: the table's rows in this order (a sorted view's), all of them when empty.
    bool writeTable(const DataTable &table, const std::vector<int> &rowOrder = {});

    void field(QByteArrayView utf8, bool isNull = false);
    void endRecord();
    // Sends what is buffered; false (and hasError()) when the device refused it.
    bool flush();
    bool hasError() const { return m_failed; }

    static QString quoteField(const QString &field, QChar delimiter, bool isNull);

private:
    void appendField(QByteArrayView utf8, bool isNull);

    QIODevice *m_device;
    char m_delimiter;
    QByteArray m_lineEnd;
    QByteArray m_buffer;
    bool m_atRecordStart = true;
    bool m_failed = false;
};

} // namespace ScoreDesk
