#pragma once

#include "../jobs/jobrecord.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMap>
#include <QSqlDatabase>
#include <QStringList>

namespace ScoreDesk {

enum class UsageRange { Day, Week, Month };

struct UsageFilter
{
    QDateTime now = QDateTime::currentDateTime();
    UsageRange range = UsageRange::Week;
    QString workspaceName; // empty: every workspace
};

// What API Management's analytics show, for one's own calls: calls over time per workspace,
// outcomes by kind, latency, throttling and the time waited, and batch jobs by state.
struct UsageReport
{
    QDateTime from;
    bool hourly = false;              // buckets of an hour (the last 24 hours) or of a day
    QList<QDateTime> buckets;         // their starts, oldest first
    QStringList workspaces;           // every workspace with calls in the range, by name
    QHash<QString, QList<int>> calls; // per workspace, one count per bucket

    int total = 0;
    int succeeded = 0;
    int clientErrors = 0;  // 4xx other than 429: the request or the key
    int throttled = 0;     // ended in 429 or 503
    int serverErrors = 0;  // 5xx other than 503
    int noResponse = 0;    // cut, refused, timed out before an answer
    int unreadable = 0;    // an answer came but could not be read (HTML, cut JSON)
    qint64 latencyP50Ms = 0;
    qint64 latencyP95Ms = 0;
    int waitedCalls = 0;   // calls that waited out at least one 429/503
    qint64 waitedMs = 0;   // the time they waited, in all

    int jobs = 0;
    QMap<BesJobState, int> jobsByState;
    qint64 jobMedianMs = 0;  // submitted to finished, of the jobs that ended
    qint64 jobLongestMs = 0;
};

// Aggregates in SQL over the history database (the calls table) and over the job list.
UsageReport buildUsageReport(const QSqlDatabase &history, const QList<JobRecord> &jobs, const UsageFilter &filter);

// One line per bucket and workspace, then the totals: for a spreadsheet.
QByteArray usageReportCsv(const UsageReport &report);

QString jobStateWords(BesJobState state);

} // namespace ScoreDesk
