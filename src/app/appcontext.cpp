#include "appcontext.h"

#include "core/service/connectiontest.h"

#include <QPointer>

namespace ScoreDesk::App {

AppContext::AppContext(const QString &workspaceFile, SecretStore *secrets, const QString &historyFile, const QString &jobsFile, QObject *parent)
    : QObject(parent)
    , m_store(workspaceFile)
    , m_manager(&m_store, secrets ? secrets : &m_keychain)
    , m_history(historyFile)
    , m_jobs(jobsFile)
    , m_poller(&m_http, &m_jobs, [this](const JobRecord &job, auto answer) {
        const Workspace *workspace = m_store.findById(job.workspaceId);
        if (!workspace) {
            answer(ServiceCredentials(), tr("the workspace of job %1 no longer exists").arg(job.jobId));
            return;
        }
        m_manager.loadSecrets(*workspace, [answer](const WorkspaceSecrets &secrets, const WorkspaceOutcome &outcome) {
            answer(secrets.credentials, outcome.ok() ? QString() : outcome.message);
        });
    })
{
    m_store.load(&m_loadError);
    m_history.open(&m_historyError);
    m_jobsOpen = m_jobs.open(&m_jobsError);
    m_http.setTlsErrorHandler(&m_trust);
}

void AppContext::describe(const Workspace &workspace, QObject *context, DescribeDone done, bool reload)
{
    if (!reload && m_schemas.contains(workspace.id)) {
        done(m_schemas.value(workspace.id), QString());
        return;
    }
    QPointer<QObject> guard(context);
    m_manager.loadSecrets(workspace, [this, workspace, guard, done](const WorkspaceSecrets &secrets, const WorkspaceOutcome &outcome) {
        if (!guard)
            return;
        if (!outcome.ok()) {
            done(std::nullopt, outcome.message);
            return;
        }
        auto *test = new ConnectionTest(&m_http, workspace.endpoint(), secrets.credentials, workspace.needsSubscriptionKey, this);
        connect(test, &ConnectionTest::finished, this, [this, test, workspace, guard, done] {
            test->deleteLater();
            if (!guard)
                return;
            ServiceSchema schema;
            QString error;
            if (!test->report().ok || !ServiceSchema::parse(test->description(), &schema, &error)) {
                done(std::nullopt, test->report().ok ? error : test->report().summary);
                return;
            }
            m_schemas.insert(workspace.id, schema);
            done(schema, QString());
        });
        test->start();
    });
}

void AppContext::useSessionOnlySecrets()
{
    m_manager.setSecretStore(&m_sessionSecrets);
}

void AppContext::probeSecretStore(QObject *context, std::function<void(bool, const QString &)> done)
{
    if (m_manager.secretStore() != &m_keychain) {
        done(true, QString());
        return;
    }
    m_keychain.probe(context, [done](const SecretResult &result) { done(result.ok(), result.message); });
}

} // namespace ScoreDesk::App
