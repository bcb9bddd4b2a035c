#include "bescommand.h"

#include "clicontext.h"
#include "cliworkspaces.h"
#include "exitcodes.h"

#include "core/http/httpclient.h"
#include "core/jobs/batchrunner.h"
#include "core/jobs/jobcredentials.h"
#include "core/jobs/jobpoller.h"
#include "core/jobs/jobstore.h"
#include "core/service/bescalls.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QTimer>

#include <cstdio>
#include <unistd.h>

namespace ScoreDesk::Cli {

namespace {

constexpr double MaxSeconds = 365.0 * 24 * 3600; // longer waits are typing mistakes (and overflow timers)

struct BesOptions
{
    QString command;
    QString jobId;
    std::optional<Workspace> workspace; // --workspace
    ServiceEndpoint endpoint;
    WorkspaceSecrets secrets;
    QString container;
    QString input;
    QString outputDir;
    bool outputDirGiven = false;
    bool overwrite = false;
    QJsonObject parameters;
    double pollSeconds = 2;
    double timeoutSeconds = 3600;
};

void say(const QString &line)
{
    std::fprintf(stdout, "%s\n", line.toUtf8().constData());
    std::fflush(stdout);
}

int usage(const QString &message)
{
    printError(message);
    return UsageError;
}

bool parseSeconds(const QString &text, double *seconds)
{
    bool ok = false;
    *seconds = text.toDouble(&ok);
    return ok && *seconds > 0 && *seconds <= MaxSeconds;
}

// Fills options from the command line; -1 when the command may go on, else its exit code.
int parse(const QStringList &arguments, BesOptions *options)
{
    QCommandLineParser parser;
    const QCommandLineOption workspace(QStringLiteral("workspace"), QStringLiteral("Saved workspace."), QStringLiteral("NAME"));
    const QCommandLineOption url(QStringLiteral("url"), QStringLiteral("API location."), QStringLiteral("URL"));
    const QCommandLineOption apiKeyEnv(QStringLiteral("api-key-env"), QStringLiteral("Variable holding the API key."), QStringLiteral("VAR"));
    const QCommandLineOption subscriptionEnv(QStringLiteral("subscription-key-env"), QStringLiteral("Variable holding the gateway key."), QStringLiteral("VAR"));
    const QCommandLineOption storageEnv(QStringLiteral("storage-env"), QStringLiteral("Variable holding the storage connection string."), QStringLiteral("VAR"));
    const QCommandLineOption container(QStringLiteral("container"), QStringLiteral("Blob container for input and outputs."), QStringLiteral("NAME"));
    const QCommandLineOption input(QStringLiteral("input"), QStringLiteral("Input file (CSV)."), QStringLiteral("FILE"));
    const QCommandLineOption outputDir(QStringLiteral("output-dir"), QStringLiteral("Where outputs go, as NAME.csv."), QStringLiteral("DIR"));
    const QCommandLineOption overwrite(QStringLiteral("overwrite"), QStringLiteral("Replace output files that are there already."));
    const QCommandLineOption param(QStringLiteral("param"), QStringLiteral("Global parameter."), QStringLiteral("NAME=VALUE"));
    const QCommandLineOption poll(QStringLiteral("poll-interval"), QStringLiteral("Seconds between status checks."), QStringLiteral("SECONDS"), QStringLiteral("2"));
    const QCommandLineOption timeout(QStringLiteral("timeout"), QStringLiteral("Give up after this many seconds."), QStringLiteral("SECONDS"), QStringLiteral("3600"));
    const QCommandLineOption job(QStringLiteral("job"), QStringLiteral("Job id."), QStringLiteral("ID"));
    const QCommandLineOption allowHttp(QStringLiteral("allow-http"), QStringLiteral("Send the keys over plain http:// to a remote host."));
    parser.addOptions({workspace, url, apiKeyEnv, subscriptionEnv, storageEnv, container, input, outputDir, overwrite, param, poll, timeout, job, allowHttp});
    if (!parser.parse(QStringList{QStringLiteral("scoredesk-cli bes ") + options->command} + arguments))
        return usage(parser.errorText());
    if (!parser.positionalArguments().isEmpty())
        return usage(QStringLiteral("unexpected argument '%1'").arg(parser.positionalArguments().first()));
    if (options->command == QLatin1String("list"))
        return -1; // the local job list needs no service
    QString error;
    if (parser.isSet(workspace)) {
        Workspace saved;
        const int failed = workspaceForCall(parser.value(workspace), &saved, &options->secrets);
        if (failed >= 0)
            return failed;
        error = saved.validate(); // a hand-edited workspace file can hold anything
        options->endpoint = saved.endpoint();
        options->container = saved.defaultContainer;
        options->workspace = saved;
    } else {
        if (!parser.isSet(url) || !parser.isSet(apiKeyEnv))
            return usage(QStringLiteral("bes %1 needs --workspace NAME, or --url URL with --api-key-env VAR").arg(options->command));
        options->endpoint = ServiceEndpoint::parse(parser.value(url), &error);
        if (!secretFromEnvironment(parser.value(apiKeyEnv), &options->secrets.credentials.apiKey, &error)
            || !secretFromEnvironment(parser.value(subscriptionEnv), &options->secrets.credentials.subscriptionKey, &error))
            return usage(error);
        options->secrets.credentials.allowCleartext = parser.isSet(allowHttp);
    }
    if (!options->endpoint.isValid())
        return usage(QStringLiteral("--url: ") + error);
    if (parser.isSet(storageEnv) && !secretFromEnvironment(parser.value(storageEnv), &options->secrets.storageConnectionString, &error))
        return usage(error);
    options->outputDirGiven = parser.isSet(outputDir);
    options->outputDir = QFileInfo(options->outputDirGiven ? parser.value(outputDir) : QStringLiteral(".")).absoluteFilePath();
    options->overwrite = parser.isSet(overwrite);
    options->jobId = parser.value(job).trimmed();
    const bool uploads = options->command == QLatin1String("run") || options->command == QLatin1String("submit");
    if (!uploads && options->jobId.isEmpty())
        return usage(QStringLiteral("bes %1 needs --job ID").arg(options->command));
    if (!uploads && !isValidJobId(options->jobId))
        return usage(QStringLiteral("--job: '%1' is not a job id").arg(options->jobId.left(60)));
    if (uploads) {
        if (options->secrets.storageConnectionString.isEmpty())
            return usage(QStringLiteral("bes %1 needs --storage-env VAR (or a workspace with a storage connection string)").arg(options->command));
        if (parser.isSet(container))
            options->container = parser.value(container);
        if (options->container.isEmpty())
            return usage(QStringLiteral("bes %1 needs --container NAME (or a workspace with a default container)").arg(options->command));
        if (!parser.isSet(input) || !QFileInfo(parser.value(input)).isReadable())
            return usage(QStringLiteral("bes %1 needs --input FILE that can be read").arg(options->command));
        options->input = parser.value(input);
    }
    if (!parseSeconds(parser.value(poll), &options->pollSeconds))
        return usage(QStringLiteral("--poll-interval must be a number of seconds above 0 (fractions allowed), got '%1'").arg(parser.value(poll)));
    if (!parseSeconds(parser.value(timeout), &options->timeoutSeconds))
        return usage(QStringLiteral("--timeout must be a number of seconds above 0 and at most a year, got '%1'").arg(parser.value(timeout)));
    for (const QString &pair : parser.values(param)) {
        const qsizetype equals = pair.indexOf(QLatin1Char('='));
        if (equals <= 0)
            return usage(QStringLiteral("--param takes NAME=VALUE, got '%1'").arg(pair));
        options->parameters.insert(pair.left(equals), pair.mid(equals + 1));
    }
    return -1;
}

// A job already in the list carries its own service and workspace: a command may act on it
// only with those, so that no key reaches another service than its own.
int checkJobOwner(const JobRecord &record, const BesOptions &options)
{
    if (!record.workspaceId.isNull()) {
        if (options.workspace && options.workspace->id == record.workspaceId)
            return -1;
        return usage(QStringLiteral("job %1 belongs to workspace '%2': use --workspace '%2'").arg(record.jobId, record.workspaceName));
    }
    if (options.workspace || options.endpoint.location().toString() != record.serviceUrl)
        return usage(QStringLiteral("job %1 was submitted to %2: use --url with that address").arg(record.jobId, record.serviceUrl));
    return -1;
}

template<typename Job>
void waitFor(Job *job)
{
    QEventLoop loop;
    QObject::connect(job, &Job::finished, &loop, &QEventLoop::quit);
    if (!job->isFinished())
        loop.exec();
}

QString jobLine(const JobRecord &record)
{
    const QStringList outputs = record.downloads.keys();
    return QStringLiteral("%1  %2  %3  %4  %5")
        .arg(record.jobId, besJobStateName(record.state).leftJustified(10), record.submittedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
             record.workspaceName.isEmpty() ? record.serviceUrl : record.workspaceName,
             outputs.isEmpty() ? QString() : QStringLiteral("downloaded: ") + outputs.join(QStringLiteral(", ")));
}

// Everything a batch command works with, for as long as it runs.
class BesSession
{
public:
    BesSession(const BesOptions &options)
        : m_options(options)
        , m_store(JobStore::standardFilePath())
        , m_credentials(m_workspaces.manager())
        , m_poller(&m_client, &m_store, &m_credentials)
        , m_runner(&m_client, &m_store, &m_credentials, &m_poller)
    {
        if (!options.workspace)
            m_credentials.setCommandSecrets(options.endpoint.location().toString(), options.secrets);
        m_poller.setIntervals(int(options.pollSeconds * 1000), int(options.pollSeconds * 1000));
        m_clock.start();
    }

