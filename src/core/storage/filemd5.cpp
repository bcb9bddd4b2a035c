#include "filemd5.h"

#include <QCryptographicHash>
#include <QFile>

#include <chrono>

namespace ScoreDesk {

namespace {

constexpr qint64 ChunkBytes = 1024 * 1024;
// How often a follower looks for more of a growing file when it has caught up with it.
constexpr auto FollowInterval = std::chrono::milliseconds(20);

} // namespace

FileMd5::FileMd5(QObject *parent)
    : QObject(parent)
{
}

FileMd5::~FileMd5()
{
    stop();
}

void FileMd5::start(const QString &path, qint64 completeSize)
{
    stop();
    m_finished = false;
    m_md5.clear();
    m_error.clear();
    m_completeSize = completeSize;
    m_stop = false;
    const quint64 generation = ++m_generation;
    m_thread = std::thread([this, path, generation] { run(path, generation); });
}

void FileMd5::setCompleteSize(qint64 size)
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_completeSize = size;
    }
    m_changed.notify_all();
}

void FileMd5::stop()
{
    if (!m_thread.joinable())
        return;
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_stop = true;
    }
    m_changed.notify_all();
    m_thread.join();
    ++m_generation; // a result the thread posted already is dropped when it arrives
    m_finished = false;
}

void FileMd5::run(const QString &path, quint64 generation)
{
    QCryptographicHash md5(QCryptographicHash::Md5);
    QString error;
    QFile file(path);
    QByteArray chunk(ChunkBytes, Qt::Uninitialized);
    qint64 hashed = 0;
    if (!file.open(QIODevice::ReadOnly))
        error = file.errorString();
    while (error.isEmpty()) {
        const qint64 n = file.read(chunk.data(), ChunkBytes);
        if (n < 0) {
            error = file.errorString();
            break;
        }
        if (n > 0) {
            md5.addData(QByteArrayView(chunk.constData(), n));
            hashed += n;
        }
        std::unique_lock<std::mutex> lock(m_mutex);
        if (m_stop)
            return;
        if (m_completeSize >= 0 && hashed >= m_completeSize) {
            if (hashed > m_completeSize)
                error = QStringLiteral("%1 has more bytes than expected").arg(path);
            break;
        }
        if (n == 0)
            m_changed.wait_for(lock, FollowInterval); // caught up with a file still being written
    }
    const QByteArray result = error.isEmpty() ? md5.result().toBase64() : QByteArray();
    // Back on the object's own thread; a result of a run that was stopped (and maybe replaced by
    // a new one) in the meantime is dropped.
    QMetaObject::invokeMethod(this, [this, result, error, generation] {
        if (generation != m_generation || m_finished)
            return;
        m_md5 = result;
        m_error = error;
        m_finished = true;
        Q_EMIT finished();
}, Qt::QueuedConnection);
}

} // namespace ScoreDesk
