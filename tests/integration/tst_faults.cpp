#include "cliprocess.h"
#include "faultproxy.h"
#include "sandboxprocess.h"
#include "testdata.h"

#include "core/http/httpclient.h"
#include "core/jobs/jobcredentials.h"
#include "core/jobs/jobpoller.h"
#include "core/service/bescalls.h"
#include "core/service/rrscall.h"
#include "core/storage/blobdownload.h"
#include "core/storage/blobupload.h"
#include "core/storage/storagerequest.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ScoreDesk;

// The faults a real network brings, injected by a proxy between ScoreDesk and the real peers
// (the sandbox, Azurite): cut connections and bodies, silence, trickles, resets, HTML error
// pages from something in between, 429/503 storms with and without Retry-After. Each call ends
// in success after retries where the protocol allows it, or in a clear error of the right kind;
// nothing on disk is corrupt or half-written.
class TestFaults : public QObject
{
    Q_OBJECT

    SandboxProcess m_sandbox{{QStringLiteral("--job-delay-ms"), QStringLiteral("300")}};
    QTemporaryDir m_dir;
    QNetworkAccessManager m_network;
    HttpClient m_client{&m_network};
    StorageAccount m_account;

    RrsResult call(const QUrl &service, int timeoutMs = 20000, RetryPolicy policy = {})
    {
        RrsCall rrs(&m_client, ServiceEndpoint::parse(service.toString()), {m_sandbox.apiKey(), QString()}, guideRequest());
        rrs.setInactivityTimeoutMs(timeoutMs);
        policy.baseDelayMs = 100; // backoff without Retry-After: short, for the test
        rrs.setRetryPolicy(policy);
        QSignalSpy finished(&rrs, &RrsCall::finished);
        rrs.start();
        if (!finished.wait(60000))
            qWarning("the call did not end");
        return rrs.result();
    }

    static RrsRequest guideRequest()
    {
        DataTable table(QStringList{QStringLiteral("Col2")});
        table.appendRow({QStringLiteral("This is a good day")});
        RrsRequest request;
        request.inputs.append({QStringLiteral("input1"), table});
        return request;
    }

    static bool guideAnswer(const RrsResult &result)
    {
        return !result.error.isError() && !result.outputs.isEmpty() && result.outputs.first().table.row(0).mid(1).join(QLatin1Char(' '))
            == QLatin1String("1 1 2 2 0 2 0 1");
    }

    StorageAccount through(const FaultProxy &proxy) const
    {
        StorageAccount account = m_account;
        account.blobEndpoint = proxy.through(m_account.blobEndpoint);
        return account;
    }

    QString randomFile(const QString &name, qint64 size)
    {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write");
        QRandomGenerator random{quint32(size)};
        QByteArray chunk(64 * 1024, Qt::Uninitialized);
        for (qint64 written = 0; written < size; written += chunk.size()) {
            for (char &c : chunk)
                c = char(random.bounded(256));
            file.write(chunk.left(size - written));
        }
        return file.fileName();
    }

    bool upload(const StorageAccount &account, const QString &blob, const QString &path, CallError *error = nullptr)
    {
        BlobUpload job(&m_client, account, QStringLiteral("faults"), blob, path);
        job.setBlockSize(1024 * 1024);
        job.setSingleShotLimit(1024 * 1024);
        QSignalSpy finished(&job, &BlobUpload::finished);
        job.start();
        finished.wait(60000);
        if (error)
            *error = job.error();
        return job.succeeded();
    }

