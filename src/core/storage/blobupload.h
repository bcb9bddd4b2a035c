#pragma once

#include "filemd5.h"
#include "storageaccount.h"

#include "../http/httpmessage.h"
#include "../errors/callerror.h"

#include <QCryptographicHash>
#include <QFile>
#include <QHash>
#include <QObject>
#include <QStringList>

namespace ScoreDesk {

class HttpCall;
class HttpClient;

// Uploads a file to a block blob. Under the single-shot limit (8 MiB) it is one Put Blob;
// above it, Put Block streamed from disk with at most maxInFlight blocks in the air, so memory
// stays bounded by a few blocks whatever the file's size, then Put Block List. The blob gets
// the whole file's MD5, computed on a thread of its own. Block ids are tied to the file's size
// and modification time, so an interrupted upload of the same file resumes from the blocks the
// service already holds uncommitted. Every request is idempotent, so each is tried again after
// a cut connection, a timeout or a passing server error (5xx, 429; Retry-After obeyed).
class BlobUpload : public QObject
{
    Q_OBJECT
public:
    BlobUpload(HttpClient *client, const StorageAccount &account, const QString &container, const QString &blob,
               const QString &filePath, QObject *parent = nullptr);

    void setBlockSize(qint64 bytes) { m_blockSize = bytes; }
    void setSingleShotLimit(qint64 bytes) { m_singleShotLimit = bytes; }
    void setMaxInFlight(int blocks) { m_maxInFlight = blocks; }
    void setCreateContainer(bool create) { m_createContainer = create; }

    void start();
    void cancel();

    bool succeeded() const { return m_done && !m_error.isError(); }
    const CallError &error() const { return m_error; }
    QByteArray md5Base64() const { return m_md5; }
    int blocksSent() const { return m_blocksSent; }
    int blocksReused() const { return m_blocksReused; }
    int blockCount() const { return int(m_blockIds.size()); }
    int peakInFlight() const { return m_peakInFlight; }

Q_SIGNALS:
    void progress(qint64 sent, qint64 total);
    void finished();

private:
    HttpRequest request(const QByteArray &method, const QString &query, const QByteArray &body = {}) const;
    void send(const HttpRequest &request, std::function<void(const HttpResponse &)> done, int tries = 0);
    void createContainer();
    void uploadContent(); // one Put Blob, or blocks, by size
    void uploadWhole();
    void listUncommitted();
    void pump();
    void sendBlock(const HttpRequest &put, qint64 size);
    void commitWhenReady(); // every block stored and the file's MD5 known
    void commit();
    void fail(const CallError &error);
    QByteArray blockId(int index) const;

    HttpClient *m_client;
    StorageAccount m_account;
    QString m_container;
    QString m_blob;
    QFile m_file;
    qint64 m_size = 0;
    qint64 m_blockSize = 4 * 1024 * 1024;
    qint64 m_singleShotLimit = 8 * 1024 * 1024;
    int m_maxInFlight = 4;
    bool m_createContainer = true;

    QByteArray m_uploadTag;
    QHash<QByteArray, qint64> m_uncommitted; // block id -> size, held by the service already
    QList<QByteArray> m_blockIds;
    FileMd5 m_hasher;
    bool m_committing = false;
    QByteArray m_md5;
    int m_nextBlock = 0;
    int m_totalBlocks = 0;
    int m_inFlight = 0;
    int m_peakInFlight = 0;
    int m_blocksSent = 0;
    int m_blocksReused = 0;
    qint64 m_bytesDone = 0;
    QList<HttpCall *> m_calls;
    bool m_done = false;
    bool m_cancelled = false;
    CallError m_error;
};

} // namespace ScoreDesk
