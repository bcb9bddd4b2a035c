#include "appcontext.h"

#include "core/service/connectiontest.h"

#include <QDir>
#include <QCryptographicHash>
#include <QPointer>
#include <QStandardPaths>

namespace ScoreDesk::App {

AppFiles AppFiles::standard()
{
    return {WorkspaceStore::standardFilePath(), HistoryStore::standardFilePath(), JobStore::standardFilePath(),
            QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/kept")};
}

AppFiles AppFiles::in(const QString &folder)
{
    const QDir dir(folder);
    return {dir.filePath(QStringLiteral("workspaces.json")), dir.filePath(QStringLiteral("history.sqlite")),
            dir.filePath(QStringLiteral("jobs.sqlite")), dir.filePath(QStringLiteral("kept"))};
}

AppContext::AppContext(const AppFiles &files, SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_store(files.workspaces)
    , m_manager(&m_store, secrets ? secrets : &m_keychain)
    , m_history(files.history)
    , m_jobs(files.jobs)
    , m_kept(files.kept)
{
    m_store.load(&m_loadError);
    m_history.open(&m_historyError);
    m_jobsOpen = m_jobs.open(&m_jobsError);
    m_http.setTlsErrorHandler(&m_trust);
    connect(&m_manager, &WorkspaceManager::workspacesChanged, this, &AppContext::forgetDescriptions);
}

void AppContext::setPrompter(Prompter *prompter)
{
    m_prompter = prompter ? prompter : &m_dialogs;
    m_trust.setPrompter(m_prompter);
}

namespace {

// Named after the service's address too, so that a workspace pointed elsewhere reads anew.
QString descriptionFile(const Workspace &workspace)
{
    return QStringLiteral("description-")
         + QString::fromLatin1(QCryptographicHash::hash(workspace.apiLocation.toUtf8(), QCryptographicHash::Sha1).toHex().left(12));
}

} // namespace

bool AppContext::describesWithoutQuota(const Workspace &workspace) const
{
    return !workspace.needsSubscriptionKey || m_schemas.contains(workspace.id) || m_kept.contains(workspace.id, descriptionFile(workspace));
}

void AppContext::keepDescription(const Workspace &workspace, const QByteArray &description)
{
    ServiceSchema schema;
    QString error;
    if (!ServiceSchema::parse(description, &schema, &error))
        return;
    m_schemas.insert(workspace.id, schema);
    m_kept.write(workspace.id, descriptionFile(workspace), description, &error); // only a cache: losing it costs one call
    Q_EMIT descriptionKept(workspace.id);
}

void AppContext::forgetDescriptions()
{
    // Workspaces edited or removed: what was read for them may no longer be theirs.
    m_schemas.clear();
    const QList<Workspace> workspaces = m_store.workspaces();
    m_kept.removeAllBut([&workspaces](const QUuid &id) {
        return std::any_of(workspaces.begin(), workspaces.end(), [&id](const Workspace &workspace) { return workspace.id == id; });
    });
}

std::optional<ServiceSchema> AppContext::keptDescription(const Workspace &workspace)
{
    if (!m_schemas.contains(workspace.id)) {
        ServiceSchema schema;
        QString error;
        const QByteArray kept = m_kept.read(workspace.id, descriptionFile(workspace));
        if (kept.isEmpty() || !ServiceSchema::parse(kept, &schema, &error))
            return std::nullopt;
        m_schemas.insert(workspace.id, schema);
    }
    return m_schemas.value(workspace.id);
}

void AppContext::describe(const Workspace &workspace, QObject *context, DescribeDone done, bool reload)
{
    if (!reload) {
        if (const std::optional<ServiceSchema> kept = keptDescription(workspace)) {
            done(kept, QString());
            return;
        }
    }
    // One fetch per workspace at a time, whoever asks: behind a gateway each fetch is a call
    // against the user's rate limit.
    QList<Waiter> &waiters = m_describing[workspace.id];
    waiters.append(Waiter{QPointer<QObject>(context), std::move(done)});
    if (waiters.size() > 1)
        return;
    auto answer = [this, workspace, id = workspace.id](const std::optional<ServiceSchema> &schema, const QString &error, const QByteArray &description) {
        if (schema)
            keepDescription(workspace, description);
        const QList<Waiter> waiting = m_describing.take(id);
        for (const Waiter &waiter : waiting) {
            if (waiter.context)
                waiter.done(schema, error);
        }
    };
    m_manager.loadSecrets(workspace, this, [this, workspace, answer](const WorkspaceSecrets &secrets, const WorkspaceOutcome &outcome) {
        if (!outcome.ok()) {
            answer(std::nullopt, outcome.message, {});
            return;
        }
        auto *test = new ConnectionTest(&m_http, workspace.endpoint(), secrets.credentials, workspace.needsSubscriptionKey, this);
        connect(test, &ConnectionTest::finished, this, [test, answer] {
            test->deleteLater();
            ServiceSchema schema;
            QString error;
            if (test->report().ok && ServiceSchema::parse(test->description(), &schema, &error))
                answer(schema, QString(), test->description());
            else
                answer(std::nullopt, test->report().ok ? error : test->report().summary, {});
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
