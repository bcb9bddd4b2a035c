#include "scriptedserver.h"
#include "synchttp.h"

#include "core/http/scheduler.h"
#include "core/jobs/jobcredentials.h"
#include "core/jobs/jobpoller.h"

#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace ScoreDesk;

// The poller against a scripted service over real sockets, its clock driven by hand.
class TestJobPoller : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static JobRecord job(const QString &id, const QUrl &service)
    {
        JobRecord record;
        record.jobId = id;
        record.serviceUrl = service.toString();
        record.submittedAt = QDateTime::currentDateTimeUtc();
        return record;
    }

    // The keys a command gives for a service with no saved workspace (the CLI's --url).
    static std::unique_ptr<JobCredentials> keys(const QUrl &service)
    {
        auto credentials = std::make_unique<JobCredentials>(nullptr);
        WorkspaceSecrets secrets;
        secrets.credentials.apiKey = QStringLiteral("k");
        credentials->setCommandSecrets(service.toString(), secrets);
        return credentials;
    }

private Q_SLOTS:
    void intervalsGrowToThirtySeconds()
    {
        QList<int> intervals;
        for (int ms = JobPoller::FirstIntervalMs; intervals.size() < 12; ms = JobPoller::nextIntervalMs(ms))
            intervals.append(ms);
        QCOMPARE(intervals.mid(0, 4), (QList<int>{1000, 1500, 2250, 3375}));
        QCOMPARE(intervals.last(), JobPoller::MaxIntervalMs);
    }

    void followsAJobAndSavesBeforeItSignals()
    {
        QStringList states{QStringLiteral("NotStarted"), QStringLiteral("Running"), QStringLiteral("Running"), QStringLiteral("Failed")};
        ScriptedServer service([&states](const ScriptedServer::Request &, QTcpSocket *socket) {
            const QString state = states.size() > 1 ? states.takeFirst() : states.first();
            ScriptedServer::reply(socket, 200, QStringLiteral("{\"StatusCode\":\"%1\",\"Results\":null,\"Details\":%2}")
                                                   .arg(state, state == QLatin1String("Failed") ? QStringLiteral("\"boom\"") : QStringLiteral("null"))
                                                   .toUtf8());
        });
        QVERIFY(service.listen());
        JobStore store(m_dir.filePath(QStringLiteral("a.sqlite")));
        QString error;
        QVERIFY(store.open(&error));
        store.save(job(QStringLiteral("j1"), service.url(QStringLiteral("/workspaces/w/services/s"))));
        SyncHttp http;
        ManualScheduler clock;
        const auto credentials = keys(service.url(QStringLiteral("/workspaces/w/services/s")));
        JobPoller poller(http.client(), &store, credentials.get(), &clock);
        QStringList seenInStore;
        connect(&poller, &JobPoller::jobChanged, this, [&](const QString &id) { seenInStore.append(besJobStateName(store.job(id)->state)); });
        QSignalSpy finished(&poller, &JobPoller::jobFinished);
        poller.track(QStringLiteral("j1"));
        clock.advance(0);
        QTRY_COMPARE(service.requests().size(), 1);
        QCOMPARE(service.requests().first().path, QByteArray("/workspaces/w/services/s/jobs/j1?api-version=2.0"));
        QCOMPARE(service.requests().first().header("Authorization"), QByteArray("Bearer k"));
        QTRY_COMPARE(clock.pending(), 1);
        QCOMPARE(clock.nextDueMs(), 1000);       // the first wait
        clock.advance(1000);
        QTRY_COMPARE(service.requests().size(), 2);
        QTRY_COMPARE(clock.pending(), 1);
        QCOMPARE(clock.nextDueMs(), 1000 + 1500); // waits grow while the job runs
        clock.advance(1500);
        QTRY_COMPARE(service.requests().size(), 3);
        QTRY_COMPARE(clock.pending(), 1);
        QCOMPARE(clock.nextDueMs(), 2500 + 2250);
        clock.advance(2250);
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.first().at(1).toBool(), false);
        // Every change was in the store when it was announced.
        QCOMPARE(seenInStore, (QStringList{QStringLiteral("Running"), QStringLiteral("Failed")}));
        QCOMPARE(store.job(QStringLiteral("j1"))->details, QStringLiteral("boom"));
        QVERIFY(!poller.isTracking(QStringLiteral("j1")));
    }

    void retryAfterAndNetworkErrorsKeepTheJob()
    {
        int answered = 0;
        ScriptedServer service([&answered](const ScriptedServer::Request &, QTcpSocket *socket) {
            ++answered;
            if (answered == 1)
                ScriptedServer::reply(socket, 429, "{\"statusCode\":429,\"message\":\"Rate limit is exceeded.\"}", {{"Retry-After", "7"}});
            else if (answered <= 3)
                socket->abort(); // a cut connection (twice: Qt resends a GET once by itself)
            else
                ScriptedServer::reply(socket, 200, "{\"StatusCode\":\"Cancelled\"}");
        });
        QVERIFY(service.listen());
        JobStore store(m_dir.filePath(QStringLiteral("b.sqlite")));
        QString error;
        QVERIFY(store.open(&error));
        store.save(job(QStringLiteral("j2"), service.url(QStringLiteral("/workspaces/w/services/s"))));
        SyncHttp http;
        ManualScheduler clock;
        const auto credentials = keys(service.url(QStringLiteral("/workspaces/w/services/s")));
        JobPoller poller(http.client(), &store, credentials.get(), &clock);
        QSignalSpy problems(&poller, &JobPoller::problem);
        QSignalSpy finished(&poller, &JobPoller::jobFinished);
        poller.track(QStringLiteral("j2"));
        clock.advance(0);
        QTRY_COMPARE(problems.size(), 1);
        QCOMPARE(clock.nextDueMs(), 7000); // Retry-After, not the usual second
        clock.advance(6999);
        // The next poll is still waiting on the hand-driven clock: nothing can have gone out.
        QCOMPARE(clock.nextDueMs(), 7000);
        QCOMPARE(service.requests().size(), 1);
        clock.advance(1);
        QTRY_COMPARE(problems.size(), 2); // the cut: backed off, not dropped
        QVERIFY(poller.isTracking(QStringLiteral("j2")));
        clock.advance(clock.nextDueMs() - clock.nowMs());
        QVERIFY(finished.wait(5000));
        QCOMPARE(store.job(QStringLiteral("j2"))->state, BesJobState::Cancelled);
    }

    void resumeAllAfterARestart()
    {
        const QString path = m_dir.filePath(QStringLiteral("c.sqlite"));
        {
            JobStore store(path);
            QString error;
            QVERIFY(store.open(&error));
            JobRecord running = job(QStringLiteral("running"), QUrl(QStringLiteral("http://127.0.0.1:9/workspaces/w/services/s")));
            running.state = BesJobState::Running;
            JobRecord done = job(QStringLiteral("done"), QUrl(running.serviceUrl));
            done.state = BesJobState::Finished;
            done.outputDir = m_dir.filePath(QStringLiteral("out"));
            done.downloads.insert(QStringLiteral("output1"), m_dir.filePath(QStringLiteral("out/output1.csv")));
            JobRecord notDownloaded = done;
            notDownloaded.jobId = QStringLiteral("finished-not-downloaded");
            notDownloaded.downloads = QJsonObject();
            JobRecord failed = job(QStringLiteral("failed"), QUrl(running.serviceUrl));
            failed.state = BesJobState::Failed;
            for (const JobRecord &record : {running, done, notDownloaded, failed})
                QVERIFY(store.save(record));
        }
        JobStore reopened(path);
        QString error;
        QVERIFY(reopened.open(&error));
        QCOMPARE(reopened.all().size(), 4);
        QStringList needing;
        for (const JobRecord &record : reopened.needingWork())
            needing.append(record.jobId);
        needing.sort();
        QCOMPARE(needing, (QStringList{QStringLiteral("finished-not-downloaded"), QStringLiteral("running")}));
        SyncHttp http;
        ManualScheduler clock;
        const auto credentials = keys(QUrl(QStringLiteral("http://127.0.0.1:9/workspaces/w/services/s")));
        JobPoller poller(http.client(), &reopened, credentials.get(), &clock);
        poller.resumeAll();
        QCOMPARE(poller.trackedCount(), 2);
        QVERIFY(reopened.remove(QStringLiteral("failed")));
        QCOMPARE(reopened.all().size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestJobPoller)
#include "tst_jobpoller.moc"
