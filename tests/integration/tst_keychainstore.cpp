#include "core/workspace/keychainsecretstore.h"
#include "core/workspace/workspacemanager.h"

#include <QTemporaryDir>
#include <QTest>

using namespace ScoreDesk;

// KeychainSecretStore and WorkspaceManager against the real Secret Service that
// scripts/test.sh starts (gnome-keyring, unlocked, in a private D-Bus session).
class TestKeychainStore : public QObject
{
    Q_OBJECT

    KeychainSecretStore m_store;

    SecretResult wait(std::function<void(SecretStore::Callback)> call)
    {
        SecretResult answer;
        bool done = false;
        call([&](const SecretResult &result) {
            answer = result;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 20000))
            qFatal("the keychain never answered");
        return answer;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QFAIL("no D-Bus session: run the tests through scripts/test.sh");
        const SecretResult probe = wait([&](auto done) { m_store.probe(this, done); });
        QVERIFY2(probe.ok(), qPrintable(probe.message));
    }

    void everyKindSavedReadUpdatedDeleted_data()
    {
        QTest::addColumn<int>("kind");
        for (int k = 0; k < int(SecretKind::Count); ++k)
            QTest::newRow(qPrintable(secretKindName(SecretKind(k)))) << k;
    }
    void everyKindSavedReadUpdatedDeleted()
    {
        QFETCH(int, kind);
        const SecretKind secretKind = SecretKind(kind);
        const QUuid workspace = QUuid::createUuid();
        const QString first = QStringLiteral("first-\u00e9-%1").arg(QUuid::createUuid().toString());
        const QString second = QStringLiteral("AccountKey=second==;%1").arg(QUuid::createUuid().toString());

        QVERIFY(wait([&](auto done) { m_store.write(workspace, secretKind, first, this, done); }).ok());
        SecretResult read = wait([&](auto done) { m_store.read(workspace, secretKind, this, done); });
        QVERIFY(read.ok());
        QCOMPARE(read.value, first);

        QVERIFY(wait([&](auto done) { m_store.write(workspace, secretKind, second, this, done); }).ok());
        QCOMPARE(wait([&](auto done) { m_store.read(workspace, secretKind, this, done); }).value, second);

        QVERIFY(wait([&](auto done) { m_store.remove(workspace, secretKind, this, done); }).ok());
        QCOMPARE(wait([&](auto done) { m_store.read(workspace, secretKind, this, done); }).status, SecretResult::Status::NotFound);
        // Removing again is not an error.
        QVERIFY(wait([&](auto done) { m_store.remove(workspace, secretKind, this, done); }).ok());
    }

    void kindsAndWorkspacesDoNotMix()
    {
        const QUuid a = QUuid::createUuid();
        const QUuid b = QUuid::createUuid();
        QVERIFY(wait([&](auto done) { m_store.write(a, SecretKind::ApiKey, QStringLiteral("a-api"), this, done); }).ok());
        QCOMPARE(wait([&](auto done) { m_store.read(b, SecretKind::ApiKey, this, done); }).status, SecretResult::Status::NotFound);
        QCOMPARE(wait([&](auto done) { m_store.read(a, SecretKind::SubscriptionKey, this, done); }).status, SecretResult::Status::NotFound);
        QVERIFY(wait([&](auto done) { m_store.remove(a, SecretKind::ApiKey, this, done); }).ok());
    }

    void removingAWorkspaceRemovesItsSecrets()
    {
        QTemporaryDir dir;
        WorkspaceStore store(dir.filePath(QStringLiteral("workspaces.json")));
        WorkspaceManager manager(&store, &m_store);
        Workspace workspace;
        workspace.name = QStringLiteral("Keychain test");
        workspace.apiLocation = QStringLiteral("http://127.0.0.1:9/workspaces/w/services/s");
        workspace.needsSubscriptionKey = true;
        bool done = false;
        WorkspaceOutcome outcome;
        manager.save(workspace,
                     {{SecretKind::ApiKey, QStringLiteral("api")}, {SecretKind::SubscriptionKey, QStringLiteral("sub")},
                      {SecretKind::StorageConnectionString, QStringLiteral("UseDevelopmentStorage=true")}},
                     this, [&](const WorkspaceOutcome &result) {
                         outcome = result;
                         done = true;
                     });
        QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
        QVERIFY2(outcome.ok(), qPrintable(outcome.message));
        const QUuid id = store.workspaces().first().id;
        for (int k = 0; k < int(SecretKind::Count); ++k)
            QVERIFY(wait([&](auto callback) { m_store.read(id, SecretKind(k), this, callback); }).ok());

        done = false;
        manager.remove(id, this, [&](const WorkspaceOutcome &result) {
            outcome = result;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
        QVERIFY(outcome.ok());
        for (int k = 0; k < int(SecretKind::Count); ++k)
            QCOMPARE(wait([&](auto callback) { m_store.read(id, SecretKind(k), this, callback); }).status, SecretResult::Status::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestKeychainStore)
#include "tst_keychainstore.moc"
