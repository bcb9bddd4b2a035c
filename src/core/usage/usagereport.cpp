#include "usagereport.h"

#include "../logging.h"
#include "../table/csvwriter.h"

#include <QBuffer>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace ScoreDesk {

namespace {

// started_at is ISO text: its first 13 characters name the hour, its first 10 the day.
int bucketLength(bool hourly)
{
    return hourly ? 13 : 10;
}

QString bucketKey(const QDateTime &start, bool hourly)
{
    return start.toString(Qt::ISODate).left(bucketLength(hourly));
}

// The WHERE clause every query shares, with its values bound in the same order.
struct Scope
{
    // An empty QString is bound as NULL, hence COALESCE.
    QString where = QStringLiteral(" WHERE started_at >= ? AND (COALESCE(?, '') = '' OR workspace_name = ?)");
    QString from;
    QString workspace;

    void bind(QSqlQuery &query) const
    {
        query.addBindValue(from);
        query.addBindValue(workspace);
        query.addBindValue(workspace);
    }
};

bool run(QSqlQuery &query, const QString &sql, const Scope &scope)
{
    query.prepare(sql);
    scope.bind(query);
    if (query.exec())
        return true;
    qCWarning(lcHistory) << "usage query failed:" << query.lastError().text();
    return false;
}

qint64 latencyAt(const QSqlDatabase &db, const Scope &scope, int total, double fraction)
{
    if (total == 0)
        return 0;
    QSqlQuery query(db);
    const int offset = std::clamp(int(fraction * (total - 1) + 0.5), 0, total - 1);
    if (!run(query, QStringLiteral("SELECT latency_ms FROM calls") + scope.where + QStringLiteral(" ORDER BY latency_ms LIMIT 1 OFFSET ")
                        + QString::number(offset),
             scope)
        || !query.next())
        return 0;
    return query.value(0).toLongLong();
}

QByteArray csvText(const DataTable &table)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(&buffer);
    writer.writeTable(table);
    writer.flush();
    return bytes;
}

} // namespace

QString jobStateWords(BesJobState state)
{
    switch (state) {
    case BesJobState::NotStarted: return QStringLiteral("Not started");
    case BesJobState::Running: return QStringLiteral("Running");
    case BesJobState::Failed: return QStringLiteral("Failed");
    case BesJobState::Cancelled: return QStringLiteral("Cancelled");
    case BesJobState::Finished: return QStringLiteral("Finished");
    case BesJobState::Unknown: break;
    }
    return QStringLiteral("Unknown");
}

