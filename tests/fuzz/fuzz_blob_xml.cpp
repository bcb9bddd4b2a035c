// Blob storage's XML: a page of a container listing, a block list, an error.
#include "fuzzinput.h"

#include "core/storage/blobxml.h"
#include "core/storage/storageerror.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray xml = fuzzBytes(data, size);
    QList<ScoreDesk::BlobItem> items;
    QString next;
    ScoreDesk::parseBlobListPage(xml, &items, &next);
    (void)ScoreDesk::parseBlockList(xml);
    ScoreDesk::HttpResponse response;
    response.status = 403;
    response.body = xml;
    (void)ScoreDesk::storageError(response);
    return 0;
}
