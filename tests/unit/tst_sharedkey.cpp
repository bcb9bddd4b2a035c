#include "core/storage/sharedkeysigner.h"
#include "core/storage/storageaccount.h"

#include <QMessageAuthenticationCode>
#include <QTimeZone>
#include <QTest>

using namespace ScoreDesk;

// Shared Key signing checked against the example in Microsoft's "Authorize with Shared Key"
// page (a Get Container Metadata request on account "myaccount"), and its finer rules.
class TestSharedKey : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void documentedExample()
    {
        HttpRequest request;
        request.method = "GET";
        request.url = QUrl(QStringLiteral("https://myaccount.blob.core.windows.net/mycontainer?restype=container&comp=metadata&timeout=20"));
        request.headers = {{"x-ms-date", "Sun, 11 Oct 2009 21:49:13 GMT"}, {"x-ms-version", "2009-09-19"}};
        const QByteArray expected = "GET\n\n\n\n\n\n\n\n\n\n\n\n"
                                    "x-ms-date:Sun, 11 Oct 2009 21:49:13 GMT\nx-ms-version:2009-09-19\n"
                                    "/myaccount/mycontainer\ncomp:metadata\nrestype:container\ntimeout:20";
        QCOMPARE(SharedKeySigner::stringToSign(request, QStringLiteral("myaccount")), expected);
    }

    void signatureIsHmacOfTheStringWithTheDecodedKey()
    {
        StorageAccount account = StorageAccount::fromConnectionString(
            QStringLiteral("DefaultEndpointsProtocol=https;AccountName=myaccount;AccountKey=c2VjcmV0LWtleS1ieXRlcw=="));
        HttpRequest request;
        request.method = "PUT";
        request.url = account.blobUrl(QStringLiteral("c"), QStringLiteral("b.csv"));
        request.body = "abc";
        request.headers = {{"x-ms-blob-type", "BlockBlob"}, {"Content-Type", "text/csv"}};
        SharedKeySigner::sign(&request, account, QDateTime(QDate(2026, 11, 26), QTime(10, 0), QTimeZone::utc()));
        QCOMPARE(headerValue(request.headers, "x-ms-date"), QByteArray("Thu, 26 Nov 2026 10:00:00 GMT"));
        QCOMPARE(headerValue(request.headers, "x-ms-version"), QByteArray(SharedKeySigner::ApiVersion));
        const QByteArray signedText = SharedKeySigner::stringToSign(request, QStringLiteral("myaccount"));
        QVERIFY(signedText.startsWith("PUT\n\n\n3\n\ntext/csv\n"));           // Content-Length of the body
        QVERIFY(signedText.contains("x-ms-blob-type:BlockBlob\nx-ms-date:")); // sorted, lower-case
        QVERIFY(signedText.endsWith("\n/myaccount/c/b.csv"));
        const QByteArray mac = QMessageAuthenticationCode::hash(signedText, QByteArray("secret-key-bytes"), QCryptographicHash::Sha256).toBase64();
        QCOMPARE(headerValue(request.headers, "Authorization"), QByteArray("SharedKey myaccount:" + mac));
    }

    void emptyBodyLengthIsEmptyAndRangeCounts()
    {
        HttpRequest request;
        request.method = "GET";
        request.url = QUrl(QStringLiteral("http://127.0.0.1:10000/devstoreaccount1/c/b"));
        request.headers = {{"Content-Length", "0"}, {"Range", "bytes=10-"}};
        const QByteArray text = SharedKeySigner::stringToSign(request, QStringLiteral("devstoreaccount1"));
        QVERIFY(text.startsWith("GET\n\n\n\n"));         // no "0"
        QVERIFY(text.contains("\nbytes=10-\n"));
        // Path-style (emulator): the account appears twice.
        QVERIFY(text.endsWith("/devstoreaccount1/devstoreaccount1/c/b"));
    }

    void connectionStrings_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("account");
        QTest::addColumn<QString>("endpoint");
        QTest::newRow("account key") << QStringLiteral("DefaultEndpointsProtocol=https;AccountName=acct;AccountKey=a2V5;EndpointSuffix=core.windows.net")
                                     << QStringLiteral("acct") << QStringLiteral("https://acct.blob.core.windows.net");
        QTest::newRow("sovereign suffix") << QStringLiteral("AccountName=acct;AccountKey=a2V5;EndpointSuffix=core.chinacloudapi.cn")
                                          << QStringLiteral("acct") << QStringLiteral("https://acct.blob.core.chinacloudapi.cn");
        QTest::newRow("blob endpoint") << QStringLiteral("BlobEndpoint=https://files.example.com/;AccountName=acct;AccountKey=a2V5")
                                       << QStringLiteral("acct") << QStringLiteral("https://files.example.com");
        QTest::newRow("sas only") << QStringLiteral("BlobEndpoint=https://acct.blob.core.windows.net;SharedAccessSignature=sv=2021&sig=x")
                                  << QStringLiteral("acct") << QStringLiteral("https://acct.blob.core.windows.net");
        QTest::newRow("emulator") << QStringLiteral("UseDevelopmentStorage=true") << QStringLiteral("devstoreaccount1")
                                  << QStringLiteral("http://127.0.0.1:10000/devstoreaccount1");
        QTest::newRow("emulator proxy") << QStringLiteral("UseDevelopmentStorage=true;DevelopmentStorageProxyUri=http://127.0.0.1:4444")
                                        << QStringLiteral("devstoreaccount1") << QStringLiteral("http://127.0.0.1:4444/devstoreaccount1");
    }
    void connectionStrings()
    {
        QFETCH(QString, text);
        QFETCH(QString, account);
        QFETCH(QString, endpoint);
        QString error;
        const StorageAccount parsed = StorageAccount::fromConnectionString(text, &error);
        QVERIFY2(parsed.isValid(), qPrintable(error));
        QCOMPARE(parsed.name, account);
        QCOMPARE(parsed.blobEndpoint.toString(), endpoint);
    }

    void badConnectionStrings()
    {
        QString error;
        QVERIFY(!StorageAccount::fromConnectionString(QStringLiteral("AccountName=a"), &error).isValid());
        QVERIFY(!StorageAccount::fromConnectionString(QStringLiteral("AccountName=a;AccountKey=***not base64***"), &error).isValid());
        QVERIFY(!StorageAccount::fromConnectionString(QStringLiteral("garbage"), &error).isValid());
        QVERIFY(!error.isEmpty());
        QVERIFY(!error.contains(QLatin1String("not base64"))); // the key is never echoed
    }
};

QTEST_APPLESS_MAIN(TestSharedKey)
#include "tst_sharedkey.moc"