    int run();

private:
    QString elapsed() const { return QStringLiteral("%1s").arg(m_clock.elapsed() / 1000.0, 0, 'f', 1); }
    int submit();
    int act(bool start);
    int status();
    int follow();
    bool secretsFor(const JobRecord &record, WorkspaceSecrets *secrets, QString *error);
    void printRetries(QObject *job);

    BesOptions m_options;
    CliWorkspaces m_workspaces;
    JobStore m_store;
    QNetworkAccessManager m_network;
    HttpClient m_client{&m_network};
    JobCredentials m_credentials;
    JobPoller m_poller;
    BatchRunner m_runner;
    QElapsedTimer m_clock;
};

void BesSession::printRetries(QObject *job)
{
    if (!isatty(fileno(stderr)))
        return;
    // The same wait as the desktop's countdown, said once per wait.
    auto announce = [](int retry, int delayMs, int status) {
        printError(QStringLiteral("HTTP %1: waiting %2 s before retry %3").arg(status).arg(delayMs / 1000.0, 0, 'f', 1).arg(retry));
    };
    if (auto *submit = qobject_cast<BatchSubmitJob *>(job))
        QObject::connect(submit, &BatchSubmitJob::retryScheduled, submit, announce);
    else if (auto *action = qobject_cast<BatchActionJob *>(job))
        QObject::connect(action, &BatchActionJob::retryScheduled, action, announce);
    else if (auto *call = qobject_cast<ServiceCall *>(job))
        QObject::connect(call, &ServiceCall::retryScheduled, call, announce);
}

int BesSession::run()
{
    QString error;
    if (!m_store.open(&error)) {
        printError(error);
        return Failure;
    }
    if (m_options.command == QLatin1String("list")) {
        for (const JobRecord &record : m_store.all())
            say(jobLine(record));
        return Success;
    }
    int exitCode = Success;
    if (m_options.workspace && !m_workspaces.open(&exitCode))
        return exitCode;
    if (m_options.command == QLatin1String("run") || m_options.command == QLatin1String("submit"))
        return submit();

    std::optional<JobRecord> record = m_store.job(m_options.jobId);
    if (record) {
        const int refused = checkJobOwner(*record, m_options);
        if (refused >= 0)
            return refused;
    } else {
        // A job submitted elsewhere: remember it from now on, with this command's service.
        JobRecord adopted;
        adopted.jobId = m_options.jobId;
        adopted.serviceUrl = m_options.endpoint.location().toString();
        adopted.workspaceId = m_options.workspace ? m_options.workspace->id : QUuid();
        adopted.workspaceName = m_options.workspace ? m_options.workspace->name : QString();
        adopted.submittedAt = QDateTime::currentDateTimeUtc();
        adopted.outputDir = m_options.outputDir;
        m_store.save(adopted);
    }
    if (m_options.command == QLatin1String("start") || m_options.command == QLatin1String("cancel"))
        return act(m_options.command == QLatin1String("start"));
    if (m_options.command == QLatin1String("download")) {
        if (m_options.outputDirGiven || record->outputDir.isEmpty()) {
            record = m_store.job(m_options.jobId);
            record->outputDir = m_options.outputDir;
            m_store.save(*record);
        }
        if (!m_runner.download(m_options.jobId, m_options.overwrite, &error)) {
            // Not finished as far as the list knows: follow it, and download at its end.
            m_poller.track(m_options.jobId);
        }
        return follow();
    }
    return status();
}

int BesSession::submit()
{
    BatchJobPlan plan;
    plan.workspaceId = m_options.workspace ? m_options.workspace->id : QUuid();
    plan.workspaceName = m_options.workspace ? m_options.workspace->name : QString();
    plan.endpoint = m_options.endpoint;
    plan.inputFile = m_options.input;
    plan.container = m_options.container;
    plan.outputFolder = m_options.outputDir;
    plan.folderPerJob = false; // a script names its folder and expects the files right there
    plan.replaceOutputs = m_options.overwrite;
    plan.parameters = m_options.parameters;
    plan.startNow = m_options.command == QLatin1String("run");
    if (!m_options.overwrite) {
        for (const QString &file : BatchRunner::plannedOutputFiles(plan)) {
            if (QFileInfo::exists(file))
                return usage(QStringLiteral("%1 exists already; pass --overwrite to replace it, or choose another --output-dir").arg(file));
        }
    }
    BatchSubmitJob *job = m_runner.submit(plan);
    printRetries(job);
    QObject::connect(job, &BatchSubmitJob::stageChanged, job, [this](BatchSubmitJob::Stage stage) {
        if (stage == BatchSubmitJob::Stage::Submitting && !m_options.input.isEmpty())
            say(QStringLiteral("[%1] uploaded %2").arg(elapsed(), m_options.input));
    });
    QObject::connect(job, &BatchSubmitJob::submitted, job, [this](const QString &id) {
        if (m_options.command == QLatin1String("submit"))
            say(id);
        else
            say(QStringLiteral("[%1] job %2 submitted").arg(elapsed(), id));
    });
    waitFor(job);
    const QString jobId = job->jobId();
    if (!job->succeeded()) {
        const bool started = job->stage() == BatchSubmitJob::Stage::Done && !jobId.isEmpty();
        printError((started ? QStringLiteral("job %1 was submitted but did not start: ").arg(jobId) : QStringLiteral("submit failed: "))
                   + job->error().toOneLine());
        return exitCodeFor(job->error());
    }
    if (m_options.command == QLatin1String("submit"))
        return Success;
    m_options.jobId = jobId;
    say(QStringLiteral("[%1] job %2 started").arg(elapsed(), jobId));
    return follow();
}

int BesSession::act(bool start)
{
    BatchActionJob *job = start ? m_runner.start(m_options.jobId) : m_runner.cancel(m_options.jobId);
    printRetries(job);
    waitFor(job);
    if (!job->succeeded()) {
        printError(QStringLiteral("%1 failed: %2").arg(start ? QStringLiteral("start") : QStringLiteral("cancel"), job->error().toOneLine()));
        return exitCodeFor(job->error());
    }
    if (start) {
        say(QStringLiteral("started %1").arg(m_options.jobId));
        return Success;
    }
    return status(); // the state after the cancel
}

bool BesSession::secretsFor(const JobRecord &record, WorkspaceSecrets *secrets, QString *error)
{
    QEventLoop loop;
    bool answered = false;
    m_credentials.lookup(record, &loop, [&](const WorkspaceSecrets &found, const QString &problem) {
        *secrets = found;
        *error = problem;
        answered = true;
        loop.quit();
    });
    if (!answered) // the keychain answers later
        loop.exec();
    return error->isEmpty();
}

int BesSession::status()
{
    std::optional<JobRecord> record = m_store.job(m_options.jobId);
    WorkspaceSecrets secrets;
    QString error;
    if (!secretsFor(*record, &secrets, &error))
        return usage(error);
    BesJobCall call(BesJobOperation::Status, &m_client, ServiceEndpoint::parse(record->serviceUrl), secrets.credentials, m_options.jobId);
    printRetries(&call);
    QEventLoop loop;
    QObject::connect(&call, &ServiceCall::finished, &loop, &QEventLoop::quit);
    call.start();
    loop.exec();
    if (!call.succeeded()) {
        printError(QStringLiteral("status of job %1 failed: %2").arg(m_options.jobId, call.error().toOneLine()));
        return exitCodeFor(call.error());
    }
    record->applyStatus(call.status(), call.response().body);
    m_store.save(*record);
    say(QStringLiteral("%1 %2").arg(m_options.jobId, besJobStateName(call.status().state)));
    if (!call.status().details.isEmpty())
        say(QStringLiteral("details: ") + call.status().details);
    for (const BesOutput &output : call.status().outputs)
        say(QStringLiteral("output %1 is ready").arg(output.name));
    return call.status().state == BesJobState::Failed ? Rejected : Success;
}

// Follows the job with the poller until its end (outputs downloaded), printing each change.
int BesSession::follow()
{
    QEventLoop loop;
    int exitCode = Success;
    QObject::connect(&m_poller, &JobPoller::jobChanged, &loop, [&](const QString &id) {
        const std::optional<JobRecord> record = m_store.job(id);
        if (record)
            say(QStringLiteral("[%1] %2").arg(elapsed(), besJobStateName(record->state)));
    });
    QObject::connect(&m_poller, &JobPoller::problem, &loop, [&](const QString &, const QString &message) {
        if (isatty(fileno(stderr)))
            printError(message);
    });
    QObject::connect(&m_poller, &JobPoller::jobFinished, &loop, [&](const QString &id, bool succeeded) {
        const std::optional<JobRecord> record = m_store.job(id);
        if (record && !record->downloadProblem.isEmpty()) {
            printError(record->downloadProblem + QStringLiteral(" (pass --overwrite to replace it)"));
            exitCode = UsageError;
        } else if (!succeeded || !record) {
            printError(QStringLiteral("job %1 %2: %3").arg(id, record ? besJobStateName(record->state).toLower() : QStringLiteral("failed"),
                                                            record && !record->details.isEmpty() ? record->details : QStringLiteral("no details")));
            exitCode = Rejected;
        } else {
            for (auto it = record->downloads.begin(); it != record->downloads.end(); ++it)
                say(QStringLiteral("[%1] downloaded %2 to %3").arg(elapsed(), it.key(), it.value().toString()));
        }
        loop.quit();
    });
    QTimer::singleShot(qint64(m_options.timeoutSeconds * 1000), &loop, [&] {
        printError(QStringLiteral("job %1 did not finish within %2 s (it goes on; follow it with bes download --job %1)")
                       .arg(m_options.jobId)
                       .arg(m_options.timeoutSeconds));
        exitCode = NetworkError;
        loop.quit();
    });
    if (!m_poller.isTracking(m_options.jobId))
        m_poller.track(m_options.jobId);
    loop.exec();
    return exitCode;
}

} // namespace

int runBesCommand(const QStringList &arguments)
{
    static const QStringList commands{QStringLiteral("run"), QStringLiteral("submit"), QStringLiteral("start"), QStringLiteral("status"),
                                      QStringLiteral("cancel"), QStringLiteral("download"), QStringLiteral("list")};
    BesOptions options;
    options.command = arguments.value(0);
    if (!commands.contains(options.command))
        return usage(QStringLiteral("usage: scoredesk-cli bes run|submit|start|status|cancel|download|list; bes run needs "
                                    "(--workspace NAME | --url URL --api-key-env VAR) --storage-env VAR --container NAME --input FILE "
                                    "[--output-dir DIR] [--overwrite] [--param NAME=VALUE]... [--poll-interval S] [--timeout S]; "
                                    "the others take --job ID"));
    const int parsed = parse(arguments.mid(1), &options);
    if (parsed >= 0)
        return parsed;
    BesSession session(options);
    return session.run();
}

} // namespace ScoreDesk::Cli
