#include "inputcheck.h"

#include "../table/csvreader.h"

#include <QFile>
#include <QFileInfo>
#include <QStringList>

namespace ScoreDesk {

QString checkBatchInputHeader(const QString &csvPath, const SchemaPort &port)
{
    QFile file(csvPath);
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("Cannot read %1: %2").arg(csvPath, file.errorString());
    CsvReader reader(&file);
    CsvRecord header;
    if (!reader.readRecord(&header)) {
        return reader.error().message.isEmpty() ? QStringLiteral("%1 is empty: a batch input needs a header row").arg(QFileInfo(csvPath).fileName())
                                                : reader.error().toString(QFileInfo(csvPath).fileName());
    }
    QStringList missing;
    for (const SchemaColumn &column : port.columns) {
        if (column.required && !header.fields.contains(column.name))
            missing.append(column.name);
    }
    if (missing.isEmpty())
        return QString();
    return QStringLiteral("%1 has no column %2, which the service requires (its columns: %3)")
        .arg(QFileInfo(csvPath).fileName(), missing.join(QStringLiteral(", ")), header.fields.join(QStringLiteral(", ")));
}

} // namespace ScoreDesk
