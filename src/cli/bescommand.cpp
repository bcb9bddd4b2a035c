#include "bescommand.h"

#include "clicontext.h"
#include "cliworkspaces.h"
#include "exitcodes.h"

#include "core/http/httpclient.h"
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

namespace ScoreDesk::Cli {

namespace {

struct BesRun
{
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

int exitCodeFor(const ServiceError &error)
{
    return error.isTransportFailure() ? NetworkError : error.kind == ServiceError::Kind::File ? Failure : Rejected;
}

template<typename Job>
void waitFor(Job *job)
{
    QEventLoop loop;
    QObject::connect(job, &Job::finished, &loop, &QEventLoop::quit);
    job->start();
    if (!job->succeeded() && !job->error().isError())
        loop.exec();
}

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
    parser.addOptions({workspace, url, apiKeyEnv, subscriptionEnv, storageEnv, container, input, outputDir, param, poll, timeout});
    auto usage = [](const QString &message) {
        printError(message);
        return int(UsageError);
    };
    if (!parser.parse(QStringList{QStringLiteral("scoredesk-cli bes run")} + arguments))
        return usage(parser.errorText());
    QString error;
    if (parser.isSet(workspace)) {
        Workspace saved;
        WorkspaceSecrets secrets;
        const int failed = workspaceForCall(parser.value(workspace), &saved, &secrets);
        if (failed >= 0)
            return failed;
        run->endpoint = ServiceEndpoint::parse(saved.apiLocation, &error);
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
    if (parser.isSet(storageEnv) && !secretFromEnvironment(parser.value(storageEnv), &run->storage, &error))
        return usage(error);
    if (run->storage.isEmpty())
        return usage(QStringLiteral("bes run needs --storage-env VAR (or a workspace with a storage connection string)"));
    if (parser.isSet(container))
        run->container = parser.value(container);
    if (run->container.isEmpty())
        return usage(QStringLiteral("bes run needs --container NAME (or a workspace with a default container)"));
    if (!parser.isSet(input) || !QFileInfo(parser.value(input)).isReadable())
        return usage(QStringLiteral("bes run needs --input FILE that can be read"));
    run->input = parser.value(input);
    run->outputDir = parser.value(outputDir);
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

} // namespace

int runBesCommand(const QStringList &arguments)
{
    if (arguments.value(0) != QLatin1String("run")) {
        printError(QStringLiteral("usage: scoredesk-cli bes run (--workspace NAME | --url URL --api-key-env VAR) --storage-env VAR "
                                  "--container NAME --input FILE [--output-dir DIR] [--param NAME=VALUE]... [--poll-interval S] [--timeout S]"));
        return UsageError;
    }
    BesRun run;
    const int parsed = parse(arguments.mid(1), &run);
    if (parsed >= 0)
        return parsed;
    QString error;
    const StorageAccount account = StorageAccount::fromConnectionString(run.storage, &error);
    if (!account.isValid()) {
        printError(QStringLiteral("storage connection string: ") + error);
        return UsageError;
    }
    QNetworkAccessManager network;
    HttpClient client(&network);
    QElapsedTimer clock;
    clock.start();
    auto elapsed = [&clock] { return QStringLiteral("%1s").arg(clock.elapsed() / 1000.0, 0, 'f', 1); };

    // 1. Upload the input.
    const QString tag = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss")) + QLatin1Char('-')
        + QUuid::createUuid().toString(QUuid::Id128).left(6);
    const QString inputBlob = QStringLiteral("scoredesk/%1/%2").arg(tag, QFileInfo(run.input).fileName());
    BlobUpload upload(&client, account, run.container, inputBlob, run.input);
    waitFor(&upload);
    if (!upload.succeeded()) {
        printError(QStringLiteral("upload of %1 failed: %2").arg(run.input, upload.error().toOneLine()));
        return exitCodeFor(upload.error());
    }
    say(QStringLiteral("[%1] uploaded %2 to %3/%4").arg(elapsed(), run.input, run.container, inputBlob));

    // 2. Submit and start.
    BesSubmission submission;
    submission.input = {run.storage, run.container + QLatin1Char('/') + inputBlob};
    submission.outputs.insert(QStringLiteral("output1"), {run.storage, QStringLiteral("%1/scoredesk/%2/output1.csv").arg(run.container, tag)});
    submission.globalParameters = run.parameters;
    HttpResponse response = call(&client, "POST", run.endpoint.jobsUrl(), run.credentials, encodeBesSubmission(submission));
    QString jobId;
    if (!response.isSuccess() || !decodeBesJobId(response.body, &jobId, &error)) {
        const ServiceError failure = response.isSuccess() ? ServiceError::transport(ServiceError::Kind::Parse, error) : errorOf(response);
        printError(QStringLiteral("submit failed: ") + failure.toOneLine());
        return exitCodeFor(failure);
    }
    response = call(&client, "POST", run.endpoint.jobStartUrl(jobId), run.credentials);
    if (!response.isSuccess()) {
        printError(QStringLiteral("start failed: ") + errorOf(response).toOneLine());
        return exitCodeFor(errorOf(response));
    }
    say(QStringLiteral("[%1] job %2 submitted and started").arg(elapsed(), jobId));

    // 3. Follow it to its end.
    BesStatus status;
    BesJobState last = BesJobState::Unknown;
    while (true) {
        response = call(&client, "GET", run.endpoint.jobUrl(jobId), run.credentials);
        if (!response.isSuccess()) {
            const ServiceError failure = errorOf(response);
            if (!failure.isTransportFailure() || clock.elapsed() > qint64(run.timeoutSeconds) * 1000) {
                printError(QStringLiteral("status of job %1 failed: %2").arg(jobId, failure.toOneLine()));
                return exitCodeFor(failure);
            }
        } else if (decodeBesStatus(response.body, &status, &error)) {
            if (status.state != last) {
                say(QStringLiteral("[%1] %2").arg(elapsed(), besJobStateName(status.state)));
                last = status.state;
            }
            if (isFinalState(status.state))
                break;
        }
        if (clock.elapsed() > qint64(run.timeoutSeconds) * 1000) {
            printError(QStringLiteral("job %1 did not finish within %2 s").arg(jobId).arg(run.timeoutSeconds));
            return NetworkError;
        }
        QEventLoop pause;
        QTimer::singleShot(run.pollSeconds * 1000, &pause, &QEventLoop::quit);
        pause.exec();
    }
    if (status.state != BesJobState::Finished) {
        printError(QStringLiteral("job %1 %2: %3").arg(jobId, besJobStateName(status.state).toLower(), status.details.isEmpty() ? QStringLiteral("no details") : status.details));
        return Rejected;
    }

    // 4. Download every output.
    for (const BesOutput &output : std::as_const(status.outputs)) {
        const QString target = QDir(run.outputDir).filePath(output.name + QStringLiteral(".csv"));
        BlobDownload::Authorizer authorize;
        if (!output.account.key.isEmpty()) {
            const StorageAccount outputAccount = output.account;
            authorize = [outputAccount](HttpRequest *request) { SharedKeySigner::sign(request, outputAccount); };
        }
        BlobDownload download(&client, output.url, target, authorize);
        waitFor(&download);
        if (!download.succeeded()) {
            printError(QStringLiteral("download of %1 failed: %2").arg(output.name, download.error().toOneLine()));
            return exitCodeFor(download.error());
        }
        say(QStringLiteral("[%1] downloaded %2 to %3").arg(elapsed(), output.name, target));
    }
    return Success;
}

} // namespace ScoreDesk::Cli
