#pragma once

#include "datatable.h"

#include <QChar>
#include <QString>

class QIODevice;

namespace ScoreDesk {

// Writes RFC 4180 CSV. Fields are quoted only when they must be; a null cell is written as
// nothing and an empty string as "" so that reading the file back keeps the difference.
class CsvWriter
{
public:
    explicit CsvWriter(QIODevice *device, QChar delimiter = QLatin1Char(','),
                       const QString &lineEnd = QStringLiteral("\n"));

    void writeRecord(const QStringList &fields, const std::vector<bool> &nulls = {});
    bool writeTable(const DataTable &table);
    bool hasError() const { return m_failed; }

    static QString quoteField(const QString &field, QChar delimiter, bool isNull);

private:
    QIODevice *m_device;
    QChar m_delimiter;
    QString m_lineEnd;
    bool m_failed = false;
};

} // namespace ScoreDesk
