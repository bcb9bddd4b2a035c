#include "batchjobs.h"

#include "batchprocessor.h"
#include "featurehashingservice.h"

#include "core/storage/sasbuilder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>
#include <QUuid>

namespace ScoreDesk::Sandbox {

namespace {

const char *stateName(BatchJobs::State state)
{
    switch (state) {
    case BatchJobs::State::NotStarted:
        return "NotStarted";
    case BatchJobs::State::Running:
        return "Running";
    case BatchJobs::State::Failed:
        return "Failed";
    case BatchJobs::State::Cancelled:
        return "Cancelled";
    case BatchJobs::State::Finished:
        return "Finished";
    }
    return "NotStarted";
}

SandboxReply badArgument(const QString &detail, const QString &message)
{
    return serviceError(400, QStringLiteral("BadArgument"), detail, message);
}

SandboxReply noContent()
{
    SandboxReply reply;
    reply.status = 204;
    reply.contentType = QByteArray();
    return reply;
}

} // namespace

BatchJobs::BatchJobs(HttpClient *client, const Options &options, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_options(options)
{
}

BatchJobs::~BatchJobs() = default;

SandboxReply BatchJobs::jobNotFound(const QString &id)
{
    return serviceError(404, QStringLiteral("NotFound"), QStringLiteral("JobNotFound"), QStringLiteral("No job with id '%1'.").arg(id));
}

SandboxReply BatchJobs::submit(const QByteArray &body)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (!document.isObject())
        return badArgument(QStringLiteral("RequestBodyInvalid"), QStringLiteral("The request body must be a JSON object."));
    const QJsonObject root = document.object();
    if (root.contains(QLatin1String("Input")) && root.contains(QLatin1String("Inputs")))
        return badArgument(QStringLiteral("DuplicateInputInBatchCall"), QStringLiteral("Give either Input or Inputs, not both."));
    const QJsonObject input = root.contains(QLatin1String("Input")) ? root.value(QLatin1String("Input")).toObject()
                                                                    : root[QLatin1String("Inputs")].toObject().value(QLatin1String("input1")).toObject();
    if (input.isEmpty())
        return badArgument(QStringLiteral("MissingInputPort"), QStringLiteral("The job has no input (Input, or Inputs.input1)."));
    const QJsonObject output = root[QLatin1String("Outputs")].toObject().value(QLatin1String("output1")).toObject();
    if (output.isEmpty())
        return badArgument(QStringLiteral("MissingOutputPort"), QStringLiteral("The job needs Outputs.output1."));
    Job job;
    QString error;
    if (!BlobReference::parse(input, &job.input, &error) || !BlobReference::parse(output, &job.output, &error))
        return badArgument(QStringLiteral("InvalidBlobReference"), error);
    if (auto refusal = FeatureHashingService::readParameters(root.value(QLatin1String("GlobalParameters")).toObject(), &job.bits, &job.ngrams))
        return *refusal;
    job.id = QUuid::createUuid().toString(QUuid::Id128);
    job.created = QDateTime::currentDateTimeUtc();
    m_jobs.insert(job.id, job);
    SandboxReply reply;
    reply.body = QJsonDocument(QJsonArray{job.id}).toJson(QJsonDocument::Compact).mid(1).chopped(1); // a bare JSON string
    return reply;
}

SandboxReply BatchJobs::start(const QString &id)
{
    auto it = m_jobs.find(id);
    if (it == m_jobs.end())
        return jobNotFound(id);
    if (it->startRequested || it->state != State::NotStarted)
        return serviceError(409, QStringLiteral("Conflict"), QStringLiteral("JobAlreadyStarted"), QStringLiteral("Job '%1' was started already.").arg(id));
    it->startRequested = true;
    m_waiting.append(id);
    launchWaiting();
    return noContent();
}

void BatchJobs::launchWaiting()
{
    while (m_running < m_options.maxRunning && !m_waiting.isEmpty()) {
        const QString id = m_waiting.takeFirst();
        auto it = m_jobs.find(id);
        if (it == m_jobs.end() || it->state != State::NotStarted)
            continue;
        it->state = State::Running;
        it->started = QDateTime::currentDateTimeUtc();
        ++m_running;
        QTimer::singleShot(m_options.processingDelayMs, this, [this, id] { run(id); });
    }
}

void BatchJobs::run(const QString &id)
{
    auto it = m_jobs.find(id);
    if (it == m_jobs.end() || it->state != State::Running)
        return;
    auto *processor = new BatchProcessor(m_client, it->input, it->output, it->bits, it->ngrams, this);
    it->processor = processor;
    connect(processor, &BatchProcessor::finished, this, [this, id, processor] {
        processor->deleteLater();
        finish(id, processor->succeeded() ? State::Finished : State::Failed, processor->failure());
    });
    processor->start();
}

void BatchJobs::finish(const QString &id, State state, const QString &details)
{
    auto it = m_jobs.find(id);
    if (it == m_jobs.end() || (it->state != State::Running && it->state != State::NotStarted))
        return;
    if (it->state == State::Running)
        --m_running;
    it->state = state;
    it->details = details;
    it->ended = QDateTime::currentDateTimeUtc();
    launchWaiting();
}

SandboxReply BatchJobs::status(const QString &id) const
{
    const auto it = m_jobs.constFind(id);
    if (it == m_jobs.cend())
        return jobNotFound(id);
    QJsonObject root;
    root.insert(QStringLiteral("StatusCode"), m_options.integerStatus ? QJsonValue(int(it->state)) : QJsonValue(QString::fromLatin1(stateName(it->state))));
    if (it->state == State::Finished) {
        const StorageAccount &account = it->output.account;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QString sas = account.key.isEmpty()
            ? account.sasToken
            : SasBuilder::blobToken(account, it->output.container, it->output.blob, QStringLiteral("r"), now.addSecs(-300), now.addDays(1));
        const QJsonObject output{
            {QStringLiteral("ConnectionString"), QJsonValue::Null},
            {QStringLiteral("BaseLocation"), QString(account.blobEndpoint.toString() + QLatin1Char('/'))},
            {QStringLiteral("RelativeLocation"), QString(it->output.container + QLatin1Char('/') + it->output.blob)},
            {QStringLiteral("SasBlobToken"), QString(QLatin1Char('?') + sas)},
        };
        root.insert(QStringLiteral("Results"), QJsonObject{{QStringLiteral("output1"), output}});
    } else {
        root.insert(QStringLiteral("Results"), QJsonValue::Null);
    }
    root.insert(QStringLiteral("Details"), it->details.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(it->details));
    root.insert(QStringLiteral("CreatedAt"), it->created.toString(Qt::ISODate));
    if (it->started.isValid())
        root.insert(QStringLiteral("StartTime"), it->started.toString(Qt::ISODate));
    if (it->ended.isValid())
        root.insert(QStringLiteral("EndTime"), it->ended.toString(Qt::ISODate));
    SandboxReply reply;
    reply.body = QJsonDocument(root).toJson(QJsonDocument::Compact);
    return reply;
}

SandboxReply BatchJobs::remove(const QString &id)
{
    auto it = m_jobs.find(id);
    if (it == m_jobs.end())
        return jobNotFound(id);
    if (it->state == State::NotStarted || it->state == State::Running) {
        if (it->processor)
            it->processor->cancel();
        m_waiting.removeAll(id);
        finish(id, State::Cancelled, QStringLiteral("Cancelled by the client."));
    }
    return noContent();
}

} // namespace ScoreDesk::Sandbox
