#include "batchprocessor.h"

#include "featurehashing.h"

#include "core/storage/blobdownload.h"
#include "core/storage/blobupload.h"
#include "core/storage/sharedkeysigner.h"
#include "core/table/csvreader.h"
#include "core/table/csvwriter.h"

#include <QFile>

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

void BatchProcessor::start()
{
    const StorageAccount account = m_input.account;
    BlobDownload::Authorizer authorize;
    if (!account.key.isEmpty())
        authorize = [account](HttpRequest *request) { SharedKeySigner::sign(request, account); };
    auto *download = new BlobDownload(m_client, m_input.url(), m_work.filePath(QStringLiteral("input.csv")), authorize, this);
    m_transfer = download;
    connect(download, &BlobDownload::finished, this, [this, download] {
        download->deleteLater();
        if (m_cancelled)
            return fail(QStringLiteral("Cancelled."));
        if (!download->succeeded()) {
            const ServiceError &error = download->error();
            return fail(error.httpStatus == 404 ? QStringLiteral("The input blob %1/%2 was not found.").arg(m_input.container, m_input.blob)
                                                : QStringLiteral("Cannot read the input blob: %1").arg(error.toOneLine()));
        }
        process(m_work.filePath(QStringLiteral("input.csv")));
    });
    download->start();
}

void BatchProcessor::process(const QString &inputPath)
{
    QFile in(inputPath);
    QFile out(m_work.filePath(QStringLiteral("output.csv")));
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
    for (int i = 0; i < (1 << m_bits); ++i)
        header.append(QStringLiteral("Col2_HashingFeature.") + QString::number(i));
    writer.writeRecord(header);
    const qsizetype width = record.fields.size();
    // Row by row: the input's size never shows in memory.
    while (reader.readRecord(&record)) {
        if (record.fields.size() == 1 && record.fields.first().isEmpty())
            continue;
        if (record.fields.size() != width)
            return fail(QStringLiteral("Input line %1 has %2 fields but the header has %3.").arg(record.line).arg(record.fields.size()).arg(width));
        QStringList row = record.fields;
        for (int count : hashFeatures(record.fields.at(text), m_bits, m_ngrams))
            row.append(QString::number(count));
        writer.writeRecord(row);
        ++m_rows;
    }
    if (reader.error().isError())
        return fail(QStringLiteral("The input CSV is malformed at %1").arg(reader.error().toString(QStringLiteral("input"))));
    if (writer.hasError())
        return fail(QStringLiteral("The output could not be written: %1").arg(out.errorString()));
    out.close();

    auto *upload = new BlobUpload(m_client, m_output.account, m_output.container, m_output.blob, out.fileName(), this);
    m_transfer = upload;
    connect(upload, &BlobUpload::finished, this, [this, upload] {
        upload->deleteLater();
        if (m_cancelled)
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
    m_cancelled = true;
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