    bool download(const StorageAccount &account, const QString &blob, const QString &target, CallError *error = nullptr)
    {
        BlobDownload job(&m_client, account.blobUrl(QStringLiteral("faults"), blob), target,
                         [account](HttpRequest *request) { authorizeStorageRequest(request, account); });
        job.setChunkSize(512 * 1024);
        job.setRetryDelayMs(50);
        QSignalSpy finished(&job, &BlobDownload::finished);
        job.start();
        finished.wait(60000);
        if (error)
            *error = job.error();
        return job.succeeded();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(m_sandbox.start(&error), qPrintable(error));
        const QString storage = qEnvironmentVariable("SCOREDESK_TEST_STORAGE");
        if (storage.isEmpty())
            QFAIL("SCOREDESK_TEST_STORAGE is not set: run the tests through scripts/test.sh, which starts Azurite");
        m_account = StorageAccount::fromConnectionString(storage);
        QVERIFY(m_account.isValid());
    }

    // --- request/response ----------------------------------------------------------------

    void rrsThroughStormsSucceeds()
    {
        FaultProxy proxy(quint16(m_sandbox.url().port()));
        QVERIFY(proxy.start());
        proxy.plan(FaultProxy::Fault::Status429, 2, 0, 1);        // the gateway, with Retry-After
        proxy.plan(FaultProxy::Fault::Status503, 1);              // the service, without
        QElapsedTimer clock;
        clock.start();
        const RrsResult result = call(proxy.through(m_sandbox.url()));
        QVERIFY2(guideAnswer(result), qPrintable(result.error.toOneLine()));
        QCOMPARE(proxy.faultsInjected(), 3);
        QVERIFY(clock.elapsed() >= 2000); // Retry-After was waited out, twice
    }

    void rrsFaultsEndInTheRightKind_data()
    {
        QTest::addColumn<int>("fault");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("words");
        QTest::newRow("HTML 502") << int(FaultProxy::Fault::Html502) << int(CallError::Kind::Http) << QStringLiteral("502 Bad Gateway");
        QTest::newRow("HTML 500") << int(FaultProxy::Fault::Html500) << int(CallError::Kind::Http) << QStringLiteral("500 Internal Server Error");
        QTest::newRow("reset") << int(FaultProxy::Fault::Reset) << int(CallError::Kind::Network) << QString();
        QTest::newRow("truncated body") << int(FaultProxy::Fault::Truncate) << int(CallError::Kind::Network) << QString();
        QTest::newRow("cut answer") << int(FaultProxy::Fault::CutResponse) << int(CallError::Kind::Network) << QString();
        QTest::newRow("silence") << int(FaultProxy::Fault::Stall) << int(CallError::Kind::Timeout) << QString();
        QTest::newRow("429 storm past the retries") << int(FaultProxy::Fault::Status429) << int(CallError::Kind::Gateway) << QStringLiteral("Rate limit");
    }

    void rrsFaultsEndInTheRightKind()
    {
        QFETCH(int, fault);
        QFETCH(int, kind);
        QFETCH(QString, words);
        FaultProxy proxy(quint16(m_sandbox.url().port()));
        QVERIFY(proxy.start());
        proxy.plan(FaultProxy::Fault(fault), 10, 40, 0);
        const RrsResult result = call(proxy.through(m_sandbox.url()), 1500);
        QCOMPARE(int(result.error.kind), kind);
        QVERIFY2(result.error.message.contains(words), qPrintable(result.error.message));
        QVERIFY(result.outputs.isEmpty());
    }

    // An answer that comes a few bytes at a time keeps the call alive: the timeout is for silence.
    void trickleIsNotSilence()
    {
        FaultProxy proxy(quint16(m_sandbox.url().port()));
        QVERIFY(proxy.start());
        FaultProxy::Plan slow;
        slow.fault = FaultProxy::Fault::Trickle;
        slow.bytes = 64;
        slow.intervalMs = 100;
        proxy.plan({slow});
        const RrsResult result = call(proxy.through(m_sandbox.url()), 1000);
        QVERIFY2(guideAnswer(result), qPrintable(result.error.toOneLine()));
        QCOMPARE(proxy.faultsInjected(), 1);
    }

