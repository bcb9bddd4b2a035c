#pragma once

#include "core/history/historystore.h"
#include "core/http/httpclient.h"
#include "core/jobs/jobpoller.h"
#include "core/service/serviceschema.h"
#include "core/workspace/keychainsecretstore.h"
#include "core/workspace/memorysecretstore.h"
#include "core/workspace/workspacemanager.h"
#include "core/workspace/workspacestore.h"

#include "sessiontrust.h"

#include <QNetworkAccessManager>
#include <QHash>
#include <QObject>

#include <optional>

namespace ScoreDesk::App {

// Everything the pages share, built once in main() and handed to the window. Tests build
// their own with a temporary workspace file and the secret store they want.
class AppContext : public QObject
{
    Q_OBJECT
public:
    explicit AppContext(const QString &workspaceFile = WorkspaceStore::defaultFilePath(), SecretStore *secrets = nullptr,
                        const QString &historyFile = HistoryStore::defaultFilePath(), const QString &jobsFile = JobStore::defaultFilePath(),
                        QObject *parent = nullptr);

    HttpClient *http() { return &m_http; }
    SessionTrust *trust() { return &m_trust; }
    WorkspaceManager *workspaces() { return &m_manager; }
    // Null when the history database could not be opened (historyError() says why).
    HistoryStore *history() { return m_history.isOpen() ? &m_history : nullptr; }
    const QString &historyError() const { return m_historyError; }
    // Null when the job list could not be opened (jobsError() says why).
    JobStore *jobs() { return m_jobsOpen ? &m_jobs : nullptr; }
    const QString &jobsError() const { return m_jobsError; }
    JobPoller *poller() { return &m_poller; }
    const QString &workspaceLoadError() const { return m_loadError; }

    // True once the user chose to keep keys in memory because no keychain answered.
    bool usesSessionOnlySecrets() const { return m_manager.secretStore() == &m_sessionSecrets; }
    void useSessionOnlySecrets();

    // The service description of a workspace, fetched once (swagger.json) and then kept for the
    // session; `error` says in words why there is none.
    using DescribeDone = std::function<void(const std::optional<ServiceSchema> &schema, const QString &error)>;
    void describe(const Workspace &workspace, QObject *context, DescribeDone done, bool reload = false);

    // Asks the keychain whether it answers; false with the reason when it does not. Stores
    // other than the keychain always answer.
    void probeSecretStore(QObject *context, std::function<void(bool available, const QString &reason)> done);

private:
    QNetworkAccessManager m_network;
    HttpClient m_http{&m_network};
    SessionTrust m_trust;
    WorkspaceStore m_store;
    KeychainSecretStore m_keychain;
    MemorySecretStore m_sessionSecrets;
    WorkspaceManager m_manager;
    QString m_loadError;
    HistoryStore m_history;
    QString m_historyError;
    JobStore m_jobs;
    bool m_jobsOpen = false;
    QString m_jobsError;
    JobPoller m_poller;
    QHash<QUuid, ServiceSchema> m_schemas;
};

} // namespace ScoreDesk::App
