#include "cliprocess.h"
#include "sandboxprocess.h"

#include <QTemporaryDir>
#include <QTest>

// Secrets never reach disk outside the keychain: whole CLI sessions run with HOME, XDG folders
// and TMPDIR inside a temporary folder, which is then read file by file for the secret values.
class TestCliSecrets : public QObject
{
    Q_OBJECT

    const QByteArray m_apiKey = "sd-api-" + QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    const QByteArray m_gatewayKey = "sd-gw-" + QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    const QByteArray m_accountKey = QUuid::createUuid().toByteArray(QUuid::WithoutBraces).toBase64();

private Q_SLOTS:
    void wholeSessionLeavesNoSecretOnDisk()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QFAIL("no D-Bus session: run the tests through scripts/test.sh");
        SandboxProcess sandbox({QStringLiteral("--api-key"), QString::fromUtf8(m_apiKey), QStringLiteral("--gateway-key"), QString::fromUtf8(m_gatewayKey)});
        QString error;
        QVERIFY2(sandbox.start(&error), qPrintable(error));

        QTemporaryDir root;
        QProcessEnvironment env = isolatedEnvironment(root.path());
        env.insert(QStringLiteral("SD_API"), QString::fromUtf8(m_apiKey));
        env.insert(QStringLiteral("SD_GW"), QString::fromUtf8(m_gatewayKey));
        env.insert(QStringLiteral("SD_STORAGE"), QStringLiteral("DefaultEndpointsProtocol=https;AccountName=demo;AccountKey=%1").arg(QString::fromUtf8(m_accountKey)));
        const QString name = QStringLiteral("Session ") + QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
        const QString gatewayName = name + QStringLiteral(" via gateway");

        CliRun run = runCli({QStringLiteral("workspace"), QStringLiteral("add"), name, QStringLiteral("--url"), sandbox.url().toString(),
                             QStringLiteral("--api-key-env"), QStringLiteral("SD_API"), QStringLiteral("--storage-env"), QStringLiteral("SD_STORAGE")},
                            env);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        run = runCli({QStringLiteral("workspace"), QStringLiteral("add"), gatewayName, QStringLiteral("--url"), sandbox.gatewayUrl().toString(),
                      QStringLiteral("--api-key-env"), QStringLiteral("SD_API"), QStringLiteral("--subscription-key-env"), QStringLiteral("SD_GW")},
                     env);
        QVERIFY2(run.exitCode == 0, run.err.constData());

        QFile input(root.filePath(QStringLiteral("home/in.csv")));
        QVERIFY(input.open(QIODevice::WriteOnly));
        input.write("Col2\nThis is a good day\n");
        input.close();
        for (const QString &workspace : {name, gatewayName}) {
            run = runCli({QStringLiteral("rrs"), QStringLiteral("--workspace"), workspace, QStringLiteral("--input"), input.fileName(),
                          QStringLiteral("--output-dir"), root.filePath(QStringLiteral("home/out"))},
                         env);
            QVERIFY2(run.exitCode == 0, run.err.constData());
        }
        QFile output(root.filePath(QStringLiteral("home/out/output1.csv")));
        QVERIFY(output.open(QIODevice::ReadOnly));
        QVERIFY(output.readAll().contains("This is a good day,1,1,2,2,0,2,0,1"));

        run = runCli({QStringLiteral("workspace"), QStringLiteral("show"), name}, env);
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("in keychain:  API key, storage connection string"));
        run = runCli({QStringLiteral("workspace"), QStringLiteral("list")}, env);
        QVERIFY(run.out.contains(name.toUtf8()));
        // Nothing the CLI printed holds a secret either.
        for (const QByteArray &secret : {m_apiKey, m_gatewayKey, m_accountKey})
            QVERIFY(!run.out.contains(secret) && !run.err.contains(secret));

        QVERIFY(QFile::exists(root.filePath(QStringLiteral("config/ScoreDesk/workspaces.json"))));
        const QStringList leaks = filesContainingAny(root.path(), {m_apiKey, m_gatewayKey, m_accountKey});
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QLatin1Char(' '))));

        for (const QString &workspace : {name, gatewayName})
            QCOMPARE(runCli({QStringLiteral("workspace"), QStringLiteral("remove"), workspace}, env).exitCode, 0);

        // The scan itself works: a planted copy of a key is found.
        QFile canary(root.filePath(QStringLiteral("cache/canary.bin")));
        QVERIFY(canary.open(QIODevice::WriteOnly));
        canary.write("prefix" + m_gatewayKey + "suffix");
        canary.close();
        QCOMPARE(filesContainingAny(root.path(), {m_apiKey, m_gatewayKey, m_accountKey}), QStringList{canary.fileName()});
    }

    void noKeychainIsAClearErrorAndNothingIsWritten()
    {
        QTemporaryDir root;
        QProcessEnvironment env = isolatedEnvironment(root.path());
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=") + root.filePath(QStringLiteral("no-bus")));
        env.remove(QStringLiteral("DISPLAY"));
        env.insert(QStringLiteral("SD_API"), QString::fromUtf8(m_apiKey));
        const CliRun run = runCli({QStringLiteral("workspace"), QStringLiteral("add"), QStringLiteral("Offline"), QStringLiteral("--url"),
                                   QStringLiteral("http://127.0.0.1:9/workspaces/w/services/s"), QStringLiteral("--api-key-env"), QStringLiteral("SD_API")},
                                  env);
        QCOMPARE(run.exitCode, 5);
        QVERIFY2(run.err.startsWith("scoredesk-cli: ") && run.err.contains("keychain is not available"), run.err.constData());
        QCOMPARE(run.err.count('\n'), 1);
        QVERIFY(!run.err.contains(m_apiKey));
        QVERIFY(!QFile::exists(root.filePath(QStringLiteral("config/ScoreDesk/workspaces.json"))));
        QVERIFY(filesContainingAny(root.path(), {m_apiKey}).isEmpty());
    }

    void workspaceErrorsHaveTheirExitCodes()
    {
        QTemporaryDir root;
        const QProcessEnvironment env = isolatedEnvironment(root.path());
        CliRun run = runCli({QStringLiteral("rrs"), QStringLiteral("--workspace"), QStringLiteral("nope"), QStringLiteral("--input"), QStringLiteral("x.csv")}, env);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains("no workspace named 'nope'"));
        run = runCli({QStringLiteral("workspace"), QStringLiteral("add"), QStringLiteral("x"), QStringLiteral("--url"), QStringLiteral("ftp://x"),
                      QStringLiteral("--api-key-env"), QStringLiteral("PATH")},
                     env);
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(runCli({QStringLiteral("workspace"), QStringLiteral("remove"), QStringLiteral("nope")}, env).exitCode, 2);
        // A corrupt workspace file is reported, and left as it was.
        QDir().mkpath(root.filePath(QStringLiteral("config/ScoreDesk")));
        QFile corrupt(root.filePath(QStringLiteral("config/ScoreDesk/workspaces.json")));
        QVERIFY(corrupt.open(QIODevice::WriteOnly));
        corrupt.write("{ not json");
        corrupt.close();
        run = runCli({QStringLiteral("workspace"), QStringLiteral("list")}, env);
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains("cannot be used"));
        QVERIFY(corrupt.open(QIODevice::ReadOnly));
        QCOMPARE(corrupt.readAll(), QByteArray("{ not json"));
    }
};

QTEST_GUILESS_MAIN(TestCliSecrets)
#include "tst_clisecrets.moc"
