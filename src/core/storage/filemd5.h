#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

#include <condition_variable>
#include <mutex>
#include <thread>

namespace ScoreDesk {

// The MD5 of a file, computed on a thread of its own: hashing 512 MiB takes more than a second
// of CPU, which must neither freeze a window nor hold up the network. It can follow a file that
// is still being written (a download): it hashes what is on disk so far, waits for more, and ends
// once the file is whole (setCompleteSize()), so the hash is ready as soon as the last byte is.
// The file is read, never kept in memory: a megabyte at a time whatever its size.
class FileMd5 : public QObject
{
    Q_OBJECT
public:
    explicit FileMd5(QObject *parent = nullptr);
    ~FileMd5() override;

    // completeSize < 0: the file is still growing; tell its final size later.
    void start(const QString &path, qint64 completeSize = -1);
    void setCompleteSize(qint64 size);
    // Abandons the hashing (the file was truncated, the transfer given up).
    void stop();

    bool isRunning() const { return m_thread.joinable() && !m_finished; }
    bool isFinished() const { return m_finished; }
    QByteArray md5Base64() const { return m_md5; }
    QString error() const { return m_error; }

Q_SIGNALS:
    void finished();

private:
    void run(const QString &path, quint64 generation);

    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    qint64 m_completeSize = -1; // guarded by m_mutex
    bool m_stop = false;        // guarded by m_mutex
    bool m_finished = false;
    quint64 m_generation = 0; // of the current run, on the object's thread
    QByteArray m_md5;
    QString m_error;
};

} // namespace ScoreDesk
