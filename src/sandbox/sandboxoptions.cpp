#include "sandboxoptions.h"

#include <QCommandLineParser>
#include <QHostAddress>
#include <QRandomGenerator>

namespace ScoreDesk::Sandbox {

namespace {

bool parseCallsPerSeconds(const QString &text, int *calls, int *seconds, bool secondsRequired)
{
    const QStringList parts = text.split(QLatin1Char('/'));
    if (parts.size() > 2 || (secondsRequired && parts.size() != 2))
        return false;
    bool ok = false;
    *calls = parts.at(0).toInt(&ok);
    if (!ok || *calls <= 0)
        return false;
    if (parts.size() == 2) {
        *seconds = parts.at(1).toInt(&ok);
        if (!ok || *seconds <= 0)
            return false;
    }
    return true;
}

QString randomKey()
{
    QByteArray bytes(24, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
    return QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace

ParseResult parseSandboxOptions(const QStringList &arguments, SandboxOptions *options, QString *message)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "A local machine-learning web service that speaks the Azure ML Studio (classic) protocol and serves "
        "the same model as an Azure ML online endpoint (/score, deployments blue and green), with an API "
        "gateway emulation under a path prefix. Prints one JSON line once listening."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help."));
    const QCommandLineOption version(QStringLiteral("version"), QStringLiteral("Show the version."));
    const QCommandLineOption host(QStringLiteral("host"), QStringLiteral("Loopback address to listen on."), QStringLiteral("ADDRESS"), options->host);
    const QCommandLineOption port(QStringLiteral("port"), QStringLiteral("Port; 0 picks a free one."), QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption apiKey(QStringLiteral("api-key"), QStringLiteral("The service's API key (generated when omitted)."), QStringLiteral("KEY"));
    const QCommandLineOption gatewayKey(QStringLiteral("gateway-key"), QStringLiteral("The gateway's subscription key (generated when omitted)."), QStringLiteral("KEY"));
    const QCommandLineOption gatewayPrefix(QStringLiteral("gateway-prefix"), QStringLiteral("Path under which the gateway serves the same services."), QStringLiteral("PATH"), options->gatewayPrefix);
    const QCommandLineOption rateLimit(QStringLiteral("rate-limit"), QStringLiteral("Gateway rate limit, sliding window, e.g. 5/60."), QStringLiteral("CALLS/SECONDS"));
    const QCommandLineOption quota(QStringLiteral("quota"), QStringLiteral("Gateway call quota, fixed window (default one week)."), QStringLiteral("CALLS[/SECONDS]"));
    const QCommandLineOption storage(QStringLiteral("storage"), QStringLiteral("Blob storage for batch jobs."), QStringLiteral("CONNECTION_STRING"));
    const QCommandLineOption maxBody(QStringLiteral("max-body-bytes"), QStringLiteral("Largest request body; larger ones get 413."), QStringLiteral("N"), QString::number(options->maxBodyBytes));
    const QCommandLineOption maxConcurrent(QStringLiteral("max-concurrent"), QStringLiteral("Concurrent calls before 503 RequestThrottled (429 on /score)."), QStringLiteral("N"), QString::number(options->maxConcurrent));
    const QCommandLineOption delay(QStringLiteral("delay-ms"), QStringLiteral("Extra processing time per call."), QStringLiteral("MS"), QStringLiteral("0"));
    const QCommandLineOption jobDelay(QStringLiteral("job-delay-ms"), QStringLiteral("Time a batch job stays Running before it is processed."), QStringLiteral("MS"), QString::number(options->jobDelayMs));
    const QCommandLineOption maxJobs(QStringLiteral("max-running-jobs"), QStringLiteral("Batch jobs at work at once; the rest wait."), QStringLiteral("N"), QString::number(options->maxRunningJobs));
    const QCommandLineOption integerStatus(QStringLiteral("integer-status"), QStringLiteral("Answer batch StatusCode as 0..4 instead of names."));
    parser.addOptions({help, version, host, port, apiKey, gatewayKey, gatewayPrefix, rateLimit, quota, storage, maxBody, maxConcurrent, delay, jobDelay, maxJobs, integerStatus});

    if (!parser.parse(arguments)) {
        *message = parser.errorText();
        return ParseResult::Error;
    }
    if (parser.isSet(help)) {
        *message = parser.helpText();
        return ParseResult::Help;
    }
    if (parser.isSet(version)) {
        *message = QStringLiteral("scoredesk-sandbox " SCOREDESK_VERSION "\n");
        return ParseResult::Help;
    }
    if (!parser.positionalArguments().isEmpty()) {
        *message = QStringLiteral("unexpected argument '%1'").arg(parser.positionalArguments().first());
        return ParseResult::Error;
    }

    const QHostAddress address(parser.value(host));
    if (address.isNull() || !address.isLoopback()) {
        *message = QStringLiteral("--host must be a loopback address such as 127.0.0.1 or ::1; the sandbox never listens on a network");
        return ParseResult::Error;
    }
    options->host = parser.value(host);

    bool ok = false;
    const uint portValue = parser.value(port).toUInt(&ok);
    if (!ok || portValue > 65535) {
        *message = QStringLiteral("--port must be a number from 0 to 65535");
        return ParseResult::Error;
    }
    options->port = static_cast<quint16>(portValue);
    options->apiKey = parser.value(apiKey);
    options->gatewayKey = parser.value(gatewayKey);
    options->gatewayPrefix = QLatin1Char('/') + parser.value(gatewayPrefix).section(QLatin1Char('/'), 0, -1, QString::SectionSkipEmpty);
    if (options->gatewayPrefix == QLatin1String("/") || options->gatewayPrefix.startsWith(QLatin1String("/workspaces"))) {
        *message = QStringLiteral("--gateway-prefix must be a path such as /azureml-demo");
        return ParseResult::Error;
    }
    if (parser.isSet(rateLimit)
        && !parseCallsPerSeconds(parser.value(rateLimit), &options->gatewayLimits.rateCalls, &options->gatewayLimits.rateWindowSeconds, true)) {
        *message = QStringLiteral("--rate-limit takes CALLS/SECONDS, e.g. 5/60");
        return ParseResult::Error;
    }
    if (options->gatewayLimits.rateWindowSeconds > 300) {
        *message = QStringLiteral("--rate-limit's window is at most 300 seconds, as in API Management");
        return ParseResult::Error;
    }
    if (parser.isSet(quota)
        && !parseCallsPerSeconds(parser.value(quota), &options->gatewayLimits.quotaCalls, &options->gatewayLimits.quotaPeriodSeconds, false)) {
        *message = QStringLiteral("--quota takes CALLS or CALLS/SECONDS, e.g. 100 or 100/604800");
        return ParseResult::Error;
    }
    options->storageConnectionString = parser.value(storage);
    options->maxBodyBytes = parser.value(maxBody).toLongLong(&ok);
    if (!ok || options->maxBodyBytes <= 0) {
        *message = QStringLiteral("--max-body-bytes must be a positive number");
        return ParseResult::Error;
    }
    options->maxConcurrent = parser.value(maxConcurrent).toInt(&ok);
    if (!ok || options->maxConcurrent <= 0) {
        *message = QStringLiteral("--max-concurrent must be a positive number");
        return ParseResult::Error;
    }
    options->delayMs = parser.value(delay).toInt(&ok);
    if (!ok || options->delayMs < 0) {
        *message = QStringLiteral("--delay-ms must be zero or more");
        return ParseResult::Error;
    }
    options->jobDelayMs = parser.value(jobDelay).toInt(&ok);
    if (!ok || options->jobDelayMs < 0) {
        *message = QStringLiteral("--job-delay-ms must be zero or more");
        return ParseResult::Error;
    }
    options->maxRunningJobs = parser.value(maxJobs).toInt(&ok);
    if (!ok || options->maxRunningJobs <= 0) {
        *message = QStringLiteral("--max-running-jobs must be a positive number");
        return ParseResult::Error;
    }
    options->integerStatus = parser.isSet(integerStatus);
    return ParseResult::Ok;
}

void generateMissingKeys(SandboxOptions *options)
{
    if (options->apiKey.isEmpty())
        options->apiKey = randomKey();
    if (options->gatewayKey.isEmpty())
        options->gatewayKey = randomKey();
}

} // namespace ScoreDesk::Sandbox
