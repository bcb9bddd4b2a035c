#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace ScoreDesk {

// A blob storage account as a connection string describes it. The key is held decoded and
// only in memory; toString() never includes it.
struct StorageAccount
{
    QString name;
    QByteArray key;   // decoded AccountKey; empty when only a SAS is given
    QString sasToken; // SharedAccessSignature, without a leading '?'
    QUrl blobEndpoint;

    bool isValid() const { return !name.isEmpty() && blobEndpoint.isValid(); }

    // Accepts DefaultEndpointsProtocol/AccountName/AccountKey/EndpointSuffix, an explicit
    // BlobEndpoint, SharedAccessSignature, and UseDevelopmentStorage=true (the emulator).
    static StorageAccount fromConnectionString(const QString &connectionString, QString *error = nullptr);

    // URL of a container or blob: {endpoint}/{container}[/{blob}].
    QUrl blobUrl(const QString &container, const QString &blob = {}) const;

    // The emulator's well-known development account (published by Microsoft, not a secret).
    static StorageAccount developmentStorage(const QUrl &blobEndpoint = QUrl(QStringLiteral("http://127.0.0.1:10000/devstoreaccount1")));
};

} // namespace ScoreDesk
