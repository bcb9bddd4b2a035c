#pragma once

#include "jobstore.h"

#include <QHash>
#include <QObject>
#include <QSet>

namespace ScoreDesk {

class HttpClient;
class JobCredentials;
class Scheduler;
struct BesStatus;

// Follows batch jobs to their end, all of them on one timer: a job is polled after 1 s, then
// less and less often up to every 30 s while it runs; a Retry-After is obeyed; network
// errors back the job off (up to a minute) but never drop it. Each new state is saved to the
// JobStore before jobChanged() announces it, and a finished job's outputs are downloaded
// (resumably) into its output folder, never over a file that is there already unless the job
// says so. Every call carries the keys of the job's own workspace (JobCredentials).
class JobPoller : public QObject
{
    Q_OBJECT
public:
    static constexpr int FirstIntervalMs = 1000;
    static constexpr int MaxIntervalMs = 30'000;
    static constexpr int MaxBackoffMs = 60'000;

    JobPoller(HttpClient *client, JobStore *store, const JobCredentials *credentials, Scheduler *scheduler = nullptr, QObject *parent = nullptr);

    // The wait before a job's first look and the longest wait between looks (a script's
    // --poll-interval sets both).
    void setIntervals(int firstMs, int maxMs);

    void track(const QString &jobId);
    void resumeAll(); // after a restart: every job that is not final or not downloaded
    bool isTracking(const QString &jobId) const { return m_tracked.contains(jobId); }
    int trackedCount() const { return int(m_tracked.size()); }

    // The next wait while a job runs: grows by half each time, up to maxMs.
    static int nextIntervalMs(int currentMs, int maxMs = MaxIntervalMs);

Q_SIGNALS:
    void jobChanged(const QString &jobId);
    // The job ended (and its outputs are downloaded, or downloadProblem says why not).
    void jobFinished(const QString &jobId, bool succeeded);
    void problem(const QString &jobId, const QString &message); // a poll or download that failed, in words

private:
    struct Tracked
    {
        qint64 dueMs = 0;
        int intervalMs = FirstIntervalMs;
        int backoffMs = FirstIntervalMs;
        bool busy = false;
    };

    void wake();
    void scheduleWake();
    void poll(const QString &jobId);
    void onStatus(const QString &jobId, const BesStatus &status, const QByteArray &body);
    void download(const QString &jobId, const BesStatus &status);
    void refuseDownload(const QString &jobId, const QString &why);
    void finish(const QString &jobId, bool succeeded);
    void backOff(const QString &jobId, const QString &message, int atLeastMs = 0);

    HttpClient *m_client;
    JobStore *m_store;
    const JobCredentials *m_credentials;
    Scheduler *m_scheduler;
    QHash<QString, Tracked> m_tracked;
    int m_firstIntervalMs = FirstIntervalMs;
    int m_maxIntervalMs = MaxIntervalMs;
    qint64 m_wakeAtMs = -1;
    quint64 m_wakeGeneration = 0;
};

} // namespace ScoreDesk
