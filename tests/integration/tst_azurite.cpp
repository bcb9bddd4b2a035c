#include "synchttp.h"

#include "core/storage/sharedkeysigner.h"

#include <QRandomGenerator>
#include <QTest>

using namespace ScoreDesk;

// Shared Key signing against the real blob emulator that scripts/test.sh starts (Azurite,
// pinned in scripts/azurite). Its endpoint arrives in SCOREDESK_TEST_BLOB_ENDPOINT.
class TestAzurite : public QObject
{
    Q_OBJECT

    StorageAccount m_account;
    QString m_container;
    SyncHttp m_http;

    HttpResponse signedCall(const QByteArray &method, const QUrl &url, const QByteArray &body = {}, HeaderList headers = {},
                            const StorageAccount *account = nullptr)
    {
        HttpRequest request;
        request.method = method;
        request.url = url;
        request.body = body;
        request.headers = headers;
        if (!body.isEmpty() && headerValue(headers, "Content-Type").isEmpty())
            request.headers.emplaceBack("Content-Type", "application/octet-stream");
        SharedKeySigner::sign(&request, account ? *account : m_account);
        return m_http.send(request);
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString endpoint = qEnvironmentVariable("SCOREDESK_TEST_BLOB_ENDPOINT");
        if (endpoint.isEmpty())
            QFAIL("SCOREDESK_TEST_BLOB_ENDPOINT is not set: run the tests through scripts/test.sh, which starts Azurite");
        QString error;
        m_account = StorageAccount::fromConnectionString(
            QStringLiteral("DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;"
                           "AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=")
                + endpoint,
            &error);
        QVERIFY2(m_account.isValid(), qPrintable(error));
        QCOMPARE(m_account.name, QStringLiteral("devstoreaccount1"));
        m_container = QStringLiteral("harness-%1").arg(QRandomGenerator::global()->generate());
    }

    void createContainerPutAndGetBlob()
    {
        QUrl container = m_account.blobUrl(m_container);
        container.setQuery(QStringLiteral("restype=container"));
        HttpResponse response = signedCall("PUT", container);
        QVERIFY2(response.status == 201, response.body.constData());

        const QByteArray content = "Col2\nThis is a good day\n";
        response = signedCall("PUT", m_account.blobUrl(m_container, QStringLiteral("input.csv")), content, {{"x-ms-blob-type", "BlockBlob"}, {"Content-Type", "text/csv"}});
        QVERIFY2(response.status == 201, response.body.constData());

        response = signedCall("GET", m_account.blobUrl(m_container, QStringLiteral("input.csv")));
        QCOMPARE(response.status, 200);
        QCOMPARE(response.body, content);

        QUrl list = m_account.blobUrl(m_container);
        list.setQuery(QStringLiteral("restype=container&comp=list"));
        response = signedCall("GET", list);
        QCOMPARE(response.status, 200);
        QVERIFY(response.body.contains("<Name>input.csv</Name>"));
    }

    void rangedReadIsSignedToo()
    {
        const HttpResponse response = signedCall("GET", m_account.blobUrl(m_container, QStringLiteral("input.csv")), {}, {{"Range", "bytes=5-"}});
        QCOMPARE(response.status, 206);
        QCOMPARE(response.body, QByteArray("This is a good day\n"));
    }

    void wrongKeyIsRefused()
    {
        StorageAccount wrong = m_account;
        wrong.key = QByteArray(64, 'k');
        const HttpResponse response = signedCall("GET", m_account.blobUrl(m_container, QStringLiteral("input.csv")), {}, {}, &wrong);
        QCOMPARE(response.status, 403);
        QVERIFY(response.body.contains("AuthorizationFailure") || response.body.contains("AuthenticationFailed"));
    }
};

QTEST_GUILESS_MAIN(TestAzurite)
#include "tst_azurite.moc"
