#include "jobdetails.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>

namespace ScoreDesk::App {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("JobDetails", text);
}

QString when(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat) : tr("—");
}

} // namespace

QString jobDetailsText(const JobRecord &record)
{
    QString text = tr("Job %1\nWorkspace: %2\nState: %3\nSubmitted: %4 · started: %5 · ended: %6\nInput: %7\nOutputs to: %8\n")
                       .arg(record.jobId, record.workspaceName.isEmpty() ? record.serviceUrl : record.workspaceName, besJobStateName(record.state),
                            when(record.submittedAt), when(record.startedAt), when(record.finishedAt),
                            record.inputFile.isEmpty() ? record.inputBlob : QStringLiteral("%1 (%2)").arg(record.inputFile, record.inputBlob),
                            record.outputDir);
    if (record.state == BesJobState::Cancelled && record.cancelRequested)
        text += tr("\nCancelled by you.\n");
    else if (!record.details.isEmpty())
        text += tr("\nWhy it failed: %1\n").arg(record.details);
    for (auto it = record.downloads.begin(); it != record.downloads.end(); ++it)
        text += tr("Downloaded %1: %2\n").arg(it.key(), it.value().toString());
    if (!record.downloadProblem.isEmpty())
        text += tr("Not downloaded: %1\n").arg(record.downloadProblem);
    if (!record.lastStatus.isEmpty()) {
        // The SAS in result links is a credential: shown as a mask, never in full.
        QString status = QString::fromUtf8(QJsonDocument::fromJson(record.lastStatus).toJson(QJsonDocument::Indented));
        status.replace(QRegularExpression(QStringLiteral("sig=[^&\"]+")), QStringLiteral("sig=***"));
        text += tr("\nLast status:\n") + status;
    }
    return text;
}

QString jobOutcomeText(const JobRecord &record, bool succeeded)
{
    const QString id = record.jobId.left(8);
    if (record.state == BesJobState::Cancelled && record.cancelRequested)
        return tr("Batch job %1 was cancelled, as you asked.").arg(id);
    if (!succeeded)
        return tr("Batch job %1 %2: %3").arg(id, besJobStateName(record.state).toLower(), record.details.isEmpty() ? tr("no details") : record.details);
    if (!record.downloadProblem.isEmpty())
        return tr("Batch job %1 finished, but its outputs were not downloaded: %2").arg(id, record.downloadProblem);
    return tr("Batch job %1 finished; its outputs are in %2.").arg(id, record.outputDir);
}

} // namespace ScoreDesk::App
