#pragma once

#include "prompter.h"
#include "sessiontrust.h"

#include "core/history/historystore.h"
#include "core/http/httpclient.h"
#include "core/jobs/batchrunner.h"
#include "core/jobs/jobcredentials.h"
#include "core/jobs/jobpoller.h"
#include "core/jobs/jobstore.h"
#include "core/service/serviceschema.h"
#include "core/workspace/keychainsecretstore.h"
#include "core/workspace/memorysecretstore.h"
#include "core/workspace/workspacefiles.h"
#include "core/workspace/workspacemanager.h"
#include "core/workspace/workspacestore.h"

#include <QHash>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>

#include <optional>

namespace ScoreDesk::App {

// Where the app keeps its files. main() uses standard(); tests give temporary ones, so that
// nothing in a test ever touches the user's real files.
struct AppFiles
{
    QString workspaces;
    QString history;
    QString jobs;
    QString kept; // a folder: descriptions read before and unsent work, per workspace

    static AppFiles standard();
    static AppFiles in(const QString &folder); // every file inside one folder
};

// Everything the pages share, built once in main() and handed to the window. Tests build
// their own with temporary files, the secret store they want and a scripted Prompter.
class AppContext : public QObject
{
    Q_OBJECT
public:
    // secrets == nullptr: the system keychain.
    AppContext(const AppFiles &files, SecretStore *secrets, QObject *parent = nullptr);

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
    BatchRunner *batch() { return &m_batch; }
    const QString &workspaceLoadError() const { return m_loadError; }

    // Who asks the user: real dialogs unless a test says otherwise. The caller keeps it alive.
    Prompter *prompter() const { return m_prompter; }
    void setPrompter(Prompter *prompter);

    // True once the user chose to keep keys in memory because no keychain answered.
    bool usesSessionOnlySecrets() const { return m_manager.secretStore() == &m_sessionSecrets; }
    void useSessionOnlySecrets();

    // The service description of a workspace, fetched once (swagger.json) and then kept, in
    // memory and on disk, until reloaded; `error` says in words why there is none.
    using DescribeDone = std::function<void(const std::optional<ServiceSchema> &schema, const QString &error)>;
    void describe(const Workspace &workspace, QObject *context, DescribeDone done, bool reload = false);
    // True when describe() would answer without a call that counts against a gateway's quota:
    // a description is kept, or the service is called directly.
    bool describesWithoutQuota(const Workspace &workspace) const;
    // The description kept for the workspace, if any; never asks the service.
    std::optional<ServiceSchema> keptDescription(const Workspace &workspace);
    // A description read elsewhere (Test Connection) is kept as if describe() had read it.
    void keepDescription(const Workspace &workspace, const QByteArray &description);
    // Per-workspace files that are not secret: unsent work, descriptions.
    const WorkspaceFiles &keptFiles() const { return m_kept; }

    // Asks the keychain whether it answers; false with the reason when it does not. Stores
    // other than the keychain always answer.
    void probeSecretStore(QObject *context, std::function<void(bool available, const QString &reason)> done);

Q_SIGNALS:
    // A description was read (or read again) for the workspace: forms built from it may update.
    void descriptionKept(const QUuid &workspace);

private:
    void forgetDescriptions();

    DialogPrompter m_dialogs;
    Prompter *m_prompter = &m_dialogs;
    QNetworkAccessManager m_network;
    HttpClient m_http{&m_network};
    SessionTrust m_trust{&m_dialogs};
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
    JobCredentials m_jobCredentials{&m_manager};
    JobPoller m_poller{&m_http, &m_jobs, &m_jobCredentials};
    BatchRunner m_batch{&m_http, &m_jobs, &m_jobCredentials, &m_poller};
    WorkspaceFiles m_kept;
    QHash<QUuid, ServiceSchema> m_schemas;
    struct Waiter
    {
        QPointer<QObject> context;
        DescribeDone done;
    };
    QHash<QUuid, QList<Waiter>> m_describing; // fetches under way, with everyone waiting for them
};

} // namespace ScoreDesk::App
