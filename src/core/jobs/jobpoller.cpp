#include "jobpoller.h"

#include "../http/httpclient.h"
#include "../http/redactor.h"
#include "../http/scheduler.h"
#include "../logging.h"
#include "../service/serviceendpoint.h"
#include "../storage/blobdownload.h"
#include "../storage/sharedkeysigner.h"

#include <QDir>
#include <QJsonDocument>

#include <memory>

namespace ScoreDesk {

JobPoller::JobPoller(HttpClient *client, JobStore *store, CredentialsLookup credentials, Scheduler *scheduler, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_store(store)
    , m_credentials(std::move(credentials))
    , m_scheduler(scheduler ? scheduler : Scheduler::system())
{
}

int JobPoller::nextIntervalMs(int currentMs)
{
    return std::min(MaxIntervalMs, currentMs + currentMs / 2);
}

void JobPoller::track(const QString &jobId)
{
    Tracked tracked;
    tracked.dueMs = m_scheduler->nowMs(); // the first look at once
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
    m_credentials(*record, [this, jobId, record](const ServiceCredentials &credentials, const QString &error) {
        if (!error.isEmpty()) {
            backOff(jobId, error, MaxBackoffMs);
            return;
        }
        HttpRequest request;
        request.url = ServiceEndpoint::parse(record->serviceUrl).jobUrl(jobId);
        request.headers = credentials.authHeaders();
        request.inactivityTimeoutMs = 30'000;
        HttpCall *call = m_client->send(request);
        connect(call, &HttpCall::finished, this, [this, call, jobId] {
            call->deleteLater();
            onStatus(jobId, call->response());
        });
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

void JobPoller::onStatus(const QString &jobId, const HttpResponse &response)
{
    if (response.transportError.isError()) {
        backOff(jobId, response.transportError.toOneLine());
        return;
    }
    if (response.status == 429 || response.status == 503) {
        const ServiceError error = ServiceError::fromHttp(response.status, response.body, response.header("Retry-After"));
        backOff(jobId, error.toOneLine(), error.retryAfterSeconds ? *error.retryAfterSeconds * 1000 : 0);
        return;
    }
    std::optional<JobRecord> record = m_store->job(jobId);
    if (!record)
        return;
    if (response.status == 404) {
        record->state = BesJobState::Failed;
        record->details = tr("The service no longer knows this job.");
        record->finishedAt = QDateTime::currentDateTimeUtc();
        m_store->save(*record);
        Q_EMIT jobChanged(jobId);
        finish(jobId, false);
        return;
    }
    BesStatus status;
    QString error;
    if (!response.isSuccess() || !decodeBesStatus(response.body, &status, &error)) {
        backOff(jobId, response.isSuccess() ? error : ServiceError::fromHttp(response.status, response.body).toOneLine());
        return;
    }
    const bool changed = record->state != status.state;
    record->state = status.state;
    record->details = status.details;
    // Result links carry a SAS, a credential: the stored copy has it masked (a resumed download
    // asks for a fresh status, with fresh links, anyway).
    record->lastStatus = Redactor().redact(response.body);
    if (status.state == BesJobState::Running && !record->startedAt.isValid())
        record->startedAt = QDateTime::currentDateTimeUtc();
    if (isFinalState(status.state) && !record->finishedAt.isValid())
        record->finishedAt = QDateTime::currentDateTimeUtc();
    // Saved first, shown second: a crash between the two loses nothing.
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
    it->intervalMs = nextIntervalMs(it->intervalMs);
    scheduleWake();
}

void JobPoller::download(const QString &jobId, const BesStatus &status)
{
    auto remaining = std::make_shared<int>(int(status.outputs.size()));
    auto failed = std::make_shared<bool>(false);
    auto downloads = std::make_shared<QJsonObject>();
    const std::optional<JobRecord> record = m_store->job(jobId);
    if (!record || status.outputs.isEmpty()) {
        finish(jobId, true);
        return;
    }
    for (const BesOutput &output : status.outputs) {
        const QString target = QDir(record->outputDir).filePath(output.name + QStringLiteral(".csv"));
        BlobDownload::Authorizer authorize;
        if (!output.account.key.isEmpty()) {
            const StorageAccount account = output.account;
            authorize = [account](HttpRequest *request) { SharedKeySigner::sign(request, account); };
        }
        auto *job = new BlobDownload(m_client, output.url, target, authorize, this);
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
