#include "cliprocess.h"
#include "scriptedserver.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <sys/stat.h>
#include <fcntl.h>
#include <unistd.h>

// What a hostile run found, each as a test: bad input from the service (names, text, silence)
// and from the user (keys, paths, numbers) never gets further than a one-line error with the
// right exit code, and never touches a file it should not.
class TestCliHostile : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static QByteArray resultsWithOutputs(const QStringList &names)
    {
        QByteArray results;
        for (const QString &name : names) {
            if (!results.isEmpty())
                results += ',';
            results += "\"" + name.toUtf8() + "\":{\"type\":\"table\",\"value\":{\"ColumnNames\":[\"a\"],\"Values\":[[\"1\"]]}}";
        }
        return "{\"Results\":{" + results + "}}";
    }

    QProcessEnvironment environment(const QString &key = QStringLiteral("the-key")) const
    {
        QProcessEnvironment env = isolatedEnvironment(m_dir.filePath(QStringLiteral("home")));
        env.insert(QStringLiteral("SD_KEY"), key);
        return env;
    }

    QString input()
    {
        const QString path = m_dir.filePath(QStringLiteral("in.csv"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write the input");
        file.write("Zeta,Alpha\nz,a\n");
        return path;
    }

    QStringList rrs(const QUrl &service, const QStringList &more = {})
    {
        return QStringList{QStringLiteral("rrs"), QStringLiteral("--url"), service.toString(), QStringLiteral("--api-key-env"),
                           QStringLiteral("SD_KEY"), QStringLiteral("--input"), input()}
            + more;
    }

    static bool oneLine(const QByteArray &err) { return err.count('\n') == 1 && err.endsWith('\n'); }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // Output names come from the service: each becomes one file inside --output-dir.
    void outputNamesNeverLeaveTheFolder()
    {
        ScriptedServer service([](const ScriptedServer::Request &, QTcpSocket *socket) {
            ScriptedServer::reply(socket, 200, resultsWithOutputs({QStringLiteral("../../escaped"), QStringLiteral("/abs/path"), QStringLiteral("..")}));
        });
        QVERIFY(service.listen());
        const QString folder = m_dir.filePath(QStringLiteral("names/out"));
        const CliRun run = runCli(rrs(service.url(QStringLiteral("/workspaces/w/services/s")), {QStringLiteral("--output-dir"), folder}), environment());
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QStringList written;
        QDirIterator it(m_dir.filePath(QStringLiteral("names")), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext())
            written.append(QDir(m_dir.filePath(QStringLiteral("names"))).relativeFilePath(it.next()));
        written.sort();
        QCOMPARE(written.size(), 3);
        for (const QString &file : written)
            QVERIFY2(file.startsWith(QLatin1String("out/")) && file.count(QLatin1Char('/')) == 1, qPrintable(file));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("escaped.csv"))));
        QVERIFY(!QFile::exists(QStringLiteral("/abs/path.csv")));
    }

    // The tables are written while the answer is read; an answer that breaks off half-way must
    // leave the file that was there (and no new one, and no temporary file) behind.
    void aBrokenAnswerLeavesTheFilesAlone()
    {
        ScriptedServer service([](const ScriptedServer::Request &, QTcpSocket *socket) {
            ScriptedServer::reply(socket, 200, resultsWithOutputs({QStringLiteral("first")}).chopped(2)
                                      + ",\"second\":{\"type\":\"table\",\"value\":{\"ColumnNames\":[\"a\"],\"Values\":[[\"1\"],[\"2\"");
        });
        QVERIFY(service.listen());
        const QString folder = m_dir.filePath(QStringLiteral("broken"));
        QVERIFY(QDir().mkpath(folder));
        const QString kept = QDir(folder).filePath(QStringLiteral("first.csv"));
        QFile old(kept);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old\n");
        old.close();
        const QUrl url = service.url(QStringLiteral("/workspaces/w/services/s"));
        for (const QStringList &target : {QStringList{QStringLiteral("--output"), kept}, QStringList{QStringLiteral("--output-dir"), folder}}) {
            const CliRun run = runCli(rrs(url, target), environment());
            QVERIFY2(run.exitCode != 0, run.out.constData());
            QVERIFY2(oneLine(run.err) && run.err.contains("line 1"), run.err.constData());
            QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("first.csv")});
            QVERIFY(old.open(QIODevice::ReadOnly));
            QCOMPARE(old.readAll(), QByteArray("old\n"));
            old.close();
        }
    }

    // --output naming a pipe writes into the pipe; it is not replaced by a regular file.
    void outputToAFifoWritesThrough()
    {
        ScriptedServer service([](const ScriptedServer::Request &, QTcpSocket *socket) {
            ScriptedServer::reply(socket, 200, resultsWithOutputs({QStringLiteral("output1")}));
        });
        QVERIFY(service.listen());
        const QString fifo = m_dir.filePath(QStringLiteral("pipe"));
        QCOMPARE(mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        QByteArray received;
        QThread *reader = QThread::create([&] {
            const int fd = ::open(QFile::encodeName(fifo).constData(), O_RDONLY);
            char buffer[4096];
            for (ssize_t n; fd >= 0 && (n = ::read(fd, buffer, sizeof buffer)) > 0;)
                received.append(buffer, n);
            if (fd >= 0)
                ::close(fd);
        });
        reader->start();
        const CliRun run = runCli(rrs(service.url(QStringLiteral("/workspaces/w/services/s")), {QStringLiteral("--output"), fifo}), environment());
        QVERIFY(reader->wait(10000));
        delete reader;
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(received, QByteArray("a\n1\n"));
        struct stat info;
        QCOMPARE(stat(QFile::encodeName(fifo).constData(), &info), 0);
        QVERIFY(S_ISFIFO(info.st_mode));
    }

    // A key with a line break would inject a header: refused before any connection.
    void keysWithControlCharactersAreRefused()
    {
        ScriptedServer service([](const ScriptedServer::Request &, QTcpSocket *socket) { ScriptedServer::reply(socket, 200, "{}"); });
        QVERIFY(service.listen());
        const CliRun run = runCli(rrs(service.url(QStringLiteral("/workspaces/w/services/s"))), environment(QStringLiteral("key\r\nX-Injected: yes")));
        QCOMPARE(run.exitCode, 2);
        QVERIFY(oneLine(run.err));
        QVERIFY2(run.err.contains("control character"), run.err.constData());
        QVERIFY(!run.err.contains("X-Injected"));
        QVERIFY(service.requests().isEmpty());
    }

    // Over plain http the key goes only to this machine, unless the user says otherwise.
    void plainHttpToAnotherHostIsRefused()
    {
        const QUrl remote(QStringLiteral("http://192.0.2.10:9/workspaces/w/services/s")); // TEST-NET-1: no one there
        QElapsedTimer clock;
        clock.start();
        const CliRun refused = runCli(rrs(remote), environment());
        QCOMPARE(refused.exitCode, 2);
        QVERIFY(oneLine(refused.err));
        QVERIFY2(refused.err.contains("plain http://") && refused.err.contains("192.0.2.10"), refused.err.constData());
        QVERIFY(clock.elapsed() < 5000); // refused at once, not after trying
        // Said explicitly: it is tried (and fails on the network, as nobody is there).
        const CliRun allowed = runCli(rrs(remote, {QStringLiteral("--allow-http"), QStringLiteral("--timeout"), QStringLiteral("2")}), environment());
        QCOMPARE(allowed.exitCode, 4);
        QVERIFY(!allowed.err.contains("plain http://"));
    }

    // A service's words reach the terminal as text: no escape sequence, bell or reordering acts.
    void terminalEscapesInErrorTextAreDefused()
    {
        ScriptedServer service([](const ScriptedServer::Request &, QTcpSocket *socket) {
            ScriptedServer::reply(socket, 400,
                                  "{\"error\":{\"code\":\"BadArgument\",\"message\":\"\\u001b[31mred\\u001b[0m \\u0007bell \\u202eevil\"}}");
        });
        QVERIFY(service.listen());
        const CliRun run = runCli(rrs(service.url(QStringLiteral("/workspaces/w/services/s"))), environment());
        QCOMPARE(run.exitCode, 3);
        QVERIFY(oneLine(run.err));
        QVERIFY2(!run.err.contains('\x1b') && !run.err.contains('\x07') && !run.err.contains("\xe2\x80\xae"), run.err.constData());
        QVERIFY2(run.err.contains("\\x1b[31mred"), run.err.constData());
    }

    void numbersOutOfRangeAreUsageErrors()
    {
        for (const QString &timeout : {QStringLiteral("3000000"), QStringLiteral("0"), QStringLiteral("-1"), QStringLiteral("1e9")}) {
            const CliRun run = runCli(rrs(QUrl(QStringLiteral("http://127.0.0.1:9/workspaces/w/services/s")), {QStringLiteral("--timeout"), timeout}),
                                      environment());
            QCOMPARE(run.exitCode, 2);
            QVERIFY2(run.err.contains("--timeout"), run.err.constData());
        }
    }

    void nulBytesInTheCsvNameTheirPlace()
    {
        const QString path = m_dir.filePath(QStringLiteral("nul.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("Col2\nfine\nbad\0byte\n", 19));
        file.close();
        const CliRun run = runCli({QStringLiteral("rrs"), QStringLiteral("--url"), QStringLiteral("http://127.0.0.1:9/workspaces/w/services/s"),
                                   QStringLiteral("--api-key-env"), QStringLiteral("SD_KEY"), QStringLiteral("--input"), path},
                                  environment());
        QCOMPARE(run.exitCode, 2);
        QVERIFY(oneLine(run.err));
        QVERIFY2(run.err.contains("nul.csv:3:4") && run.err.contains("NUL"), run.err.constData());
    }

    // A service that never answers: one line (no Qt noise before it), exit 4, in about the
    // time asked for.
    void silenceIsOneLineWithinTheTimeout()
    {
        ScriptedServer service([](const ScriptedServer::Request &, QTcpSocket *) {});
        QVERIFY(service.listen());
        QElapsedTimer clock;
        clock.start();
        const CliRun run = runCli(rrs(service.url(QStringLiteral("/workspaces/w/services/s")), {QStringLiteral("--timeout"), QStringLiteral("1")}),
                                  environment());
        QCOMPARE(run.exitCode, 4);
        QVERIFY2(oneLine(run.err), run.err.constData());
        QVERIFY2(run.err.startsWith("scoredesk-cli: timeout: "), run.err.constData());
        QVERIFY2(clock.elapsed() < 10000, qPrintable(QString::number(clock.elapsed())));
    }

    // --verbose says what happens on stderr (never the key); without it, nothing but errors.
    void verboseSaysWhatHappens()
    {
        ScriptedServer service([](const ScriptedServer::Request &, QTcpSocket *socket) {
            ScriptedServer::reply(socket, 200, resultsWithOutputs({QStringLiteral("output1")}));
        });
        QVERIFY(service.listen());
        const CliRun quiet = runCli(rrs(service.url(QStringLiteral("/workspaces/w/services/s"))), environment());
        QCOMPARE(quiet.exitCode, 0);
        QVERIFY(quiet.err.isEmpty());
        const CliRun verbose = runCli(rrs(service.url(QStringLiteral("/workspaces/w/services/s")), {QStringLiteral("--verbose")}), environment());
        QCOMPARE(verbose.exitCode, 0);
        QVERIFY2(verbose.err.contains("POST http://127.0.0.1") && verbose.err.contains("HTTP 200"), verbose.err.constData());
        QVERIFY(!verbose.err.contains("the-key"));
        QCOMPARE(verbose.out, quiet.out);
    }

    // The table's column order goes on the wire, in both request forms.
    void columnOrderOnTheWire()
    {
        ScriptedServer service([](const ScriptedServer::Request &, QTcpSocket *socket) {
            ScriptedServer::reply(socket, 200, resultsWithOutputs({QStringLiteral("output1")}));
        });
        QVERIFY(service.listen());
        QCOMPARE(runCli(rrs(service.url(QStringLiteral("/workspaces/w/services/s")), {QStringLiteral("--swagger-format")}), environment()).exitCode, 0);
        QVERIFY2(service.requests().last().body.contains("{\"Zeta\":\"z\",\"Alpha\":\"a\"}"), service.requests().last().body.constData());
        QVERIFY(service.requests().last().path.contains("format=swagger"));
    }
};

QTEST_GUILESS_MAIN(TestCliHostile)
#include "tst_clihostile.moc"
