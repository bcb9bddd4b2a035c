#include "jobdetails.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>
#include <QUrl>

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

QString link(const QString &path)
{
    return QStringLiteral("<a href=\"%1\">%2</a>").arg(QUrl::fromLocalFile(path).toString(QUrl::FullyEncoded).toHtmlEscaped(), path.toHtmlEscaped());
}

QString took(const JobRecord &record)
{
    const QDateTime from = record.startedAt.isValid() ? record.startedAt : record.submittedAt;
    if (!from.isValid() || !record.finishedAt.isValid())
        return QString();
    const qint64 seconds = from.secsTo(record.finishedAt);
    return seconds < 120 ? tr("%1 s").arg(seconds) : tr("%1 min").arg(QLocale().toString(seconds / 60.0, 'f', 1));
}

} // namespace

QString jobStateText(BesJobState state)
{
    switch (state) {
    case BesJobState::NotStarted: return tr("Not started");
    case BesJobState::Running: return tr("Running");
    case BesJobState::Failed: return tr("Failed");
    case BesJobState::Cancelled: return tr("Cancelled");
    case BesJobState::Finished: return tr("Finished");
    case BesJobState::Unknown: break;
    }
    return tr("Unknown");
}

QString jobSummaryHtml(const JobRecord &record)
{
    const QString owner = record.workspaceName.isEmpty() ? record.serviceUrl : record.workspaceName;
    QString state = jobStateText(record.state);
    if (record.cancelRequested)
        state = record.isFinal() ? tr("Cancelled by you") : tr("%1, cancel asked for by you").arg(state);
    QString html = QStringLiteral("<p><b>%1</b> · %2<br>%3</p>").arg(state.toHtmlEscaped(), owner.toHtmlEscaped(), tr("Job %1").arg(record.jobId).toHtmlEscaped());
    html += QStringLiteral("<p>%1</p>")
                .arg(tr("Submitted %1 · started %2 · ended %3").arg(when(record.submittedAt), when(record.startedAt), when(record.finishedAt)).toHtmlEscaped());
    if (const QString duration = took(record); !duration.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(tr("Took %1.").arg(duration).toHtmlEscaped());
    // A user's own cancel is no failure, whatever the service said after it.
    if (!record.cancelRequested && !record.details.isEmpty() && (record.state == BesJobState::Failed || record.state == BesJobState::Cancelled))
        html += QStringLiteral("<p><b>%1</b> %2</p>").arg(tr("Why it failed:").toHtmlEscaped(), record.details.toHtmlEscaped());
    const QString input = record.inputFile.isEmpty() ? record.inputBlob : QStringLiteral("%1 (%2)").arg(record.inputFile, record.inputBlob);
    html += QStringLiteral("<p>%1 %2</p>").arg(tr("Input:").toHtmlEscaped(), input.toHtmlEscaped());
    if (!record.outputDir.isEmpty())
        html += QStringLiteral("<p>%1 %2</p>").arg(tr("Outputs to:").toHtmlEscaped(), link(record.outputDir));
    for (auto it = record.downloads.begin(); it != record.downloads.end(); ++it)
        html += QStringLiteral("<p>%1 %2</p>").arg(tr("Downloaded %1:").arg(it.key()).toHtmlEscaped(), link(it.value().toString()));
    if (!record.downloadProblem.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(tr("Not downloaded: %1").arg(record.downloadProblem).toHtmlEscaped());
    return html;
}

QString jobRawStatusText(const JobRecord &record)
{
    if (record.lastStatus.isEmpty())
        return tr("The service has not answered a status request for this job yet.");
    // The SAS in result links is a credential: shown as a mask, never in full.
    QString status = QString::fromUtf8(QJsonDocument::fromJson(record.lastStatus).toJson(QJsonDocument::Indented));
    status.replace(QRegularExpression(QStringLiteral("sig=[^&\"]+")), QStringLiteral("sig=***"));
    return status;
}

QString jobOutcomeText(const JobRecord &record, bool succeeded)
{
    const QString id = record.jobId.left(8);
    if (record.state == BesJobState::Cancelled && record.cancelRequested)
        return tr("Batch job %1 was cancelled, as you asked.").arg(id);
    if (!succeeded)
        return tr("Batch job %1 %2: %3").arg(id, jobStateText(record.state).toLower(), record.details.isEmpty() ? tr("no details") : record.details);
    if (!record.downloadProblem.isEmpty())
        return tr("Batch job %1 finished, but its outputs were not downloaded: %2").arg(id, record.downloadProblem);
    return tr("Batch job %1 finished; its outputs are in %2.").arg(id, record.outputDir);
}

QString whyNotStart(const JobRecord &record)
{
    if (record.state != BesJobState::NotStarted)
        return tr("Job %1 is %2: only a job not started yet can be started.").arg(record.jobId.left(8), jobStateText(record.state).toLower());
    return record.cancelRequested ? tr("You cancelled job %1.").arg(record.jobId.left(8)) : QString();
}

QString whyNotCancel(const JobRecord &record)
{
    if (record.isFinal())
        return tr("Job %1 has ended (%2): there is nothing to cancel.").arg(record.jobId.left(8), jobStateText(record.state).toLower());
    return record.cancelRequested ? tr("A cancel of job %1 was asked for already.").arg(record.jobId.left(8)) : QString();
}

QString whyNotDownload(const JobRecord &record)
{
    return record.state == BesJobState::Finished ? QString() : tr("Only a finished job has outputs to download.");
}

} // namespace ScoreDesk::App
