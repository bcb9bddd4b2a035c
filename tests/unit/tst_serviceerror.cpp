#include "core/service/serviceerror.h"
#include "core/errors/callerror.h"
#include "core/http/retryafter.h"

#include <QDateTime>
#include <QLocale>
#include <QTest>

using namespace ScoreDesk;

class TestServiceError : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void serviceShapeUsesFirstDetail()
    {
        const CallError error = decodeServiceError(
            400, R"({"error":{"code":"BadArgument","message":"Invalid argument provided.","details":[{"code":"InputParseError","message":"Column 'Col2' is missing."}]}})");
        QCOMPARE(error.kind, CallError::Kind::Service);
        QCOMPARE(error.code, QStringLiteral("BadArgument"));
        QCOMPARE(error.detailCode, QStringLiteral("InputParseError"));
        QCOMPARE(error.message, QStringLiteral("Column 'Col2' is missing."));
        QCOMPARE(error.toOneLine(), QStringLiteral("HTTP 400 BadArgument/InputParseError: Column 'Col2' is missing."));
    }

    void serviceShapeWithoutDetails()
    {
        const CallError error = decodeServiceError(401, R"({"error":{"code":"Unauthorized","message":"Bad key."}})");
        QCOMPARE(error.toOneLine(), QStringLiteral("HTTP 401 Unauthorized: Bad key."));
    }

    void gatewayShape()
    {
        const CallError error = decodeServiceError(429, R"({"statusCode": 429, "message": "Rate limit is exceeded. Try again in 57 seconds."})", "57");
        QCOMPARE(error.kind, CallError::Kind::Gateway);
        QCOMPARE(error.retryAfterSeconds, std::optional<int>(57));
        QCOMPARE(error.toOneLine(), QStringLiteral("HTTP 429: Rate limit is exceeded. Try again in 57 seconds."));
    }

    void htmlBodyGivesItsTitle()
    {
        const CallError error = decodeServiceError(
            502, "<!DOCTYPE html><html><head><title>502 Bad Gateway</title><style>p{}</style></head><body><h1>Oops</h1></body></html>");
        QCOMPARE(error.kind, CallError::Kind::Http);
        QCOMPARE(error.message, QStringLiteral("502 Bad Gateway"));
    }

    void htmlWithoutTitleGivesItsText()
    {
        const CallError error = decodeServiceError(503, "<html><script>var x=1;</script><body><p>Service  down\nfor maintenance</p></body></html>");
        QCOMPARE(error.message, QStringLiteral("Service down for maintenance"));
    }

    void plainTextGivesFirstLine()
    {
        const CallError error = decodeServiceError(500, "upstream connect error\nreset reason: overflow");
        QCOMPARE(error.message, QStringLiteral("upstream connect error"));
    }

    void emptyBodyStillSaysSomething()
    {
        const CallError error = decodeServiceError(504, QByteArray());
        QVERIFY(error.message.contains(QLatin1String("504")));
    }

    void longBodiesAreClipped()
    {
        const CallError error = decodeServiceError(500, QByteArray(100000, 'x'));
        QVERIFY(error.message.size() <= 400);
        QCOMPARE(error.rawBody.size(), 100000); // the whole body stays available to "show raw"
    }

    void transportKinds()
    {
        QVERIFY(CallError::transport(CallError::Kind::Network, QStringLiteral("refused")).isTransportFailure());
        QVERIFY(CallError::transport(CallError::Kind::Timeout, QStringLiteral("slow")).isTransportFailure());
        QVERIFY(CallError::transport(CallError::Kind::Tls, QStringLiteral("self-signed")).isTransportFailure());
        QVERIFY(!decodeServiceError(400, "{}").isTransportFailure());
        QCOMPARE(CallError::transport(CallError::Kind::Network, QStringLiteral("Connection refused")).toOneLine(),
                 QStringLiteral("network error: Connection refused"));
    }

    void retryAfterForms()
    {
        QCOMPARE(parseRetryAfter("120"), std::optional<int>(120));
        QCOMPARE(parseRetryAfter(" 0 "), std::optional<int>(0));
        QCOMPARE(parseRetryAfter(""), std::optional<int>());
        QCOMPARE(parseRetryAfter("soon"), std::optional<int>());
        const QDateTime later = QDateTime::currentDateTimeUtc().addSecs(90);
        const QByteArray httpDate = QLocale::c().toString(later, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss")).toLatin1() + " GMT";
        const std::optional<int> seconds = parseRetryAfter(httpDate);
        QVERIFY(seconds);
        QVERIFY2(*seconds >= 85 && *seconds <= 90, qPrintable(QString::number(*seconds)));
        QCOMPARE(parseRetryAfter("Wed, 21 Oct 2015 07:28:00 GMT"), std::optional<int>(0)); // in the past
    }
};

QTEST_APPLESS_MAIN(TestServiceError)
#include "tst_serviceerror.moc"