    // The CLI: one line, the right exit code, and no output file when nothing good came back.
    void cliFaultsGiveExitCodesAndNoHalfFiles()
    {
        FaultProxy proxy(quint16(m_sandbox.url().port()));
        QVERIFY(proxy.start());
        QProcessEnvironment env = isolatedEnvironment(m_dir.filePath(QStringLiteral("cli")));
        env.insert(QStringLiteral("SD_KEY"), m_sandbox.apiKey());
        QFile input(m_dir.filePath(QStringLiteral("rows.csv")));
        QVERIFY(input.open(QIODevice::WriteOnly));
        input.write("Col2\nThis is a good day\n");
        input.close();
        const QString output = m_dir.filePath(QStringLiteral("cli-out.csv"));
        const QStringList arguments{QStringLiteral("rrs"), QStringLiteral("--url"), proxy.through(m_sandbox.url()).toString(), QStringLiteral("--api-key-env"),
                                    QStringLiteral("SD_KEY"), QStringLiteral("--input"), input.fileName(), QStringLiteral("--output"), output,
                                    QStringLiteral("--timeout"), QStringLiteral("2"), QStringLiteral("--retries"), QStringLiteral("3")};
        const struct
        {
            FaultProxy::Fault fault;
            int exitCode;
            const char *words;
        } cases[] = {
            {FaultProxy::Fault::Html502, 3, "HTTP 502: 502 Bad Gateway"},
            {FaultProxy::Fault::Reset, 4, "network error"},
            {FaultProxy::Fault::Truncate, 4, "network error"},
            {FaultProxy::Fault::Stall, 4, "timeout"},
        };
        for (const auto &fault : cases) {
            // Several in a row: the network stack sends a request again by itself after a reset.
            proxy.clearPlan();
            proxy.plan(fault.fault, 5, 0);
            const CliRun run = runCli(arguments, env);
            QCOMPARE(run.exitCode, fault.exitCode);
            QCOMPARE(run.err.count('\n'), 1);
            QVERIFY2(run.err.contains(fault.words), run.err.constData());
            QVERIFY(!QFile::exists(output));
        }
        proxy.clearPlan();
        proxy.plan(FaultProxy::Fault::Status429, 2, 0, 1);
        const CliRun waited = runCli(arguments, env);
        QVERIFY2(waited.exitCode == 0, waited.err.constData());
        QFile written(output);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QVERIFY(written.readAll().contains("This is a good day,1,1,2,2,0,2,0,1"));
    }

    // --- blob storage ----------------------------------------------------------------------

    void blockUploadRidesOutFaults()
    {
        FaultProxy proxy(quint16(m_account.blobEndpoint.port()));
        QVERIFY(proxy.start());
        const QString file = randomFile(QStringLiteral("up.bin"), 5 * 1024 * 1024 + 123);
        // Container, uncommitted list, then blocks: some of them cut, refused, reset or stormed.
        proxy.plan(FaultProxy::Fault::Pass, 2);
        proxy.plan(FaultProxy::Fault::CutRequest, 1, 300 * 1024);
        proxy.plan(FaultProxy::Fault::Html500, 1);
        proxy.plan(FaultProxy::Fault::Status503, 1, 0, 1);
        proxy.plan(FaultProxy::Fault::Reset, 1);
        CallError error;
        QVERIFY2(upload(through(proxy), QStringLiteral("up.bin"), file, &error), qPrintable(error.toOneLine()));
        QCOMPARE(proxy.faultsInjected(), 4);
        // Read back directly: the blob is the file, byte for byte.
        const QString back = m_dir.filePath(QStringLiteral("up-back.bin"));
        QVERIFY(download(m_account, QStringLiteral("up.bin"), back));
        QCOMPARE(md5OfFile(back), md5OfFile(file));
    }

    void uploadGivesUpInWordsWhenTheFaultsPersist()
    {
        FaultProxy proxy(quint16(m_account.blobEndpoint.port()));
        QVERIFY(proxy.start());
        proxy.plan(FaultProxy::Fault::Pass, 1);
        proxy.plan(FaultProxy::Fault::Html502, 50);
        CallError error;
        QVERIFY(!upload(through(proxy), QStringLiteral("never.bin"), randomFile(QStringLiteral("never.bin"), 100), &error));
        QCOMPARE(error.httpStatus, 502);
        QVERIFY2(error.message.contains(QLatin1String("502 Bad Gateway")), qPrintable(error.message));
    }

