#pragma once

#include "jobrecord.h"

#include "../workspace/workspacemanager.h"

#include <QObject>
#include <QUuid>

#include <functional>

namespace ScoreDesk {

// Where a batch job's keys come from, for every call about it: always the job's own workspace,
// read afresh from the secret store (a key changed meanwhile is used; a key never goes to the
// service of another workspace, whichever workspace the user has chosen in the window). A job
// with no workspace (the CLI's --url) uses the keys its command was given, and only for the
// service they were given for.
class JobCredentials
{
public:
    using Done = std::function<void(const WorkspaceSecrets &secrets, const QString &error)>;

    // workspaces may be null (a CLI command without saved workspaces).
    explicit JobCredentials(WorkspaceManager *workspaces);

    // The keys a command was given for a service with no saved workspace.
    void setCommandSecrets(const QString &serviceUrl, const WorkspaceSecrets &secrets);

    // Answers through `done`, only while `context` lives.
    void lookup(const QUuid &workspaceId, const QString &serviceUrl, QObject *context, Done done) const;
    void lookup(const JobRecord &job, QObject *context, Done done) const { lookup(job.workspaceId, job.serviceUrl, context, std::move(done)); }

    // True when both URLs name the same service host (scheme, host and port).
    static bool sameHost(const QString &a, const QString &b);

private:
    WorkspaceManager *m_workspaces;
    QString m_commandServiceUrl;
    WorkspaceSecrets m_commandSecrets;
};

} // namespace ScoreDesk
