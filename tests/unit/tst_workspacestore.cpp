#include "core/workspace/workspacestore.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace ScoreDesk;

class TestWorkspaceStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    static Workspace sample(const QString &name)
    {
        Workspace workspace;
        workspace.name = name;
        workspace.apiLocation = QStringLiteral("https://ussouthcentral.services.azureml.net/workspaces/w1/services/s1");
        workspace.needsSubscriptionKey = true;
        workspace.defaultContainer = QStringLiteral("batch");
        workspace.notes = QStringLiteral("production");
        return workspace;
    }

    static void writeFile(const QString &file, const QByteArray &bytes)
    {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(bytes);
    }

private Q_SLOTS:
    void saveAndLoadRoundTrip()
    {
        WorkspaceStore store(path(QStringLiteral("a/workspaces.json")));
        QString error;
        QVERIFY(store.load(&error)); // no file yet: empty list
        QVERIFY(store.put(sample(QStringLiteral("Prod")), &error));
        QVERIFY(store.put(sample(QStringLiteral("Staging")), &error));
        QVERIFY2(store.save(&error), qPrintable(error));

        WorkspaceStore again(store.filePath());
        QVERIFY(again.load(&error));
        QCOMPARE(again.workspaces().size(), 2);
        QCOMPARE(again.workspaces(), store.workspaces());
        QVERIFY(!again.workspaces().first().id.isNull());
        QFile file(store.filePath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("schemaVersion")).toInt(), WorkspaceStore::SchemaVersion);
    }

    void namesAreUniqueIgnoringCase()
    {
        WorkspaceStore store(path(QStringLiteral("b.json")));
        QString error;
        QVERIFY(store.put(sample(QStringLiteral("Prod")), &error));
        QVERIFY(!store.put(sample(QStringLiteral("prod")), &error));
        QVERIFY(error.contains(QLatin1String("already exists")));
        // Renaming a workspace to its own name is fine.
        Workspace same = store.workspaces().first();
        same.notes = QStringLiteral("changed");
        QVERIFY(store.put(same, &error));
        QCOMPARE(store.workspaces().size(), 1);
        QVERIFY(store.findByName(QStringLiteral("PROD")));
        QVERIFY(store.remove(same.id));
        QVERIFY(!store.findById(same.id));
    }

    void corruptFileIsReportedAndNeverOverwritten_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("reason");
        QTest::newRow("truncated json") << QByteArray("{\"schemaVersion\": 1, \"workspaces\": [") << QStringLiteral("not valid JSON");
        QTest::newRow("no schema") << QByteArray("{\"workspaces\": []}") << QStringLiteral("no schemaVersion");
        QTest::newRow("newer schema") << QByteArray("{\"schemaVersion\": 99, \"workspaces\": []}") << QStringLiteral("newer ScoreDesk");
        QTest::newRow("no list") << QByteArray("{\"schemaVersion\": 1}") << QStringLiteral("missing");
    }
    void corruptFileIsReportedAndNeverOverwritten()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, reason);
        const QString file = path(QStringLiteral("corrupt-%1.json").arg(QString::fromUtf8(QTest::currentDataTag())).replace(QLatin1Char(' '), QLatin1Char('-')));
        writeFile(file, content);
        WorkspaceStore store(file);
        QString error;
        QVERIFY(!store.load(&error));
        QVERIFY2(error.contains(reason), qPrintable(error));
        QVERIFY(error.contains(file));
        QVERIFY(store.isReadOnly());
        QVERIFY(store.put(sample(QStringLiteral("New")), &error));
        QVERIFY(!store.save(&error));
        QFile check(file);
        QVERIFY(check.open(QIODevice::ReadOnly));
        QCOMPARE(check.readAll(), content);
    }

    void exportHasNoSecretsAndImportRenames()
    {
        WorkspaceStore store(path(QStringLiteral("c.json")));
        QString error;
        QVERIFY(store.put(sample(QStringLiteral("Prod")), &error));
        const QByteArray exported = WorkspaceStore::exportJson(store.workspaces());
        for (const char *word : {"apiKey", "subscriptionKey\"", "AccountKey", "password", "secret"})
            QVERIFY2(!exported.contains(word), word);

        QList<Workspace> imported;
        QVERIFY2(store.importJson(exported, &imported, &error), qPrintable(error));
        QCOMPARE(imported.size(), 1);
        QCOMPARE(imported.first().name, QStringLiteral("Prod (2)"));
        QVERIFY(imported.first().id != store.workspaces().first().id);
        QCOMPARE(imported.first().apiLocation, store.workspaces().first().apiLocation);
        QCOMPARE(store.workspaces().size(), 2);
    }

    void importRejectsInvalidDefinitionsWhole()
    {
        WorkspaceStore store(path(QStringLiteral("d.json")));
        QList<Workspace> imported;
        QString error;
        const QByteArray bad = R"({"schemaVersion":1,"workspaces":[{"name":"ok","apiLocation":"https://h/workspaces/a/services/b"},{"name":"bad","apiLocation":"not a url"}]})";
        QVERIFY(!store.importJson(bad, &imported, &error));
        QVERIFY(error.contains(QLatin1String("bad")));
        QVERIFY(imported.isEmpty());
        QVERIFY(store.workspaces().isEmpty());
    }

    void validation()
    {
        Workspace workspace = sample(QString());
        QVERIFY(!workspace.validate().isEmpty());
        workspace.name = QStringLiteral("x");
        QVERIFY(workspace.validate().isEmpty());
        workspace.apiLocation = QStringLiteral("https://h/score");
        QVERIFY(workspace.validate().contains(QLatin1String("API location")));
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceStore)
#include "tst_workspacestore.moc"
