#include "gatewaypolicy.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace ScoreDesk::Sandbox;

class TestGatewayPolicy : public QObject
{
    Q_OBJECT

    qint64 m_now = 0;
    GatewayPolicy policy(const GatewayPolicy::Limits &limits) { return GatewayPolicy(QStringLiteral("sub-key"), limits, [this] { return m_now; }); }

private Q_SLOTS:
    void init() { m_now = 1'000'000; }

    void missingKeyIs401()
    {
        auto gateway = policy({});
        const auto refusal = gateway.admit(QByteArray(), QString(), false);
        QVERIFY(refusal);
        QCOMPARE(refusal->status, 401);
        const QJsonObject body = QJsonDocument::fromJson(refusal->body).object();
        QCOMPARE(body.value(QLatin1String("statusCode")).toInt(), 401);
        QVERIFY(body.value(QLatin1String("message")).toString().contains(QLatin1String("missing subscription key")));
    }

    void wrongKeyIs401()
    {
        auto gateway = policy({});
        const auto refusal = gateway.admit("nope", QString(), false);
        QVERIFY(refusal);
        QCOMPARE(refusal->status, 401);
        QVERIFY(QJsonDocument::fromJson(refusal->body).object().value(QLatin1String("message")).toString().contains(QLatin1String("invalid subscription key")));
    }

    void headerOrQueryKeyAdmits()
    {
        auto gateway = policy({});
        QVERIFY(!gateway.admit("sub-key", QString(), false));
        QVERIFY(!gateway.admit(QByteArray(), QStringLiteral("sub-key"), true));
    }

    void headerWinsOverQuery()
    {
        // The query parameter is only read when the header is absent.
        auto gateway = policy({});
        QVERIFY(gateway.admit("wrong", QStringLiteral("sub-key"), true));
        QVERIFY(!gateway.admit("sub-key", QStringLiteral("wrong"), true));
    }

    void slidingWindowRateLimit()
    {
        auto gateway = policy({2, 60, 0, 0});
        QVERIFY(!gateway.admit("sub-key", QString(), false));
        m_now += 10'000;
        QVERIFY(!gateway.admit("sub-key", QString(), false));
        m_now += 5'000;
        auto refusal = gateway.admit("sub-key", QString(), false);
        QVERIFY(refusal);
        QCOMPARE(refusal->status, 429);
        // The oldest call leaves the window 45 s from now.
        QCOMPARE(refusal->header("Retry-After"), QByteArray("45"));
        QCOMPARE(QJsonDocument::fromJson(refusal->body).object().value(QLatin1String("message")).toString(),
                 QStringLiteral("Rate limit is exceeded. Try again in 45 seconds."));
        m_now += 44'999;
        QVERIFY(gateway.admit("sub-key", QString(), false));
        m_now += 1;
        QVERIFY(!gateway.admit("sub-key", QString(), false));
    }

    void refusedCallsDoNotCount()
    {
        auto gateway = policy({1, 10, 0, 0});
        QVERIFY(!gateway.admit("sub-key", QString(), false));
        for (int i = 0; i < 5; ++i)
            QVERIFY(gateway.admit("sub-key", QString(), false));
        m_now += 10'000;
        QVERIFY(!gateway.admit("sub-key", QString(), false));
    }

    void quotaIs403WithRemainingTime()
    {
        auto gateway = policy({0, 60, 2, 7 * 24 * 3600});
        QVERIFY(!gateway.admit("sub-key", QString(), false));
        QVERIFY(!gateway.admit("sub-key", QString(), false));
        m_now += 1000;
        const auto refusal = gateway.admit("sub-key", QString(), false);
        QVERIFY(refusal);
        QCOMPARE(refusal->status, 403);
        QCOMPARE(refusal->header("Retry-After"), QByteArray::number(7 * 24 * 3600 - 1));
        QCOMPARE(QJsonDocument::fromJson(refusal->body).object().value(QLatin1String("message")).toString(),
                 QStringLiteral("Out of call volume quota. Quota will be replenished in 6.23:59:59."));
        m_now += qint64(7 * 24 * 3600) * 1000;
        QVERIFY(!gateway.admit("sub-key", QString(), false));
    }

    void quotaFormatting()
    {
        QCOMPARE(formatQuotaRemaining(0), QStringLiteral("0.00:00:00"));
        QCOMPARE(formatQuotaRemaining(90061), QStringLiteral("1.01:01:01"));
    }
};

QTEST_APPLESS_MAIN(TestGatewayPolicy)
#include "tst_gatewaypolicy.moc"
