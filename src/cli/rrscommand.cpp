#include "rrscommand.h"

#include "clicontext.h"
#include "cliworkspaces.h"
#include "csvoutputsink.h"
#include "exitcodes.h"

#include "core/http/httpclient.h"
#include "core/savefile.h"
#include "core/service/rrscall.h"
#include "core/table/csvreader.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>

#include <cstdio>
#include <unistd.h>

namespace ScoreDesk::Cli {

namespace {

// An inactivity timeout, not a job's length: a day is more than any service waits silently.
constexpr int MaxTimeoutSeconds = 86400;

struct RrsOptions
{
    ServiceEndpoint endpoint;
    ServiceCredentials credentials;
    RrsRequest request;
    QByteArray rawBody; // --body: sent as given
    QString outputFile;
    QString outputDir;
    bool raw = false;
    int timeoutSeconds = 100;
    int retries = 3;
};

int parseOptions(const QStringList &arguments, RrsOptions *options)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Send a request/response scoring call and print the first output as CSV. For an Azure ML online endpoint\n"
        "(a URL ending in /score) the input goes as a split body and the output is the input columns followed by\n"
        "the prediction columns; an answer of no table shape is printed as JSON."));
    const QCommandLineOption workspace(QStringLiteral("workspace"), QStringLiteral("Saved workspace to call (instead of --url and the key options)."), QStringLiteral("NAME"));
    const QCommandLineOption url(QStringLiteral("url"), QStringLiteral("API location: {base}/workspaces/{ws}/services/{svc}, or an online endpoint's .../score."), QStringLiteral("URL"));
    const QCommandLineOption deployment(QStringLiteral("deployment"), QStringLiteral("Online endpoints: call this deployment instead of the traffic split."), QStringLiteral("NAME"));
    const QCommandLineOption apiKeyEnv(QStringLiteral("api-key-env"), QStringLiteral("Environment variable holding the API key."), QStringLiteral("VAR"));
    const QCommandLineOption subscriptionKeyEnv(QStringLiteral("subscription-key-env"), QStringLiteral("Environment variable holding the gateway subscription key."), QStringLiteral("VAR"));
    const QCommandLineOption input(QStringLiteral("input"), QStringLiteral("CSV file for input1 (header row first)."), QStringLiteral("FILE.csv"));
    const QCommandLineOption body(QStringLiteral("body"), QStringLiteral("JSON request body to send as it is."), QStringLiteral("FILE.json"));
    const QCommandLineOption param(QStringLiteral("param"), QStringLiteral("Global parameter, repeatable."), QStringLiteral("NAME=VALUE"));
    const QCommandLineOption swagger(QStringLiteral("swagger-format"), QStringLiteral("Use the swagger (list of row objects) format."));
    const QCommandLineOption output(QStringLiteral("output"), QStringLiteral("Write the first output here instead of stdout."), QStringLiteral("FILE.csv"));
    const QCommandLineOption outputDir(QStringLiteral("output-dir"), QStringLiteral("Write every output as DIR/NAME.csv."), QStringLiteral("DIR"));
    const QCommandLineOption raw(QStringLiteral("raw"), QStringLiteral("Print the response JSON instead of CSV."));
    const QCommandLineOption retries(QStringLiteral("retries"), QStringLiteral("Retries after 429 or 503, waiting as the server asks."), QStringLiteral("N"), QStringLiteral("3"));
    const QCommandLineOption timeout(QStringLiteral("timeout"), QStringLiteral("Give up after this many seconds without data."), QStringLiteral("SECONDS"), QStringLiteral("100"));
    const QCommandLineOption allowHttp(QStringLiteral("allow-http"), QStringLiteral("Send the keys over plain http:// to a host that is not this machine."));
    parser.addOptions({workspace, url, deployment, apiKeyEnv, subscriptionKeyEnv, input, body, param, swagger, output, outputDir, raw, retries, timeout, allowHttp});

    if (const int done = parseCommandLine(&parser, QStringLiteral("scoredesk-cli rrs"), arguments); done >= 0)
        return done;
    auto usage = [](const QString &message) {
        printError(message);
        return UsageError;
    };
    QString error;
    if (parser.isSet(workspace)) {
        if (parser.isSet(url) || parser.isSet(apiKeyEnv) || parser.isSet(subscriptionKeyEnv))
            return usage(QStringLiteral("--workspace replaces --url and the key options; give one or the other"));
        Workspace saved;
        WorkspaceSecrets secrets;
        const int failed = workspaceForCall(parser.value(workspace), &saved, &secrets);
        if (failed >= 0)
            return failed;
        options->endpoint = saved.endpoint();
        error = saved.validate(); // a hand-edited workspace file can hold anything
        options->credentials = secrets.credentials;
        const QString tokenWarning = saved.tokenWarning(QDateTime::currentDateTimeUtc());
        if (!tokenWarning.isEmpty())
            printError(QStringLiteral("warning: ") + tokenWarning);
    } else {
        if (!parser.isSet(url))
            return usage(QStringLiteral("rrs needs --workspace NAME, or --url URL with --api-key-env VAR (see --help)"));
        options->endpoint = ServiceEndpoint::parse(parser.value(url), &error);
        if (!parser.isSet(apiKeyEnv))
            return usage(QStringLiteral("rrs needs --api-key-env VAR naming the variable that holds the API key"));
        if (!secretFromEnvironment(parser.value(apiKeyEnv), &options->credentials.apiKey, &error)
            || !secretFromEnvironment(parser.value(subscriptionKeyEnv), &options->credentials.subscriptionKey, &error))
            return usage(error);
        options->credentials.allowCleartext = parser.isSet(allowHttp);
    }
    if (!options->endpoint.isValid())
        return usage(QStringLiteral("--url: ") + error);
    if (parser.isSet(deployment)) {
        if (!options->endpoint.isOnlineEndpoint())
            return usage(QStringLiteral("--deployment is for online endpoints (a URL ending in /score)"));
        options->endpoint.setDeployment(parser.value(deployment));
    }
    if (options->endpoint.isOnlineEndpoint() && (parser.isSet(swagger) || parser.isSet(param)))
        return usage(QStringLiteral("--swagger-format and --param are for classic services; an online endpoint takes the table alone"));
    if (parser.isSet(input) == parser.isSet(body))
        return usage(QStringLiteral("give exactly one of --input FILE.csv or --body FILE.json"));
    if (parser.isSet(output) && parser.isSet(outputDir))
        return usage(QStringLiteral("give --output or --output-dir, not both"));
    bool ok = false;
    options->timeoutSeconds = parser.value(timeout).toInt(&ok);
    if (!ok || options->timeoutSeconds <= 0 || options->timeoutSeconds > MaxTimeoutSeconds)
        return usage(QStringLiteral("--timeout must be a whole number of seconds from 1 to %1 (a day), got '%2'").arg(MaxTimeoutSeconds).arg(parser.value(timeout)));

    options->retries = parser.value(retries).toInt(&ok);
    if (!ok || options->retries < 0 || options->retries > 20)
        return usage(QStringLiteral("--retries must be a number from 0 to 20"));
    options->request.swaggerFormat = parser.isSet(swagger);
    options->raw = parser.isSet(raw);
    options->outputFile = parser.value(output);
    options->outputDir = parser.value(outputDir);
    for (const QString &pair : parser.values(param)) {
        const qsizetype equals = pair.indexOf(QLatin1Char('='));
        if (equals <= 0)
            return usage(QStringLiteral("--param takes NAME=VALUE, got '%1'").arg(pair));
        options->request.globalParameters.insert(pair.left(equals), pair.mid(equals + 1));
    }

    if (parser.isSet(input)) {
        NamedTable table{QStringLiteral("input1"), {}};
        CsvError csvError;
        if (!readCsvFile(parser.value(input), &table.table, &csvError))
            return usage(csvError.toString(parser.value(input)));
        options->request.inputs.append(table);
    } else {
        QFile file(parser.value(body));
        if (!file.open(QIODevice::ReadOnly))
            return usage(parser.value(body) + QStringLiteral(": ") + file.errorString());
        options->rawBody = file.readAll();
        QJsonParseError parseError;
        if (QJsonDocument::fromJson(options->rawBody, &parseError).isNull())
            return usage(QStringLiteral("%1: not valid JSON: %2 at byte %3").arg(parser.value(body), parseError.errorString()).arg(parseError.offset));
    }
    return -1; // go on
}

} // namespace

