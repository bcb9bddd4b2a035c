#pragma once

#include "storageaccount.h"

#include <QDateTime>
#include <QString>
#include <QUrl>

namespace ScoreDesk {

// Service SAS tokens for single blobs, signed with the account key (sv 2021-12-02): what a
// batch job's results carry so that a client can download them with no key at all.
class SasBuilder
{
public:
    static constexpr const char *Version = "2021-12-02";

    // "sv=..&st=..&se=..&sr=b&sp=..&sig=.." (no leading '?'). permissions: "r", "rw", "rcw"...
    static QString blobToken(const StorageAccount &account, const QString &container, const QString &blob, const QString &permissions,
                             const QDateTime &start, const QDateTime &expiry);

    // The string the token signs, for tests and for debugging a refused SAS.
    static QByteArray stringToSign(const QString &accountName, const QString &container, const QString &blob, const QString &permissions,
                                   const QString &start, const QString &expiry);
};

} // namespace ScoreDesk
