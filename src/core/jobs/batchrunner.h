#pragma once

#include "jobrecord.h"

#include "../errors/callerror.h"
#include "../service/bescalls.h"
#include "../service/serviceendpoint.h"
#include "../workspace/workspacemanager.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QUuid>

namespace ScoreDesk {

class BatchRunner;
class BlobUpload;
class HttpClient;
class JobCredentials;
class JobPoller;
class JobStore;
class ServiceCall;

// A new batch job: where its input comes from, where its outputs go, with which parameters.
struct BatchJobPlan
{
    QUuid workspaceId; // null for a service with no saved workspace (the CLI's --url)
    QString workspaceName;
    ServiceEndpoint endpoint;
    QString inputFile;    // a local file to upload, or
    QString inputBlob;    // "container/path" of an input already in storage
    QString container;    // where an upload goes, and the outputs by default
    QString outputBlob;   // "container/path"; empty: <container>/scoredesk/<tag>/output1.csv
    QString outputFolder; // where the outputs are downloaded
    // True (the GUI): each job gets a folder of its own inside outputFolder, so that no job's
    // outputs meet another's. False (the CLI's --output-dir): outputFolder itself.
    bool folderPerJob = true;
    bool replaceOutputs = false; // files already there may be replaced
    QJsonObject parameters;
    bool startNow = true;
    // Kept in the job list before the upload begins, and taken up again by resumePending()
    // after a crash or a kill (the desktop app does so; a script simply runs its command again).
    bool remember = false;
    // Names this submission's blobs; made at the first start and kept across restarts.
    QString tag;

    QJsonObject toJson() const; // no secret in it
    static BatchJobPlan fromJson(const QJsonObject &object);
};

// One submission under way: upload → submit → record → (start). Made by BatchRunner::submit.
class BatchSubmitJob : public QObject
{
    Q_OBJECT
public:
    enum class Stage { Keys, Uploading, Submitting, Starting, Done };
    Q_ENUM(Stage)

    Stage stage() const { return m_stage; }
    // Set once the service has the job (and it is in the job list), even if starting failed.
    const QString &jobId() const { return m_jobId; }
    bool isFinished() const { return m_stage == Stage::Done; }
    bool succeeded() const { return m_stage == Stage::Done && !m_error.isError(); }
    const CallError &error() const { return m_error; }
    void cancel();

Q_SIGNALS:
    void stageChanged(ScoreDesk::BatchSubmitJob::Stage stage);
    void uploadProgress(qint64 sent, qint64 total);
    // A call was answered 429/503: it goes out again in delayMs (for a countdown).
    void retryScheduled(int retry, int delayMs, int status);
    void submitted(const QString &jobId); // saved in the job list, not yet started
    void finished();

private:
    friend class BatchRunner;
    BatchSubmitJob(BatchRunner *runner, const BatchJobPlan &plan, const QString &pendingId);

    void begin();
    void upload();
    void submit();
    void record();
    void start();
    void setStage(Stage stage);
    void end(const CallError &error = {});
    void removeUploadThenEnd(const CallError &error);
    void forget(); // the remembered submission has come to its end
    void follow(ServiceCall *call);

    BatchRunner *m_runner;
    BatchJobPlan m_plan;
    WorkspaceSecrets m_secrets;
    QString m_pendingId; // its row among the remembered submissions, when remembered
    QString m_uploadedBlob; // container/path of our own upload, removed again if the job never came to be
    QString m_jobId;
    Stage m_stage = Stage::Keys;
    CallError m_error;
    QPointer<BlobUpload> m_upload;
    QPointer<ServiceCall> m_call;
    bool m_cancelled = false;
};

// Start or cancel of a job in the list. Made by BatchRunner::start and ::cancel.
class BatchActionJob : public QObject
{
    Q_OBJECT
public:
    const QString &jobId() const { return m_jobId; }
    bool isFinished() const { return m_done; }
    bool succeeded() const { return m_done && !m_error.isError(); }
    const CallError &error() const { return m_error; }

Q_SIGNALS:
    void retryScheduled(int retry, int delayMs, int status);
    void finished();

private:
    friend class BatchRunner;
    explicit BatchActionJob(const QString &jobId, QObject *parent);
    void end(const CallError &error = {});

    QString m_jobId;
    CallError m_error;
    bool m_done = false;
};

// The batch path that the Batch Jobs page and `scoredesk-cli bes` share: every batch request is
// built here and in the call classes of service/bescalls.h, nowhere else. Keys come from the job
// record's own workspace on every call (JobCredentials); jobs are followed by the JobPoller.
// Every job object it returns is parented to the runner; delete it when done with it.
class BatchRunner : public QObject
{
    Q_OBJECT
public:
    BatchRunner(HttpClient *client, JobStore *store, const JobCredentials *credentials, JobPoller *poller, QObject *parent = nullptr);

    BatchSubmitJob *submit(const BatchJobPlan &plan);
    // Takes up every remembered submission that had not reached the service when the app
    // stopped: its upload goes on from the blocks already sent, then it is submitted (and
    // started) as planned.
    QList<BatchSubmitJob *> resumePending();
    BatchActionJob *start(const QString &jobId);
    BatchActionJob *cancel(const QString &jobId);
    // Fetches a finished job's outputs again; replace says files already there may be replaced.
    bool download(const QString &jobId, bool replace, QString *error);

    // The outputs a plan will download, by the names it submits: what the CLI checks before
    // it uploads anything.
    static QStringList plannedOutputFiles(const BatchJobPlan &plan);

    HttpClient *client() const { return m_client; }
    JobStore *store() const { return m_store; }
    const JobCredentials *credentials() const { return m_credentials; }
    JobPoller *poller() const { return m_poller; }

private:
    BatchActionJob *act(BesJobOperation action, const QString &jobId);

    HttpClient *m_client;
    JobStore *m_store;
    const JobCredentials *m_credentials;
    JobPoller *m_poller;
};

} // namespace ScoreDesk
