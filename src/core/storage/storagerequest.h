#pragma once

#include "storageaccount.h"

#include "../http/httpmessage.h"

namespace ScoreDesk {

// A request to blob storage: the container's (blob empty) or the blob's URL with the query,
// and the account's SAS appended when the account has no key.
HttpRequest storageRequest(const StorageAccount &account, const QByteArray &method, const QString &container, const QString &blob,
                           const QString &query = {});

// Adds Shared Key authorization when the account has a key (a SAS is in the URL already).
// Call it last: the signature covers the headers set before.
void authorizeStorageRequest(HttpRequest *request, const StorageAccount &account);

} // namespace ScoreDesk
