#pragma once

#include "../storage/storageaccount.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QUrl>

namespace ScoreDesk {

// A blob as a batch job request names it: a storage connection string and container/blob.
struct BesBlobLocation
{
    QString connectionString;
    QString relativeLocation; // "container/blob"
};

struct BesSubmission
{
    BesBlobLocation input;
    QMap<QString, BesBlobLocation> outputs; // output1, ...
    QJsonObject globalParameters;
};

enum class BesJobState { NotStarted, Running, Failed, Cancelled, Finished, Unknown };
QString besJobStateName(BesJobState state);
bool isFinalState(BesJobState state);

// One finished output: where to fetch it. With a SAS, url carries it and account is empty;
// with a connection string, account signs the download.
struct BesOutput
{
    QString name;
    QUrl url;
    StorageAccount account;
};

struct BesStatus
{
    BesJobState state = BesJobState::Unknown;
    QString details;
    QList<BesOutput> outputs;
    QString createdAt;
    QString startTime;
    QString endTime;
};

QByteArray encodeBesSubmission(const BesSubmission &submission);
// The submit answer is the job id as a bare JSON string.
bool decodeBesJobId(const QByteArray &body, QString *id, QString *error);
// StatusCode comes as a name or as 0..4; Results is null until the job has finished.
bool decodeBesStatus(const QByteArray &body, BesStatus *status, QString *error);

} // namespace ScoreDesk
