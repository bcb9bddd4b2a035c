#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

namespace ScoreDesk {

struct BlobItem
{
    QString name;
    qint64 size = 0;
    QDateTime lastModified;
};

// One page of a container listing (List Blobs): the blobs on it, and the marker of the next
// page (empty on the last). Properties come in any order; a blob is whole at its end tag.
// Anything unreadable is skipped, never guessed.
void parseBlobListPage(const QByteArray &xml, QList<BlobItem> *items, QString *nextMarker);

// The uncommitted blocks of a blob (Get Block List): block id -> size.
QHash<QByteArray, qint64> parseBlockList(const QByteArray &xml);

} // namespace ScoreDesk
