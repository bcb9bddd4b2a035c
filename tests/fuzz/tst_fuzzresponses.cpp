#include "featurehashingservice.h"

#include "core/service/serviceerror.h"
#include "core/service/rrscodec.h"
#include "core/errors/callerror.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

using namespace ScoreDesk;

// Mutation fuzzing of everything that reads bytes from the other side of a connection: the
// response decoder and the error decoder on the client, the request handler in the sandbox.
// Whatever arrives, they answer with a value or a clear error, never a crash.
class TestFuzzResponses : public QObject
{
    Q_OBJECT

    static QByteArray mutate(QByteArray bytes, QRandomGenerator &random)
    {
        static const char alphabet[] = "{}[]\",:0123456789nulltrue-.eE \\u\xff";
        const int edits = 1 + int(random.bounded(6));
        for (int i = 0; i < edits; ++i) {
            const qsizetype at = qsizetype(random.bounded(quint32(bytes.size() + 1)));
            const char c = alphabet[random.bounded(quint32(sizeof(alphabet) - 1))];
            if (random.bounded(2) == 0 || bytes.isEmpty())
                bytes.insert(at, c);
            else
                bytes[qMin(at, bytes.size() - 1)] = c;
        }
        return bytes;
    }

private Q_SLOTS:
    void responseDecoderAnswersEverything()
    {
        const QList<QByteArray> seeds{
            R"({"Results":{"output1":{"type":"table","value":{"ColumnNames":["a","b"],"ColumnTypes":["String","Int32"],"Values":[["x","1"],["y",2]]}}}})",
            R"({"Results":{"output1":[{"a":"x","b":1},{"a":null}],"output2":{"type":"DataTable","value":{"ColumnNames":["z"],"Values":[[true]]}}}})",
            R"({"error":{"code":"BadArgument","message":"m","details":[{"code":"InputParseError","message":"d"}]}})",
            R"({"statusCode": 429, "message": "Rate limit is exceeded. Try again in 5 seconds."})",
        };
        QRandomGenerator random(42);
        int decoded = 0;
        for (int i = 0; i < 20000; ++i) {
            const QByteArray body = mutate(seeds.at(i % seeds.size()), random);
            QList<NamedTable> outputs;
            QString message;
            if (decodeRrsResponse(body, &outputs, &message)) {
                ++decoded;
                for (const NamedTable &output : outputs)
                    for (qsizetype c = 0; c < output.table.columnCount(); ++c)
                        QCOMPARE(output.table.column(c).size(), output.table.rowCount());
            } else {
                QVERIFY(!message.isEmpty());
            }
            const CallError error = decodeServiceError(400 + int(random.bounded(200)), body, body.left(4));
            QVERIFY(!error.message.isEmpty());
            QVERIFY(error.message.size() <= 400);
        }
        QVERIFY(decoded > 100);
    }

    void sandboxAnswersEveryRequestBody()
    {
        const QByteArray seed =
            R"({"Inputs":{"input1":{"ColumnNames":["Col1","Col2"],"Values":[["1","This is a good day"],[2,null]]}},"GlobalParameters":{"Hashing bitsize":"4","N-grams":3}})";
        QRandomGenerator random(99);
        int ok = 0;
        for (int i = 0; i < 5000; ++i) {
            const QByteArray body = mutate(seed, random);
            const Sandbox::SandboxReply reply = Sandbox::FeatureHashingService::execute(body, random.bounded(2) == 0, random.bounded(2) == 0);
            QVERIFY(reply.status == 200 || reply.status == 400);
            // Every answer is JSON, whatever came in.
            QVERIFY2(!QJsonDocument::fromJson(reply.body).isNull(), reply.body.left(200).constData());
            ok += reply.status == 200;
        }
        QVERIFY(ok > 100);
    }
};

QTEST_APPLESS_MAIN(TestFuzzResponses)
#include "tst_fuzzresponses.moc"
