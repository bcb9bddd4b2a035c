#include "storagerequest.h"

#include "sharedkeysigner.h"

namespace ScoreDesk {

HttpRequest storageRequest(const StorageAccount &account, const QByteArray &method, const QString &container, const QString &blob,
                           const QString &query)
{
    HttpRequest request;
    request.method = method;
    request.url = account.blobUrl(container, blob);
    QString fullQuery = query;
    if (account.key.isEmpty() && !account.sasToken.isEmpty())
        fullQuery += (fullQuery.isEmpty() ? QString() : QStringLiteral("&")) + account.sasToken;
    if (!fullQuery.isEmpty())
        request.url.setQuery(fullQuery, QUrl::TolerantMode);
    return request;
}

void authorizeStorageRequest(HttpRequest *request, const StorageAccount &account)
{
    if (!account.key.isEmpty())
        SharedKeySigner::sign(request, account);
}

} // namespace ScoreDesk
