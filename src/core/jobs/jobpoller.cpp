#include "jobpoller.h"

#include "jobcredentials.h"
#include "joboutputs.h"

#include "../http/httpclient.h"
#include "../http/scheduler.h"
#include "../logging.h"
#include "../service/bescalls.h"
#include "../storage/blobdownload.h"
#include "../storage/storagerequest.h"

#include <QFileInfo>
#include <QJsonDocument>

#include <memory>

namespace ScoreDesk {

JobPoller::JobPoller(HttpClient *client, JobStore *store, const JobCredentials *credentials, Scheduler *scheduler, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_store(store)
    , m_credentials(credentials)
    , m_scheduler(scheduler ? scheduler : Scheduler::system())
{
}

int JobPoller::nextIntervalMs(int currentMs, int maxMs)
{
    return std::min(maxMs, currentMs + currentMs / 2);
}

void JobPoller::setIntervals(int firstMs, int maxMs)
{
    m_firstIntervalMs = std::max(1, firstMs);
    m_maxIntervalMs = std::max(m_firstIntervalMs, maxMs);
}

void JobPoller::track(const QString &jobId)
{
    if (m_tracked.value(jobId).busy)
        return; // a poll or download is under way: it goes on with the job's latest record
    Tracked tracked;
    tracked.dueMs = m_scheduler->nowMs(); // the first look at once
    tracked.intervalMs = m_firstIntervalMs;
    m_tracked.insert(jobId, tracked);
    scheduleWake();
}

void JobPoller::resumeAll()
{
    for (const JobRecord &record : m_store->needingWork())
        track(record.jobId);
}

void JobPoller::scheduleWake()
{
    qint64 earliest = -1;
    for (const Tracked &tracked : std::as_const(m_tracked)) {
        if (!tracked.busy && (earliest < 0 || tracked.dueMs < earliest))
            earliest = tracked.dueMs;
    }
    if (earliest < 0 || (m_wakeAtMs >= 0 && m_wakeAtMs <= earliest))
        return;
    // One pending wake-up for all jobs; an earlier one replaces it (the old one is ignored).
    m_wakeAtMs = earliest;
    const quint64 generation = ++m_wakeGeneration;
    m_scheduler->singleShot(int(std::max<qint64>(0, earliest - m_scheduler->nowMs())), this, [this, generation] {
        if (generation == m_wakeGeneration)
            wake();
    });
}

void JobPoller::wake()
{
    m_wakeAtMs = -1;
    const qint64 now = m_scheduler->nowMs();
    const QStringList ids = m_tracked.keys();
    for (const QString &id : ids) {
        auto it = m_tracked.find(id);
        if (it != m_tracked.end() && !it->busy && it->dueMs <= now)
            poll(id);
    }
    scheduleWake();
}

void JobPoller::poll(const QString &jobId)
{
    const std::optional<JobRecord> record = m_store->job(jobId);
    if (!record) {
        m_tracked.remove(jobId);
        return;
    }
    m_tracked[jobId].busy = true;
    m_credentials->lookup(*record, this, [this, jobId, record](const WorkspaceSecrets &secrets, const QString &error) {
        if (!error.isEmpty()) {
            backOff(jobId, error, MaxBackoffMs);
            return;
        }
        auto *call = new BesJobCall(BesJobOperation::Status, m_client, ServiceEndpoint::parse(record->serviceUrl), secrets.credentials, jobId, this);
        call->setInactivityTimeoutMs(30'000);
        // No waiting inside the call: the poller's own schedule obeys Retry-After for all jobs.
        RetryPolicy once;
        once.maxRetries = 0;
        call->setRetryPolicy(once);
        connect(call, &ServiceCall::finished, this, [this, call, jobId] {
            call->deleteLater();
            const CallError &error = call->error();
            if (error.isError() && error.httpStatus == 404 && !error.isTransportFailure()) {
                std::optional<JobRecord> gone = m_store->job(jobId);
                if (!gone)
                    return;
                gone->state = BesJobState::Failed;
                gone->details = tr("The service no longer knows this job.");
                gone->finishedAt = QDateTime::currentDateTimeUtc();
                m_store->save(*gone);
                Q_EMIT jobChanged(jobId);
                finish(jobId, false);
            } else if (error.isError()) {
                backOff(jobId, error.toOneLine(), error.retryAfterSeconds ? *error.retryAfterSeconds * 1000 : 0);
            } else {
                onStatus(jobId, call->status(), call->response().body);
            }
        });
        call->start();
    });
}

void JobPoller::backOff(const QString &jobId, const QString &message, int atLeastMs)
{
    auto it = m_tracked.find(jobId);
    if (it == m_tracked.end())
        return;
    it->busy = false;
    it->backoffMs = std::min(MaxBackoffMs, it->backoffMs * 2);
    it->dueMs = m_scheduler->nowMs() + std::max(atLeastMs, it->backoffMs);
    qCInfo(lcJobs) << "job" << jobId << "polling backs off:" << message;
    Q_EMIT problem(jobId, message);
    scheduleWake();
}

void JobPoller::onStatus(const QString &jobId, const BesStatus &status, const QByteArray &body)
{
    std::optional<JobRecord> record = m_store->job(jobId);
    if (!record)
        return;
    const bool changed = record->state != status.state;
    const JobRecord before = *record;
    record->applyStatus(status, body);
    // Saved first, shown second: a crash between the two loses nothing. A running job answers
    // the same for hours: writing that again every poll would be most of the monitor's cost.
    if (changed || record->details != before.details || record->lastStatus != before.lastStatus
        || record->startedAt != before.startedAt || record->finishedAt != before.finishedAt)
        m_store->save(*record);
    if (changed)
        Q_EMIT jobChanged(jobId);

    auto it = m_tracked.find(jobId);
    if (it == m_tracked.end())
        return;
    it->backoffMs = FirstIntervalMs;
    if (status.state == BesJobState::Finished && record->needsDownload()) {
        download(jobId, status);
        return;
    }
    if (isFinalState(status.state)) {
        finish(jobId, status.state == BesJobState::Finished);
        return;
    }
    it->busy = false;
    it->dueMs = m_scheduler->nowMs() + it->intervalMs;
    it->intervalMs = nextIntervalMs(it->intervalMs, m_maxIntervalMs);
    scheduleWake();
}

void JobPoller::refuseDownload(const QString &jobId, const QString &why)
{
    std::optional<JobRecord> record = m_store->job(jobId);
    if (record) {
        record->downloadProblem = why;
        m_store->save(*record);
        Q_EMIT jobChanged(jobId);
    }
    Q_EMIT problem(jobId, why);
    finish(jobId, true);
}

void JobPoller::download(const QString &jobId, const BesStatus &status)
{
    const std::optional<JobRecord> record = m_store->job(jobId);
    if (!record || status.outputs.isEmpty()) {
        finish(jobId, true);
        return;
    }
    // Decide every target first: nothing is fetched unless all of them may be written.
    QStringList targets;
    for (const BesOutput &output : status.outputs) {
        QString target = JobOutputs::targetPath(*record, output);
        for (int n = 2; targets.contains(target); ++n) // two outputs whose names clean up alike
            target = QFileInfo(target).path() + QLatin1Char('/') + QFileInfo(target).completeBaseName() + QStringLiteral(" (%1).").arg(n)
                + QFileInfo(target).suffix();
        if (!record->replaceOutputs && QFileInfo::exists(target))
            return refuseDownload(jobId, tr("%1 is there already and was not replaced").arg(target));
        const JobOutputs::Source source = JobOutputs::sourceOf(output);
        if (!source.error.isEmpty())
            return refuseDownload(jobId, source.error);
        targets.append(target);
    }
    auto remaining = std::make_shared<int>(int(status.outputs.size()));
    auto failed = std::make_shared<bool>(false);
    auto downloads = std::make_shared<QJsonObject>();
    for (int i = 0; i < status.outputs.size(); ++i) {
        const BesOutput &output = status.outputs.at(i);
        const QString target = targets.at(i);
        const JobOutputs::Source source = JobOutputs::sourceOf(output);
        BlobDownload::Authorizer authorize;
        if (!source.account.key.isEmpty()) {
            const StorageAccount account = source.account;
            authorize = [account](HttpRequest *request) { authorizeStorageRequest(request, account); };
        }
        auto *job = new BlobDownload(m_client, source.url, target, authorize, this);
        connect(job, &BlobDownload::finished, this, [this, job, jobId, target, name = output.name, remaining, failed, downloads] {
            job->deleteLater();
            if (job->succeeded())
                downloads->insert(name, target);
            else {
                *failed = true;
                Q_EMIT problem(jobId, tr("Downloading %1 failed: %2").arg(name, job->error().toOneLine()));
            }
            if (--*remaining > 0)
                return;
            if (*failed) {
                // The part files stay; the next poll brings fresh result links and resumes.
                backOff(jobId, tr("the outputs could not all be downloaded"), MaxBackoffMs / 4);
                return;
            }
            std::optional<JobRecord> done = m_store->job(jobId);
            if (done) {
                done->downloads = *downloads;
                done->replaceOutputs = false; // the say to replace was for this download only
                m_store->save(*done);
                Q_EMIT jobChanged(jobId);
            }
            finish(jobId, true);
        });
        job->start();
    }
}

void JobPoller::finish(const QString &jobId, bool succeeded)
{
    m_tracked.remove(jobId);
    Q_EMIT jobFinished(jobId, succeeded);
}

} // namespace ScoreDesk
