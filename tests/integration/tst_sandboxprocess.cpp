#include "sandboxprocess.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTest>

// scoredesk-sandbox's command-line contract: help, refusals, the ready line.
class TestSandboxProcess : public QObject
{
    Q_OBJECT

    static int run(const QStringList &arguments, QByteArray *out, QByteArray *err)
    {
        QProcess process;
        process.start(QStringLiteral(SCOREDESK_SANDBOX_BIN), arguments);
        if (!process.waitForFinished(30000)) {
            process.kill();
            return -1;
        }
        *out = process.readAllStandardOutput();
        *err = process.readAllStandardError();
        return process.exitCode();
    }

private Q_SLOTS:
    void helpListsOptions()
    {
        QByteArray out, err;
        QCOMPARE(run({QStringLiteral("--help")}, &out, &err), 0);
        for (const char *option : {"--port", "--api-key", "--gateway-key", "--rate-limit", "--quota", "--storage"})
            QVERIFY2(out.contains(option), option);
    }

    void refusesNonLoopbackHost()
    {
        QByteArray out, err;
        QCOMPARE(run({QStringLiteral("--host"), QStringLiteral("0.0.0.0")}, &out, &err), 2);
        QVERIFY(err.contains("loopback"));
        QVERIFY(out.isEmpty());
    }

    void busyPortIsAClearError()
    {
        QTcpServer holder;
        QVERIFY(holder.listen(QHostAddress::LocalHost));
        QByteArray out, err;
        QCOMPARE(run({QStringLiteral("--port"), QString::number(holder.serverPort())}, &out, &err), 1);
        QVERIFY(err.contains("cannot listen"));
    }

    void readyLineHasTheDocumentedFields()
    {
        SandboxProcess sandbox({QStringLiteral("--api-key"), QStringLiteral("given-key")});
        QString error;
        QVERIFY2(sandbox.start(&error), qPrintable(error));
        QCOMPARE(sandbox.apiKey(), QStringLiteral("given-key"));
        QVERIFY(sandbox.gatewayKey().size() >= 24); // generated
        QCOMPARE(sandbox.url().host(), QStringLiteral("127.0.0.1"));
        QVERIFY(sandbox.url().port() > 0);
        QCOMPARE(sandbox.url().path(), QStringLiteral("/workspaces/sandbox/services/feature-hashing"));
        QCOMPARE(sandbox.gatewayUrl().path(), QStringLiteral("/azureml-demo/workspaces/sandbox/services/feature-hashing"));
    }
};

QTEST_GUILESS_MAIN(TestSandboxProcess)
#include "tst_sandboxprocess.moc"
