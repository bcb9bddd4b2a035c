#include "sandboxprocess.h"

#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

// scoredesk-cli rrs as a script would run it: a real process, real sandbox, exit codes.
class TestCliRrs : public QObject
{
    Q_OBJECT

    SandboxProcess m_sandbox;
    QTemporaryDir m_dir;

    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    Run cli(const QStringList &arguments, const QMap<QString, QString> &environment = {})
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("SD_TEST_API_KEY"), m_sandbox.apiKey());
        env.insert(QStringLiteral("SD_TEST_SUB_KEY"), m_sandbox.gatewayKey());
        for (auto it = environment.begin(); it != environment.end(); ++it)
            env.insert(it.key(), it.value());
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(SCOREDESK_CLI_BIN), arguments);
        if (!process.waitForFinished(60000))
            qFatal("scoredesk-cli did not finish");
        return Run{process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
                   process.readAllStandardError()};
    }

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qFatal("cannot write test file");
        return file.fileName();
    }

    QStringList baseArguments(const QString &input) const
    {
        return {QStringLiteral("rrs"), QStringLiteral("--url"), m_sandbox.url().toString(), QStringLiteral("--api-key-env"),
                QStringLiteral("SD_TEST_API_KEY"), QStringLiteral("--input"), input};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(m_sandbox.start(&error), qPrintable(error));
    }

    void guideRowAsCsv()
    {
        const QString input = writeFile(QStringLiteral("guide.csv"), "Col2\nThis is a good day\n");
        const Run run = cli(baseArguments(input));
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QList<QByteArray> lines = run.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines.at(0).startsWith("Col2,Col2_HashingFeature.0,"));
        QCOMPARE(lines.at(1), QByteArray("This is a good day,1,1,2,2,0,2,0,1"));
        QVERIFY(run.err.isEmpty());
    }

    void throughTheGateway()
    {
        const QString input = writeFile(QStringLiteral("guide.csv"), "Col2\nThis is a good day\n");
        QStringList arguments = baseArguments(input);
        arguments[2] = m_sandbox.gatewayUrl().toString();
        arguments << QStringLiteral("--subscription-key-env") << QStringLiteral("SD_TEST_SUB_KEY");
        const Run run = cli(arguments);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(run.out.contains("This is a good day,1,1,2,2,0,2,0,1"));
    }

    void parametersOutputDirAndRaw()
    {
        const QString input = writeFile(QStringLiteral("two.csv"), "Col1,Col2\n1,a b\n2,\"x, y\"\n");
        const QString outDir = m_dir.filePath(QStringLiteral("out"));
        Run run = cli(baseArguments(input) << QStringLiteral("--param") << QStringLiteral("Hashing bitsize=2") << QStringLiteral("--output-dir") << outDir);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QFile output(outDir + QStringLiteral("/output1.csv"));
        QVERIFY(output.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = output.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines.at(0), QByteArray("Col1,Col2,Col2_HashingFeature.0,Col2_HashingFeature.1,Col2_HashingFeature.2,Col2_HashingFeature.3"));
        QVERIFY(lines.at(2).startsWith("2,\"x, y\","));

        run = cli(baseArguments(input) << QStringLiteral("--raw"));
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.startsWith("{\"Results\""));
    }

    void malformedCsvIsExit2WithLineAndColumn()
    {
        const QString input = writeFile(QStringLiteral("bad.csv"), "Col2\n\"never closed\n");
        const Run run = cli(baseArguments(input));
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("bad.csv:2:1: quoted field is never closed"), run.err.constData());
        QCOMPARE(run.err.count('\n'), 1); // one line
    }

    void missingKeyVariableIsExit2()
    {
        const QString input = writeFile(QStringLiteral("guide.csv"), "Col2\nx\n");
        QStringList arguments = baseArguments(input);
        arguments[4] = QStringLiteral("SD_TEST_UNSET_VARIABLE");
        const Run run = cli(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains("SD_TEST_UNSET_VARIABLE is not set"));
    }

    void usageErrorsAreExit2()
    {
        QCOMPARE(cli({}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("frobnicate")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("rrs"), QStringLiteral("--url"), QStringLiteral("not a url")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("rrs"), QStringLiteral("--help")}).exitCode, 0);
    }

    void rejectedCallIsExit3WithOneLine()
    {
        const QString input = writeFile(QStringLiteral("guide.csv"), "Col2\nx\n");
        Run run = cli(baseArguments(input), {{QStringLiteral("SD_TEST_API_KEY"), QStringLiteral("wrong-key-value")}});
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.startsWith("scoredesk-cli: HTTP 401 Unauthorized: "), run.err.constData());
        QVERIFY(!run.err.contains("wrong-key-value"));

        QStringList gateway = baseArguments(input);
        gateway[2] = m_sandbox.gatewayUrl().toString();
        run = cli(gateway);
        QCOMPARE(run.exitCode, 3);
        QVERIFY(run.err.startsWith("scoredesk-cli: HTTP 401: Access denied due to missing subscription key."));

        const QString wrongColumn = writeFile(QStringLiteral("wrong.csv"), "Text\nx\n");
        run = cli(baseArguments(wrongColumn));
        QCOMPARE(run.exitCode, 3);
        QVERIFY(run.err.startsWith("scoredesk-cli: HTTP 400 BadUserArgument/InputParseError: "));
    }

    void unreachableServiceIsExit4()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 closedPort = probe.serverPort();
        probe.close();
        const QString input = writeFile(QStringLiteral("guide.csv"), "Col2\nx\n");
        QStringList arguments = baseArguments(input);
        arguments[2] = QStringLiteral("http://127.0.0.1:%1/workspaces/sandbox/services/feature-hashing").arg(closedPort);
        const Run run = cli(arguments);
        QCOMPARE(run.exitCode, 4);
        QVERIFY(run.err.startsWith("scoredesk-cli: network error: "));
    }
};

QTEST_GUILESS_MAIN(TestCliRrs)
#include "tst_clirrs.moc"
