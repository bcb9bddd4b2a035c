#include "cliprocess.h"
#include "featurehashing.h"
#include "sandboxprocess.h"
#include "synchttp.h"
#include "testdata.h"

#include "core/http/httpclient.h"
#include "core/service/serviceerror.h"
#include "core/storage/bloblist.h"
#include "core/service/bescodec.h"
#include "core/service/serviceendpoint.h"
#include "core/table/csvwriter.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QRegularExpression>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ScoreDesk;

// Batch jobs end to end: scoredesk-cli, the sandbox's batch service and the blob emulator
// that scripts/test.sh starts.
class TestBatchJobs : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_storage;

    QProcessEnvironment environment(const SandboxProcess &sandbox) const
    {
        // The CLI's job list goes to a home of its own, never the real one.
        QProcessEnvironment env = isolatedEnvironment(m_dir.filePath(QStringLiteral("home")));
        env.insert(QStringLiteral("SD_API"), sandbox.apiKey());
        env.insert(QStringLiteral("SD_STORAGE"), m_storage);
        return env;
    }

    QStringList runArguments(const SandboxProcess &sandbox, const QString &input, const QString &outputDir) const
    {
        return {QStringLiteral("bes"), QStringLiteral("run"), QStringLiteral("--url"), sandbox.url().toString(), QStringLiteral("--api-key-env"),
                QStringLiteral("SD_API"), QStringLiteral("--storage-env"), QStringLiteral("SD_STORAGE"), QStringLiteral("--container"),
                QStringLiteral("batch-tests"), QStringLiteral("--input"), input, QStringLiteral("--output-dir"), outputDir,
                QStringLiteral("--poll-interval"), QStringLiteral("1")};
    }

    // A job submitted (and optionally started) over HTTP, for the service's own rules.
    QString submit(SyncHttp &http, const SandboxProcess &sandbox, const QString &inputBlob)
    {
        BesSubmission submission;
        submission.input = {m_storage, QStringLiteral("batch-tests/") + inputBlob};
        submission.outputs.insert(QStringLiteral("output1"), {m_storage, QStringLiteral("batch-tests/out-%1.csv").arg(QUuid::createUuid().toString(QUuid::Id128))});
        const ServiceEndpoint endpoint = ServiceEndpoint::parse(sandbox.url().toString());
        const HttpResponse response = http.post(endpoint.jobsUrl(), encodeBesSubmission(submission), {{"Authorization", "Bearer " + sandbox.apiKey().toUtf8()}});
        QString id, error;
        return response.status == 200 && decodeBesJobId(response.body, &id, &error) ? id : QString();
    }

    BesStatus status(SyncHttp &http, const SandboxProcess &sandbox, const QString &id)
    {
        const ServiceEndpoint endpoint = ServiceEndpoint::parse(sandbox.url().toString());
        BesStatus status;
        QString error;
        decodeBesStatus(http.get(endpoint.jobUrl(id), {{"Authorization", "Bearer " + sandbox.apiKey().toUtf8()}}).body, &status, &error);
        return status;
    }

    int call(SyncHttp &http, const SandboxProcess &sandbox, const QByteArray &method, const QUrl &url)
    {
        HttpRequest request;
        request.method = method;
        request.url = url;
        request.headers = {{"Authorization", "Bearer " + sandbox.apiKey().toUtf8()}};
        return http.send(request).status;
    }

    static QByteArray readAll(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString endpoint = qEnvironmentVariable("SCOREDESK_TEST_BLOB_ENDPOINT");
        if (endpoint.isEmpty())
            QFAIL("SCOREDESK_TEST_BLOB_ENDPOINT is not set: run the tests through scripts/test.sh, which starts Azurite");
        m_storage = QStringLiteral("DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;"
                                   "AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=")
            + endpoint;
    }

    // 50 MB end to end; under the sanitizers (about 15 times slower) 10 MB take the same path,
    // so that the run stays inside the CLI's and the test's time limits.
    void fiftyMegabytesEndToEndByteForByte()
    {
        const qint64 inputBytes = (SCOREDESK_SANITIZED ? 10 : 50) * 1024 * 1024;
        // The input, and what the experiment must make of it, written side by side.
        const QString input = m_dir.filePath(QStringLiteral("big.csv"));
        const QString expected = m_dir.filePath(QStringLiteral("expected.csv"));
        QFile in(input), out(expected);
        QVERIFY(in.open(QIODevice::WriteOnly) && out.open(QIODevice::WriteOnly));
        CsvWriter inWriter(&in), outWriter(&out);
        inWriter.writeRecord({QStringLiteral("Id"), QStringLiteral("Col2")});
        QStringList header{QStringLiteral("Id"), QStringLiteral("Col2")};
        for (int i = 0; i < 8; ++i)
            header.append(QStringLiteral("Col2_HashingFeature.%1").arg(i));
        outWriter.writeRecord(header);
        static const char *words[] = {"This", "is", "a", "good", "day", "rain,", "\"quoted\"", "42", "caf\xc3\xa9", "model"};
        quint32 state = 11;
        for (int row = 0; in.size() < inputBytes; ++row) {
            QString text;
            for (int w = 0; w < 7; ++w) {
                state = state * 1103515245u + 12345u;
                text += (w ? QStringLiteral(" ") : QString()) + QString::fromUtf8(words[(state >> 16) % 10]);
            }
            const QStringList cells{QString::number(row), text};
            inWriter.writeRecord(cells);
            QStringList result = cells;
            for (int count : Sandbox::hashFeatures(text, 3, 2))
                result.append(QString::number(count));
            outWriter.writeRecord(result);
        }
        in.close();
        out.close();

        SandboxProcess sandbox({QStringLiteral("--job-delay-ms"), QStringLiteral("500")});
        QString error;
        QVERIFY2(sandbox.start(&error), qPrintable(error));
        const QString outputDir = m_dir.filePath(QStringLiteral("big-out"));
        const CliRun run = runCli(runArguments(sandbox, input, outputDir), environment(sandbox));
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(run.out.contains("Running"));
        QVERIFY(run.out.contains("Finished"));
        QVERIFY(run.out.contains("downloaded output1"));
        QCOMPARE(QFileInfo(outputDir + QStringLiteral("/output1.csv")).size(), QFileInfo(expected).size());
        QCOMPARE(md5OfFile(outputDir + QStringLiteral("/output1.csv")), md5OfFile(expected));
    }

    void failingJobIsExit3WithDetails()
    {
        SandboxProcess sandbox({QStringLiteral("--job-delay-ms"), QStringLiteral("100")});
        QString error;
        QVERIFY2(sandbox.start(&error), qPrintable(error));
        const QString input = m_dir.filePath(QStringLiteral("nocol.csv"));
        QFile file(input);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Text\nhello\n");
        file.close();
        const CliRun run = runCli(runArguments(sandbox, input, m_dir.filePath(QStringLiteral("nocol-out"))), environment(sandbox));
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains("failed: Column 'Col2' is required"), run.err.constData());
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("nocol-out/output1.csv"))));

        const QString malformed = m_dir.filePath(QStringLiteral("malformed.csv"));
        QFile bad(malformed);
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("Col2\nfine\n\"never closed\n");
        bad.close();
        const CliRun broken = runCli(runArguments(sandbox, malformed, m_dir.filePath(QStringLiteral("malformed-out"))), environment(sandbox));
        QCOMPARE(broken.exitCode, 3);
        QVERIFY2(broken.err.contains("malformed at input:3:1: quoted field is never closed"), broken.err.constData());
    }

    // Nothing a user downloaded is replaced without their say: a second run into the same
    // folder stops before it uploads anything, names the file, and exits 2; --overwrite says yes.
    void secondRunIntoOneFolderNeedsOverwrite()
    {
        SandboxProcess sandbox({QStringLiteral("--job-delay-ms"), QStringLiteral("100")});
        QString error;
        QVERIFY2(sandbox.start(&error), qPrintable(error));
        const QString input = m_dir.filePath(QStringLiteral("twice.csv"));
        QFile file(input);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Col1,Col2\n1,This is a good day\n");
        file.close();
        const QString outputDir = m_dir.filePath(QStringLiteral("twice-out"));
        const QString output = outputDir + QStringLiteral("/output1.csv");
        const CliRun first = runCli(runArguments(sandbox, input, outputDir), environment(sandbox));
        QVERIFY2(first.exitCode == 0, first.err.constData());
        const QByteArray firstBytes = readAll(output);
        QVERIFY(firstBytes.contains("This is a good day,1,1,2,2,0,2,0,1"));

        const CliRun second = runCli(runArguments(sandbox, input, outputDir), environment(sandbox));
        QCOMPARE(second.exitCode, 2);
        QVERIFY2(second.err.contains(output.toUtf8()) && second.err.contains("--overwrite"), second.err.constData());
        QCOMPARE(second.err.count('\n'), 1); // one line
        QVERIFY(!second.out.contains("uploaded")); // stopped before anything was sent
        QCOMPARE(readAll(output), firstBytes);

        // With --overwrite (and a fractional poll interval, which is allowed) it runs and replaces.
        QStringList again = runArguments(sandbox, input, outputDir) << QStringLiteral("--overwrite");
        again[again.indexOf(QStringLiteral("--poll-interval")) + 1] = QStringLiteral("0.5");
        const CliRun third = runCli(again, environment(sandbox));
        QVERIFY2(third.exitCode == 0, third.err.constData());
        QVERIFY(third.out.contains("downloaded output1"));
        QVERIFY(readAll(output).contains("This is a good day,1,1,2,2,0,2,0,1"));

        QStringList zero = runArguments(sandbox, input, outputDir);
        zero[zero.indexOf(QStringLiteral("--poll-interval")) + 1] = QStringLiteral("0");
        QCOMPARE(runCli(zero, environment(sandbox)).exitCode, 2);
    }

    // A submission the service refuses leaves nothing behind in the user's storage: the input
    // that was uploaded for it is deleted again.
    void refusedSubmitRemovesItsUpload()
    {
        SandboxProcess sandbox;
        QString error;
        QVERIFY2(sandbox.start(&error), qPrintable(error));
        const QString name = QStringLiteral("orphan-%1.csv").arg(QUuid::createUuid().toString(QUuid::Id128));
        QFile file(m_dir.filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Col1,Col2\n1,never scored\n");
        file.close();
        QProcessEnvironment env = environment(sandbox);
        env.insert(QStringLiteral("SD_API"), QStringLiteral("not-the-key"));
        QStringList arguments = runArguments(sandbox, file.fileName(), m_dir.filePath(QStringLiteral("orphan-out")));
        arguments[arguments.indexOf(QStringLiteral("batch-tests"))] = QStringLiteral("batch-orphans");
        const CliRun run = runCli(arguments, env);
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains("HTTP 401"), run.err.constData());
        QVERIFY(!run.err.contains("not-the-key"));

        QNetworkAccessManager network;
        HttpClient client(&network);
        BlobList list(&client, StorageAccount::fromConnectionString(m_storage), QStringLiteral("batch-orphans"));
        QSignalSpy listed(&list, &BlobList::finished);
        list.start();
        QVERIFY(listed.wait(10000));
        QVERIFY2(list.succeeded(), qPrintable(list.error().toOneLine()));
        for (const BlobItem &item : list.items())
            QVERIFY2(!item.name.endsWith(name), qPrintable(item.name));
    }

    // A job keeps to its own service: asking about it with another service's address (and so
    // another service's key) is refused before any call.
    void aJobIsOnlyAskedAboutAtItsOwnService()
    {
        SandboxProcess sandbox({QStringLiteral("--job-delay-ms"), QStringLiteral("100")});
        SandboxProcess other;
        QString error;
        QVERIFY2(sandbox.start(&error), qPrintable(error));
        QVERIFY2(other.start(&error), qPrintable(error));
        QStringList arguments = runArguments(sandbox, m_dir.filePath(QStringLiteral("owner.csv")), m_dir.filePath(QStringLiteral("owner-out")));
        QFile file(m_dir.filePath(QStringLiteral("owner.csv")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Col1,Col2\n1,owner\n");
        file.close();
        arguments[1] = QStringLiteral("submit");
        const CliRun submitted = runCli(arguments, environment(sandbox));
        QVERIFY2(submitted.exitCode == 0, submitted.err.constData());
        const QString jobId = QString::fromUtf8(submitted.out.trimmed().split('\n').last());
        QProcessEnvironment env = environment(sandbox);
        env.insert(QStringLiteral("OTHER_API"), other.apiKey());
        const CliRun refused = runCli({QStringLiteral("bes"), QStringLiteral("status"), QStringLiteral("--job"), jobId, QStringLiteral("--url"),
                                       other.url().toString(), QStringLiteral("--api-key-env"), QStringLiteral("OTHER_API")},
                                      env);
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains("was submitted to"), refused.err.constData());
        QVERIFY(!other.standardError().contains("/jobs"));
        const CliRun status = runCli({QStringLiteral("bes"), QStringLiteral("status"), QStringLiteral("--job"), jobId, QStringLiteral("--url"),
                                      sandbox.url().toString(), QStringLiteral("--api-key-env"), QStringLiteral("SD_API")},
                                     env);
        QVERIFY2(status.exitCode == 0, status.err.constData());
        QVERIFY(status.out.contains("NotStarted"));
    }

    void missingInputBlobFailsTheJob()
    {
        SandboxProcess sandbox({QStringLiteral("--job-delay-ms"), QStringLiteral("100")});
        QString error;
        QVERIFY2(sandbox.start(&error), qPrintable(error));
        SyncHttp http;
        const QString id = submit(http, sandbox, QStringLiteral("no-such-input.csv"));
        QVERIFY(!id.isEmpty());
        QCOMPARE(call(http, sandbox, "POST", ServiceEndpoint::parse(sandbox.url().toString()).jobStartUrl(id)), 204);
        QTRY_COMPARE_WITH_TIMEOUT(status(http, sandbox, id).state, BesJobState::Failed, 15000);
        QVERIFY(status(http, sandbox, id).details.contains(QLatin1String("was not found")));
        QCOMPARE(call(http, sandbox, "POST", ServiceEndpoint::parse(sandbox.url().toString()).jobStartUrl(id)), 409);
    }

    void cancelledJobAndIntegerStatus()
    {
        SandboxProcess sandbox({QStringLiteral("--job-delay-ms"), QStringLiteral("10000"), QStringLiteral("--integer-status")});
        QString error;
        QVERIFY2(sandbox.start(&error), qPrintable(error));
        SyncHttp http;
        const ServiceEndpoint endpoint = ServiceEndpoint::parse(sandbox.url().toString());
        const QString id = submit(http, sandbox, QStringLiteral("whatever.csv"));
        const HttpResponse raw = http.get(endpoint.jobUrl(id), {{"Authorization", "Bearer " + sandbox.apiKey().toUtf8()}});
        QCOMPARE(QJsonDocument::fromJson(raw.body).object().value(QLatin1String("StatusCode")).toInt(-1), 0); // a number
        QCOMPARE(call(http, sandbox, "POST", endpoint.jobStartUrl(id)), 204);
        QCOMPARE(status(http, sandbox, id).state, BesJobState::Running);
        QCOMPARE(call(http, sandbox, "DELETE", endpoint.jobUrl(id)), 204);
        QCOMPARE(status(http, sandbox, id).state, BesJobState::Cancelled);
        QCOMPARE(call(http, sandbox, "GET", endpoint.jobUrl(QStringLiteral("nope"))), 404);
    }

    void runningJobsAreLimitedTheRestWait()
    {
        SandboxProcess sandbox({QStringLiteral("--job-delay-ms"), QStringLiteral("10000"), QStringLiteral("--max-running-jobs"), QStringLiteral("1")});
        QString error;
        QVERIFY2(sandbox.start(&error), qPrintable(error));
        SyncHttp http;
        const ServiceEndpoint endpoint = ServiceEndpoint::parse(sandbox.url().toString());
        const QString first = submit(http, sandbox, QStringLiteral("a.csv"));
        const QString second = submit(http, sandbox, QStringLiteral("b.csv"));
        QCOMPARE(call(http, sandbox, "POST", endpoint.jobStartUrl(first)), 204);
        QCOMPARE(call(http, sandbox, "POST", endpoint.jobStartUrl(second)), 204);
        QCOMPARE(status(http, sandbox, first).state, BesJobState::Running);
        QCOMPARE(status(http, sandbox, second).state, BesJobState::NotStarted); // waiting its turn
        QCOMPARE(call(http, sandbox, "DELETE", endpoint.jobUrl(first)), 204);
        QCOMPARE(status(http, sandbox, second).state, BesJobState::Running);     // its turn came
        QCOMPARE(call(http, sandbox, "DELETE", endpoint.jobUrl(second)), 204);
    }

    void killedWhileRunningThenResumed()
    {
        SandboxProcess sandbox({QStringLiteral("--job-delay-ms"), QStringLiteral("4000")});
        QString error;
        QVERIFY2(sandbox.start(&error), qPrintable(error));
        const QString input = m_dir.filePath(QStringLiteral("resume.csv"));
        QFile file(input);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Col2\nThis is a good day\n");
        file.close();

        // A bes run killed while its job runs...
        QProcess first;
        first.setProcessEnvironment(environment(sandbox));
        first.start(QStringLiteral(SCOREDESK_CLI_BIN), runArguments(sandbox, input, m_dir.filePath(QStringLiteral("resume-out"))));
        QByteArray seen;
        QVERIFY(QTest::qWaitFor([&] {
            seen += first.readAllStandardOutput();
            return seen.contains("Running");
        }, 20000));
        first.kill();
        QVERIFY(first.waitForFinished(5000));
        const QString jobId = QString::fromUtf8(seen).section(QStringLiteral("job "), 1, 1).section(QLatin1Char(' '), 0, 0);
        QVERIFY2(!jobId.isEmpty(), seen.constData());
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("resume-out/output1.csv"))));

        // ...is in the job list, and a new process finishes it.
        CliRun list = runCli({QStringLiteral("bes"), QStringLiteral("list")}, environment(sandbox));
        QCOMPARE(list.exitCode, 0);
        QVERIFY2(list.out.contains(QByteArray(jobId.toUtf8() + "  Running")), list.out.constData());
        QStringList download{QStringLiteral("bes"), QStringLiteral("download"), QStringLiteral("--job"), jobId, QStringLiteral("--url"),
                             sandbox.url().toString(), QStringLiteral("--api-key-env"), QStringLiteral("SD_API"), QStringLiteral("--output-dir"),
                             m_dir.filePath(QStringLiteral("resume-out"))};
        const CliRun resumed = runCli(download, environment(sandbox));
        QVERIFY2(resumed.exitCode == 0, resumed.err.constData());
        QFile output(m_dir.filePath(QStringLiteral("resume-out/output1.csv")));
        QVERIFY(output.open(QIODevice::ReadOnly));
        QVERIFY(output.readAll().contains("This is a good day,1,1,2,2,0,2,0,1"));
        list = runCli({QStringLiteral("bes"), QStringLiteral("list")}, environment(sandbox));
        QVERIFY2(list.out.contains(QByteArray(jobId.toUtf8() + "  Finished")) && list.out.contains("downloaded: output1"), list.out.constData());
        // The job list on disk keeps the last status, but never a result link's signature: the
        // masked form is there (so the scan sees the status), a real signature nowhere.
        static const QRegularExpression signature(QStringLiteral("sig=[^*]"));
        bool maskedSeen = false;
        QDirIterator files(m_dir.filePath(QStringLiteral("home")), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QString text = QString::fromLatin1(file.readAll());
            QVERIFY2(!signature.match(text).hasMatch(), qPrintable(file.fileName()));
            maskedSeen |= text.contains(QLatin1String("sig=***"));
        }
        QVERIFY(maskedSeen);
    }

    void submitStartStatusCancel()
    {
        SandboxProcess sandbox({QStringLiteral("--job-delay-ms"), QStringLiteral("10000")});
        QString error;
        QVERIFY2(sandbox.start(&error), qPrintable(error));
        const QString input = m_dir.filePath(QStringLiteral("steps.csv"));
        QFile file(input);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Col2\nx\n");
        file.close();
        QStringList submit = runArguments(sandbox, input, m_dir.filePath(QStringLiteral("steps-out")));
        submit[1] = QStringLiteral("submit");
        CliRun run = runCli(submit, environment(sandbox));
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QString jobId = QString::fromUtf8(run.out.trimmed().split('\n').last());
        QCOMPARE(jobId.size(), 32);
        const QStringList connection{QStringLiteral("--job"), jobId, QStringLiteral("--url"), sandbox.url().toString(), QStringLiteral("--api-key-env"), QStringLiteral("SD_API")};
        run = runCli(QStringList{QStringLiteral("bes"), QStringLiteral("status")} + connection, environment(sandbox));
        QVERIFY2(run.out.contains("NotStarted"), run.out.constData());
        QCOMPARE(runCli(QStringList{QStringLiteral("bes"), QStringLiteral("start")} + connection, environment(sandbox)).exitCode, 0);
        run = runCli(QStringList{QStringLiteral("bes"), QStringLiteral("status")} + connection, environment(sandbox));
        QVERIFY(run.out.contains("Running"));
        run = runCli(QStringList{QStringLiteral("bes"), QStringLiteral("cancel")} + connection, environment(sandbox));
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains("Cancelled"), run.out.constData());
        QCOMPARE(runCli(QStringList{QStringLiteral("bes"), QStringLiteral("status"), QStringLiteral("--url"), sandbox.url().toString()}, environment(sandbox)).exitCode, 2);
    }

    void badSubmissions()
    {
        SandboxProcess sandbox;
        QString error;
        QVERIFY2(sandbox.start(&error), qPrintable(error));
        SyncHttp http;
        const ServiceEndpoint endpoint = ServiceEndpoint::parse(sandbox.url().toString());
        const HeaderList auth{{"Authorization", "Bearer " + sandbox.apiKey().toUtf8()}};
        HttpResponse response = http.post(endpoint.jobsUrl(), "{\"Input\":{},\"Inputs\":{}}", auth);
        QCOMPARE(response.status, 400);
        QCOMPARE(decodeServiceError(400, response.body).detailCode, QStringLiteral("DuplicateInputInBatchCall"));
        response = http.post(endpoint.jobsUrl(), "{\"Input\":{\"ConnectionString\":\"UseDevelopmentStorage=true\",\"RelativeLocation\":\"c/i.csv\"}}", auth);
        QCOMPARE(decodeServiceError(400, response.body).detailCode, QStringLiteral("MissingOutputPort"));
        QCOMPARE(http.post(endpoint.jobsUrl(), "{}", {}).status, 401);
    }
};

QTEST_GUILESS_MAIN(TestBatchJobs)
#include "tst_batchjobs.moc"
