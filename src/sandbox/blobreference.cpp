#include "blobreference.h"

namespace ScoreDesk::Sandbox {

bool BlobReference::parse(const QJsonObject &object, BlobReference *reference, QString *error)
{
    QString relative = object.value(QLatin1String("RelativeLocation")).toString();
    while (relative.startsWith(QLatin1Char('/')))
        relative.remove(0, 1);
    reference->container = relative.section(QLatin1Char('/'), 0, 0);
    reference->blob = relative.section(QLatin1Char('/'), 1);
    if (reference->container.isEmpty() || reference->blob.isEmpty()) {
        *error = QStringLiteral("RelativeLocation must be 'container/blob', got '%1'.").arg(relative);
        return false;
    }
    const QJsonValue connection = object.value(QLatin1String("ConnectionString"));
    if (connection.isString() && !connection.toString().isEmpty()) {
        QString problem;
        reference->account = StorageAccount::fromConnectionString(connection.toString(), &problem);
        if (!reference->account.isValid()) {
            *error = QStringLiteral("The storage connection string cannot be used: %1.").arg(problem);
            return false;
        }
        return true;
    }
    const QUrl base(object.value(QLatin1String("BaseLocation")).toString());
    QString sas = object.value(QLatin1String("SasBlobToken")).toString();
    if (!base.isValid() || base.host().isEmpty() || sas.isEmpty()) {
        *error = QStringLiteral("A blob reference needs a ConnectionString, or a BaseLocation with a SasBlobToken.");
        return false;
    }
    if (sas.startsWith(QLatin1Char('?')))
        sas.remove(0, 1);
    reference->account.blobEndpoint = base;
    QString path = base.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    reference->account.blobEndpoint.setPath(path);
    reference->account.name = path.isEmpty() ? base.host().section(QLatin1Char('.'), 0, 0) : path.section(QLatin1Char('/'), 1, 1);
    reference->account.sasToken = sas;
    return true;
}

QUrl BlobReference::url() const
{
    QUrl url = account.blobUrl(container, blob);
    if (account.key.isEmpty() && !account.sasToken.isEmpty())
        url.setQuery(account.sasToken, QUrl::TolerantMode);
    return url;
}

} // namespace ScoreDesk::Sandbox