int runRrsCommand(const QStringList &arguments)
{
    RrsOptions options;
    const int parsed = parseOptions(arguments, &options);
    if (parsed >= 0)
        return parsed;

    QNetworkAccessManager network;
    HttpClient client(&network);
    RrsCall call(&client, options.endpoint, options.credentials, options.request);
    call.setInactivityTimeoutMs(options.timeoutSeconds * 1000);
    RetryPolicy policy;
    policy.maxRetries = options.retries;
    call.setRetryPolicy(policy);
    if (isatty(fileno(stderr))) {
        QObject::connect(&call, &RrsCall::retryScheduled, &call, [](int retry, int delayMs, int status) {
            printError(QStringLiteral("HTTP %1: retry %2 in %3 s").arg(status).arg(retry).arg(delayMs / 1000.0, 0, 'f', 1));
        });
    }
    if (!options.rawBody.isEmpty()) {
        // --body: the same call, with the user's own JSON in place of the encoded table.
        HttpRequest http = RrsCall::buildHttpRequest(options.endpoint, options.credentials, options.request);
        http.body = options.rawBody;
        call.setHttpRequest(http);
    }
    // The tables are written while the answer is read, not kept (--raw prints the answer as is).
    const CsvOutputSink::Target target = !options.outputDir.isEmpty() ? CsvOutputSink::Target::Folder
        : !options.outputFile.isEmpty()                                 ? CsvOutputSink::Target::File
                                                                        : CsvOutputSink::Target::Stdout;
    CsvOutputSink sink(target, target == CsvOutputSink::Target::Folder ? options.outputDir : options.outputFile);
    if (!options.raw)
        call.setOutputSink(&sink);
    QEventLoop loop;
    QObject::connect(&call, &RrsCall::finished, &loop, &QEventLoop::quit);
    call.start();
    loop.exec();

    const RrsResult result = call.result();
    if (sink.writeFailed()) {
        printError(sink.error());
        return Failure;
    }
    if (result.error.isError()) {
        printError(result.error.toOneLine());
        return exitCodeFor(result.error);
    }
    if (!result.note.isEmpty())
        printError(QStringLiteral("warning: ") + result.note);
    if (!result.deployment.isEmpty() && isatty(fileno(stderr)))
        printError(QStringLiteral("answered by deployment %1").arg(result.deployment));
    // --raw, and an endpoint's answer of no table shape: the service's JSON as it came, where
    // the CSV would have gone (DIR/answer.json for --output-dir).
    if (result.customAnswer && !options.raw && (!options.outputFile.isEmpty() || !options.outputDir.isEmpty())) {
        const QString path = options.outputFile.isEmpty() ? QDir(options.outputDir).filePath(QStringLiteral("answer.json")) : options.outputFile;
        QString error;
        if (!writeFileAtomically(path, result.response.body, &error)) {
            printError(error);
            return Failure;
        }
        return Success;
    }
    if (options.raw || result.customAnswer) {
        printOut(result.response.body);
        if (!result.response.body.endsWith('\n'))
            printOut("\n");
        return Success;
    }
    if (sink.tableCount() == 0) {
        printError(QStringLiteral("the service answered with no outputs"));
        return Failure;
    }
    QString error;
    if (!sink.commit(&error)) {
        printError(error);
        return Failure;
    }
    return Success;
}

} // namespace ScoreDesk::Cli
