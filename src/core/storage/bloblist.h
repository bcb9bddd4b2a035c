#pragma once

#include "blobxml.h"
#include "storageaccount.h"

#include "../errors/callerror.h"

#include <QDateTime>
#include <QList>
#include <QObject>

namespace ScoreDesk {

class HttpClient;

// Lists the blobs of a container (all pages), optionally under a prefix.
class BlobList : public QObject
{
    Q_OBJECT
public:
    BlobList(HttpClient *client, const StorageAccount &account, const QString &container, const QString &prefix = {}, QObject *parent = nullptr);

    void start();
    bool succeeded() const { return m_done && !m_error.isError(); }
    const CallError &error() const { return m_error; }
    const QList<BlobItem> &items() const { return m_items; }

Q_SIGNALS:
    void finished();

private:
    void fetch(const QString &marker);

    HttpClient *m_client;
    StorageAccount m_account;
    QString m_container;
    QString m_prefix;
    static constexpr int MaxPages = 100'000; // 500 million blobs
    QList<BlobItem> m_items;
    int m_pages = 0;
    CallError m_error;
    bool m_done = false;
};

} // namespace ScoreDesk
