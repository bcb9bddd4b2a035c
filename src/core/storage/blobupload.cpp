#include "blobupload.h"

#include "blobxml.h"
#include "storageerror.h"
#include "storagerequest.h"

#include "../http/httpclient.h"
#include "../http/retryafter.h"
#include "../logging.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTimer>
#include <QUrlQuery>

namespace ScoreDesk {

namespace {

constexpr int Attempts = 4;
constexpr int RetryDelayMs = 500;

} // namespace

BlobUpload::BlobUpload(HttpClient *client, const StorageAccount &account, const QString &container, const QString &blob,
                       const QString &filePath, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_account(account)
    , m_container(container)
    , m_blob(blob)
    , m_file(filePath)
{
}

HttpRequest BlobUpload::request(const QByteArray &method, const QString &query, const QByteArray &body) const
{
    const bool containerLevel = query.startsWith(QLatin1String("restype=container"));
    HttpRequest http = storageRequest(m_account, method, m_container, containerLevel ? QString() : m_blob, query);
    http.body = body;
    http.inactivityTimeoutMs = 60'000;
    return http;
}

void BlobUpload::send(const HttpRequest &prepared, std::function<void(const HttpResponse &)> done, int tries)
{
    HttpRequest signedRequest = prepared;
    authorizeStorageRequest(&signedRequest, m_account); // signed anew: the date is part of it
    HttpCall *call = m_client->send(signedRequest);
    m_calls.append(call);
    connect(call, &HttpCall::finished, this, [this, call, prepared, done, tries] {
        m_calls.removeOne(call);
        call->deleteLater();
        const HttpResponse response = call->response();
        // Every request here is idempotent (the same blob, block or list again), so a cut
        // connection or a passing server error is tried again, after what the server asks.
        const CallError::Kind kind = response.transportError.kind;
        const bool transient = response.transportError.isError()
            ? (kind == CallError::Kind::Network || kind == CallError::Kind::Timeout)
            : (response.status >= 500 || response.status == 429);
        if (transient && !m_cancelled && !m_done && tries + 1 < Attempts) {
            const std::optional<int> retryAfter = parseRetryAfter(response.header("Retry-After"));
            const int delayMs = retryAfter ? std::min(*retryAfter, 120) * 1000 : RetryDelayMs * (tries + 1);
            qCInfo(lcStorage) << "upload request answered" << (response.transportError.isError() ? response.transportError.toOneLine() : QString::number(response.status))
                              << "- trying again in" << delayMs << "ms";
            QTimer::singleShot(delayMs, this, [this, prepared, done, tries] {
                if (!m_cancelled && !m_done)
                    send(prepared, done, tries + 1);
            });
            return;
        }
        done(response);
    });
}

void BlobUpload::start()
{
    if (!m_file.open(QIODevice::ReadOnly)) {
        fail(CallError::transport(CallError::Kind::File, tr("cannot read %1: %2").arg(m_file.fileName(), m_file.errorString())));
        return;
    }
    m_size = m_file.size();
    const QFileInfo info(m_file);
    // Ties block ids to this version of the file: a changed file never reuses old blocks.
    const QByteArray version = m_blob.toUtf8() + QByteArray::number(m_size) + QByteArray::number(info.lastModified().toMSecsSinceEpoch());
    m_uploadTag = QCryptographicHash::hash(version, QCryptographicHash::Sha1)
                      .toHex()
                      .left(12);
    if (m_createContainer)
        createContainer();
    else
        uploadContent();
}

void BlobUpload::uploadContent()
{
    if (m_size < m_singleShotLimit)
        uploadWhole();
    else
        listUncommitted();
}

void BlobUpload::createContainer()
{
    send(request("PUT", QStringLiteral("restype=container")), [this](const HttpResponse &response) {
        // 409: it exists already, which is what we wanted.
        if (!response.transportError.isError() && (response.status == 201 || response.status == 409)) {
            uploadContent();
            return;
        }
        if (response.status == 403 && !m_account.sasToken.isEmpty() && m_account.key.isEmpty()) {
            // A SAS for one container may not create containers: try the upload anyway.
            uploadContent();
            return;
        }
        fail(storageError(response));
    });
}

void BlobUpload::uploadWhole()
{
    const QByteArray content = m_file.readAll();
    m_md5 = QCryptographicHash::hash(content, QCryptographicHash::Md5).toBase64();
    HttpRequest put = request("PUT", QString(), content);
    put.headers = {{"x-ms-blob-type", "BlockBlob"}, {"Content-MD5", m_md5}, {"Content-Type", "application/octet-stream"}};
    send(put, [this](const HttpResponse &response) {
        if (response.transportError.isError() || response.status != 201) {
            fail(storageError(response));
            return;
        }
        m_bytesDone = m_size;
        Q_EMIT progress(m_size, m_size);
        m_done = true;
        Q_EMIT finished();
    });
}

QByteArray BlobUpload::blockId(int index) const
{
    // All ids of a blob must have the same length.
    const QByteArray id = m_uploadTag + '-' + QByteArray::number(index).rightJustified(6, '0');
    return id.toBase64();
}

void BlobUpload::listUncommitted()
{
    // The whole file's MD5 on a thread of its own while the blocks go up: it is ready, without
    // having held up a block, by the time the last one is stored.
    connect(&m_hasher, &FileMd5::finished, this, &BlobUpload::commitWhenReady, Qt::UniqueConnection);
    m_hasher.start(m_file.fileName(), m_size);
    m_totalBlocks = int((m_size + m_blockSize - 1) / m_blockSize);
    for (int i = 0; i < m_totalBlocks; ++i)
        m_blockIds.append(blockId(i));
    send(request("GET", QStringLiteral("comp=blocklist&blocklisttype=uncommitted")), [this](const HttpResponse &response) {
        if (response.status == 200)
            m_uncommitted = parseBlockList(response.body);
        // 404 (no blob yet) and anything else: nothing to resume from.
        pump();
    });
}

void BlobUpload::pump()
{
    while (!m_cancelled && !m_error.isError() && m_inFlight < m_maxInFlight && m_nextBlock < m_totalBlocks) {
        const int index = m_nextBlock++;
        const QByteArray content = m_file.read(m_blockSize);
        if (content.isEmpty() && m_blockSize > 0) {
            fail(CallError::transport(CallError::Kind::File, tr("cannot read %1: %2").arg(m_file.fileName(), m_file.errorString())));
            return;
        }
        const QByteArray id = m_blockIds.at(index);
        if (m_uncommitted.value(id, -1) == content.size()) {
            ++m_blocksReused;
            m_bytesDone += content.size();
            Q_EMIT progress(m_bytesDone, m_size);
            continue;
        }
        HttpRequest put = request("PUT", QStringLiteral("comp=block&blockid=") + QString::fromLatin1(QUrl::toPercentEncoding(QString::fromLatin1(id))), content);
        // No Content-MD5 per block: the whole file's MD5 goes with the blob and is checked on
        // every download, TLS guards the bytes on the way, and hashing every block on this
        // thread cost more CPU than the network.
        put.headers = {{"Content-Type", "application/octet-stream"}};
        ++m_inFlight;
        m_peakInFlight = std::max(m_peakInFlight, m_inFlight);
        sendBlock(put, content.size());
    }
    commitWhenReady();
}

void BlobUpload::commitWhenReady()
{
    if (m_error.isError() || m_cancelled || m_committing || m_inFlight > 0 || m_nextBlock < m_totalBlocks || !m_hasher.isFinished())
        return;
    if (!m_hasher.error().isEmpty()) {
        fail(CallError::transport(CallError::Kind::File, tr("cannot read %1: %2").arg(m_file.fileName(), m_hasher.error())));
        return;
    }
    m_committing = true;
    commit();
}

void BlobUpload::sendBlock(const HttpRequest &put, qint64 size)
{
    // The block's bytes live in `put` only until its answer (and its retries): nothing keeps
    // them afterwards.
    send(put, [this, size](const HttpResponse &response) {
        --m_inFlight;
        if (response.transportError.isError() || response.status != 201) {
            fail(storageError(response));
            return;
        }
        ++m_blocksSent;
        m_bytesDone += size;
        Q_EMIT progress(m_bytesDone, m_size);
        pump();
    });
}

void BlobUpload::commit()
{
    m_md5 = m_hasher.md5Base64();
    QByteArray xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?><BlockList>";
    for (const QByteArray &id : std::as_const(m_blockIds))
        xml += "<Latest>" + id + "</Latest>";
    xml += "</BlockList>";
    HttpRequest put = request("PUT", QStringLiteral("comp=blocklist"), xml);
    put.headers = {{"Content-Type", "application/xml"}, {"x-ms-blob-content-md5", m_md5}};
    send(put, [this](const HttpResponse &response) {
        if (response.transportError.isError() || response.status != 201) {
            fail(storageError(response));
            return;
        }
        m_done = true;
        Q_EMIT finished();
    });
}

void BlobUpload::cancel()
{
    m_cancelled = true;
    const QList<HttpCall *> calls = m_calls; // a cancelled call may finish, and leave the list, at once
    for (HttpCall *call : calls)
        call->cancel();
    if (m_calls.isEmpty() && !m_done)
        fail(CallError::transport(CallError::Kind::Cancelled, tr("cancelled")));
}

void BlobUpload::fail(const CallError &error)
{
    if (m_done)
        return;
    m_done = true;
    m_hasher.stop();
    m_error = m_cancelled ? CallError::transport(CallError::Kind::Cancelled, tr("cancelled")) : error;
    const QList<HttpCall *> calls = m_calls;
    for (HttpCall *call : calls)
        call->cancel();
    Q_EMIT finished();
}

} // namespace ScoreDesk
