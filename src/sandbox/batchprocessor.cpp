#include "batchprocessor.h"

#include "featurehashing.h"

#include "core/storage/blobdownload.h"
#include "core/storage/blobupload.h"
#include "core/storage/storagerequest.h"
#include "core/table/csvreader.h"
#include "core/table/csvwriter.h"

#include <QCoreApplication>
#include <QFile>
#include <QThreadPool>

namespace ScoreDesk::Sandbox {

BatchProcessor::BatchProcessor(HttpClient *client, const BlobReference &input, const BlobReference &output, int bits, int ngrams,
                               QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_input(input)
    , m_output(output)
    , m_bits(bits)
    , m_ngrams(ngrams)
{
}

BatchProcessor::~BatchProcessor()
{
    *m_cancelled = true; // a worker still hashing stops at its next row
}

void BatchProcessor::start()
{
    const StorageAccount account = m_input.account;
    BlobDownload::Authorizer authorize;
    if (!account.key.isEmpty())
        authorize = [account](HttpRequest *request) { authorizeStorageRequest(request, account); };
    auto *download = new BlobDownload(m_client, m_input.url(), m_work.filePath(QStringLiteral("input.csv")), authorize, this);
    m_transfer = download;
    connect(download, &BlobDownload::finished, this, [this, download] {
        download->deleteLater();
        if (*m_cancelled)
            return fail(QStringLiteral("Cancelled."));
        if (!download->succeeded()) {
            const CallError &error = download->error();
            return fail(error.httpStatus == 404 ? QStringLiteral("The input blob %1/%2 was not found.").arg(m_input.container, m_input.blob)
                                                : QStringLiteral("Cannot read the input blob: %1").arg(error.toOneLine()));
        }
        process(m_work.filePath(QStringLiteral("input.csv")));
    });
    download->start();
}

namespace {

struct Processed
{
    QString failure; // empty when the output file is whole
    qint64 rows = 0;
};

// The experiment over a whole file, row by row. Runs on a worker thread: touches nothing but
// its files and the cancel flag.
Processed hashFile(const QString &inputPath, const QString &outputPath, int bits, int ngrams, const std::atomic_bool &cancelled)
{
    Processed result;
    auto fail = [&result](const QString &details) {
        result.failure = details;
        return result;
    };
    QFile in(inputPath);
    QFile out(outputPath);
    if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly))
        return fail(QStringLiteral("The job's working files cannot be used."));
    CsvReader reader(&in);
    CsvWriter writer(&out);
    CsvRecord record;
    if (!reader.readRecord(&record))
        return fail(QStringLiteral("The input is not a CSV file with a header row: %1").arg(reader.error().toString(QStringLiteral("input"))));
    const qsizetype text = record.fields.indexOf(QStringLiteral("Col2"));
    if (text < 0)
        return fail(QStringLiteral("Column 'Col2' is required but the input has only: %1.").arg(record.fields.join(QStringLiteral(", "))));
    QStringList header = record.fields;
    for (int i = 0; i < (1 << bits); ++i)
        header.append(QStringLiteral("Col2_HashingFeature.") + QString::number(i));
    writer.writeRecord(header);
    const qsizetype width = record.fields.size();
    // Row by row: the input's size never shows in memory.
    while (reader.readRecord(&record)) {
        if (cancelled)
            return fail(QStringLiteral("Cancelled."));
        if (record.fields.size() == 1 && record.fields.first().isEmpty())
            continue;
        if (record.fields.size() != width)
            return fail(QStringLiteral("Input line %1 has %2 fields but the header has %3.").arg(record.line).arg(record.fields.size()).arg(width));
        QStringList row = record.fields;
        for (int count : hashFeatures(record.fields.at(text), bits, ngrams))
            row.append(QString::number(count));
        writer.writeRecord(row);
        ++result.rows;
    }
    if (reader.error().isError())
        return fail(QStringLiteral("The input CSV is malformed at %1").arg(reader.error().toString(QStringLiteral("input"))));
    if (writer.hasError())
        return fail(QStringLiteral("The output could not be written: %1").arg(out.errorString()));
    return result;
}

} // namespace

void BatchProcessor::process(const QString &inputPath)
{
    const QString outputPath = m_work.filePath(QStringLiteral("output.csv"));
    QPointer<BatchProcessor> guard(this);
    QThreadPool::globalInstance()->start([=, cancelled = m_cancelled, bits = m_bits, ngrams = m_ngrams] {
        const Processed processed = hashFile(inputPath, outputPath, bits, ngrams, *cancelled);
        // Back on the sandbox's thread; the guard is read there only.
        QMetaObject::invokeMethod(QCoreApplication::instance(), [guard, processed, outputPath] {
            if (!guard)
                return;
            guard->m_rows = processed.rows;
            if (!processed.failure.isEmpty())
                return guard->fail(processed.failure);
            guard->upload(outputPath);
        }, Qt::QueuedConnection);
    });
}

void BatchProcessor::upload(const QString &outputPath)
{
    auto *upload = new BlobUpload(m_client, m_output.account, m_output.container, m_output.blob, outputPath, this);
    m_transfer = upload;
    connect(upload, &BlobUpload::finished, this, [this, upload] {
        upload->deleteLater();
        if (*m_cancelled)
            return fail(QStringLiteral("Cancelled."));
        if (!upload->succeeded())
            return fail(QStringLiteral("Cannot write output1: %1").arg(upload->error().toOneLine()));
        m_done = true;
        Q_EMIT finished();
    });
    upload->start();
}

void BatchProcessor::cancel()
{
    *m_cancelled = true;
    if (auto *download = qobject_cast<BlobDownload *>(m_transfer))
        download->cancel();
    else if (auto *upload = qobject_cast<BlobUpload *>(m_transfer))
        upload->cancel();
}

void BatchProcessor::fail(const QString &details)
{
    if (m_done)
        return;
    m_done = true;
    m_failure = details;
    Q_EMIT finished();
}

} // namespace ScoreDesk::Sandbox
