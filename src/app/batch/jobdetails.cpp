#include "jobdetails.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>
#include <QUrl>

namespace ScoreDesk::App {

namespace {

// The messages' translation context, declared so that lupdate files them under it too.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(JobDetails)
};

QString when(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat) : Texts::tr("—");
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
    return seconds < 120 ? Texts::tr("%1 s").arg(seconds) : Texts::tr("%1 min").arg(QLocale().toString(seconds / 60.0, 'f', 1));
}

} // namespace

QString jobStateText(BesJobState state)
{
    switch (state) {
    case BesJobState::NotStarted: return Texts::tr("Not started");
    case BesJobState::Running: return Texts::tr("Running");
    case BesJobState::Failed: return Texts::tr("Failed");
    case BesJobState::Cancelled: return Texts::tr("Cancelled");
    case BesJobState::Finished: return Texts::tr("Finished");
    case BesJobState::Unknown: break;
    }
    return Texts::tr("Unknown");
}

QString jobSummaryHtml(const JobRecord &record)
{
    const QString owner = record.workspaceName.isEmpty() ? record.serviceUrl : record.workspaceName;
    QString state = jobStateText(record.state);
    if (record.cancelRequested)
        state = record.isFinal() ? Texts::tr("Cancelled by you") : Texts::tr("%1, cancel asked for by you").arg(state);
    QString html = QStringLiteral("<p><b>%1</b> · %2<br>%3</p>").arg(state.toHtmlEscaped(), owner.toHtmlEscaped(), Texts::tr("Job %1").arg(record.jobId).toHtmlEscaped());
    html += QStringLiteral("<p>%1</p>")
                .arg(Texts::tr("Submitted %1 · started %2 · ended %3").arg(when(record.submittedAt), when(record.startedAt), when(record.finishedAt)).toHtmlEscaped());
    if (const QString duration = took(record); !duration.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(Texts::tr("Took %1.").arg(duration).toHtmlEscaped());
    // A user's own cancel is no failure, whatever the service said after it.
    if (!record.cancelRequested && !record.details.isEmpty() && (record.state == BesJobState::Failed || record.state == BesJobState::Cancelled))
        html += QStringLiteral("<p><b>%1</b> %2</p>").arg(Texts::tr("Why it failed:").toHtmlEscaped(), record.details.toHtmlEscaped());
    const QString input = record.inputFile.isEmpty() ? record.inputBlob : QStringLiteral("%1 (%2)").arg(record.inputFile, record.inputBlob);
    html += QStringLiteral("<p>%1 %2</p>").arg(Texts::tr("Input:").toHtmlEscaped(), input.toHtmlEscaped());
    if (!record.outputDir.isEmpty())
        html += QStringLiteral("<p>%1 %2</p>").arg(Texts::tr("Outputs to:").toHtmlEscaped(), link(record.outputDir));
    for (auto it = record.downloads.begin(); it != record.downloads.end(); ++it)
        html += QStringLiteral("<p>%1 %2</p>").arg(Texts::tr("Downloaded %1:").arg(it.key()).toHtmlEscaped(), link(it.value().toString()));
    if (!record.downloadProblem.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(Texts::tr("Not downloaded: %1").arg(record.downloadProblem).toHtmlEscaped());
    return html;
}

QString jobRawStatusText(const JobRecord &record)
{
    if (record.lastStatus.isEmpty())
        return Texts::tr("The service has not answered a status request for this job yet.");
    // The SAS in result links is a credential: shown as a mask, never in full.
    QString status = QString::fromUtf8(QJsonDocument::fromJson(record.lastStatus).toJson(QJsonDocument::Indented));
    status.replace(QRegularExpression(QStringLiteral("sig=[^&\"]+")), QStringLiteral("sig=***"));
    return status;
}

QString jobOutcomeText(const JobRecord &record, bool succeeded)
{
    const QString id = record.jobId.left(8);
    if (record.state == BesJobState::Cancelled && record.cancelRequested)
        return Texts::tr("Batch job %1 was cancelled, as you asked.").arg(id);
    if (!succeeded)
        return Texts::tr("Batch job %1 %2: %3").arg(id, jobStateText(record.state).toLower(), record.details.isEmpty() ? Texts::tr("no details") : record.details);
    if (!record.downloadProblem.isEmpty())
        return Texts::tr("Batch job %1 finished, but its outputs were not downloaded: %2").arg(id, record.downloadProblem);
    return Texts::tr("Batch job %1 finished; its outputs are in %2.").arg(id, record.outputDir);
}

QString whyNotStart(const JobRecord &record)
{
    if (record.state != BesJobState::NotStarted)
        return Texts::tr("Job %1 is %2: only a job not started yet can be started.").arg(record.jobId.left(8), jobStateText(record.state).toLower());
    return record.cancelRequested ? Texts::tr("You cancelled job %1.").arg(record.jobId.left(8)) : QString();
}

QString whyNotCancel(const JobRecord &record)
{
    if (record.isFinal())
        return Texts::tr("Job %1 has ended (%2): there is nothing to cancel.").arg(record.jobId.left(8), jobStateText(record.state).toLower());
    return record.cancelRequested ? Texts::tr("A cancel of job %1 was asked for already.").arg(record.jobId.left(8)) : QString();
}

QString whyNotDownload(const JobRecord &record)
{
    return record.state == BesJobState::Finished ? QString() : Texts::tr("Only a finished job has outputs to download.");
}

} // namespace ScoreDesk::App
