#include "cuttingproxy.h"
#include "testdata.h"

#include "core/http/httpclient.h"
#include "core/storage/blobdownload.h"
#include "core/storage/blobupload.h"
#include "core/storage/sasbuilder.h"
#include "core/storage/sharedkeysigner.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ScoreDesk;

// Uploads and downloads against the real blob emulator that scripts/test.sh starts.
class TestBlobTransfer : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    StorageAccount m_account;
    QString m_container;
    QNetworkAccessManager m_network;
    HttpClient m_client{&m_network};

    QString makeFile(const QString &name, qint64 size)
    {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write a test file");
        QRandomGenerator random{quint32(size)};
        QByteArray chunk(1 << 20, Qt::Uninitialized);
        for (qint64 written = 0; written < size; written += chunk.size()) {
            random.fillRange(reinterpret_cast<quint32 *>(chunk.data()), chunk.size() / 4);
            file.write(chunk.constData(), std::min<qint64>(chunk.size(), size - written));
        }
        return file.fileName();
    }

    bool upload(BlobUpload *job)
    {
        QSignalSpy finished(job, &BlobUpload::finished);
        job->start();
        return (!finished.isEmpty() || finished.wait(120000)) && job->succeeded();
    }

    BlobDownload *downloader(const QUrl &url, const QString &target)
    {
        const StorageAccount account = m_account;
        return new BlobDownload(&m_client, url, target, [account](HttpRequest *request) { SharedKeySigner::sign(request, account); }, this);
    }

    bool download(BlobDownload *job)
    {
        QSignalSpy finished(job, &BlobDownload::finished);
        job->start();
        return (!finished.isEmpty() || finished.wait(120000)) && job->succeeded();
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString endpoint = qEnvironmentVariable("SCOREDESK_TEST_BLOB_ENDPOINT");
        if (endpoint.isEmpty())
            QFAIL("SCOREDESK_TEST_BLOB_ENDPOINT is not set: run the tests through scripts/test.sh, which starts Azurite");
        m_account = StorageAccount::developmentStorage(QUrl(endpoint));
        m_container = QStringLiteral("transfer-%1").arg(QRandomGenerator::global()->generate());
    }

    void smallFileInOnePut()
    {
        const QString source = makeFile(QStringLiteral("small.bin"), 3000);
        BlobUpload job(&m_client, m_account, m_container, QStringLiteral("small.bin"), source);
        QVERIFY2(upload(&job), qPrintable(job.error().toOneLine()));
        QCOMPARE(job.blockCount(), 0);
        QCOMPARE(job.md5Base64(), md5OfFile(source).toBase64());

        const QString target = m_dir.filePath(QStringLiteral("out/small.bin"));
        BlobDownload *get = downloader(m_account.blobUrl(m_container, QStringLiteral("small.bin")), target);
        QVERIFY2(download(get), qPrintable(get->error().toOneLine()));
        QCOMPARE(md5OfFile(target), md5OfFile(source));
        QVERIFY(!QFile::exists(get->partPath()));
    }

    void blocksInParallelAndByteForByte()
    {
        const QString source = makeFile(QStringLiteral("large.bin"), 20 * 1024 * 1024 + 12345);
        BlobUpload job(&m_client, m_account, m_container, QStringLiteral("large.bin"), source);
        job.setBlockSize(1024 * 1024);
        QSignalSpy progress(&job, &BlobUpload::progress);
        QVERIFY2(upload(&job), qPrintable(job.error().toOneLine()));
        QCOMPARE(job.blockCount(), 21);
        QCOMPARE(job.blocksSent(), 21);
        QVERIFY(job.peakInFlight() > 1);
        QVERIFY(job.peakInFlight() <= 4);
        QVERIFY(progress.size() >= 21);
        QCOMPARE(progress.last().at(0).toLongLong(), QFileInfo(source).size());

        const QString target = m_dir.filePath(QStringLiteral("out/large.bin"));
        BlobDownload *get = downloader(m_account.blobUrl(m_container, QStringLiteral("large.bin")), target);
        QVERIFY2(download(get), qPrintable(get->error().toOneLine()));
        QCOMPARE(QFileInfo(target).size(), QFileInfo(source).size());
        QCOMPARE(md5OfFile(target), md5OfFile(source));
        QVERIFY(get->md5Verified()); // the block list carried the whole file's MD5, and the download checked it
    }

    void interruptedUploadResumesFromUncommittedBlocks()
    {
        const QString source = makeFile(QStringLiteral("resume.bin"), 12 * 1024 * 1024);
        {
            BlobUpload first(&m_client, m_account, m_container, QStringLiteral("resume.bin"), source);
            first.setBlockSize(1024 * 1024);
            first.setMaxInFlight(1);
            QSignalSpy finished(&first, &BlobUpload::finished);
            connect(&first, &BlobUpload::progress, &first, [&first](qint64 sent, qint64) {
                if (sent >= 6 * 1024 * 1024)
                    first.cancel();
            });
            first.start();
            QVERIFY(!finished.isEmpty() || finished.wait(60000));
            QCOMPARE(first.error().kind, CallError::Kind::Cancelled);
        }
        BlobUpload second(&m_client, m_account, m_container, QStringLiteral("resume.bin"), source);
        second.setBlockSize(1024 * 1024);
        QVERIFY2(upload(&second), qPrintable(second.error().toOneLine()));
        QVERIFY2(second.blocksReused() >= 6, qPrintable(QString::number(second.blocksReused())));
        QCOMPARE(second.blocksReused() + second.blocksSent(), 12);

        const QString target = m_dir.filePath(QStringLiteral("out/resume.bin"));
        QVERIFY(download(downloader(m_account.blobUrl(m_container, QStringLiteral("resume.bin")), target)));
        QCOMPARE(md5OfFile(target), md5OfFile(source));
    }

    void downloadCutHalfWayResumesAndEndsIdentical()
    {
        const QString source = makeFile(QStringLiteral("cut.bin"), 8 * 1024 * 1024 + 77);
        BlobUpload job(&m_client, m_account, m_container, QStringLiteral("cut.bin"), source);
        job.setBlockSize(1024 * 1024);
        QVERIFY(upload(&job));

        CuttingProxy proxy(quint16(m_account.blobEndpoint.port()), 4 * 1024 * 1024);
        QVERIFY(proxy.listen());
        QUrl viaProxy = m_account.blobUrl(m_container, QStringLiteral("cut.bin"));
        viaProxy.setPort(proxy.port());
        const QString target = m_dir.filePath(QStringLiteral("out/cut.bin"));
        BlobDownload *get = downloader(viaProxy, target);
        get->setRetryDelayMs(50);
        QVERIFY2(download(get), qPrintable(get->error().toOneLine()));
        QVERIFY(proxy.cut());
        QCOMPARE(get->attempts(), 2);
        QVERIFY2(get->resumedFrom() > 1024 * 1024, qPrintable(QString::number(get->resumedFrom())));
        QCOMPARE(md5OfFile(target), md5OfFile(source));
    }

    void cancelledDownloadKeepsItsPartForNextTime()
    {
        const QString source = m_dir.filePath(QStringLiteral("large.bin"));
        const QString target = m_dir.filePath(QStringLiteral("out/again.bin"));
        {
            BlobDownload *first = downloader(m_account.blobUrl(m_container, QStringLiteral("large.bin")), target);
            QSignalSpy finished(first, &BlobDownload::finished);
            connect(first, &BlobDownload::progress, first, [first](qint64 received, qint64) {
                if (received > 2 * 1024 * 1024)
                    first->cancel();
            });
            first->start();
            QVERIFY(!finished.isEmpty() || finished.wait(60000));
            QCOMPARE(first->error().kind, CallError::Kind::Cancelled);
            QVERIFY(QFile::exists(first->partPath()));
            QVERIFY(!QFile::exists(target)); // nothing half-written in place
        }
        BlobDownload *second = downloader(m_account.blobUrl(m_container, QStringLiteral("large.bin")), target);
        QVERIFY2(download(second), qPrintable(second->error().toOneLine()));
        QVERIFY(second->resumedFrom() > 0);
        QCOMPARE(md5OfFile(target), md5OfFile(source));
    }

    void sasUrlReadsWithoutAKey()
    {
        const QString source = makeFile(QStringLiteral("shared.bin"), 5000);
        BlobUpload job(&m_client, m_account, m_container, QStringLiteral("shared.bin"), source);
        QVERIFY(upload(&job));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QUrl url = m_account.blobUrl(m_container, QStringLiteral("shared.bin"));
        url.setQuery(SasBuilder::blobToken(m_account, m_container, QStringLiteral("shared.bin"), QStringLiteral("r"), now.addSecs(-300), now.addSecs(3600)),
                     QUrl::StrictMode);
        const QString target = m_dir.filePath(QStringLiteral("out/shared.bin"));
        BlobDownload get(&m_client, url, target); // no authorizer: the SAS is the only credential
        QVERIFY2(download(&get), qPrintable(get.error().toOneLine()));
        QCOMPARE(md5OfFile(target), md5OfFile(source));

        // The signature covers the blob and the times: change either and the service refuses.
        QUrl other = url;
        other.setPath(other.path().replace(QLatin1String("shared.bin"), QLatin1String("large.bin")));
        BlobDownload forged(&m_client, other, m_dir.filePath(QStringLiteral("out/forged.bin")));
        QVERIFY(!download(&forged));
        QCOMPARE(forged.error().httpStatus, 403);
        QUrl expired = m_account.blobUrl(m_container, QStringLiteral("shared.bin"));
        expired.setQuery(SasBuilder::blobToken(m_account, m_container, QStringLiteral("shared.bin"), QStringLiteral("r"), now.addSecs(-7200), now.addSecs(-3600)),
                         QUrl::StrictMode);
        BlobDownload late(&m_client, expired, m_dir.filePath(QStringLiteral("out/late.bin")));
        QVERIFY(!download(&late));
        QCOMPARE(late.error().httpStatus, 403);
    }

    void missingBlobIsAClearError()
    {
        const QString target = m_dir.filePath(QStringLiteral("out/missing.bin"));
        BlobDownload *get = downloader(m_account.blobUrl(m_container, QStringLiteral("no-such-blob")), target);
        QVERIFY(!download(get));
        QCOMPARE(get->error().httpStatus, 404);
        QVERIFY(!QFile::exists(target));
        QVERIFY(!QFile::exists(get->partPath()));
    }

    void wrongKeyIsAStorageError()
    {
        StorageAccount wrong = m_account;
        wrong.key = QByteArray(64, 'x');
        BlobUpload job(&m_client, wrong, m_container, QStringLiteral("denied.bin"), makeFile(QStringLiteral("denied.bin"), 100));
        QVERIFY(!upload(&job));
        QCOMPARE(job.error().kind, CallError::Kind::Storage);
        QCOMPARE(job.error().httpStatus, 403);
        QVERIFY(!job.error().code.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestBlobTransfer)
#include "tst_blobtransfer.moc"
