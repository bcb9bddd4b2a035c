#pragma once

#include "core/workspace/keychainsecretstore.h"
#include "core/workspace/workspacemanager.h"
#include "core/workspace/workspacestore.h"

namespace ScoreDesk::Cli {

// The workspace list and the keychain, with blocking calls: a command-line tool does one
// thing at a time, so each asynchronous keychain answer is awaited in a local event loop.
class CliWorkspaces
{
public:
    CliWorkspaces();

    // Loads the list; on failure prints the reason and returns the exit code to use.
    bool open(int *exitCode);

    WorkspaceStore &store() { return m_store; }
    WorkspaceManager *manager() { return &m_manager; }
    const Workspace *find(const QString &name, int *exitCode);
    // open() then find(): the start of every command that names a workspace.
    const Workspace *openAndFind(const QString &name, int *exitCode);

    WorkspaceOutcome save(const Workspace &workspace, const QMap<SecretKind, QString> &secrets);
    WorkspaceOutcome remove(const QUuid &id);
    WorkspaceOutcome loadSecrets(const Workspace &workspace, WorkspaceSecrets *secrets);
    WorkspaceOutcome storedKinds(const QUuid &id, QList<SecretKind> *kinds);

private:
    WorkspaceStore m_store{WorkspaceStore::standardFilePath()};
    KeychainSecretStore m_keychain;
    WorkspaceManager m_manager{&m_store, &m_keychain};
};

// The exit code for a failed workspace operation.
int exitCodeFor(const WorkspaceOutcome &outcome);

// Loads a workspace by name with its secrets, for commands that take --workspace NAME.
// Prints the error and returns the exit code on failure, -1 on success.
int workspaceForCall(const QString &name, Workspace *workspace, WorkspaceSecrets *secrets);

} // namespace ScoreDesk::Cli
