#pragma once

#include "blobreference.h"
#include "sandboxreply.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>

namespace ScoreDesk {
class HttpClient;
}

namespace ScoreDesk::Sandbox {

class BatchProcessor;

// The sandbox's batch execution service (wire-protocols §2): submit, start, status and
// delete, with at most maxRunning jobs at work and the rest waiting their turn.
class BatchJobs : public QObject
{
    Q_OBJECT
public:
    enum class State { NotStarted, Running, Failed, Cancelled, Finished };

    struct Options
    {
        int maxRunning = 40;     // the classic service's limit per endpoint
        int processingDelayMs = 1500; // so that a client sees its jobs running
        bool integerStatus = false;   // StatusCode as 0..4 instead of names
    };

    BatchJobs(HttpClient *client, const Options &options, QObject *parent = nullptr);
    ~BatchJobs() override;

    SandboxReply submit(const QByteArray &body);
    SandboxReply start(const QString &id);
    SandboxReply status(const QString &id) const;
    SandboxReply remove(const QString &id);

    int runningCount() const { return m_running; }

private:
    struct Job
    {
        QString id;
        State state = State::NotStarted;
        BlobReference input;
        BlobReference output;
        int bits = 3;
        int ngrams = 2;
        bool startRequested = false;
        QString details;
        QDateTime created;
        QDateTime started;
        QDateTime ended;
        QPointer<BatchProcessor> processor;
    };

    void launchWaiting();
    void run(const QString &id);
    void finish(const QString &id, State state, const QString &details);
    static SandboxReply jobNotFound(const QString &id);

    HttpClient *m_client;
    Options m_options;
    QHash<QString, Job> m_jobs;
    QStringList m_waiting; // started by the client, waiting for a free slot
    int m_running = 0;
};

} // namespace ScoreDesk::Sandbox
