#pragma once

#include "core/storage/storageaccount.h"

#include <QJsonObject>
#include <QString>
#include <QUrl>

namespace ScoreDesk::Sandbox {

// Where a batch job's input or output lives (wire-protocols §2): ConnectionString plus
// RelativeLocation, or BaseLocation plus RelativeLocation plus SasBlobToken. RelativeLocation
// comes with and without a leading '/'.
struct BlobReference
{
    StorageAccount account; // with a key, or with only the SAS token
    QString container;
    QString blob;

    static bool parse(const QJsonObject &object, BlobReference *reference, QString *error);
    QUrl url() const; // with the SAS token when there is no key
};

} // namespace ScoreDesk::Sandbox
