#include "batchrunner.h"

#include "jobcredentials.h"
#include "joboutputs.h"
#include "jobpoller.h"
#include "jobstore.h"

#include "../service/bescalls.h"
#include "../storage/blobdelete.h"
#include "../storage/blobupload.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>

namespace ScoreDesk {

namespace {

CallError keysError(const QString &message)
{
    return CallError::transport(CallError::Kind::Keys, message);
}

QString defaultOutputName()
{
    return QStringLiteral("output1");
}

} // namespace

// --- BatchSubmitJob ----------------------------------------------------------------------

BatchSubmitJob::BatchSubmitJob(BatchRunner *runner, const BatchJobPlan &plan, const QString &pendingId)
    : QObject(runner)
    , m_runner(runner)
    , m_plan(plan)
    , m_pendingId(pendingId)
{
    if (m_plan.tag.isEmpty())
        m_plan.tag = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss")) + QLatin1Char('-')
            + QUuid::createUuid().toString(QUuid::Id128).left(6);
    if (m_plan.remember && m_pendingId.isEmpty()) {
        // Written before any byte goes out: a kill from here on loses nothing.
        m_pendingId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        m_runner->store()->savePendingSubmission(m_pendingId, m_plan.toJson());
    }
}

void BatchSubmitJob::forget()
{
    if (!m_pendingId.isEmpty())
        m_runner->store()->removePendingSubmission(m_pendingId);
    m_pendingId.clear();
}

void BatchSubmitJob::setStage(Stage stage)
{
    m_stage = stage;
    Q_EMIT stageChanged(stage);
}

void BatchSubmitJob::cancel()
{
    if (m_stage == Stage::Done || m_cancelled)
        return;
    m_cancelled = true;
    if (m_upload)
        m_upload->cancel();
    else if (m_call)
        m_call->cancel();
}

void BatchSubmitJob::end(const CallError &error)
{
    if (m_stage == Stage::Done)
        return;
    // Ended, one way or another: unless only the keys were missing (the keychain may answer
    // after the next start), it is no longer pending.
    if (error.kind != CallError::Kind::Keys)
        forget();
    m_error = error;
    setStage(Stage::Done);
    Q_EMIT finished();
}

void BatchSubmitJob::removeUploadThenEnd(const CallError &error)
{
    // The input was uploaded for this job only, and the job never came to be: take it away
    // again rather than leave it behind in the user's storage.
    if (m_uploadedBlob.isEmpty())
        return end(error);
    const StorageAccount account = StorageAccount::fromConnectionString(m_secrets.storageConnectionString);
    auto *removal = new BlobDelete(m_runner->client(), account, m_uploadedBlob.section(QLatin1Char('/'), 0, 0),
                                   m_uploadedBlob.section(QLatin1Char('/'), 1), this);
    connect(removal, &BlobDelete::finished, this, [this, removal, error] {
        removal->deleteLater();
        end(error);
    });
    removal->start();
}

void BatchSubmitJob::follow(ServiceCall *call)
{
    m_call = call;
    connect(call, &ServiceCall::retryScheduled, this, &BatchSubmitJob::retryScheduled);
}

void BatchSubmitJob::begin()
{
    if (m_plan.endpoint.isOnlineEndpoint()) {
        // Azure ML's batch endpoints are another protocol; an online endpoint has no jobs.
        return end(CallError::transport(CallError::Kind::Invalid,
                                        QCoreApplication::translate("BatchRunner", "batch jobs are for classic web services: an online endpoint scores "
                                                                                   "by request/response only (use the Request / Response page or rrs)")));
    }
    setStage(Stage::Keys);
    m_runner->credentials()->lookup(m_plan.workspaceId, m_plan.endpoint.location().toString(), this,
                                    [this](const WorkspaceSecrets &secrets, const QString &error) {
                                        if (!error.isEmpty())
                                            return end(keysError(error));
                                        m_secrets = secrets;
                                        if (m_plan.inputFile.isEmpty())
                                            submit();
                                        else
                                            upload();
                                    });
}

void BatchSubmitJob::upload()
{
    QString problem;
    const StorageAccount account = StorageAccount::fromConnectionString(m_secrets.storageConnectionString, &problem);
    if (m_secrets.storageConnectionString.isEmpty() || !account.isValid())
        return end(keysError(tr("there is no usable storage connection string for \"%1\"%2")
                                 .arg(m_plan.workspaceName.isEmpty() ? m_plan.endpoint.location().host() : m_plan.workspaceName,
                                      problem.isEmpty() ? QString() : QStringLiteral(": ") + problem)));
    setStage(Stage::Uploading);
    // Named after the file's path, size and time: the same file uploads to the same blob, so an
    // upload cut short (a kill, a crash) goes on from the blocks the service holds already.
    const QFileInfo file(m_plan.inputFile);
    const QByteArray version = file.absoluteFilePath().toUtf8() + '\n' + QByteArray::number(file.size()) + '\n'
        + QByteArray::number(file.lastModified().toMSecsSinceEpoch());
    const QString blob = QStringLiteral("scoredesk/inputs/%1/%2")
                             .arg(QString::fromLatin1(QCryptographicHash::hash(version, QCryptographicHash::Sha1).toHex().left(16)),
                                  safeFileName(file.fileName()));
    m_upload = new BlobUpload(m_runner->client(), account, m_plan.container, blob, m_plan.inputFile, this);
    connect(m_upload, &BlobUpload::progress, this, &BatchSubmitJob::uploadProgress);
    connect(m_upload, &BlobUpload::finished, this, [this, blob] {
        m_upload->deleteLater();
        if (!m_upload->succeeded())
            return end(m_upload->error());
        m_uploadedBlob = m_plan.container + QLatin1Char('/') + blob;
        m_plan.inputBlob = m_uploadedBlob;
        if (m_cancelled)
            return removeUploadThenEnd(CallError::transport(CallError::Kind::Cancelled, tr("cancelled")));
        submit();
    });
    m_upload->start();
}

void BatchSubmitJob::submit()
{
    if (m_secrets.storageConnectionString.isEmpty())
        return end(keysError(tr("the job needs a storage connection string for its input and outputs")));
    setStage(Stage::Submitting);
    QString outputBlob = m_plan.outputBlob;
    if (outputBlob.isEmpty())
        outputBlob = QStringLiteral("%1/scoredesk/%2/%3.csv").arg(m_plan.container, m_plan.tag, defaultOutputName());
    BesSubmission submission;
    submission.input = {m_secrets.storageConnectionString, m_plan.inputBlob};
    submission.outputs.insert(defaultOutputName(), {m_secrets.storageConnectionString, outputBlob});
    submission.globalParameters = m_plan.parameters;
    auto *call = new BesSubmitCall(m_runner->client(), m_plan.endpoint, m_secrets.credentials, submission, this);
    follow(call);
    connect(call, &ServiceCall::finished, this, [this, call] {
        call->deleteLater();
        if (!call->succeeded())
            return removeUploadThenEnd(call->error());
        m_jobId = call->jobId();
        record();
    });
    call->start();
}

void BatchSubmitJob::record()
{
    JobRecord record;
    record.jobId = m_jobId;
    record.workspaceId = m_plan.workspaceId;
    record.workspaceName = m_plan.workspaceName;
    record.serviceUrl = m_plan.endpoint.location().toString();
    record.inputFile = m_plan.inputFile.isEmpty() ? QString() : QFileInfo(m_plan.inputFile).absoluteFilePath();
    record.inputBlob = m_plan.inputBlob;
    record.parameters = m_plan.parameters;
    record.submittedAt = QDateTime::currentDateTimeUtc();
    record.replaceOutputs = m_plan.replaceOutputs;
    const QString folder = QFileInfo(m_plan.outputFolder).absoluteFilePath();
    record.outputDir = m_plan.folderPerJob
        ? JobOutputs::freeFolder(folder, JobOutputs::folderName(m_plan.workspaceName.isEmpty() ? m_plan.endpoint.service() : m_plan.workspaceName,
                                                                record.submittedAt, m_jobId))
        : folder;
    QString error;
    // Written before anything shows it: a crash from here on loses nothing. From now on the job
    // list has it; the submission is no longer pending.
    if (!m_runner->store()->save(record, &error))
        return end(CallError::transport(CallError::Kind::File, tr("job %1 was submitted but cannot be kept in the job list: %2").arg(m_jobId, error)));
    forget();
    Q_EMIT submitted(m_jobId);
    if (!m_plan.startNow) {
        m_runner->poller()->track(m_jobId);
        return end();
    }
    start();
}

void BatchSubmitJob::start()
{
    setStage(Stage::Starting);
    auto *call = new BesJobCall(BesJobOperation::Start, m_runner->client(), m_plan.endpoint, m_secrets.credentials, m_jobId, this);
    follow(call);
    connect(call, &ServiceCall::finished, this, [this, call] {
        call->deleteLater();
        m_runner->poller()->track(m_jobId); // started or not, the job list follows what it does
        end(call->error());
    });
    call->start();
}

// --- BatchActionJob ------------------------------------------------------------------------

BatchActionJob::BatchActionJob(const QString &jobId, QObject *parent)
    : QObject(parent)
    , m_jobId(jobId)
{
}

void BatchActionJob::end(const CallError &error)
{
    m_error = error;
    m_done = true;
    Q_EMIT finished();
}

// --- BatchRunner ---------------------------------------------------------------------------

BatchRunner::BatchRunner(HttpClient *client, JobStore *store, const JobCredentials *credentials, JobPoller *poller, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_store(store)
    , m_credentials(credentials)
    , m_poller(poller)
{
}

BatchSubmitJob *BatchRunner::submit(const BatchJobPlan &plan)
{
    auto *job = new BatchSubmitJob(this, plan, QString());
    // Started from the event loop, so that the caller connects its signals first.
    QMetaObject::invokeMethod(job, &BatchSubmitJob::begin, Qt::QueuedConnection);
    return job;
}

QList<BatchSubmitJob *> BatchRunner::resumePending()
{
    QList<BatchSubmitJob *> jobs;
    const QList<QPair<QString, QJsonObject>> pending = m_store->pendingSubmissions();
    for (const auto &submission : pending) {
        auto *job = new BatchSubmitJob(this, BatchJobPlan::fromJson(submission.second), submission.first);
        QMetaObject::invokeMethod(job, &BatchSubmitJob::begin, Qt::QueuedConnection);
        jobs.append(job);
    }
    return jobs;
}

QJsonObject BatchJobPlan::toJson() const
{
    return QJsonObject{
        {QStringLiteral("workspaceId"), workspaceId.toString(QUuid::WithoutBraces)},
        {QStringLiteral("workspaceName"), workspaceName},
        {QStringLiteral("serviceUrl"), endpoint.location().toString()},
        {QStringLiteral("apiVersion"), endpoint.apiVersion()},
        {QStringLiteral("inputFile"), inputFile},
        {QStringLiteral("inputBlob"), inputBlob},
        {QStringLiteral("container"), container},
        {QStringLiteral("outputBlob"), outputBlob},
        {QStringLiteral("outputFolder"), outputFolder},
        {QStringLiteral("folderPerJob"), folderPerJob},
        {QStringLiteral("replaceOutputs"), replaceOutputs},
        {QStringLiteral("parameters"), parameters},
        {QStringLiteral("startNow"), startNow},
        {QStringLiteral("tag"), tag},
    };
}

BatchJobPlan BatchJobPlan::fromJson(const QJsonObject &object)
{
    BatchJobPlan plan;
    plan.workspaceId = QUuid::fromString(object.value(QLatin1String("workspaceId")).toString());
    plan.workspaceName = object.value(QLatin1String("workspaceName")).toString();
    plan.endpoint = ServiceEndpoint::parse(object.value(QLatin1String("serviceUrl")).toString());
    plan.endpoint.setApiVersion(object.value(QLatin1String("apiVersion")).toString(QStringLiteral("2.0")));
    plan.inputFile = object.value(QLatin1String("inputFile")).toString();
    plan.inputBlob = object.value(QLatin1String("inputBlob")).toString();
    plan.container = object.value(QLatin1String("container")).toString();
    plan.outputBlob = object.value(QLatin1String("outputBlob")).toString();
    plan.outputFolder = object.value(QLatin1String("outputFolder")).toString();
    plan.folderPerJob = object.value(QLatin1String("folderPerJob")).toBool(true);
    plan.replaceOutputs = object.value(QLatin1String("replaceOutputs")).toBool();
    plan.parameters = object.value(QLatin1String("parameters")).toObject();
    plan.startNow = object.value(QLatin1String("startNow")).toBool(true);
    plan.tag = object.value(QLatin1String("tag")).toString();
    plan.remember = true;
    return plan;
}

QStringList BatchRunner::plannedOutputFiles(const BatchJobPlan &plan)
{
    if (plan.folderPerJob)
        return {}; // a new folder of its own
    return {QDir(QFileInfo(plan.outputFolder).absoluteFilePath()).filePath(defaultOutputName() + QStringLiteral(".csv"))};
}

BatchActionJob *BatchRunner::start(const QString &jobId)
{
    return act(BesJobOperation::Start, jobId);
}

BatchActionJob *BatchRunner::cancel(const QString &jobId)
{
    return act(BesJobOperation::Cancel, jobId);
}

BatchActionJob *BatchRunner::act(BesJobOperation action, const QString &jobId)
{
    auto *job = new BatchActionJob(jobId, this);
    std::optional<JobRecord> record = m_store->job(jobId);
    auto refuse = [job](const QString &message) {
        QMetaObject::invokeMethod(job, [job, message] { job->end(CallError::transport(CallError::Kind::Invalid, message)); }, Qt::QueuedConnection);
        return job;
    };
    if (!record)
        return refuse(tr("job %1 is not in the job list").arg(jobId));
    if (action == BesJobOperation::Start && record->state != BesJobState::NotStarted)
        return refuse(tr("job %1 has started already").arg(jobId));
    if (action == BesJobOperation::Cancel && record->isFinal())
        return refuse(tr("job %1 has ended already").arg(jobId));
    if (action == BesJobOperation::Cancel) {
        // Remembered first, so that the Cancelled state that follows reads as the user's doing.
        record->cancelRequested = true;
        m_store->save(*record);
    }
    // From the event loop, so that the caller has connected to the job before it can end.
    QMetaObject::invokeMethod(job, [this, job, action, record = *record] {
        m_credentials->lookup(record, job, [this, job, action, record](const WorkspaceSecrets &secrets, const QString &error) {
            if (!error.isEmpty())
                return job->end(keysError(error));
            const ServiceEndpoint endpoint = ServiceEndpoint::parse(record.serviceUrl);
            auto *call = new BesJobCall(action, m_client, endpoint, secrets.credentials, record.jobId, job);
            connect(call, &ServiceCall::retryScheduled, job, &BatchActionJob::retryScheduled);
            connect(call, &ServiceCall::finished, job, [this, job, call] {
                call->deleteLater();
                if (call->succeeded())
                    m_poller->track(job->jobId()); // the next status says Running, or Cancelled
                job->end(call->error());
            });
            call->start();
        });
    }, Qt::QueuedConnection);
    return job;
}

bool BatchRunner::download(const QString &jobId, bool replace, QString *error)
{
    std::optional<JobRecord> record = m_store->job(jobId);
    if (!record || record->state != BesJobState::Finished) {
        *error = tr("job %1 has not finished, so it has no outputs yet").arg(jobId);
        return false;
    }
    record->downloads = QJsonObject();
    record->downloadProblem.clear();
    record->replaceOutputs = replace;
    if (!m_store->save(*record, error))
        return false;
    m_poller->track(jobId);
    return true;
}

} // namespace ScoreDesk
