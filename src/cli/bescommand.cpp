#include "bescommand.h"

#include "clicontext.h"
#include "cliworkspaces.h"
#include "exitcodes.h"

#include "core/http/httpclient.h"
#include "core/http/redactor.h"
#include "core/jobs/jobpoller.h"
#include "core/service/bescodec.h"
#include "core/service/serviceendpoint.h"
#include "core/storage/blobdownload.h"
#include "core/storage/blobupload.h"
#include "core/storage/sharedkeysigner.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QTimer>
#include <QUuid>

#include <cstdio>
#include <unistd.h>

namespace ScoreDesk::Cli {

namespace {

struct BesRun
{
    QString command;
    QString jobId;
    QUuid workspaceId;
    QString workspaceName;
    ServiceEndpoint endpoint;
    ServiceCredentials credentials;
    QString storage;
    QString container;
    QString input;
    QString outputDir = QStringLiteral(".");
    QJsonObject parameters;
    int pollSeconds = 2;
    int timeoutSeconds = 3600;
};

HttpResponse call(HttpClient *client, const QByteArray &method, const QUrl &url, const ServiceCredentials &credentials, const QByteArray &body = {})
{
    HttpRequest request;
    request.method = method;
    request.url = url;
    request.headers = credentials.authHeaders();
    if (!body.isEmpty())
        request.headers.emplaceBack("Content-Type", "application/json");
    request.body = body;
    HttpCall *http = client->send(request);
    QEventLoop loop;
    QObject::connect(http, &HttpCall::finished, &loop, &QEventLoop::quit);
    if (!http->isFinished())
        loop.exec();
    const HttpResponse response = http->response();
    http->deleteLater();
    return response;
}

ServiceError errorOf(const HttpResponse &response)
{
    return response.transportError.isError() ? response.transportError
                                             : ServiceError::fromHttp(response.status, response.body, response.header("Retry-After"));
}

int parse(const QStringList &arguments, BesRun *run)
{
    QCommandLineParser parser;
    const QCommandLineOption workspace(QStringLiteral("workspace"), QStringLiteral("Saved workspace."), QStringLiteral("NAME"));
    const QCommandLineOption url(QStringLiteral("url"), QStringLiteral("API location."), QStringLiteral("URL"));
    const QCommandLineOption apiKeyEnv(QStringLiteral("api-key-env"), QStringLiteral("Variable holding the API key."), QStringLiteral("VAR"));
    const QCommandLineOption subscriptionEnv(QStringLiteral("subscription-key-env"), QStringLiteral("Variable holding the gateway key."), QStringLiteral("VAR"));
    const QCommandLineOption storageEnv(QStringLiteral("storage-env"), QStringLiteral("Variable holding the storage connection string."), QStringLiteral("VAR"));
    const QCommandLineOption container(QStringLiteral("container"), QStringLiteral("Blob container for input and outputs."), QStringLiteral("NAME"));
    const QCommandLineOption input(QStringLiteral("input"), QStringLiteral("Input file (CSV)."), QStringLiteral("FILE"));
    const QCommandLineOption outputDir(QStringLiteral("output-dir"), QStringLiteral("Where outputs go, as NAME.csv."), QStringLiteral("DIR"), QStringLiteral("."));
    const QCommandLineOption param(QStringLiteral("param"), QStringLiteral("Global parameter."), QStringLiteral("NAME=VALUE"));
    const QCommandLineOption poll(QStringLiteral("poll-interval"), QStringLiteral("Seconds between status checks."), QStringLiteral("SECONDS"), QStringLiteral("2"));
    const QCommandLineOption timeout(QStringLiteral("timeout"), QStringLiteral("Give up after this many seconds."), QStringLiteral("SECONDS"), QStringLiteral("3600"));
    const QCommandLineOption job(QStringLiteral("job"), QStringLiteral("Job id."), QStringLiteral("ID"));
    parser.addOptions({workspace, url, apiKeyEnv, subscriptionEnv, storageEnv, container, input, outputDir, param, poll, timeout, job});
    auto usage = [](const QString &message) {
        printError(message);
        return int(UsageError);
    };
    if (!parser.parse(QStringList{QStringLiteral("scoredesk-cli bes ") + run->command} + arguments))
        return usage(parser.errorText());
    if (run->command == QLatin1String("list"))
        return -1; // the local job list needs no service
    QString error;
    if (parser.isSet(workspace)) {
        Workspace saved;
        WorkspaceSecrets secrets;
        const int failed = workspaceForCall(parser.value(workspace), &saved, &secrets);
        if (failed >= 0)
            return failed;
        run->endpoint = saved.endpoint();
        error = saved.validate(); // a hand-edited workspace file can hold anything
        run->workspaceId = saved.id;
        run->workspaceName = saved.name;
        run->credentials = secrets.credentials;
        run->storage = secrets.storageConnectionString;
        run->container = saved.defaultContainer;
    } else {
        if (!parser.isSet(url) || !parser.isSet(apiKeyEnv))
            return usage(QStringLiteral("bes run needs --workspace NAME, or --url URL with --api-key-env VAR"));
        run->endpoint = ServiceEndpoint::parse(parser.value(url), &error);
        if (!secretFromEnvironment(parser.value(apiKeyEnv), &run->credentials.apiKey, &error)
            || !secretFromEnvironment(parser.value(subscriptionEnv), &run->credentials.subscriptionKey, &error))
            return usage(error);
    }
    if (!run->endpoint.isValid())
        return usage(QStringLiteral("--url: ") + error);
    run->outputDir = QFileInfo(parser.value(outputDir)).absoluteFilePath();
    run->jobId = parser.value(job);
    const bool uploads = run->command == QLatin1String("run") || run->command == QLatin1String("submit");
    if (!uploads && run->jobId.isEmpty())
        return usage(QStringLiteral("bes %1 needs --job ID").arg(run->command));
    if (uploads) {
        if (parser.isSet(storageEnv) && !secretFromEnvironment(parser.value(storageEnv), &run->storage, &error))
            return usage(error);
        if (run->storage.isEmpty())
            return usage(QStringLiteral("bes %1 needs --storage-env VAR (or a workspace with a storage connection string)").arg(run->command));
        if (parser.isSet(container))
            run->container = parser.value(container);
        if (run->container.isEmpty())
            return usage(QStringLiteral("bes %1 needs --container NAME (or a workspace with a default container)").arg(run->command));
        if (!parser.isSet(input) || !QFileInfo(parser.value(input)).isReadable())
            return usage(QStringLiteral("bes %1 needs --input FILE that can be read").arg(run->command));
        run->input = parser.value(input);
    }
    bool ok = false;
    run->pollSeconds = parser.value(poll).toInt(&ok);
    if (!ok || run->pollSeconds <= 0)
        return usage(QStringLiteral("--poll-interval must be a positive number of seconds"));
    run->timeoutSeconds = parser.value(timeout).toInt(&ok);
    if (!ok || run->timeoutSeconds <= 0)
        return usage(QStringLiteral("--timeout must be a positive number of seconds"));
    for (const QString &pair : parser.values(param)) {
        const qsizetype equals = pair.indexOf(QLatin1Char('='));
        if (equals <= 0)
            return usage(QStringLiteral("--param takes NAME=VALUE, got '%1'").arg(pair));
        run->parameters.insert(pair.left(equals), pair.mid(equals + 1));
    }
    return -1;
}

void say(const QString &line)
{
    std::fprintf(stdout, "%s\n", line.toUtf8().constData());
    std::fflush(stdout);
}


// Follows a job with the JobPoller until its end (outputs downloaded), printing each change.
int followJob(JobStore *store, HttpClient *client, const BesRun &run, QElapsedTimer *clock)
{
    const ServiceCredentials credentials = run.credentials;
    JobPoller poller(client, store, [credentials](const JobRecord &, auto answer) { answer(credentials, QString()); });
    QEventLoop loop;
    int exitCode = Success;
    auto elapsed = [clock] { return QStringLiteral("%1s").arg(clock->elapsed() / 1000.0, 0, 'f', 1); };
    QObject::connect(&poller, &JobPoller::jobChanged, &loop, [&](const QString &id) {
        const std::optional<JobRecord> record = store->job(id);
        if (record)
            say(QStringLiteral("[%1] %2").arg(elapsed(), besJobStateName(record->state)));
    });
    QObject::connect(&poller, &JobPoller::problem, &loop, [&](const QString &, const QString &message) {
        if (isatty(fileno(stderr)))
            printError(message);
    });
    QObject::connect(&poller, &JobPoller::jobFinished, &loop, [&](const QString &id, bool succeeded) {
        const std::optional<JobRecord> record = store->job(id);
        if (!succeeded || !record) {
            printError(QStringLiteral("job %1 %2: %3").arg(id, record ? besJobStateName(record->state).toLower() : QStringLiteral("failed"),
                                                            record && !record->details.isEmpty() ? record->details : QStringLiteral("no details")));
            exitCode = Rejected;
        } else {
            for (auto it = record->downloads.begin(); it != record->downloads.end(); ++it)
                say(QStringLiteral("[%1] downloaded %2 to %3").arg(elapsed(), it.key(), it.value().toString()));
        }
        loop.quit();
    });
    QTimer::singleShot(qint64(run.timeoutSeconds) * 1000, &loop, [&] {
        printError(QStringLiteral("job %1 did not finish within %2 s (it goes on; follow it with bes download --job %1)").arg(run.jobId).arg(run.timeoutSeconds));
        exitCode = NetworkError;
        loop.quit();
    });
    poller.track(run.jobId);
    loop.exec();
    return exitCode;
}

QString jobLine(const JobRecord &record)
{
    QStringList outputs = record.downloads.keys();
    return QStringLiteral("%1  %2  %3  %4  %5")
        .arg(record.jobId, besJobStateName(record.state).leftJustified(10), record.submittedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
             record.workspaceName.isEmpty() ? record.serviceUrl : record.workspaceName,
             outputs.isEmpty() ? QString() : QStringLiteral("downloaded: ") + outputs.join(QStringLiteral(", ")));
}

} // namespace

int runBesCommand(const QStringList &arguments)
{
    static const QStringList commands{QStringLiteral("run"), QStringLiteral("submit"), QStringLiteral("start"), QStringLiteral("status"),
                                      QStringLiteral("cancel"), QStringLiteral("download"), QStringLiteral("list")};
    BesRun run;
    run.command = arguments.value(0);
    if (!commands.contains(run.command)) {
        printError(QStringLiteral("usage: scoredesk-cli bes run|submit|start|status|cancel|download|list; bes run needs "
                                  "(--workspace NAME | --url URL --api-key-env VAR) --storage-env VAR --container NAME --input FILE "
                                  "[--output-dir DIR] [--param NAME=VALUE]... [--poll-interval S] [--timeout S]; the others take --job ID"));
        return UsageError;
    }
    const int parsed = parse(arguments.mid(1), &run);
    if (parsed >= 0)
        return parsed;

    JobStore store;
    QString error;
    if (!store.open(&error)) {
        printError(error);
        return Failure;
    }
    if (run.command == QLatin1String("list")) {
        for (const JobRecord &record : store.all())
            say(jobLine(record));
        return Success;
    }

    QNetworkAccessManager network;
    HttpClient client(&network);
    QElapsedTimer clock;
    clock.start();
    auto elapsed = [&clock] { return QStringLiteral("%1s").arg(clock.elapsed() / 1000.0, 0, 'f', 1); };

    if (run.command == QLatin1String("run") || run.command == QLatin1String("submit")) {
        const StorageAccount account = StorageAccount::fromConnectionString(run.storage, &error);
        if (!account.isValid()) {
            printError(QStringLiteral("storage connection string: ") + error);
            return UsageError;
        }
        // 1. Upload the input.
        const QString tag = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss")) + QLatin1Char('-')
            + QUuid::createUuid().toString(QUuid::Id128).left(6);
        const QString inputBlob = QStringLiteral("scoredesk/%1/%2").arg(tag, QFileInfo(run.input).fileName());
        BlobUpload upload(&client, account, run.container, inputBlob, run.input);
        runAndWait(&upload);
        if (!upload.succeeded()) {
            printError(QStringLiteral("upload of %1 failed: %2").arg(run.input, upload.error().toOneLine()));
            return exitCodeFor(upload.error());
        }
        say(QStringLiteral("[%1] uploaded %2 to %3/%4").arg(elapsed(), run.input, run.container, inputBlob));
        // 2. Submit.
        BesSubmission submission;
        submission.input = {run.storage, run.container + QLatin1Char('/') + inputBlob};
        submission.outputs.insert(QStringLiteral("output1"), {run.storage, QStringLiteral("%1/scoredesk/%2/output1.csv").arg(run.container, tag)});
        submission.globalParameters = run.parameters;
        const HttpResponse response = call(&client, "POST", run.endpoint.jobsUrl(), run.credentials, encodeBesSubmission(submission));
        if (!response.isSuccess() || !decodeBesJobId(response.body, &run.jobId, &error)) {
            const ServiceError failure = response.isSuccess() ? ServiceError::transport(ServiceError::Kind::Parse, error) : errorOf(response);
            printError(QStringLiteral("submit failed: ") + failure.toOneLine());
            return exitCodeFor(failure);
        }
        JobRecord record;
        record.jobId = run.jobId;
        record.workspaceId = run.workspaceId;
        record.workspaceName = run.workspaceName;
        record.serviceUrl = run.endpoint.location().toString();
        record.inputFile = QFileInfo(run.input).absoluteFilePath();
        record.inputBlob = run.container + QLatin1Char('/') + inputBlob;
        record.parameters = run.parameters;
        record.submittedAt = QDateTime::currentDateTimeUtc();
        record.outputDir = run.outputDir;
        store.save(record); // before it is shown: a kill from here on loses nothing
        if (run.command == QLatin1String("submit")) {
            say(run.jobId);
            return Success;
        }
        say(QStringLiteral("[%1] job %2 submitted").arg(elapsed(), run.jobId));
    }

    std::optional<JobRecord> record = store.job(run.jobId);
    if (!record && run.command != QLatin1String("run")) {
        // A job submitted elsewhere: remember it from now on.
        JobRecord adopted;
        adopted.jobId = run.jobId;
        adopted.serviceUrl = run.endpoint.location().toString();
        adopted.workspaceName = run.workspaceName;
        adopted.submittedAt = QDateTime::currentDateTimeUtc();
        store.save(adopted);
        record = adopted;
    }

    if (run.command == QLatin1String("run") || run.command == QLatin1String("start")) {
        const HttpResponse response = call(&client, "POST", run.endpoint.jobStartUrl(run.jobId), run.credentials);
        if (!response.isSuccess()) {
            printError(QStringLiteral("start failed: ") + errorOf(response).toOneLine());
            return exitCodeFor(errorOf(response));
        }
        if (run.command == QLatin1String("start")) {
            say(QStringLiteral("started %1").arg(run.jobId));
            return Success;
        }
        say(QStringLiteral("[%1] job %2 started").arg(elapsed(), run.jobId));
        return followJob(&store, &client, run, &clock);
    }
    if (run.command == QLatin1String("download")) {
        record->outputDir = run.outputDir;
        record->downloads = QJsonObject();
        store.save(*record);
        return followJob(&store, &client, run, &clock);
    }
    if (run.command == QLatin1String("cancel")) {
        const HttpResponse response = call(&client, "DELETE", run.endpoint.jobUrl(run.jobId), run.credentials);
        if (!response.isSuccess()) {
            printError(QStringLiteral("cancel failed: ") + errorOf(response).toOneLine());
            return exitCodeFor(errorOf(response));
        }
    }
    // status (and the state after a cancel)
    const HttpResponse response = call(&client, "GET", run.endpoint.jobUrl(run.jobId), run.credentials);
    BesStatus status;
    if (!response.isSuccess() || !decodeBesStatus(response.body, &status, &error)) {
        const ServiceError failure = response.isSuccess() ? ServiceError::transport(ServiceError::Kind::Parse, error) : errorOf(response);
        printError(QStringLiteral("status of job %1 failed: %2").arg(run.jobId, failure.toOneLine()));
        return exitCodeFor(failure);
    }
    record->state = status.state;
    record->details = status.details;
    record->lastStatus = Redactor().redact(response.body); // no SAS on disk
    store.save(*record);
    say(QStringLiteral("%1 %2").arg(run.jobId, besJobStateName(status.state)));
    if (!status.details.isEmpty())
        say(QStringLiteral("details: ") + status.details);
    for (const BesOutput &output : std::as_const(status.outputs))
        say(QStringLiteral("output %1 is ready").arg(output.name));
    return status.state == BesJobState::Failed ? Rejected : Success;
}

} // namespace ScoreDesk::Cli
