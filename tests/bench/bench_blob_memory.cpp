// Benchmark: memory stays bounded when 1 GiB goes up to blob storage and comes back. Prints
// the peak resident memory growth against the file's size (what a client that reads the file
// into memory would need) and against this process before the transfers. Fails only if the
// bytes that come back are not the bytes that went up.

#include "peakmemory.h"

#include "core/http/httpclient.h"
#include "core/storage/blobdownload.h"
#include "core/storage/blobupload.h"
#include "core/storage/sharedkeysigner.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <cstdio>

using namespace ScoreDesk;

namespace {

QByteArray md5Of(const QString &path)
{
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    QCryptographicHash md5(QCryptographicHash::Md5);
    md5.addData(&file);
    return md5.result();
}

template<typename Job>
void run(Job *job)
{
    QEventLoop loop;
    QObject::connect(job, &Job::finished, &loop, &QEventLoop::quit);
    job->start();
    if (!job->succeeded() && !job->error().isError())
        loop.exec();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QString endpoint = qEnvironmentVariable("SCOREDESK_TEST_BLOB_ENDPOINT");
    if (endpoint.isEmpty()) {
        std::fprintf(stderr, "bench: SCOREDESK_TEST_BLOB_ENDPOINT is not set (run through scripts/test.sh)\n");
        return 1;
    }
    const qint64 mib = qEnvironmentVariableIsSet("SCOREDESK_BENCH_BLOB_MIB") ? qEnvironmentVariableIntValue("SCOREDESK_BENCH_BLOB_MIB") : 1024;
    const qint64 size = mib * 1024 * 1024;
    QTemporaryDir dir;
    const QString source = dir.filePath(QStringLiteral("big.bin"));
    {
        QFile file(source);
        file.open(QIODevice::WriteOnly);
        QByteArray chunk(4 << 20, Qt::Uninitialized);
        QRandomGenerator random(2026);
        for (qint64 written = 0; written < size; written += chunk.size()) {
            random.fillRange(reinterpret_cast<quint32 *>(chunk.data()), chunk.size() / 4);
            file.write(chunk);
        }
    }
    const double baselineMiB = peakResidentMiB();

    const StorageAccount account = StorageAccount::developmentStorage(QUrl(endpoint));
    QNetworkAccessManager network;
    HttpClient client(&network);
    QElapsedTimer clock;
    clock.start();
    BlobUpload upload(&client, account, QStringLiteral("bench"), QStringLiteral("big.bin"), source);
    run(&upload);
    const double uploadSeconds = clock.elapsed() / 1000.0;
    const double afterUploadMiB = peakResidentMiB();
    if (!upload.succeeded()) {
        std::fprintf(stderr, "bench: upload failed: %s\n", qPrintable(upload.error().toOneLine()));
        return 1;
    }

    clock.restart();
    const QString target = dir.filePath(QStringLiteral("back.bin"));
    BlobDownload download(&client, account.blobUrl(QStringLiteral("bench"), QStringLiteral("big.bin")), target,
                          [account](HttpRequest *request) { SharedKeySigner::sign(request, account); });
    qint64 nextReport = 0;
    QObject::connect(&download, &BlobDownload::progress, &download, [&nextReport](qint64 received, qint64) {
        if (qEnvironmentVariableIsSet("SCOREDESK_BENCH_TRACE") && received >= nextReport) {
            std::fprintf(stderr, "  at %lld MiB: peak %.0f MiB\n", received >> 20, peakResidentMiB());
            nextReport += 128 << 20;
        }
    });
    run(&download);
    const double downloadSeconds = clock.elapsed() / 1000.0;
    const double afterDownloadMiB = peakResidentMiB();
    if (!download.succeeded() || md5Of(target) != md5Of(source)) {
        std::fprintf(stderr, "bench: the download failed or differs: %s\n", qPrintable(download.error().toOneLine()));
        return 1;
    }

    std::printf("Blob transfer of %lld MiB through the blob emulator (4 MiB blocks, 4 in flight)\n", mib);
    std::printf("  upload   %6.1f s (%6.1f MiB/s), %d blocks\n", uploadSeconds, mib / uploadSeconds, upload.blockCount());
    std::printf("  download %6.1f s (%6.1f MiB/s), length checked%s, in %lld MiB ranges\n", downloadSeconds, mib / downloadSeconds,
                download.md5Verified() ? " and the blob's MD5 verified" : " (no MD5 from the service)", qint64(16));
    std::printf("  peak resident memory: %.0f MiB before, %.0f MiB after upload, %.0f MiB after download\n", baselineMiB, afterUploadMiB,
                afterDownloadMiB);
    std::printf("  peak growth / file size (a client that reads the file into memory: >= 1.0): %.3f\n", (afterDownloadMiB - baselineMiB) / double(mib));
    return 0;
}
