// Whatever a client posts to the sandbox: an execute body (either form, with or without
// details), a batch submission and its blob references. The first byte picks the handling.
#include "fuzzinput.h"

#include "batchjobs.h"
#include "blobreference.h"
#include "featurehashingservice.h"

#include "core/http/httpclient.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>

#include <cstdlib>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    uint8_t choice = 0;
    const QByteArray body = afterChoice(data, size, &choice);
    using namespace ScoreDesk::Sandbox;
    const SandboxReply reply = FeatureHashingService::execute(body, choice & 1, choice & 2, choice & 4);
    if (reply.status < 200 || reply.status >= 600 || QJsonDocument::fromJson(reply.body).isNull())
        std::abort(); // every answer is a status and JSON
    static QNetworkAccessManager network;
    static ScoreDesk::HttpClient client(&network);
    BatchJobs jobs(&client, BatchJobs::Options{});
    (void)jobs.submit(body);
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    BlobReference reference;
    QString error;
    if (BlobReference::parse(object.value(QLatin1String("Input")).toObject(), &reference, &error))
        (void)reference.url();
    return 0;
}
