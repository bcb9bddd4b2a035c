#pragma once

#include "../service/bescodec.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QUuid>

namespace ScoreDesk {

// A batch job as ScoreDesk remembers it, across restarts: what was sent where, its last known
// state, and which outputs are already on disk. No secret is part of it.
struct JobRecord
{
    QString jobId;
    QUuid workspaceId;
    QString workspaceName;
    QString serviceUrl;  // the API location the job was submitted to
    QString inputFile;   // local file that was uploaded
    QString inputBlob;   // container/blob
    QJsonObject parameters;
    BesJobState state = BesJobState::NotStarted;
    QString details;     // the service's failure text
    QDateTime submittedAt;
    QDateTime startedAt;
    QDateTime finishedAt;
    QString outputDir;     // the job's own folder (the GUI's default) or the folder the user named
    bool replaceOutputs = false; // the user said files already in outputDir may be replaced
    QJsonObject downloads; // output name -> local path, once downloaded whole
    QString downloadProblem; // why the outputs were not downloaded and will not be until asked again
    QByteArray lastStatus; // the last status JSON, for the detail pane
    bool cancelRequested = false; // the user cancelled it (a Cancelled state is then no failure)

    bool isFinal() const { return isFinalState(state); }
    // Takes in what a status call answered (its body kept with any SAS masked), and stamps the
    // start and end times the first time they are seen.
    void applyStatus(const BesStatus &status, const QByteArray &body);
    bool needsDownload() const
    {
        return state == BesJobState::Finished && !outputDir.isEmpty() && downloads.isEmpty() && downloadProblem.isEmpty();
    }
};

} // namespace ScoreDesk
