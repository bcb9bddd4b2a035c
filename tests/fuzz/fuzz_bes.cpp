// Batch answers: a job id (a bare JSON string) and a job's status with its results, and the
// download places the job layer makes of them.
#include "fuzzinput.h"

#include "core/jobs/joboutputs.h"
#include "core/service/bescodec.h"
#include "core/service/serviceendpoint.h"

#include <QDir>
#include <QFileInfo>

#include <cstdlib>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = fuzzBytes(data, size);
    QString id, error;
    if (ScoreDesk::decodeBesJobId(body, &id, &error)) {
        // A job id from outside stays one segment of the URL it goes into.
        const QUrl url = ScoreDesk::ServiceEndpoint::parse(QStringLiteral("https://h/workspaces/w/services/s")).jobUrl(id);
        const QString path = url.path(QUrl::FullyEncoded);
        if (!path.startsWith(QLatin1String("/workspaces/w/services/s/jobs/")) || path.count(QLatin1Char('/')) != 6)
            std::abort();
    }
    ScoreDesk::BesStatus status;
    if (ScoreDesk::decodeBesStatus(body, &status, &error)) {
        ScoreDesk::JobRecord record;
        record.outputDir = QStringLiteral("/jobs/one");
        for (const ScoreDesk::BesOutput &output : status.outputs) {
            // An output's name never takes its file out of the job's folder.
            if (QFileInfo(ScoreDesk::JobOutputs::targetPath(record, output)).dir().path() != record.outputDir)
                std::abort();
            (void)ScoreDesk::JobOutputs::sourceOf(output);
        }
    }
    return 0;
}
