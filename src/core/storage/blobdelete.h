#pragma once

#include "storageaccount.h"

#include "../errors/callerror.h"

#include <QObject>

namespace ScoreDesk {

class HttpClient;

// Deletes one blob (and its uncommitted blocks). A blob that is already gone counts as deleted.
class BlobDelete : public QObject
{
    Q_OBJECT
public:
    BlobDelete(HttpClient *client, const StorageAccount &account, const QString &container, const QString &blob, QObject *parent = nullptr);

    void start();
    bool succeeded() const { return m_done && !m_error.isError(); }
    const CallError &error() const { return m_error; }

Q_SIGNALS:
    void finished();

private:
    HttpClient *m_client;
    StorageAccount m_account;
    QString m_container;
    QString m_blob;
    CallError m_error;
    bool m_done = false;
};

} // namespace ScoreDesk
