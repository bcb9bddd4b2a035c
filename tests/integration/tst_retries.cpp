#include "sandboxprocess.h"
#include "scriptedserver.h"
#include "synchttp.h"
#include "testdata.h"

#include "core/http/retryingcall.h"
#include "core/http/scheduler.h"
#include "core/service/rrscall.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

using namespace ScoreDesk;

// Retries over real sockets: with a hand-driven clock to prove that no request goes out before
// its time, and against the sandbox's gateway with the real clock.
class TestRetries : public QObject
{
    Q_OBJECT

    static HttpRequest postTo(const QUrl &url)
    {
        HttpRequest request;
        request.method = "POST";
        request.url = url;
        request.body = guideRequestBody();
        request.headers = {{"Content-Type", "application/json"}};
        return request;
    }

private Q_SLOTS:
    void retryAfterIsHonouredToTheMillisecond()
    {
        int answered = 0;
        ScriptedServer server([&answered](const ScriptedServer::Request &, QTcpSocket *socket) {
            if (++answered <= 2)
                ScriptedServer::reply(socket, 429, "{\"statusCode\":429,\"message\":\"Rate limit is exceeded. Try again in 3 seconds.\"}", {{"Retry-After", "3"}});
            else
                ScriptedServer::reply(socket, 200, "{}");
        });
        QVERIFY(server.listen());
        SyncHttp http;
        ManualScheduler clock;
        RetryingCall call(http.client(), postTo(server.url(QStringLiteral("/x"))), RetryPolicy(), &clock);
        QSignalSpy scheduled(&call, &RetryingCall::retryScheduled);
        QSignalSpy finished(&call, &RetryingCall::finished);
        call.start();

        QVERIFY(scheduled.wait(5000));
        QCOMPARE(scheduled.last().at(1).toInt(), 3000);
        QCOMPARE(scheduled.last().at(2).toInt(), 429);
        clock.advance(2999);
        // Not one millisecond early: the retry is still waiting on the hand-driven clock, and
        // only that wait can send it.
        QCOMPARE(clock.pending(), 1);
        QCOMPARE(clock.nextDueMs(), 3000);
        QCOMPARE(call.attempts(), 1);
        QCOMPARE(server.requests().size(), 1);
        clock.advance(1);
        QTRY_COMPARE(server.requests().size(), 2);
        QTRY_COMPARE(scheduled.size(), 2);
        clock.advance(3000);
        QVERIFY(finished.wait(5000));
        QCOMPARE(call.response().status, 200);
        QCOMPARE(call.attempts(), 3);
    }

    void backoffWithoutRetryAfterAndGivingUp()
    {
        ScriptedServer server([](const ScriptedServer::Request &, QTcpSocket *socket) {
            ScriptedServer::reply(socket, 503, "{\"error\":{\"code\":\"ServiceUnavailable\",\"message\":\"busy\"}}");
        });
        QVERIFY(server.listen());
        SyncHttp http;
        ManualScheduler clock;
        RetryPolicy policy;
        policy.maxRetries = 2;
        policy.jitter = 0.0;
        RetryingCall call(http.client(), postTo(server.url(QStringLiteral("/x"))), policy, &clock);
        QSignalSpy scheduled(&call, &RetryingCall::retryScheduled);
        QSignalSpy finished(&call, &RetryingCall::finished);
        call.start();
        QVERIFY(scheduled.wait(5000));
        QCOMPARE(scheduled.last().at(1).toInt(), 1000);
        clock.advance(1000);
        QTRY_COMPARE(scheduled.size(), 2);
        QCOMPARE(scheduled.last().at(1).toInt(), 2000);
        clock.advance(2000);
        QVERIFY(finished.wait(5000));
        QCOMPARE(call.attempts(), 3);
        QCOMPARE(call.response().status, 503); // the last answer is what the caller sees
    }

    void cancelDuringTheWait()
    {
        ScriptedServer server([](const ScriptedServer::Request &, QTcpSocket *socket) {
            ScriptedServer::reply(socket, 429, "{}", {{"Retry-After", "30"}});
        });
        QVERIFY(server.listen());
        SyncHttp http;
        ManualScheduler clock;
        RetryingCall call(http.client(), postTo(server.url(QStringLiteral("/x"))), RetryPolicy(), &clock);
        QSignalSpy scheduled(&call, &RetryingCall::retryScheduled);
        QSignalSpy finished(&call, &RetryingCall::finished);
        call.start();
        QVERIFY(scheduled.wait(5000));
        call.cancel();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(call.response().transportError.kind, CallError::Kind::Cancelled);
        clock.advance(60000);
        // The wait came due and sent nothing: an attempt is counted when it is sent.
        QCOMPARE(clock.pending(), 0);
        QCOMPARE(call.attempts(), 1);
        QCOMPARE(server.requests().size(), 1);
    }

    void gatewayRateLimitIsWaitedOutWithTheRealClock()
    {
        SandboxProcess sandbox({QStringLiteral("--rate-limit"), QStringLiteral("1/2")});
        QString error;
        QVERIFY2(sandbox.start(&error), qPrintable(error));
        SyncHttp http;
        const ServiceEndpoint endpoint = ServiceEndpoint::parse(sandbox.gatewayUrl().toString());
        DataTable table(QStringList{QStringLiteral("Col2")});
        table.appendRow({QStringLiteral("This is a good day")});
        RrsRequest request;
        request.inputs.append({QStringLiteral("input1"), table});
        const ServiceCredentials credentials{sandbox.apiKey(), sandbox.gatewayKey()};

        for (int i = 0; i < 2; ++i) {
            RrsCall call(http.client(), endpoint, credentials, request);
            QSignalSpy scheduled(&call, &RrsCall::retryScheduled);
            QSignalSpy finished(&call, &RrsCall::finished);
            QElapsedTimer sinceRetryScheduled;
            connect(&call, &RrsCall::retryScheduled, &call, [&] { sinceRetryScheduled.start(); });
            call.start();
            QVERIFY(finished.wait(15000));
            QVERIFY2(!call.result().error.isError(), qPrintable(call.result().error.toOneLine()));
            QCOMPARE(call.result().outputs.first().table.row(0).mid(1).join(QLatin1Char(' ')), QStringLiteral("1 1 2 2 0 2 0 1"));
            if (i == 0) {
                QCOMPARE(scheduled.size(), 0);
            } else {
                // The second call inside the window got 429 and was retried once, after the wait.
                QCOMPARE(scheduled.size(), 1);
                QCOMPARE(scheduled.first().at(2).toInt(), 429);
                const int delay = scheduled.first().at(1).toInt();
                QVERIFY(delay >= 1000 && delay <= 2000);
                QVERIFY(sinceRetryScheduled.elapsed() >= delay);
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestRetries)
#include "tst_retries.moc"
