#pragma once

#include "jobrecord.h"

#include "../filenames.h"

#include "../storage/storageaccount.h"

#include <QDateTime>
#include <QString>
#include <QUrl>

namespace ScoreDesk {

// Where a batch job's outputs go on disk and where they are fetched from. Every name here
// comes from outside (a workspace name, a job id, an output name and blob path from the
// service): each becomes exactly one file name in the job's folder, or nothing.
namespace JobOutputs {

// "<workspace> 2026-11-26 20-15-03 539d0bc2": the folder the GUI gives each job inside the
// folder the user chose, readable and sorted by time within a workspace.
QString folderName(const QString &workspaceName, const QDateTime &submittedAt, const QString &jobId);

// `parent/name`, or `parent/name (2)` and so on when that exists already.
QString freeFolder(const QString &parent, const QString &name);

// The local file for one output in the job's folder: its safe name with the extension of the
// blob it comes from when that is one of the batch output types, ".csv" otherwise.
QString targetPath(const JobRecord &record, const BesOutput &output);

// How to fetch one output: a SAS URL as it is, or the blob of a connection string with its
// account to sign the download. `error` says why neither works.
struct Source
{
    QUrl url;
    StorageAccount account; // empty for a SAS URL
    QString error;
};
Source sourceOf(const BesOutput &output);

} // namespace JobOutputs

} // namespace ScoreDesk
