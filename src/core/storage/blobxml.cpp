#include "blobxml.h"

#include <QLocale>
#include <QTimeZone>
#include <QXmlStreamReader>

namespace ScoreDesk {

void parseBlobListPage(const QByteArray &xml, QList<BlobItem> *items, QString *nextMarker)
{
    QXmlStreamReader reader(xml);
    BlobItem item;
    while (!reader.atEnd() && !reader.hasError()) {
        reader.readNext();
        if (reader.isEndElement() && reader.name() == QLatin1String("Blob")) {
            if (!item.name.isEmpty())
                items->append(item);
            continue;
        }
        if (!reader.isStartElement())
            continue;
        if (reader.name() == QLatin1String("Blob")) {
            item = BlobItem();
        } else if (reader.name() == QLatin1String("Name")) {
            item.name = reader.readElementText();
        } else if (reader.name() == QLatin1String("Content-Length")) {
            item.size = qMax<qint64>(0, reader.readElementText().toLongLong());
        } else if (reader.name() == QLatin1String("Last-Modified")) {
            // RFC 1123: "Thu, 26 Nov 2026 12:18:00 GMT"
            item.lastModified = QLocale::c().toDateTime(reader.readElementText().remove(QStringLiteral(" GMT")), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss"));
            item.lastModified.setTimeZone(QTimeZone::utc());
        } else if (reader.name() == QLatin1String("NextMarker")) {
            *nextMarker = reader.readElementText();
        }
    }
}

QHash<QByteArray, qint64> parseBlockList(const QByteArray &xml)
{
    QHash<QByteArray, qint64> blocks;
    QXmlStreamReader reader(xml);
    QByteArray name;
    while (!reader.atEnd() && !reader.hasError()) {
        reader.readNext();
        if (!reader.isStartElement())
            continue;
        if (reader.name() == QLatin1String("Name"))
            name = reader.readElementText().toLatin1();
        else if (reader.name() == QLatin1String("Size"))
            blocks.insert(name, reader.readElementText().toLongLong());
    }
    return blocks;
}

} // namespace ScoreDesk
