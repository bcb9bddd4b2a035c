#include "blobdownload.h"

#include "storageerror.h"

#include "../http/httpclient.h"
#include "../http/retryafter.h"
#include "../logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTimer>

namespace ScoreDesk {

namespace {

// "bytes 100-199/1000" -> 1000; -1 when absent or "*".
qint64 totalFromContentRange(const QByteArray &value)
{
    static const QRegularExpression pattern(QStringLiteral("/(\\d+)\\s*$"));
    const QRegularExpressionMatch match = pattern.match(QString::fromLatin1(value));
    return match.hasMatch() ? match.captured(1).toLongLong() : -1;
}

} // namespace

BlobDownload::BlobDownload(HttpClient *client, const QUrl &url, const QString &targetPath, Authorizer authorize, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_url(url)
    , m_target(targetPath)
    , m_authorize(std::move(authorize))
{
}

void BlobDownload::start()
{
    QDir().mkpath(QFileInfo(m_target).absolutePath());
    m_part.setFileName(partPath());
    // Unbuffered: a write that does not fit (a full disk) fails at once, with its reason.
    if (!m_part.open(QIODevice::ReadWrite | QIODevice::Append | QIODevice::Unbuffered)) {
        fail(CallError::transport(CallError::Kind::File, tr("cannot write %1: %2").arg(partPath(), m_part.errorString())));
        return;
    }
    // The part's MD5 is computed on a thread of its own as the part grows (a resumed part from
    // its first byte), so it is ready when the last byte is in, and nothing waits for it.
    connect(&m_hasher, &FileMd5::finished, this, &BlobDownload::onHashed, Qt::UniqueConnection);
    m_hasher.start(partPath());
    if (m_part.size() > 0) {
        m_firstResumeOffset = m_part.size(); // a part left by an earlier, unfinished download
        QFile etag(etagPath());
        if (etag.open(QIODevice::ReadOnly))
            m_etag = etag.readAll().trimmed();
    }
    attempt();
}

void BlobDownload::rememberEtag(const QByteArray &etag)
{
    if (etag.isEmpty() || etag == m_etag)
        return;
    m_etag = etag;
    QFile file(etagPath());
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(etag);
}

void BlobDownload::startOver()
{
    // The blob is not the one the part was started from: what is in the part is of no use.
    emptyPart();
    QFile::remove(etagPath());
    m_etag.clear();
    m_expectedMd5.clear();
    m_total = -1;
    ++m_restarts;
    qCInfo(lcStorage) << "the blob changed since the part was started; downloading it anew";
}

void BlobDownload::retryLater(int delayMs)
{
    ++m_retries;
    QTimer::singleShot(delayMs, this, &BlobDownload::attempt);
}

void BlobDownload::cancel()
{
    m_cancelled = true;
    if (m_call)
        m_call->cancel();
}

void BlobDownload::attempt()
{
    if (m_cancelled) {
        fail(CallError::transport(CallError::Kind::Cancelled, tr("cancelled")));
        return;
    }
    m_offset = m_part.size();
    HttpRequest request;
    request.url = m_url;
    request.bodySink = &m_part;
    request.inactivityTimeoutMs = 30'000;
    QByteArray range = "bytes=" + QByteArray::number(m_offset) + '-';
    if (m_chunkSize > 0)
        range += QByteArray::number(m_offset + m_chunkSize - 1);
    request.headers.emplaceBack("Range", range);
    if (m_offset > 0 && !m_etag.isEmpty())
        request.headers.emplaceBack("If-Match", m_etag); // the same version as the part, or 412
    if (m_authorize)
        m_authorize(&request);
    m_call = m_client->send(request);
    connect(m_call, &HttpCall::responseStarted, this, &BlobDownload::onResponseStarted);
    connect(m_call, &HttpCall::downloadProgress, this, [this](qint64 received, qint64) {
        Q_EMIT progress(m_offset + received, m_total);
    });
    connect(m_call, &HttpCall::finished, this, &BlobDownload::onAttemptFinished);
}

void BlobDownload::onResponseStarted(int status)
{
    if (status == 200 && m_offset > 0) {
        // The server ignored the Range and sends the whole blob: start the part over.
        emptyPart();
        m_offset = 0;
    }
    if (status >= 200 && status < 300 && m_call)
        rememberEtag(m_call->response().header("ETag"));
}

void BlobDownload::onAttemptFinished()
{
    const HttpResponse response = m_call->response();
    m_call->deleteLater();
    m_call = nullptr;

    // Attempts that moved the download on start the count of failures over: only failures in a
    // row, without progress, end it.
    if (m_part.size() > m_offset)
        m_failures = 0;
    if (response.transportError.isError()) {
        if (response.transportError.kind == CallError::Kind::File) {
            // The disk said no (full, gone read-only): say where and why; the part stays.
            fail(CallError::transport(CallError::Kind::File, tr("cannot write %1: %2. What was downloaded is kept; download again to resume.")
                                                                 .arg(partPath(), response.transportError.message.section(QStringLiteral(": "), -1))));
            return;
        }
        if (response.transportError.kind == CallError::Kind::Cancelled || response.transportError.kind == CallError::Kind::Invalid
            || ++m_failures >= m_maxAttempts) {
            fail(response.transportError);
            return;
        }
        // A cut connection: what arrived is in the part; ask for the rest.
        if (m_firstResumeOffset < 0)
            m_firstResumeOffset = m_part.size();
        qCInfo(lcStorage) << "download cut at" << m_part.size() << "bytes; resuming";
        retryLater(m_retryDelayMs);
        return;
    }
    if (response.status == 412 && !m_etag.isEmpty()) {
        startOver();
        attempt();
        return;
    }
    if (response.status == 416) {
        // Nothing after the part's end: it may already be whole (or the blob is empty).
        m_total = totalFromContentRange(response.header("Content-Range"));
        complete();
        return;
    }
    if ((response.status >= 500 || response.status == 429) && ++m_failures < m_maxAttempts) {
        // The server is busy or passing a fault on: try again, after what it asks for if it says.
        const std::optional<int> wait = parseRetryAfter(response.header("Retry-After"));
        qCInfo(lcStorage) << "download answered" << response.status << "; trying again";
        retryLater(wait ? std::min(*wait, 120) * 1000 : m_retryDelayMs * m_failures);
        return;
    }
    if (response.status < 200 || response.status >= 300) {
        if (response.status == 404 || response.status == 403)
            emptyPart(); // nothing to resume from a blob that is not there for us
        fail(storageError(response));
        return;
    }
    const qint64 rangeTotal = totalFromContentRange(response.header("Content-Range"));
    m_total = rangeTotal >= 0 ? rangeTotal : m_offset + response.header("Content-Length").toLongLong();
    // The whole blob's MD5: Content-MD5 on a full read, x-ms-blob-content-md5 on a ranged one.
    if (!response.header("x-ms-blob-content-md5").isEmpty())
        m_expectedMd5 = response.header("x-ms-blob-content-md5");
    else if (response.status == 200 && !response.header("Content-MD5").isEmpty())
        m_expectedMd5 = response.header("Content-MD5");
    if (response.status == 206 && m_part.size() < m_total) {
        attempt(); // the next range
        return;
    }
    complete();
}

void BlobDownload::emptyPart()
{
    m_part.resize(0);
    if (m_hasher.isRunning() || m_hasher.isFinished())
        m_hasher.start(partPath()); // from the start again, following the new part
}

void BlobDownload::complete()
{
    const qint64 size = m_part.size();
    if (m_total >= 0 && size != m_total) {
        if (size > m_total)
            emptyPart(); // longer than the blob: not ours to resume
        fail(CallError::transport(CallError::Kind::Storage, tr("the download has %1 bytes but the blob has %2").arg(size).arg(m_total)));
        return;
    }
    if (m_expectedMd5.isEmpty()) {
        m_hasher.stop();
        moveIntoPlace();
        return;
    }
    m_verifying = true;
    m_hasher.setCompleteSize(size);
    if (m_hasher.isFinished())
        onHashed();
}

void BlobDownload::onHashed()
{
    if (!m_verifying)
        return; // the part is still growing: the hash is asked for once it is whole
    m_verifying = false;
    if (!m_hasher.error().isEmpty()) {
        fail(CallError::transport(CallError::Kind::File, tr("cannot read %1: %2").arg(partPath(), m_hasher.error())));
        return;
    }
    if (m_hasher.md5Base64() != m_expectedMd5) {
        if (m_firstResumeOffset > 0 && m_restarts == 0) {
            // Resumed onto a part from another version of the blob (no ETag was kept to tell):
            // once more from the start, rather than fail.
            startOver();
            m_firstResumeOffset = -1;
            attempt();
            return;
        }
        emptyPart(); // a corrupt part would only resume into a corrupt file
        fail(CallError::transport(CallError::Kind::Storage, tr("the downloaded bytes do not match the blob's MD5")));
        return;
    }
    moveIntoPlace();
}

void BlobDownload::moveIntoPlace()
{
    const qint64 size = m_part.size();
    m_part.close();
    QFile::remove(m_target);
    if (!QFile::rename(partPath(), m_target)) {
        fail(CallError::transport(CallError::Kind::File, tr("cannot move the download into place at %1").arg(m_target)));
        return;
    }
    QFile::remove(etagPath());
    m_done = true;
    Q_EMIT progress(size, size);
    Q_EMIT finished();
}

void BlobDownload::fail(const CallError &error)
{
    m_hasher.stop();
    m_verifying = false;
    if (m_part.isOpen()) {
        const bool empty = m_part.size() == 0;
        m_part.close();
        if (empty) {
            // Nothing to resume from: no empty part (or stale ETag) is left lying about.
            QFile::remove(partPath());
            QFile::remove(etagPath());
        }
    }
    m_done = true;
    m_error = error;
    Q_EMIT finished();
}

} // namespace ScoreDesk