    void rangedDownloadRidesOutFaults()
    {
        const QString file = randomFile(QStringLiteral("down.bin"), 3 * 1024 * 1024 + 7);
        QVERIFY(upload(m_account, QStringLiteral("down.bin"), file));
        FaultProxy proxy(quint16(m_account.blobEndpoint.port()));
        QVERIFY(proxy.start());
        proxy.plan(FaultProxy::Fault::CutResponse, 1, 100 * 1024);
        proxy.plan(FaultProxy::Fault::Truncate, 1);
        proxy.plan(FaultProxy::Fault::Html500, 1);
        proxy.plan(FaultProxy::Fault::Status503, 2, 0, 1);
        proxy.plan(FaultProxy::Fault::Reset, 1);
        const QString target = m_dir.filePath(QStringLiteral("down-copy.bin"));
        CallError error;
        QVERIFY2(download(through(proxy), QStringLiteral("down.bin"), target, &error), qPrintable(error.toOneLine()));
        QCOMPARE(proxy.faultsInjected(), 6);
        QCOMPARE(md5OfFile(target), md5OfFile(file));
        QVERIFY(!QFile::exists(target + QStringLiteral(".part")));
        QVERIFY(!QFile::exists(target + QStringLiteral(".part.etag")));
    }

    void downloadThatNeverGetsThroughLeavesNoFile()
    {
        QVERIFY(upload(m_account, QStringLiteral("blocked.bin"), randomFile(QStringLiteral("blocked.bin"), 1000)));
        FaultProxy proxy(quint16(m_account.blobEndpoint.port()));
        QVERIFY(proxy.start());
        proxy.plan(FaultProxy::Fault::Html502, 50);
        const QString target = m_dir.filePath(QStringLiteral("blocked-copy.bin"));
        CallError error;
        QVERIFY(!download(through(proxy), QStringLiteral("blocked.bin"), target, &error));
        QCOMPARE(error.httpStatus, 502);
        QVERIFY(!QFile::exists(target));
        QVERIFY(!QFile::exists(target + QStringLiteral(".part"))); // nothing came: no empty part
    }

    // A blob replaced between a cut and the resume: the part is started over, not mixed.
    void resumeAfterTheBlobChangedStartsOver()
    {
        QVERIFY(upload(m_account, QStringLiteral("changing.bin"), randomFile(QStringLiteral("v1.bin"), 2 * 1024 * 1024)));
        FaultProxy proxy(quint16(m_account.blobEndpoint.port()));
        QVERIFY(proxy.start());
        proxy.plan(FaultProxy::Fault::CutResponse, 1, 300 * 1024);
        const QString target = m_dir.filePath(QStringLiteral("changing-copy.bin"));
        BlobDownload first(&m_client, through(proxy).blobUrl(QStringLiteral("faults"), QStringLiteral("changing.bin")), target,
                           [account = through(proxy)](HttpRequest *request) { authorizeStorageRequest(request, account); });
        first.setMaxAttempts(1);
        QSignalSpy firstDone(&first, &BlobDownload::finished);
        first.start();
        QVERIFY(firstDone.wait(20000));
        QVERIFY(!first.succeeded());
        QVERIFY(QFileInfo(target + QStringLiteral(".part")).size() > 0); // kept, with its ETag beside it
        QVERIFY(QFile::exists(target + QStringLiteral(".part.etag")));
        const QString v2 = randomFile(QStringLiteral("v2.bin"), 2 * 1024 * 1024 + 99);
        QVERIFY(upload(m_account, QStringLiteral("changing.bin"), v2));
        BlobDownload second(&m_client, m_account.blobUrl(QStringLiteral("faults"), QStringLiteral("changing.bin")), target,
                            [account = m_account](HttpRequest *request) { authorizeStorageRequest(request, account); });
        QSignalSpy secondDone(&second, &BlobDownload::finished);
        second.start();
        QVERIFY(secondDone.wait(20000));
        QVERIFY2(second.succeeded(), qPrintable(second.error().toOneLine()));
        QCOMPARE(second.restarts(), 1);
        QCOMPARE(md5OfFile(target), md5OfFile(v2));
    }

