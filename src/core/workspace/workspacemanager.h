#pragma once

#include "secretstore.h"
#include "workspace.h"
#include "workspacestore.h"

#include "../service/servicecredentials.h"

#include <QMap>
#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>

namespace ScoreDesk {

// What a call to a workspace's service needs, read from the secret store.
struct WorkspaceSecrets
{
    ServiceCredentials credentials;
    QString storageConnectionString;
};

// How a workspace operation ended; the status lets callers react (the CLI picks its exit
// code, the GUI offers session-only keys) without reading the message.
struct WorkspaceOutcome
{
    enum class Status { Ok, Invalid, MissingSecret, KeychainUnavailable, KeychainFailed, FileFailed };
    Status status = Status::Ok;
    QString message;

    bool ok() const { return status == Status::Ok; }
    bool isKeychainProblem() const { return status == Status::KeychainUnavailable || status == Status::KeychainFailed; }
    static WorkspaceOutcome failure(Status status, const QString &message) { return {status, message}; }
};

// Keeps workspace definitions and their secrets in step: a workspace is saved only once its
// secrets are, and removed only once its secrets are gone, so that a keychain failure never
// leaves a half-saved workspace or orphaned keys.
class WorkspaceManager : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(const WorkspaceOutcome &outcome)>;
    using SecretsDone = std::function<void(const WorkspaceSecrets &secrets, const WorkspaceOutcome &outcome)>;

    WorkspaceManager(WorkspaceStore *store, SecretStore *secrets, QObject *parent = nullptr);

    WorkspaceStore *store() const { return m_store; }
    SecretStore *secretStore() const { return m_secrets; }
    // Switches where secrets go, e.g. to a session-only store when there is no keychain.
    void setSecretStore(SecretStore *secrets);

    // Every asynchronous call answers through `done`, later, and only while `context` is alive:
    // a dialog closed while the keychain is asking never gets a call on a dead object. The work
    // itself goes on (a save started is finished), only the answer is dropped.

    // Writes the given secrets (an empty value removes that secret; a kind not in the map is
    // left as it is), then saves the definition.
    void save(const Workspace &workspace, const QMap<SecretKind, QString> &secrets, QObject *context, Done done);
    void remove(const QUuid &id, QObject *context, Done done);
    // The API key is required; the subscription key when the workspace needs one.
    void loadSecrets(const Workspace &workspace, QObject *context, SecretsDone done);
    // Adds the workspaces of an export (definitions only; their keys must be entered anew).
    WorkspaceOutcome importWorkspaces(const QByteArray &json, QList<Workspace> *imported);

    // Which secrets are stored, without handing out their values.
    void storedSecretKinds(const QUuid &id, QObject *context, std::function<void(const QList<SecretKind> &kinds, const WorkspaceOutcome &outcome)> done);

Q_SIGNALS:
    void workspacesChanged();
    void secretStoreChanged();

private:
    // A monitor asks for a job's keys at every poll: the keychain is asked once a minute at most
    // per workspace (the keys stay in this process's memory only), and at once after a change.
    static constexpr qint64 SecretsCacheMs = 60'000;
    struct CachedSecrets
    {
        WorkspaceSecrets secrets;
        qint64 loadedAtMs = 0;
    };

    WorkspaceStore *m_store;
    QPointer<SecretStore> m_secrets;
    QHash<QUuid, CachedSecrets> m_cachedSecrets;
    QElapsedTimer m_clock;
};

} // namespace ScoreDesk
