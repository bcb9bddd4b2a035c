#include "workspacecommand.h"

#include "clicontext.h"
#include "cliworkspaces.h"
#include "exitcodes.h"

#include "core/workspace/tokenexpiry.h"

#include <QCommandLineParser>

namespace ScoreDesk::Cli {

namespace {

const char WorkspaceUsage[] =
    "Usage: scoredesk-cli workspace COMMAND\n"
    "\n"
    "  add NAME --url URL --api-key-env VAR [--subscription-key-env VAR]\n"
    "           [--storage-env VAR] [--container NAME] [--notes TEXT]\n"
    "           [--kind classic|online-endpoint] [--deployment NAME] [--token]\n"
    "      Saves a workspace (or updates the one of that name). Secrets are read from the\n"
    "      named environment variables and stored in the system keychain, nowhere else.\n"
    "      A URL ending in /score is an Azure ML online endpoint (--kind says so for another);\n"
    "      --deployment picks one of its deployments, --token says the key is an aml_token\n"
    "      (its expiry is read from it and warned about).\n"
    "  list             names and API locations\n"
    "  show NAME        the definition, and which secrets the keychain holds for it\n"
    "  remove NAME      deletes the workspace and its keychain entries\n";

int addWorkspace(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption url(QStringLiteral("url"), QStringLiteral("API location."), QStringLiteral("URL"));
    const QCommandLineOption apiKeyEnv(QStringLiteral("api-key-env"), QStringLiteral("Variable holding the API key."), QStringLiteral("VAR"));
    const QCommandLineOption subscriptionEnv(QStringLiteral("subscription-key-env"), QStringLiteral("Variable holding the gateway key."), QStringLiteral("VAR"));
    const QCommandLineOption storageEnv(QStringLiteral("storage-env"), QStringLiteral("Variable holding the storage connection string."), QStringLiteral("VAR"));
    const QCommandLineOption container(QStringLiteral("container"), QStringLiteral("Default blob container."), QStringLiteral("NAME"));
    const QCommandLineOption notes(QStringLiteral("notes"), QStringLiteral("Free text."), QStringLiteral("TEXT"));
    const QCommandLineOption allowHttp(QStringLiteral("allow-http"), QStringLiteral("Keys may go over plain http:// to a remote host."));
    const QCommandLineOption kind(QStringLiteral("kind"), QStringLiteral("classic or online-endpoint (default: from the URL)."), QStringLiteral("KIND"));
    const QCommandLineOption deployment(QStringLiteral("deployment"), QStringLiteral("Online endpoints: the deployment to call."), QStringLiteral("NAME"));
    const QCommandLineOption token(QStringLiteral("token"), QStringLiteral("Online endpoints: the key is an aml_token, which expires."));
    parser.addOptions({url, apiKeyEnv, subscriptionEnv, storageEnv, container, notes, allowHttp, kind, deployment, token});
    if (!parser.parse(QStringList{QStringLiteral("workspace add")} + arguments)) {
        printError(parser.errorText());
        return UsageError;
    }
    if (parser.positionalArguments().size() != 1) {
        printError(QStringLiteral("workspace add takes one NAME (quote it if it has spaces)"));
        return UsageError;
    }
    if (!parser.isSet(url) || !parser.isSet(apiKeyEnv)) {
        printError(QStringLiteral("workspace add needs --url and --api-key-env"));
        return UsageError;
    }
    QMap<SecretKind, QString> secrets;
    QString error;
    QString value;
    if (!secretFromEnvironment(parser.value(apiKeyEnv), &value, &error)) {
        printError(error);
        return UsageError;
    }
    secrets.insert(SecretKind::ApiKey, value);
    if (parser.isSet(subscriptionEnv)) {
        if (!secretFromEnvironment(parser.value(subscriptionEnv), &value, &error)) {
            printError(error);
            return UsageError;
        }
        secrets.insert(SecretKind::SubscriptionKey, value);
    }
    if (parser.isSet(storageEnv)) {
        if (!secretFromEnvironment(parser.value(storageEnv), &value, &error)) {
            printError(error);
            return UsageError;
        }
        secrets.insert(SecretKind::StorageConnectionString, value);
    }

    CliWorkspaces workspaces;
    int exitCode = Success;
    if (!workspaces.open(&exitCode))
        return exitCode;
    const QString name = parser.positionalArguments().first().trimmed();
    Workspace workspace;
    const Workspace *existing = workspaces.store().findByName(name);
    if (existing)
        workspace = *existing;
    workspace.name = name;
    workspace.apiLocation = parser.value(url).trimmed();
    workspace.needsSubscriptionKey = parser.isSet(subscriptionEnv);
    workspace.allowPlainHttp = parser.isSet(allowHttp);
    workspace.kind = serviceKindOfUrl(workspace.apiLocation);
    if (parser.isSet(kind)) {
        if (parser.value(kind) != QLatin1String("classic") && parser.value(kind) != QLatin1String("online-endpoint")) {
            printError(QStringLiteral("--kind takes classic or online-endpoint, got '%1'").arg(parser.value(kind)));
            return UsageError;
        }
        workspace.kind = parser.value(kind) == QLatin1String("classic") ? ServiceKind::ClassicService : ServiceKind::OnlineEndpoint;
    }
    if ((parser.isSet(deployment) || parser.isSet(token)) && !workspace.isOnlineEndpoint()) {
        printError(QStringLiteral("--deployment and --token are for online endpoints (a URL ending in /score, or --kind online-endpoint)"));
        return UsageError;
    }
    workspace.deployment = parser.value(deployment).trimmed();
    workspace.keyIsToken = parser.isSet(token);
    workspace.tokenExpiresAt = workspace.keyIsToken ? tokenExpiry(secrets.value(SecretKind::ApiKey)) : QDateTime();
    if (parser.isSet(container))
        workspace.defaultContainer = parser.value(container);
    if (parser.isSet(notes))
        workspace.notes = parser.value(notes);
    const QString problem = workspace.validate();
    if (!problem.isEmpty()) {
        printError(problem);
        return UsageError;
    }
    const WorkspaceOutcome outcome = workspaces.save(workspace, secrets);
    if (!outcome.ok()) {
        printError(outcome.message);
        return exitCodeFor(outcome);
    }
    printOut((existing ? QStringLiteral("updated workspace '%1'\n") : QStringLiteral("added workspace '%1'\n")).arg(name).toUtf8());
    return Success;
}

int listWorkspaces()
{
    CliWorkspaces workspaces;
    int exitCode = Success;
    if (!workspaces.open(&exitCode))
        return exitCode;
    for (const Workspace &workspace : workspaces.store().workspaces())
        printOut((workspace.name + QLatin1Char('\t') + workspace.apiLocation + QLatin1Char('\n')).toUtf8());
    return Success;
}

int showWorkspace(const QString &name)
{
    CliWorkspaces workspaces;
    int exitCode = Success;
    const Workspace *workspace = workspaces.openAndFind(name, &exitCode);
    if (!workspace)
        return exitCode;
    QString text;
    text += QStringLiteral("name:         %1\n").arg(workspace->name);
    text += QStringLiteral("id:           %1\n").arg(workspace->id.toString(QUuid::WithoutBraces));
    text += QStringLiteral("api location: %1\n").arg(workspace->apiLocation);
    if (workspace->isOnlineEndpoint()) {
        text += QStringLiteral("kind:         online endpoint\n");
        text += QStringLiteral("deployment:   %1\n").arg(workspace->deployment.isEmpty() ? QStringLiteral("(the endpoint's traffic split)") : workspace->deployment);
        if (workspace->keyIsToken)
            text += QStringLiteral("token until:  %1\n").arg(workspace->tokenExpiresAt.isValid() ? workspace->tokenExpiresAt.toString(Qt::ISODate) : QStringLiteral("unknown"));
    } else {
        text += QStringLiteral("api version:  %1\n").arg(workspace->apiVersion);
    }
    text += QStringLiteral("gateway:      %1\n").arg(workspace->needsSubscriptionKey ? QStringLiteral("yes (subscription key required)") : QStringLiteral("no"));
    if (!workspace->defaultContainer.isEmpty())
        text += QStringLiteral("container:    %1\n").arg(workspace->defaultContainer);
    if (!workspace->notes.isEmpty())
        text += QStringLiteral("notes:        %1\n").arg(workspace->notes);
    QList<SecretKind> kinds;
    const WorkspaceOutcome outcome = workspaces.storedKinds(workspace->id, &kinds);
    if (outcome.ok()) {
        QStringList labels;
        for (SecretKind kind : kinds)
            labels.append(secretKindLabel(kind));
        text += QStringLiteral("in keychain:  %1\n").arg(labels.isEmpty() ? QStringLiteral("nothing") : labels.join(QStringLiteral(", ")));
    } else {
        text += QStringLiteral("in keychain:  unknown (%1)\n").arg(outcome.message);
    }
    printOut(text.toUtf8());
    return Success;
}

int removeWorkspace(const QString &name)
{
    CliWorkspaces workspaces;
    int exitCode = Success;
    const Workspace *workspace = workspaces.openAndFind(name, &exitCode);
    if (!workspace)
        return exitCode;
    const WorkspaceOutcome outcome = workspaces.remove(workspace->id);
    if (!outcome.ok()) {
        printError(outcome.message);
        return exitCodeFor(outcome);
    }
    printOut(QStringLiteral("removed workspace '%1' and its keys\n").arg(name).toUtf8());
    return Success;
}

} // namespace

int runWorkspaceCommand(const QStringList &arguments)
{
    const QString command = arguments.value(0);
    if (command.isEmpty() || command == QLatin1String("--help") || command == QLatin1String("-h")) {
        printOut(WorkspaceUsage);
        return command.isEmpty() ? UsageError : Success;
    }
    if (command == QLatin1String("add"))
        return addWorkspace(arguments.mid(1));
    if (command == QLatin1String("list") && arguments.size() == 1)
        return listWorkspaces();
    if (command == QLatin1String("show") && arguments.size() == 2)
        return showWorkspace(arguments.at(1));
    if (command == QLatin1String("remove") && arguments.size() == 2)
        return removeWorkspace(arguments.at(1));
    printError(QStringLiteral("unknown or incomplete workspace command; see scoredesk-cli workspace --help"));
    return UsageError;
}

} // namespace ScoreDesk::Cli
