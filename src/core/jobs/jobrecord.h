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
    QString outputDir;
    QJsonObject downloads; // output name -> local path, once downloaded whole
    QByteArray lastStatus; // the last status JSON, for the detail pane

    bool isFinal() const { return isFinalState(state); }
    bool needsDownload() const { return state == BesJobState::Finished && !outputDir.isEmpty() && downloads.isEmpty(); }
};

} // namespace ScoreDesk
