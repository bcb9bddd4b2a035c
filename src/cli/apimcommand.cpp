#include "apimcommand.h"

#include "clicontext.h"
#include "cliworkspaces.h"
#include "exitcodes.h"

#include "core/http/httpclient.h"
#include "core/savefile.h"
#include "core/service/connectiontest.h"
#include "core/service/openapiexport.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>

namespace ScoreDesk::Cli {

namespace {

struct ExportOptions
{
    ApiDefinitionSource source;
    ServiceCredentials credentials;
    QString output;
};

int parseOptions(const QStringList &arguments, ExportOptions *options)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Write an OpenAPI 3.0 definition of a service that API Management imports\n"
        "(az apim api import --specification-format OpenApiJson --specification-path FILE).\n"
        "The service's description, when it has one, gives the request and response schemas."));
    const QCommandLineOption workspace(QStringLiteral("workspace"), QStringLiteral("Saved workspace to describe."), QStringLiteral("NAME"));
    const QCommandLineOption url(QStringLiteral("url"), QStringLiteral("API location, or an online endpoint's .../score."), QStringLiteral("URL"));
    const QCommandLineOption apiKeyEnv(QStringLiteral("api-key-env"), QStringLiteral("With --url: variable holding the key, to read the service's description."), QStringLiteral("VAR"));
    const QCommandLineOption subscriptionKeyEnv(QStringLiteral("subscription-key-env"), QStringLiteral("With --url: variable holding the gateway's subscription key (the URL is then the gateway's)."), QStringLiteral("VAR"));
    const QCommandLineOption deployment(QStringLiteral("deployment"), QStringLiteral("Online endpoints: the deployment the definition names."), QStringLiteral("NAME"));
    const QCommandLineOption output(QStringLiteral("output"), QStringLiteral("Write the definition here instead of stdout."), QStringLiteral("FILE.json"));
    const QCommandLineOption allowHttp(QStringLiteral("allow-http"), QStringLiteral("Send the keys over plain http:// to a host that is not this machine."));
    parser.addOptions({workspace, url, apiKeyEnv, subscriptionKeyEnv, deployment, output, allowHttp});
    if (const int done = parseCommandLine(&parser, QStringLiteral("scoredesk-cli apim export"), arguments); done >= 0)
        return done;
    auto usage = [](const QString &message) {
        printError(message);
        return UsageError;
    };
    if (parser.isSet(workspace) == parser.isSet(url))
        return usage(QStringLiteral("apim export needs --workspace NAME or --url URL (one of them)"));
    QString error;
    if (parser.isSet(workspace)) {
        if (parser.isSet(apiKeyEnv) || parser.isSet(subscriptionKeyEnv))
            return usage(QStringLiteral("--workspace brings its own keys; the key options go with --url"));
        Workspace saved;
        WorkspaceSecrets secrets;
        const int failed = workspaceForCall(parser.value(workspace), &saved, &secrets);
        if (failed >= 0)
            return failed;
        error = saved.validate();
        if (!error.isEmpty())
            return usage(error);
        options->source.title = saved.name;
        options->source.endpoint = saved.endpoint();
        options->source.viaGateway = saved.needsSubscriptionKey;
        options->credentials = secrets.credentials;
    } else {
        options->source.endpoint = ServiceEndpoint::parse(parser.value(url), &error);
        if (!options->source.endpoint.isValid())
            return usage(QStringLiteral("--url: ") + error);
        if (!secretFromEnvironment(parser.value(apiKeyEnv), &options->credentials.apiKey, &error)
            || !secretFromEnvironment(parser.value(subscriptionKeyEnv), &options->credentials.subscriptionKey, &error))
            return usage(error);
        options->source.viaGateway = parser.isSet(subscriptionKeyEnv);
        options->credentials.allowCleartext = parser.isSet(allowHttp);
    }
    if (parser.isSet(deployment)) {
        if (!options->source.endpoint.isOnlineEndpoint())
            return usage(QStringLiteral("--deployment is for online endpoints (a URL ending in /score)"));
        options->source.endpoint.setDeployment(parser.value(deployment));
    }
    options->output = parser.value(output);
    return -1;
}

// The service's description, when the keys reach it; a warning and generic schemas otherwise.
void readDescription(ExportOptions *options)
{
    if (options->credentials.apiKey.isEmpty()) {
        printError(QStringLiteral("warning: no key given, so the service's description is not read: the schemas are generic"));
        return;
    }
    QNetworkAccessManager network;
    HttpClient client(&network);
    ConnectionTest test(&client, options->source.endpoint, options->credentials, options->source.viaGateway);
    QEventLoop loop;
    QObject::connect(&test, &ConnectionTest::finished, &loop, &QEventLoop::quit);
    test.start();
    loop.exec();
    ServiceSchema schema;
    QString error;
    if (test.report().ok && !test.description().isEmpty() && ServiceSchema::parse(test.description(), &schema, &error)) {
        options->source.schema = schema;
        return;
    }
    const QString why = test.report().ok ? (error.isEmpty() ? QStringLiteral("the service publishes none") : error) : test.report().summary;
    printError(QStringLiteral("warning: no service description (%1): the schemas are generic").arg(why));
}

int exportDefinition(const QStringList &arguments)
{
    ExportOptions options;
    const int parsed = parseOptions(arguments, &options);
    if (parsed >= 0)
        return parsed;
    readDescription(&options);
    const QByteArray document = QJsonDocument(exportApiDefinition(options.source)).toJson(QJsonDocument::Indented);
    if (options.output.isEmpty()) {
        printOut(document);
        return Success;
    }
    QString error;
    if (!writeFileAtomically(options.output, document, &error)) {
        printError(error);
        return Failure;
    }
    return Success;
}

} // namespace

int runApimCommand(const QStringList &arguments)
{
    if (arguments.value(0) == QLatin1String("export"))
        return exportDefinition(arguments.mid(1));
    printOut("Usage: scoredesk-cli apim export (--workspace NAME | --url URL [--api-key-env VAR] [--subscription-key-env VAR])\n"
             "                                [--deployment NAME] [--output FILE.json]\n"
             "  Writes an OpenAPI 3.0 definition that API Management imports.\n");
    return arguments.isEmpty() || arguments.first().startsWith(QLatin1String("-h")) || arguments.first() == QLatin1String("--help") ? Success : UsageError;
}

} // namespace ScoreDesk::Cli
