#include "jobcredentials.h"

#include <QCoreApplication>
#include <QPointer>
#include <QUrl>

namespace ScoreDesk {

JobCredentials::JobCredentials(WorkspaceManager *workspaces)
    : m_workspaces(workspaces)
{
}

void JobCredentials::setCommandSecrets(const QString &serviceUrl, const WorkspaceSecrets &secrets)
{
    m_commandServiceUrl = serviceUrl;
    m_commandSecrets = secrets;
}

bool JobCredentials::sameHost(const QString &a, const QString &b)
{
    const QUrl first(a);
    const QUrl second(b);
    return first.isValid() && second.isValid() && first.scheme() == second.scheme()
        && first.host().compare(second.host(), Qt::CaseInsensitive) == 0 && first.port() == second.port();
}

void JobCredentials::lookup(const QUuid &workspaceId, const QString &serviceUrl, QObject *context, Done done) const
{
    auto refuse = [&done](const QString &message) { done(WorkspaceSecrets(), message); };
    if (workspaceId.isNull()) {
        if (m_commandServiceUrl.isEmpty() || m_commandServiceUrl != serviceUrl)
            return refuse(QCoreApplication::translate("JobCredentials", "no keys were given for %1").arg(QUrl(serviceUrl).host()));
        return done(m_commandSecrets, QString());
    }
    const Workspace *workspace = m_workspaces ? m_workspaces->store()->findById(workspaceId) : nullptr;
    if (!workspace)
        return refuse(QCoreApplication::translate("JobCredentials", "the job's workspace no longer exists, so its keys are gone"));
    if (!sameHost(workspace->endpoint().location().toString(), serviceUrl))
        return refuse(QCoreApplication::translate("JobCredentials", "workspace \"%1\" now points to another service than the job's (%2); "
                                                                    "its keys are not sent there")
                          .arg(workspace->name, QUrl(serviceUrl).host()));
    m_workspaces->loadSecrets(*workspace, context, [done](const WorkspaceSecrets &secrets, const WorkspaceOutcome &outcome) {
        done(secrets, outcome.ok() ? QString() : outcome.message);
    });
}

} // namespace ScoreDesk
