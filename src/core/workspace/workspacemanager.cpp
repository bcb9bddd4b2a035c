#include "workspacemanager.h"

#include <QCoreApplication>
#include <QPointer>

#include <memory>

namespace ScoreDesk {

namespace {

using Next = std::function<void(const WorkspaceOutcome &)>;

QList<SecretKind> allKinds()
{
    QList<SecretKind> kinds;
    for (int k = 0; k < int(SecretKind::Count); ++k)
        kinds.append(SecretKind(k));
    return kinds;
}

WorkspaceOutcome keychainOutcome(const SecretResult &result, const QString &message)
{
    if (result.ok())
        return {};
    return WorkspaceOutcome::failure(result.status == SecretResult::Status::Unavailable ? WorkspaceOutcome::Status::KeychainUnavailable
                                                                                      : WorkspaceOutcome::Status::KeychainFailed,
                                     message);
}

// Runs one asynchronous step per item, in order, stopping at the first failure.
template<typename Item>
void forEachInOrder(QList<Item> items, std::function<void(const Item &, Next)> step, Next finished)
{
    if (items.isEmpty()) {
        finished({});
        return;
    }
    const Item first = items.takeFirst();
    step(first, [items, step, finished](const WorkspaceOutcome &outcome) {
        if (!outcome.ok())
            finished(outcome);
        else
            forEachInOrder<Item>(items, step, finished);
    });
}

// Wraps an answer so that it is dropped once its context is gone.
template<typename... Args>
std::function<void(Args...)> guarded(QObject *context, std::function<void(Args...)> done)
{
    QPointer<QObject> guard(context);
    return [guard, done](Args... args) {
        if (guard)
            done(args...);
    };
}

} // namespace

WorkspaceManager::WorkspaceManager(WorkspaceStore *store, SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_secrets(secrets)
{
}

void WorkspaceManager::setSecretStore(SecretStore *secrets)
{
    m_secrets = secrets;
    Q_EMIT secretStoreChanged();
}

void WorkspaceManager::save(const Workspace &workspace, const QMap<SecretKind, QString> &secrets, QObject *context, Done answer)
{
    const Done done = guarded<const WorkspaceOutcome &>(context, std::move(answer));
    m_cachedSecrets.remove(workspace.id); // its keys or its rules may change now
    QString problem = workspace.validate();
    for (auto it = secrets.begin(); it != secrets.end() && problem.isEmpty(); ++it)
        problem = secretProblem(it.key(), it.value());
    if (!problem.isEmpty()) {
        done(WorkspaceOutcome::failure(WorkspaceOutcome::Status::Invalid, problem));
        return;
    }
    const Workspace *sameName = m_store->findByName(workspace.name);
    if (sameName && sameName->id != workspace.id) {
        done(WorkspaceOutcome::failure(WorkspaceOutcome::Status::Invalid,
                                       QCoreApplication::translate("WorkspaceManager", "A workspace named '%1' already exists.").arg(workspace.name)));
        return;
    }
    Workspace saved = workspace;
    if (saved.id.isNull())
        saved.id = QUuid::createUuid();

    auto step = [this, id = saved.id, secrets](const SecretKind &kind, Next next) {
        const QString value = secrets.value(kind);
        auto answer = [next, kind](const SecretResult &result) {
            next(keychainOutcome(result, QCoreApplication::translate("WorkspaceManager", "Could not store the %1: %2")
                                             .arg(secretKindLabel(kind), result.message)));
        };
        if (value.isEmpty())
            m_secrets->remove(id, kind, this, answer);
        else
            m_secrets->write(id, kind, value, this, answer);
    };
    forEachInOrder<SecretKind>(secrets.keys(), step, [this, saved, done](const WorkspaceOutcome &outcome) {
        if (!outcome.ok()) {
            done(outcome);
            return;
        }
        QString saveError;
        if (!m_store->put(saved, &saveError) || !m_store->save(&saveError)) {
            done(WorkspaceOutcome::failure(WorkspaceOutcome::Status::FileFailed, saveError));
            return;
        }
        Q_EMIT workspacesChanged();
        done({});
    });
}

void WorkspaceManager::remove(const QUuid &id, QObject *context, Done answer)
{
    const Done done = guarded<const WorkspaceOutcome &>(context, std::move(answer));
    m_cachedSecrets.remove(id);
    auto step = [this, id](const SecretKind &kind, Next next) {
        m_secrets->remove(id, kind, this, [next, kind](const SecretResult &result) {
            next(keychainOutcome(result, QCoreApplication::translate("WorkspaceManager", "Could not remove the %1 from the keychain: %2")
                                             .arg(secretKindLabel(kind), result.message)));
        });
    };
    forEachInOrder<SecretKind>(allKinds(), step, [this, id, done](const WorkspaceOutcome &outcome) {
        if (!outcome.ok()) {
            done(outcome);
            return;
        }
        QString saveError;
        m_store->remove(id);
        if (!m_store->save(&saveError)) {
            done(WorkspaceOutcome::failure(WorkspaceOutcome::Status::FileFailed, saveError));
            return;
        }
        Q_EMIT workspacesChanged();
        done({});
    });
}

void WorkspaceManager::loadSecrets(const Workspace &workspace, QObject *context, SecretsDone answer)
{
    const SecretsDone done = guarded<const WorkspaceSecrets &, const WorkspaceOutcome &>(context, std::move(answer));
    if (const auto cached = m_cachedSecrets.constFind(workspace.id);
        cached != m_cachedSecrets.cend() && m_clock.isValid() && m_clock.elapsed() - cached->loadedAtMs < SecretsCacheMs) {
        // Answered as the keychain would be: later, never inside the caller's own call.
        QMetaObject::invokeMethod(this, [done, secrets = cached->secrets] { done(secrets, WorkspaceOutcome()); }, Qt::QueuedConnection);
        return;
    }
    auto secrets = std::make_shared<WorkspaceSecrets>();
    auto step = [this, workspace, secrets](const SecretKind &kind, Next next) {
        m_secrets->read(workspace.id, kind, this, [workspace, secrets, kind, next](const SecretResult &result) {
            if (result.status == SecretResult::Status::NotFound) {
                const bool required = kind == SecretKind::ApiKey || (kind == SecretKind::SubscriptionKey && workspace.needsSubscriptionKey);
                next(required ? WorkspaceOutcome::failure(WorkspaceOutcome::Status::MissingSecret,
                                                          QCoreApplication::translate("WorkspaceManager", "No %1 is stored for workspace '%2'.")
                                                              .arg(secretKindLabel(kind), workspace.name))
                              : WorkspaceOutcome());
                return;
            }
            if (!result.ok()) {
                next(keychainOutcome(result, result.message));
                return;
            }
            switch (kind) {
            case SecretKind::ApiKey:
                secrets->credentials.apiKey = result.value;
                break;
            case SecretKind::SubscriptionKey:
                secrets->credentials.subscriptionKey = result.value;
                break;
            case SecretKind::StorageConnectionString:
                secrets->storageConnectionString = result.value;
                break;
            case SecretKind::Count:
                break;
            }
            next({});
        });
    };
    forEachInOrder<SecretKind>(allKinds(), step, [this, id = workspace.id, secrets, done, allowCleartext = workspace.allowPlainHttp](const WorkspaceOutcome &outcome) {
        secrets->credentials.allowCleartext = allowCleartext;
        if (outcome.ok()) {
            if (!m_clock.isValid())
                m_clock.start();
            m_cachedSecrets.insert(id, CachedSecrets{*secrets, m_clock.elapsed()});
        }
        done(outcome.ok() ? *secrets : WorkspaceSecrets(), outcome);
    });
}

WorkspaceOutcome WorkspaceManager::importWorkspaces(const QByteArray &json, QList<Workspace> *imported)
{
    QString error;
    if (!m_store->importJson(json, imported, &error))
        return WorkspaceOutcome::failure(WorkspaceOutcome::Status::Invalid, error);
    if (!m_store->save(&error)) {
        for (const Workspace &workspace : *imported)
            m_store->remove(workspace.id);
        imported->clear();
        return WorkspaceOutcome::failure(WorkspaceOutcome::Status::FileFailed, error);
    }
    Q_EMIT workspacesChanged();
    return {};
}

void WorkspaceManager::storedSecretKinds(const QUuid &id, QObject *context,
                                         std::function<void(const QList<SecretKind> &, const WorkspaceOutcome &)> answer)
{
    const auto done = guarded<const QList<SecretKind> &, const WorkspaceOutcome &>(context, std::move(answer));
    auto found = std::make_shared<QList<SecretKind>>();
    auto step = [this, id, found](const SecretKind &kind, Next next) {
        m_secrets->read(id, kind, this, [found, kind, next](const SecretResult &result) {
            if (result.ok())
                found->append(kind);
            next(result.status == SecretResult::Status::NotFound ? WorkspaceOutcome() : keychainOutcome(result, result.message));
        });
    };
    forEachInOrder<SecretKind>(allKinds(), step, [found, done](const WorkspaceOutcome &outcome) {
        done(outcome.ok() ? *found : QList<SecretKind>(), outcome);
    });
}

} // namespace ScoreDesk
