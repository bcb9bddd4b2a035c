#pragma once

#include "blobreference.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QTemporaryDir>

#include <atomic>
#include <memory>

namespace ScoreDesk {
class HttpClient;
}

namespace ScoreDesk::Sandbox {

// Runs one batch job of the feature-hashing experiment: downloads the input blob (CSV), hashes
// it row by row to a local file, and uploads that as output1, all through core/storage, so
// memory stays flat whatever the input's size. The hashing runs on a worker thread: the
// sandbox keeps answering status calls while a large job is worked on, as a real service does.
class BatchProcessor : public QObject
{
    Q_OBJECT
public:
    BatchProcessor(HttpClient *client, const BlobReference &input, const BlobReference &output, int bits, int ngrams,
                   QObject *parent = nullptr);
    ~BatchProcessor() override;

    void start();
    void cancel();

    bool succeeded() const { return m_failure.isEmpty(); }
    QString failure() const { return m_failure; } // the Details of a failed job
    qint64 rows() const { return m_rows; }

Q_SIGNALS:
    void finished();

private:
    void process(const QString &inputPath);
    void upload(const QString &outputPath);
    void fail(const QString &details);

    HttpClient *m_client;
    BlobReference m_input;
    BlobReference m_output;
    int m_bits;
    int m_ngrams;
    QTemporaryDir m_work;
    QPointer<QObject> m_transfer;
    QString m_failure;
    qint64 m_rows = 0;
    std::shared_ptr<std::atomic_bool> m_cancelled = std::make_shared<std::atomic_bool>(false);
    bool m_done = false;
};

} // namespace ScoreDesk::Sandbox
