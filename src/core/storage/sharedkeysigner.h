#pragma once

#include "storageaccount.h"

#include "../http/httpmessage.h"

#include <QDateTime>

namespace ScoreDesk {

// Shared Key authorization for blob storage (wire-protocols §5): adds x-ms-date, x-ms-version
// and Authorization to a request. Sign last: every header it covers must already be set.
class SharedKeySigner
{
public:
    static constexpr const char *ApiVersion = "2021-12-02";

    static void sign(HttpRequest *request, const StorageAccount &account, const QDateTime &nowUtc = QDateTime::currentDateTimeUtc());

    // The exact text that gets signed, exposed so that tests can compare it with the
    // documentation's examples.
    static QByteArray stringToSign(const HttpRequest &request, const QString &accountName);
};

} // namespace ScoreDesk
