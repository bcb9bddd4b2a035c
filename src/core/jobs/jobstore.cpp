#include "jobstore.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

namespace ScoreDesk {

namespace {

const char Columns[] = "job_id, workspace_id, workspace_name, service_url, input_file, input_blob, parameters, state, details, "
                       "submitted_at, started_at, finished_at, output_dir, downloads, last_status, replace_outputs, download_problem, "
                       "cancel_requested";

// Version 1 is the first release's table (which had no version number); each later step
// only adds.
const SqliteDatabase::Migrations Migrations = {
    {QStringLiteral("CREATE TABLE IF NOT EXISTS jobs (job_id TEXT PRIMARY KEY, workspace_id TEXT, workspace_name TEXT, "
                    "service_url TEXT, input_file TEXT, input_blob TEXT, parameters TEXT, state INTEGER, details TEXT, "
                    "submitted_at TEXT, started_at TEXT, finished_at TEXT, output_dir TEXT, downloads TEXT, last_status BLOB)")},
    {QStringLiteral("ALTER TABLE jobs ADD COLUMN replace_outputs INTEGER NOT NULL DEFAULT 0"),
     QStringLiteral("ALTER TABLE jobs ADD COLUMN download_problem TEXT NOT NULL DEFAULT ''"),
     QStringLiteral("ALTER TABLE jobs ADD COLUMN cancel_requested INTEGER NOT NULL DEFAULT 0")},
    {QStringLiteral("CREATE TABLE submissions (id TEXT PRIMARY KEY, created_at TEXT NOT NULL, plan TEXT NOT NULL)")},
};

JobRecord readRecord(const QSqlQuery &query)
{
    JobRecord record;
    record.jobId = query.value(0).toString();
    record.workspaceId = QUuid::fromString(query.value(1).toString());
    record.workspaceName = query.value(2).toString();
    record.serviceUrl = query.value(3).toString();
    record.inputFile = query.value(4).toString();
    record.inputBlob = query.value(5).toString();
    record.parameters = QJsonDocument::fromJson(query.value(6).toByteArray()).object();
    record.state = BesJobState(query.value(7).toInt());
    record.details = query.value(8).toString();
    record.submittedAt = QDateTime::fromString(query.value(9).toString(), Qt::ISODateWithMs);
    record.startedAt = QDateTime::fromString(query.value(10).toString(), Qt::ISODateWithMs);
    record.finishedAt = QDateTime::fromString(query.value(11).toString(), Qt::ISODateWithMs);
    record.outputDir = query.value(12).toString();
    record.downloads = QJsonDocument::fromJson(query.value(13).toByteArray()).object();
    record.lastStatus = query.value(14).toByteArray();
    record.replaceOutputs = query.value(15).toBool();
    record.downloadProblem = query.value(16).toString();
    record.cancelRequested = query.value(17).toBool();
    return record;
}

} // namespace

JobStore::JobStore(const QString &filePath)
    : m_db(filePath)
{
}

QString JobStore::standardFilePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/ScoreDesk/jobs.sqlite");
}

bool JobStore::open(QString *error)
{
    return m_db.open(Migrations, QCoreApplication::translate("JobStore", "The job list"), error);
}

bool JobStore::save(const JobRecord &record, QString *error)
{
    QSqlQuery query(m_db.database());
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO jobs (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)").arg(QString::fromLatin1(Columns)));
    query.addBindValue(record.jobId);
    query.addBindValue(record.workspaceId.isNull() ? QString() : record.workspaceId.toString(QUuid::WithoutBraces));
    query.addBindValue(record.workspaceName);
    query.addBindValue(record.serviceUrl);
    query.addBindValue(record.inputFile);
    query.addBindValue(record.inputBlob);
    query.addBindValue(QString::fromUtf8(QJsonDocument(record.parameters).toJson(QJsonDocument::Compact)));
    query.addBindValue(int(record.state));
    query.addBindValue(record.details);
    query.addBindValue(record.submittedAt.toString(Qt::ISODateWithMs));
    query.addBindValue(record.startedAt.toString(Qt::ISODateWithMs));
    query.addBindValue(record.finishedAt.toString(Qt::ISODateWithMs));
    query.addBindValue(record.outputDir);
    query.addBindValue(QString::fromUtf8(QJsonDocument(record.downloads).toJson(QJsonDocument::Compact)));
    query.addBindValue(record.lastStatus);
    query.addBindValue(record.replaceOutputs);
    query.addBindValue(record.downloadProblem);
    query.addBindValue(record.cancelRequested);
    if (!query.exec()) {
        if (error)
            *error = query.lastError().text();
        return false;
    }
    return true;
}

std::optional<JobRecord> JobStore::job(const QString &jobId) const
{
    QSqlQuery query(m_db.database());
    query.prepare(QStringLiteral("SELECT %1 FROM jobs WHERE job_id = ?").arg(QString::fromLatin1(Columns)));
    query.addBindValue(jobId);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return readRecord(query);
}

QList<JobRecord> JobStore::all() const
{
    QList<JobRecord> records;
    QSqlQuery query(m_db.database());
    if (query.exec(QStringLiteral("SELECT %1 FROM jobs ORDER BY submitted_at DESC").arg(QString::fromLatin1(Columns)))) {
        while (query.next())
            records.append(readRecord(query));
    }
    return records;
}

QList<JobRecord> JobStore::needingWork() const
{
    QList<JobRecord> records;
    for (const JobRecord &record : all()) {
        if (!record.isFinal() || record.needsDownload())
            records.append(record);
    }
    return records;
}

bool JobStore::savePendingSubmission(const QString &id, const QJsonObject &plan)
{
    QSqlQuery query(m_db.database());
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO submissions (id, created_at, plan) VALUES (?, ?, ?)"));
    query.addBindValue(id);
    query.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    query.addBindValue(QString::fromUtf8(QJsonDocument(plan).toJson(QJsonDocument::Compact)));
    return query.exec();
}

QList<QPair<QString, QJsonObject>> JobStore::pendingSubmissions() const
{
    QList<QPair<QString, QJsonObject>> pending;
    QSqlQuery query(m_db.database());
    if (query.exec(QStringLiteral("SELECT id, plan FROM submissions ORDER BY created_at"))) {
        while (query.next())
            pending.append({query.value(0).toString(), QJsonDocument::fromJson(query.value(1).toByteArray()).object()});
    }
    return pending;
}

bool JobStore::removePendingSubmission(const QString &id)
{
    QSqlQuery query(m_db.database());
    query.prepare(QStringLiteral("DELETE FROM submissions WHERE id = ?"));
    query.addBindValue(id);
    return query.exec();
}

bool JobStore::remove(const QString &jobId)
{
    QSqlQuery query(m_db.database());
    query.prepare(QStringLiteral("DELETE FROM jobs WHERE job_id = ?"));
    query.addBindValue(jobId);
    return query.exec() && query.numRowsAffected() == 1;
}

} // namespace ScoreDesk
