#pragma once

#include "appcontext.h"
#include "sandboxprocess.h"

#include <QTest>

// Saves a workspace for the sandbox (with its API key and any further secrets) and waits for the
// keychain to take it: what every benchmark that drives the window does first.
inline bool saveSandboxWorkspace(ScoreDesk::App::AppContext *context, const SandboxProcess &sandbox,
                                 ScoreDesk::Workspace workspace = {},
                                 QMap<ScoreDesk::SecretKind, QString> secrets = {})
{
    if (workspace.name.isEmpty())
        workspace.name = QStringLiteral("Sandbox");
    workspace.apiLocation = sandbox.url().toString();
    secrets.insert(ScoreDesk::SecretKind::ApiKey, sandbox.apiKey());
    bool saved = false;
    context->workspaces()->save(workspace, secrets, context, [&](const ScoreDesk::WorkspaceOutcome &outcome) { saved = outcome.ok(); });
    return QTest::qWaitFor([&] { return saved; }, 15000);
}
