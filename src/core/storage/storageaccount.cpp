#include "storageaccount.h"

#include <QCoreApplication>
#include <QMap>

namespace ScoreDesk {

namespace {

const char DevelopmentAccount[] = "devstoreaccount1";
const char DevelopmentKey[] = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

StorageAccount failWith(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return StorageAccount();
}

} // namespace

StorageAccount StorageAccount::developmentStorage(const QUrl &blobEndpoint)
{
    StorageAccount account;
    account.name = QString::fromLatin1(DevelopmentAccount);
    account.key = QByteArray::fromBase64(DevelopmentKey);
    account.blobEndpoint = blobEndpoint;
    return account;
}

StorageAccount StorageAccount::fromConnectionString(const QString &connectionString, QString *error)
{
    QMap<QString, QString> parts;
    for (const QString &piece : connectionString.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const qsizetype equals = piece.indexOf(QLatin1Char('='));
        if (equals <= 0)
            return failWith(error, QCoreApplication::translate("StorageAccount", "the connection string has a part without '=' in it"));
        // Keys are case-insensitive in practice; values (base64 keys, SAS) keep their case.
        parts.insert(piece.left(equals).trimmed().toLower(), piece.mid(equals + 1).trimmed());
    }

    if (parts.value(QStringLiteral("usedevelopmentstorage")).compare(QLatin1String("true"), Qt::CaseInsensitive) == 0) {
        QUrl endpoint(QStringLiteral("http://127.0.0.1:10000/devstoreaccount1"));
        if (parts.contains(QStringLiteral("developmentstorageproxyuri"))) {
            endpoint = QUrl(parts.value(QStringLiteral("developmentstorageproxyuri")));
            endpoint.setPath(endpoint.path() + QStringLiteral("/devstoreaccount1"));
        }
        return developmentStorage(endpoint);
    }

    StorageAccount account;
    account.name = parts.value(QStringLiteral("accountname"));
    const QString key = parts.value(QStringLiteral("accountkey"));
    if (!key.isEmpty()) {
        account.key = QByteArray::fromBase64(key.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (account.key.isEmpty())
            return failWith(error, QCoreApplication::translate("StorageAccount", "AccountKey is not valid base64"));
    }
    account.sasToken = parts.value(QStringLiteral("sharedaccesssignature"));
    if (account.sasToken.startsWith(QLatin1Char('?')))
        account.sasToken.remove(0, 1);
    if (account.key.isEmpty() && account.sasToken.isEmpty())
        return failWith(error, QCoreApplication::translate("StorageAccount", "the connection string has neither AccountKey nor SharedAccessSignature"));

    if (parts.contains(QStringLiteral("blobendpoint"))) {
        account.blobEndpoint = QUrl(parts.value(QStringLiteral("blobendpoint")));
        if (!account.blobEndpoint.isValid() || account.blobEndpoint.host().isEmpty())
            return failWith(error, QCoreApplication::translate("StorageAccount", "BlobEndpoint is not a valid URL"));
        if (account.name.isEmpty()) {
            // A path-style endpoint (emulator) names the account in its path, otherwise the host does.
            const QString path = account.blobEndpoint.path().section(QLatin1Char('/'), 1, 1);
            account.name = path.isEmpty() ? account.blobEndpoint.host().section(QLatin1Char('.'), 0, 0) : path;
        }
    } else {
        if (account.name.isEmpty())
            return failWith(error, QCoreApplication::translate("StorageAccount", "the connection string has no AccountName"));
        const QString protocol = parts.value(QStringLiteral("defaultendpointsprotocol"), QStringLiteral("https"));
        const QString suffix = parts.value(QStringLiteral("endpointsuffix"), QStringLiteral("core.windows.net"));
        account.blobEndpoint = QUrl(protocol + QStringLiteral("://") + account.name + QStringLiteral(".blob.") + suffix);
    }
    QString path = account.blobEndpoint.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    account.blobEndpoint.setPath(path);
    return account;
}

QUrl StorageAccount::blobUrl(const QString &container, const QString &blob) const
{
    QUrl url = blobEndpoint;
    QString path = url.path() + QLatin1Char('/') + container;
    if (!blob.isEmpty())
        path += QLatin1Char('/') + blob;
    url.setPath(path);
    return url;
}

} // namespace ScoreDesk
