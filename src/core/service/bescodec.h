#pragma once

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

// One finished output: where to fetch it. With a SAS, url carries it (and the token); with a
// connection string, the storage layer turns it and the relative location into a signed
// download (this layer knows no storage).
struct BesOutput
{
    QString name;
    QUrl url;                 // SAS form only
    QString connectionString; // connection-string form only
    QString relativeLocation; // "container/blob", without a leading '/'
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
// A job id as ScoreDesk accepts it from a service or a user: 1 to 200 printable ASCII
// characters, no white space, none of / \ ? # %, and not "." or "..". Services use 32 hex digits.
bool isValidJobId(const QString &id);
// The submit answer is the job id as a bare JSON string.
bool decodeBesJobId(const QByteArray &body, QString *id, QString *error);
// StatusCode comes as a name or as 0..4; Results is null until the job has finished.
bool decodeBesStatus(const QByteArray &body, BesStatus *status, QString *error);

} // namespace ScoreDesk
