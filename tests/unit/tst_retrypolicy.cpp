#include "core/http/retrypolicy.h"
#include "core/http/scheduler.h"

#include <QTest>

using namespace ScoreDesk;

class TestRetryPolicy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void retryAfterIsObeyedExactly()
    {
        const RetryPolicy policy;
        QCOMPARE(policy.delayBeforeRetry(1, 429, 57, 0.0), std::optional<int>(57000));
        QCOMPARE(policy.delayBeforeRetry(2, 503, 1, 0.99), std::optional<int>(1000)); // no jitter on a server's wish
        QCOMPARE(policy.delayBeforeRetry(1, 429, 0, 0.5), std::optional<int>(0));
    }

    void longRetryAfterIsNotWaitedOut()
    {
        const RetryPolicy policy;
        QCOMPARE(policy.delayBeforeRetry(1, 403, 600000, 0.5), std::optional<int>()); // a quota: not retryable anyway
        QCOMPARE(policy.delayBeforeRetry(1, 429, policy.maxRetryAfterSeconds + 1, 0.5), std::optional<int>());
    }

    void onlyThrottlingIsRetried_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("retried");
        QTest::newRow("200") << 200 << false;
        QTest::newRow("400") << 400 << false;
        QTest::newRow("401") << 401 << false;
        QTest::newRow("403 quota") << 403 << false;
        QTest::newRow("429") << 429 << true;
        QTest::newRow("500") << 500 << false;
        QTest::newRow("503") << 503 << true;
        QTest::newRow("504") << 504 << false;
    }
    void onlyThrottlingIsRetried()
    {
        QFETCH(int, status);
        QFETCH(bool, retried);
        QCOMPARE(RetryPolicy().delayBeforeRetry(1, status, std::nullopt, 0.5).has_value(), retried);
    }

    void backoffDoublesWithBoundedJitter()
    {
        RetryPolicy policy;
        policy.maxRetries = 10;
        QCOMPARE(policy.delayBeforeRetry(1, 503, std::nullopt, 0.5), std::optional<int>(1000));
        QCOMPARE(policy.delayBeforeRetry(2, 503, std::nullopt, 0.5), std::optional<int>(2000));
        QCOMPARE(policy.delayBeforeRetry(3, 503, std::nullopt, 0.5), std::optional<int>(4000));
        QCOMPARE(policy.delayBeforeRetry(3, 503, std::nullopt, 0.0), std::optional<int>(3000)); // -25%
        QCOMPARE(policy.delayBeforeRetry(3, 503, std::nullopt, 1.0), std::optional<int>(5000)); // +25%
        QCOMPARE(policy.delayBeforeRetry(10, 503, std::nullopt, 1.0), std::optional<int>(policy.maxDelayMs));
    }

    void retriesAreBounded()
    {
        RetryPolicy policy;
        policy.maxRetries = 2;
        QVERIFY(policy.delayBeforeRetry(2, 429, 1, 0.5));
        QVERIFY(!policy.delayBeforeRetry(3, 429, 1, 0.5));
        policy.maxRetries = 0;
        QVERIFY(!policy.delayBeforeRetry(1, 429, 1, 0.5));
    }

    void manualSchedulerRunsTasksWhenDue()
    {
        ManualScheduler scheduler;
        QObject context;
        QStringList ran;
        scheduler.singleShot(300, &context, [&] { ran << QStringLiteral("b"); });
        scheduler.singleShot(100, &context, [&] { ran << QStringLiteral("a"); });
        QCOMPARE(scheduler.nextDueMs(), 100);
        scheduler.advance(99);
        QVERIFY(ran.isEmpty());
        scheduler.advance(1);
        QCOMPARE(ran, QStringList{QStringLiteral("a")});
        QCOMPARE(scheduler.nowMs(), 100);
        {
            QObject gone;
            scheduler.singleShot(50, &gone, [&] { ran << QStringLiteral("never"); });
        }
        scheduler.advance(500);
        QCOMPARE(ran, (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
        QCOMPARE(scheduler.pending(), 0);
    }
};

QTEST_APPLESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
