// A storage connection string as users paste them (and as services echo them back).
#include "fuzzinput.h"

#include "core/storage/storageaccount.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QString error;
    const ScoreDesk::StorageAccount account = ScoreDesk::StorageAccount::fromConnectionString(QString::fromUtf8(fuzzBytes(data, size)), &error);
    if (account.isValid())
        (void)account.blobUrl(QStringLiteral("container"), QStringLiteral("a/b.csv"));
    return 0;
}