    // --- the job poller --------------------------------------------------------------------

    // Status calls through a proxy that stalls, answers HTML and storms: the job is followed to
    // its end and its output downloaded, whole.
    void pollerFollowsAJobThroughFaults()
    {
        const QString input = m_dir.filePath(QStringLiteral("job.csv"));
        QFile file(input);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Col1,Col2\n1,This is a good day\n");
        file.close();
        QVERIFY(upload(m_account, QStringLiteral("job.csv"), input));

        FaultProxy proxy(quint16(m_sandbox.url().port()));
        QVERIFY(proxy.start());
        const ServiceEndpoint endpoint = ServiceEndpoint::parse(proxy.through(m_sandbox.url()).toString());
        const QString storage = qEnvironmentVariable("SCOREDESK_TEST_STORAGE");
        BesSubmission submission;
        submission.input = {storage, QStringLiteral("faults/job.csv")};
        submission.outputs.insert(QStringLiteral("output1"), {storage, QStringLiteral("faults/job-out.csv")});
        const ServiceCredentials keys{m_sandbox.apiKey(), QString()};
        BesSubmitCall submit(&m_client, endpoint, keys, submission);
        QSignalSpy submitted(&submit, &ServiceCall::finished);
        submit.start();
        QVERIFY(submitted.wait(10000));
        QVERIFY2(submit.succeeded(), qPrintable(submit.error().toOneLine()));
        BesJobCall start(BesJobOperation::Start, &m_client, endpoint, keys, submit.jobId());
        QSignalSpy started(&start, &ServiceCall::finished);
        start.start();
        QVERIFY(started.wait(10000));
        QVERIFY(start.succeeded());

        JobStore store(m_dir.filePath(QStringLiteral("jobs.sqlite")));
        QString error;
        QVERIFY(store.open(&error));
        JobRecord record;
        record.jobId = submit.jobId();
        record.serviceUrl = endpoint.location().toString();
        record.submittedAt = QDateTime::currentDateTimeUtc();
        record.outputDir = m_dir.filePath(QStringLiteral("job-out"));
        QVERIFY(store.save(record));
        JobCredentials credentials(nullptr);
        credentials.setCommandSecrets(record.serviceUrl, WorkspaceSecrets{keys, QString()});
        JobPoller poller(&m_client, &store, &credentials);
        proxy.plan(FaultProxy::Fault::Stall, 1);
        proxy.plan(FaultProxy::Fault::Html502, 1);
        proxy.plan(FaultProxy::Fault::Status429, 1, 0, 1);
        proxy.plan(FaultProxy::Fault::Reset, 1);
        QSignalSpy problems(&poller, &JobPoller::problem);
        QSignalSpy finished(&poller, &JobPoller::jobFinished);
        poller.track(record.jobId);
        QVERIFY(finished.wait(120000));
        QVERIFY(finished.first().at(1).toBool());
        // Every fault that reached the poller was noticed and none dropped the job (a reset may
        // be sent again by the network stack itself, unnoticed).
        QVERIFY(problems.size() >= 3);
        const std::optional<JobRecord> done = store.job(record.jobId);
        QCOMPARE(done->state, BesJobState::Finished);
        QFile output(done->downloads.value(QStringLiteral("output1")).toString());
        QVERIFY(output.open(QIODevice::ReadOnly));
        QVERIFY(output.readAll().contains("1,This is a good day,1,1,2,2,0,2,0,1"));
    }
};

QTEST_GUILESS_MAIN(TestFaults)
#include "tst_faults.moc"
