#include "core/history/historystore.h"
#include "core/usage/usagereport.h"
#include "core/http/redactor.h"

#include <QTemporaryDir>
#include <QTest>

using namespace ScoreDesk;

// The usage dashboard's figures, aggregated in SQL over a real history file.
class TestUsageReport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QDateTime m_now = QDateTime(QDate(2026, 11, 27), QTime(10, 30));

    HistoryEntry call(const QString &workspace, int status, qint64 latencyMs, qint64 hoursAgo, const QString &error = {}, int retries = 0,
                      qint64 waitedMs = 0) const
    {
        HistoryEntry entry;
        entry.startedAt = m_now.addSecs(-3600 * hoursAgo);
        entry.workspaceId = QUuid::createUuid();
        entry.workspaceName = workspace;
        entry.url = QStringLiteral("https://h.example/workspaces/w/services/s/execute?api-version=2.0");
        entry.status = status;
        entry.error = error;
        entry.latencyMs = latencyMs;
        entry.retries = retries;
        entry.waitedMs = waitedMs;
        return entry;
    }

    static JobRecord job(const QString &workspace, BesJobState state, const QDateTime &submitted, qint64 minutes)
    {
        JobRecord record;
        record.jobId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        record.workspaceName = workspace;
        record.state = state;
        record.submittedAt = submitted;
        if (isFinalState(state))
            record.finishedAt = submitted.addSecs(60 * minutes);
        return record;
    }

private Q_SLOTS:
    void figuresByKindLatencyAndWaits()
    {
        HistoryStore store(m_dir.filePath(QStringLiteral("usage.sqlite")));
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        const Redactor redactor;
        // Prod: 8 good calls of 100..800 ms this hour, one that waited out two 429s, one 401,
        // one cut connection, one 502, one final 503; Dev: one good call two days ago and an
        // unreadable answer; one call older than a month.
        for (int i = 1; i <= 8; ++i)
            store.record(call(QStringLiteral("Prod"), 200, 100 * i, 0), redactor);
        store.record(call(QStringLiteral("Prod"), 200, 5000, 1, {}, 2, 4000), redactor);
        store.record(call(QStringLiteral("Prod"), 401, 20, 1, QStringLiteral("HTTP 401")), redactor);
        store.record(call(QStringLiteral("Prod"), 0, 30000, 2, QStringLiteral("connection closed")), redactor);
        store.record(call(QStringLiteral("Prod"), 502, 50, 3, QStringLiteral("HTTP 502")), redactor);
        store.record(call(QStringLiteral("Prod"), 503, 50, 3, QStringLiteral("HTTP 503"), 3, 9000), redactor);
        store.record(call(QStringLiteral("Dev"), 200, 300, 48), redactor);
        store.record(call(QStringLiteral("Dev"), 200, 300, 49, QStringLiteral("not JSON")), redactor);
        store.record(call(QStringLiteral("Dev"), 200, 300, 24 * 40), redactor);
        const QList<JobRecord> jobs = {job(QStringLiteral("Prod"), BesJobState::Finished, m_now.addDays(-1), 10),
                                       job(QStringLiteral("Prod"), BesJobState::Finished, m_now.addDays(-2), 30),
                                       job(QStringLiteral("Prod"), BesJobState::Failed, m_now.addDays(-2), 2),
                                       job(QStringLiteral("Dev"), BesJobState::Running, m_now.addSecs(-600), 0),
                                       job(QStringLiteral("Dev"), BesJobState::Finished, m_now.addDays(-60), 5)};

        UsageFilter week{m_now, UsageRange::Week, {}};
        const UsageReport report = buildUsageReport(store.database(), jobs, week);
        QCOMPARE(report.buckets.size(), 7);
        QCOMPARE(report.buckets.last().date(), m_now.date());
        QCOMPARE(report.workspaces, (QStringList{QStringLiteral("Dev"), QStringLiteral("Prod")}));
        QCOMPARE(report.total, 15);
        QCOMPARE(report.succeeded, 10);
        QCOMPARE(report.clientErrors, 1);
        QCOMPARE(report.throttled, 1);
        QCOMPARE(report.serverErrors, 1);
        QCOMPARE(report.noResponse, 1);
        QCOMPARE(report.unreadable, 1);
        QCOMPARE(report.waitedCalls, 2);
        QCOMPARE(report.waitedMs, qint64(13000));
        QCOMPARE(report.calls.value(QStringLiteral("Prod")).last(), 13);
        QCOMPARE(report.calls.value(QStringLiteral("Dev")).at(4), 2); // two days ago
        // Sorted latencies: 20 50 50 100 .. 800 (8) 300 300 5000 30000: median 300, p95 5000.
        QCOMPARE(report.latencyP50Ms, qint64(300));
        QCOMPARE(report.latencyP95Ms, qint64(5000));
        QCOMPARE(report.jobs, 4);
        QCOMPARE(report.jobsByState.value(BesJobState::Finished), 2);
        QCOMPARE(report.jobsByState.value(BesJobState::Running), 1);
        QCOMPARE(report.jobMedianMs, qint64(10 * 60'000));
        QCOMPARE(report.jobLongestMs, qint64(30 * 60'000));

        // The last 24 hours, one workspace: hourly buckets, Dev's calls out of it.
        const UsageReport day = buildUsageReport(store.database(), jobs, UsageFilter{m_now, UsageRange::Day, QStringLiteral("Prod")});
        QVERIFY(day.hourly);
        QCOMPARE(day.buckets.size(), 24);
        QCOMPARE(day.workspaces, QStringList{QStringLiteral("Prod")});
        QCOMPARE(day.total, 13);
        QCOMPARE(day.calls.value(QStringLiteral("Prod")).last(), 8);
        QCOMPARE(day.jobs, 0);

        const QByteArray csv = usageReportCsv(report);
        QVERIFY(csv.startsWith("period,workspace,calls\n"));
        QVERIFY(csv.contains(",Prod,13\n"));
        QVERIFY(csv.contains("throttled (429/503),1\n"));
        QVERIFY(csv.contains("jobs finished,2\n"));
    }

    void emptyOrClosedHistoryGivesZeros()
    {
        const UsageReport report = buildUsageReport(QSqlDatabase(), {}, UsageFilter{m_now, UsageRange::Month, {}});
        QCOMPARE(report.buckets.size(), 30);
        QCOMPARE(report.total, 0);
        QCOMPARE(report.latencyP95Ms, qint64(0));
        QVERIFY(report.workspaces.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestUsageReport)
#include "tst_usagereport.moc"