UsageReport buildUsageReport(const QSqlDatabase &history, const QList<JobRecord> &jobs, const UsageFilter &filter)
{
    UsageReport report;
    report.hourly = filter.range == UsageRange::Day;
    const int bucketCount = filter.range == UsageRange::Day ? 24 : (filter.range == UsageRange::Week ? 7 : 30);
    QDateTime last = filter.now;
    last.setTime(report.hourly ? QTime(filter.now.time().hour(), 0) : QTime(0, 0));
    for (int i = bucketCount - 1; i >= 0; --i)
        report.buckets.append(report.hourly ? last.addSecs(-3600LL * i) : last.addDays(-i));
    report.from = report.buckets.first();

    Scope scope;
    scope.from = report.from.toString(Qt::ISODateWithMs);
    scope.workspace = filter.workspaceName;
    if (history.isOpen()) {
        QHash<QString, int> bucketIndex;
        for (int i = 0; i < report.buckets.size(); ++i)
            bucketIndex.insert(bucketKey(report.buckets.at(i), report.hourly), i);
        QSqlQuery query(history);
        const QString bucket = QStringLiteral("substr(started_at, 1, %1)").arg(bucketLength(report.hourly));
        if (run(query, QStringLiteral("SELECT workspace_name, %1, COUNT(*) FROM calls").arg(bucket) + scope.where + QStringLiteral(" GROUP BY 1, 2"), scope)) {
            while (query.next()) {
                const QString name = query.value(0).toString();
                const int index = bucketIndex.value(query.value(1).toString(), -1);
                if (index < 0)
                    continue;
                QList<int> &counts = report.calls[name];
                if (counts.isEmpty())
                    counts = QList<int>(report.buckets.size(), 0);
                counts[index] += query.value(2).toInt();
            }
        }
        report.workspaces = report.calls.keys();
        std::sort(report.workspaces.begin(), report.workspaces.end(), [](const QString &a, const QString &b) { return a.localeAwareCompare(b) < 0; });

        // One pass sorts every call into its kind.
        const QString kinds = QStringLiteral(
            "SELECT COUNT(*),"
            " SUM(CASE WHEN status BETWEEN 200 AND 299 AND (error IS NULL OR error = '') THEN 1 ELSE 0 END),"
            " SUM(CASE WHEN status BETWEEN 400 AND 499 AND status <> 429 THEN 1 ELSE 0 END),"
            " SUM(CASE WHEN status IN (429, 503) THEN 1 ELSE 0 END),"
            " SUM(CASE WHEN status >= 500 AND status <> 503 THEN 1 ELSE 0 END),"
            " SUM(CASE WHEN status = 0 THEN 1 ELSE 0 END),"
            " SUM(CASE WHEN status BETWEEN 200 AND 299 AND error <> '' THEN 1 ELSE 0 END),"
            " SUM(CASE WHEN retries > 0 THEN 1 ELSE 0 END), SUM(waited_ms) FROM calls");
        if (run(query, kinds + scope.where, scope) && query.next()) {
            report.total = query.value(0).toInt();
            report.succeeded = query.value(1).toInt();
            report.clientErrors = query.value(2).toInt();
            report.throttled = query.value(3).toInt();
            report.serverErrors = query.value(4).toInt();
            report.noResponse = query.value(5).toInt();
            report.unreadable = query.value(6).toInt();
            report.waitedCalls = query.value(7).toInt();
            report.waitedMs = query.value(8).toLongLong();
        }
        report.latencyP50Ms = latencyAt(history, scope, report.total, 0.50);
        report.latencyP95Ms = latencyAt(history, scope, report.total, 0.95);
    }

    QList<qint64> durations;
    for (const JobRecord &job : jobs) {
        if (job.submittedAt < report.from || (!filter.workspaceName.isEmpty() && job.workspaceName != filter.workspaceName))
            continue;
        ++report.jobs;
        ++report.jobsByState[job.state];
        if (job.isFinal() && job.finishedAt.isValid())
            durations.append(job.submittedAt.msecsTo(job.finishedAt));
    }
    std::sort(durations.begin(), durations.end());
    if (!durations.isEmpty()) {
        report.jobMedianMs = durations.at(durations.size() / 2);
        report.jobLongestMs = durations.last();
    }
    return report;
}

QByteArray usageReportCsv(const UsageReport &report)
{
    DataTable table({QStringLiteral("period"), QStringLiteral("workspace"), QStringLiteral("calls")});
    for (int i = 0; i < report.buckets.size(); ++i) {
        for (const QString &workspace : report.workspaces)
            table.appendRow({report.buckets.at(i).toString(Qt::ISODate), workspace, QString::number(report.calls.value(workspace).value(i))});
    }
    QByteArray csv = csvText(table);
    DataTable totals({QStringLiteral("measure"), QStringLiteral("value")});
    const QList<QPair<QString, qint64>> figures = {
        {QStringLiteral("calls"), report.total}, {QStringLiteral("succeeded"), report.succeeded},
        {QStringLiteral("client errors"), report.clientErrors}, {QStringLiteral("throttled (429/503)"), report.throttled},
        {QStringLiteral("server errors"), report.serverErrors}, {QStringLiteral("no response"), report.noResponse},
        {QStringLiteral("answer not readable"), report.unreadable}, {QStringLiteral("latency p50 ms"), report.latencyP50Ms},
        {QStringLiteral("latency p95 ms"), report.latencyP95Ms}, {QStringLiteral("calls that waited"), report.waitedCalls},
        {QStringLiteral("waited ms"), report.waitedMs}, {QStringLiteral("batch jobs"), report.jobs},
        {QStringLiteral("job median ms"), report.jobMedianMs}, {QStringLiteral("job longest ms"), report.jobLongestMs}};
    for (const auto &figure : figures)
        totals.appendRow({figure.first, QString::number(figure.second)});
    for (auto it = report.jobsByState.cbegin(); it != report.jobsByState.cend(); ++it)
        totals.appendRow({QStringLiteral("jobs %1").arg(jobStateWords(it.key()).toLower()), QString::number(it.value())});
    return csv + '\n' + csvText(totals);
}

} // namespace ScoreDesk
