#include "cliworkspaces.h"

#include "clicontext.h"
#include "exitcodes.h"

#include <QEventLoop>

namespace ScoreDesk::Cli {

namespace {

// Runs an asynchronous call and waits for its answer.
template<typename Start>
void await(Start start)
{
    QEventLoop loop;
    bool finished = false;
    start([&loop, &finished] {
        finished = true;
        loop.quit();
    });
    if (!finished)
        loop.exec();
}

} // namespace

CliWorkspaces::CliWorkspaces() = default;

bool CliWorkspaces::open(int *exitCode)
{
    QString error;
    if (!m_store.load(&error)) {
        printError(error);
        *exitCode = Failure;
        return false;
    }
    return true;
}

const Workspace *CliWorkspaces::find(const QString &name, int *exitCode)
{
    const Workspace *workspace = m_store.findByName(name);
    if (!workspace) {
        printError(QStringLiteral("no workspace named '%1' (see scoredesk-cli workspace list)").arg(name));
        *exitCode = UsageError;
    }
    return workspace;
}

const Workspace *CliWorkspaces::openAndFind(const QString &name, int *exitCode)
{
    return open(exitCode) ? find(name, exitCode) : nullptr;
}

WorkspaceOutcome CliWorkspaces::save(const Workspace &workspace, const QMap<SecretKind, QString> &secrets)
{
    WorkspaceOutcome result;
    await([&](auto quit) {
        m_manager.save(workspace, secrets, &m_manager, [&, quit](const WorkspaceOutcome &outcome) {
            result = outcome;
            quit();
        });
    });
    return result;
}

WorkspaceOutcome CliWorkspaces::remove(const QUuid &id)
{
    WorkspaceOutcome result;
    await([&](auto quit) {
        m_manager.remove(id, &m_manager, [&, quit](const WorkspaceOutcome &outcome) {
            result = outcome;
            quit();
        });
    });
    return result;
}

WorkspaceOutcome CliWorkspaces::loadSecrets(const Workspace &workspace, WorkspaceSecrets *secrets)
{
    WorkspaceOutcome result;
    await([&](auto quit) {
        m_manager.loadSecrets(workspace, &m_manager, [&, quit](const WorkspaceSecrets &loaded, const WorkspaceOutcome &outcome) {
            *secrets = loaded;
            result = outcome;
            quit();
        });
    });
    return result;
}

WorkspaceOutcome CliWorkspaces::storedKinds(const QUuid &id, QList<SecretKind> *kinds)
{
    WorkspaceOutcome result;
    await([&](auto quit) {
        m_manager.storedSecretKinds(id, &m_manager, [&, quit](const QList<SecretKind> &found, const WorkspaceOutcome &outcome) {
            *kinds = found;
            result = outcome;
            quit();
        });
    });
    return result;
}

int exitCodeFor(const WorkspaceOutcome &outcome)
{
    switch (outcome.status) {
    case WorkspaceOutcome::Status::Ok:
        return Success;
    case WorkspaceOutcome::Status::Invalid:
    case WorkspaceOutcome::Status::MissingSecret:
        return UsageError;
    case WorkspaceOutcome::Status::KeychainUnavailable:
    case WorkspaceOutcome::Status::KeychainFailed:
        return KeychainError;
    case WorkspaceOutcome::Status::FileFailed:
        return Failure;
    }
    return Failure;
}

int workspaceForCall(const QString &name, Workspace *workspace, WorkspaceSecrets *secrets)
{
    CliWorkspaces workspaces;
    int exitCode = Success;
    const Workspace *found = workspaces.openAndFind(name, &exitCode);
    if (!found)
        return exitCode;
    *workspace = *found;
    const WorkspaceOutcome outcome = workspaces.loadSecrets(*found, secrets);
    if (!outcome.ok()) {
        printError(outcome.message);
        return exitCodeFor(outcome);
    }
    return -1;
}

} // namespace ScoreDesk::Cli
