#include "core/workspace/memorysecretstore.h"
#include "core/workspace/workspacemanager.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace ScoreDesk;

namespace {

// A keychain that is down: every call answers Unavailable, asynchronously like the real one.
class UnavailableSecretStore : public SecretStore
{
public:
    int calls = 0;
    void read(const QUuid &, SecretKind, QObject *context, Callback done) override { fail(context, done); }
    void write(const QUuid &, SecretKind, const QString &, QObject *context, Callback done) override { fail(context, done); }
    void remove(const QUuid &, SecretKind, QObject *context, Callback done) override { fail(context, done); }
    bool isSessionOnly() const override { return false; }

private:
    void fail(QObject *context, Callback done)
    {
        ++calls;
        QTimer::singleShot(0, context, [done] {
            SecretResult result;
            result.status = SecretResult::Status::Unavailable;
            result.message = QStringLiteral("The system keychain is not available: no Secret Service");
            done(result);
        });
    }
};

} // namespace

class TestWorkspaceManager : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static Workspace sample()
    {
        Workspace workspace;
        workspace.name = QStringLiteral("Local");
        workspace.apiLocation = QStringLiteral("http://127.0.0.1:1/workspaces/sandbox/services/feature-hashing");
        workspace.needsSubscriptionKey = true;
        return workspace;
    }

    template<typename Call>
    static WorkspaceOutcome wait(Call call)
    {
        WorkspaceOutcome result;
        bool done = false;
        call([&](const WorkspaceOutcome &outcome) {
            result = outcome;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 5000))
            qFatal("no answer");
        return result;
    }

private Q_SLOTS:
    void saveLoadAndRemoveSecrets()
    {
        WorkspaceStore store(m_dir.filePath(QStringLiteral("a.json")));
        MemorySecretStore secrets;
        WorkspaceManager manager(&store, &secrets);
        QSignalSpy changed(&manager, &WorkspaceManager::workspacesChanged);

        const QMap<SecretKind, QString> values{{SecretKind::ApiKey, QStringLiteral("api-1")},
                                               {SecretKind::SubscriptionKey, QStringLiteral("sub-1")},
                                               {SecretKind::StorageConnectionString, QStringLiteral("UseDevelopmentStorage=true")}};
        QVERIFY(wait([&](auto done) { manager.save(sample(), values, &manager, done); }).ok());
        QCOMPARE(changed.count(), 1);
        const Workspace saved = store.workspaces().first();
        QVERIFY(!saved.id.isNull());

        WorkspaceSecrets loaded;
        WorkspaceOutcome outcome = wait([&](auto done) {
            manager.loadSecrets(saved, &manager, [&, done](const WorkspaceSecrets &secretsRead, const WorkspaceOutcome &result) {
                loaded = secretsRead;
                done(result);
            });
        });
        QVERIFY(outcome.ok());
        QCOMPARE(loaded.credentials.apiKey, QStringLiteral("api-1"));
        QCOMPARE(loaded.credentials.subscriptionKey, QStringLiteral("sub-1"));
        QCOMPARE(loaded.storageConnectionString, QStringLiteral("UseDevelopmentStorage=true"));

        // An update that leaves the API key out keeps it; an empty value removes a secret.
        Workspace edited = saved;
        edited.needsSubscriptionKey = false;
        QVERIFY(wait([&](auto done) { manager.save(edited, {{SecretKind::SubscriptionKey, QString()}}, &manager, done); }).ok());
        QList<SecretKind> kinds;
        QVERIFY(wait([&](auto done) {
                    manager.storedSecretKinds(saved.id, &manager, [&, done](const QList<SecretKind> &found, const WorkspaceOutcome &result) {
                        kinds = found;
                        done(result);
                    });
                }).ok());
        QCOMPARE(kinds, (QList<SecretKind>{SecretKind::ApiKey, SecretKind::StorageConnectionString}));

        QVERIFY(wait([&](auto done) { manager.remove(saved.id, &manager, done); }).ok());
        QVERIFY(store.workspaces().isEmpty());
        QVERIFY(wait([&](auto done) {
                    manager.storedSecretKinds(saved.id, &manager, [&, done](const QList<SecretKind> &found, const WorkspaceOutcome &result) {
                        kinds = found;
                        done(result);
                    });
                }).ok());
        QVERIFY(kinds.isEmpty());
    }

    void missingApiKeyIsReported()
    {
        WorkspaceStore store(m_dir.filePath(QStringLiteral("b.json")));
        MemorySecretStore secrets;
        WorkspaceManager manager(&store, &secrets);
        Workspace workspace = sample();
        workspace.id = QUuid::createUuid();
        const WorkspaceOutcome outcome = wait([&](auto done) {
            manager.loadSecrets(workspace, &manager, [done](const WorkspaceSecrets &, const WorkspaceOutcome &result) { done(result); });
        });
        QCOMPARE(outcome.status, WorkspaceOutcome::Status::MissingSecret);
        QVERIFY(outcome.message.contains(QLatin1String("API key")));
    }

    void unavailableKeychainSavesNothing()
    {
        const QString file = m_dir.filePath(QStringLiteral("c.json"));
        WorkspaceStore store(file);
        UnavailableSecretStore keychain;
        WorkspaceManager manager(&store, &keychain);
        const WorkspaceOutcome outcome = wait([&](auto done) { manager.save(sample(), {{SecretKind::ApiKey, QStringLiteral("api-1")}}, &manager, done); });
        QCOMPARE(outcome.status, WorkspaceOutcome::Status::KeychainUnavailable);
        QVERIFY(outcome.isKeychainProblem());
        QVERIFY(!outcome.message.contains(QLatin1String("api-1")));
        QVERIFY(store.workspaces().isEmpty());
        QVERIFY(!QFile::exists(file)); // the definition was not saved either
    }

    void invalidDefinitionsNeverReachTheKeychain()
    {
        WorkspaceStore store(m_dir.filePath(QStringLiteral("d.json")));
        UnavailableSecretStore keychain;
        WorkspaceManager manager(&store, &keychain);
        Workspace bad = sample();
        bad.apiLocation = QStringLiteral("nope");
        QCOMPARE(wait([&](auto done) { manager.save(bad, {{SecretKind::ApiKey, QStringLiteral("k")}}, &manager, done); }).status,
                 WorkspaceOutcome::Status::Invalid);
        QCOMPARE(keychain.calls, 0);
        // A key pasted with a line break would inject headers later: refused now, in words.
        const WorkspaceOutcome pasted = wait([&](auto done) {
            manager.save(sample(), {{SecretKind::ApiKey, QStringLiteral("key\nX-Other: 1")}}, &manager, done);
        });
        QCOMPARE(pasted.status, WorkspaceOutcome::Status::Invalid);
        QVERIFY(pasted.message.contains(QLatin1String("API key")));
        QVERIFY(!pasted.message.contains(QLatin1String("X-Other")));
        QCOMPARE(keychain.calls, 0);
    }

    void sessionStoreIsSessionOnly()
    {
        MemorySecretStore secrets;
        QVERIFY(secrets.isSessionOnly());
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceManager)
#include "tst_workspacemanager.moc"
