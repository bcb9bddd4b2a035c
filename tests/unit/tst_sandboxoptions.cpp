#include "sandboxoptions.h"

#include <QTest>

using namespace ScoreDesk::Sandbox;

class TestSandboxOptions : public QObject
{
    Q_OBJECT

    static ParseResult parse(const QStringList &arguments, SandboxOptions *options, QString *message)
    {
        return parseSandboxOptions(QStringList{QStringLiteral("scoredesk-sandbox")} + arguments, options, message);
    }

private Q_SLOTS:
    void defaults()
    {
        SandboxOptions options;
        QString message;
        QCOMPARE(parse({}, &options, &message), ParseResult::Ok);
        QCOMPARE(options.host, QStringLiteral("127.0.0.1"));
        QCOMPARE(options.port, quint16(0));
        QCOMPARE(options.gatewayPrefix, QStringLiteral("/azureml-demo"));
        QCOMPARE(options.gatewayLimits.rateCalls, 0);
        QCOMPARE(options.maxConcurrent, 20);
        generateMissingKeys(&options);
        QVERIFY(options.apiKey.size() >= 24);
        QVERIFY(options.gatewayKey.size() >= 24);
        QVERIFY(options.apiKey != options.gatewayKey);
    }

    void everyOption()
    {
        SandboxOptions options;
        QString message;
        QCOMPARE(parse({QStringLiteral("--host"), QStringLiteral("::1"), QStringLiteral("--port"), QStringLiteral("8123"),
                        QStringLiteral("--api-key"), QStringLiteral("a"), QStringLiteral("--gateway-key"), QStringLiteral("g"),
                        QStringLiteral("--rate-limit"), QStringLiteral("5/60"), QStringLiteral("--quota"), QStringLiteral("100"),
                        QStringLiteral("--gateway-prefix"), QStringLiteral("demo/"), QStringLiteral("--max-body-bytes"), QStringLiteral("1000"),
                        QStringLiteral("--max-concurrent"), QStringLiteral("4"), QStringLiteral("--delay-ms"), QStringLiteral("50"),
                        QStringLiteral("--storage"), QStringLiteral("UseDevelopmentStorage=true")},
                       &options, &message),
                 ParseResult::Ok);
        QCOMPARE(options.port, quint16(8123));
        QCOMPARE(options.apiKey, QStringLiteral("a"));
        QCOMPARE(options.gatewayLimits.rateCalls, 5);
        QCOMPARE(options.gatewayLimits.rateWindowSeconds, 60);
        QCOMPARE(options.gatewayLimits.quotaCalls, 100);
        QCOMPARE(options.gatewayLimits.quotaPeriodSeconds, 7 * 24 * 3600);
        QCOMPARE(options.gatewayPrefix, QStringLiteral("/demo"));
        QCOMPARE(options.maxBodyBytes, qint64(1000));
        QCOMPARE(options.maxConcurrent, 4);
        QCOMPARE(options.delayMs, 50);
        QCOMPARE(options.storageConnectionString, QStringLiteral("UseDevelopmentStorage=true"));
    }

    void refusals_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("non-loopback host") << QStringList{QStringLiteral("--host"), QStringLiteral("0.0.0.0")};
        QTest::newRow("lan host") << QStringList{QStringLiteral("--host"), QStringLiteral("192.168.1.2")};
        QTest::newRow("port text") << QStringList{QStringLiteral("--port"), QStringLiteral("http")};
        QTest::newRow("port too big") << QStringList{QStringLiteral("--port"), QStringLiteral("70000")};
        QTest::newRow("rate without window") << QStringList{QStringLiteral("--rate-limit"), QStringLiteral("5")};
        QTest::newRow("rate window too long") << QStringList{QStringLiteral("--rate-limit"), QStringLiteral("5/301")};
        QTest::newRow("quota zero") << QStringList{QStringLiteral("--quota"), QStringLiteral("0")};
        QTest::newRow("concurrency zero") << QStringList{QStringLiteral("--max-concurrent"), QStringLiteral("0")};
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--fast")};
        QTest::newRow("stray argument") << QStringList{QStringLiteral("serve")};
    }
    void refusals()
    {
        QFETCH(QStringList, arguments);
        SandboxOptions options;
        QString message;
        QCOMPARE(parse(arguments, &options, &message), ParseResult::Error);
        QVERIFY(!message.isEmpty());
    }
};

QTEST_APPLESS_MAIN(TestSandboxOptions)
#include "tst_sandboxoptions.moc"
