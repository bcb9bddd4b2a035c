#include "core/http/redactor.h"

#include <QTest>

using namespace ScoreDesk;

class TestRedactor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void knownSecretsAnywhere()
    {
        Redactor redactor;
        redactor.addSecret(QStringLiteral("abc123SECRET"));
        redactor.addSecret(QStringLiteral("k+y/="));
        QCOMPARE(redactor.redact(QStringLiteral("key=abc123SECRET and again abc123SECRET")), QStringLiteral("key=*** and again ***"));
        QCOMPARE(redactor.redact(QStringLiteral("url?x=k%2By%2F%3D")), QStringLiteral("url?x=***")); // percent-encoded form too
        QCOMPARE(redactor.redact(QByteArray("{\"k\":\"abc123SECRET\"}")), QByteArray("{\"k\":\"***\"}"));
    }

    void shortValuesAreNotMasked()
    {
        Redactor redactor;
        redactor.addSecret(QStringLiteral("a"));
        redactor.addSecret(QStringLiteral("   "));
        QCOMPARE(redactor.redact(QStringLiteral("a banana")), QStringLiteral("a banana"));
    }

    void patternsWithoutBeingTold_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("bearer header") << QStringLiteral("Authorization: Bearer eyJ0eXAi.x.y") << QStringLiteral("Authorization: Bearer ***");
        QTest::newRow("curl header") << QStringLiteral("-H \"Authorization: Bearer tok123\"") << QStringLiteral("-H \"Authorization: Bearer ***\"");
        QTest::newRow("sharedkey") << QStringLiteral("Authorization: SharedKey acct:c2lnbmF0dXJl") << QStringLiteral("Authorization: SharedKey acct:***");
        QTest::newRow("subscription header") << QStringLiteral("Ocp-Apim-Subscription-Key: 0123abcd") << QStringLiteral("Ocp-Apim-Subscription-Key: ***");
        QTest::newRow("account key") << QStringLiteral("DefaultEndpointsProtocol=https;AccountName=a;AccountKey=Zm9vYmFy==;EndpointSuffix=core.windows.net")
                                     << QStringLiteral("DefaultEndpointsProtocol=https;AccountName=a;AccountKey=***;EndpointSuffix=core.windows.net");
        QTest::newRow("sas sig") << QStringLiteral("https://a.blob.core.windows.net/c/o.csv?sv=2013-08-15&sr=b&sig=AbC%2Fd%3D&se=x")
                                 << QStringLiteral("https://a.blob.core.windows.net/c/o.csv?sv=2013-08-15&sr=b&sig=***&se=x");
        QTest::newRow("sas in connection string") << QStringLiteral("BlobEndpoint=https://a;SharedAccessSignature=sv=1&sig=x")
                                                  << QStringLiteral("BlobEndpoint=https://a;SharedAccessSignature=***");
        QTest::newRow("query key") << QStringLiteral("GET /api/x?subscription-key=abcd1234&a=1") << QStringLiteral("GET /api/x?subscription-key=***&a=1");
        QTest::newRow("ordinary text") << QStringLiteral("Col2,This is a good day") << QStringLiteral("Col2,This is a good day");
    }
    void patternsWithoutBeingTold()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(Redactor().redact(text), expected);
    }

    void headers()
    {
        const HeaderList headers{{"Authorization", "Bearer abc"}, {"Ocp-Apim-Subscription-Key", "sub"}, {"Content-Type", "application/json"}};
        const HeaderList redacted = Redactor().redactHeaders(headers);
        QCOMPARE(headerValue(redacted, "Authorization"), QByteArray("Bearer ***"));
        QCOMPARE(headerValue(redacted, "Ocp-Apim-Subscription-Key"), QByteArray("***"));
        QCOMPARE(headerValue(redacted, "Content-Type"), QByteArray("application/json"));
    }

    void urls()
    {
        Redactor redactor;
        redactor.addSecret(QStringLiteral("tokenvalue"));
        const QUrl url(QStringLiteral("https://user:pw@h/p?subscription-key=k1&sig=s&other=tokenvalue&keep=1"));
        const QString text = redactor.redactUrl(url).toString();
        QVERIFY(!text.contains(QLatin1String("pw")));
        QVERIFY(!text.contains(QLatin1String("k1")));
        QVERIFY(!text.contains(QLatin1String("tokenvalue")));
        QVERIFY(text.contains(QLatin1String("keep=1")));
    }
};

QTEST_APPLESS_MAIN(TestRedactor)
#include "tst_redactor.moc"
