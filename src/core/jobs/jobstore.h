#pragma once

#include "jobrecord.h"

#include "../sqlitedatabase.h"

#include <QList>
#include <QString>

#include <optional>

namespace ScoreDesk {

// Batch jobs in SQLite (WAL journal). Every state change is written here before anything
// shows it, so that a crash or a kill loses nothing: after a restart, unfinished jobs are
// polled again and finished ones whose download did not complete are downloaded again.
class JobStore
{
public:
    // The caller names the file: the app and the CLI pass standardFilePath(), tests their own.
    explicit JobStore(const QString &filePath);

    static QString standardFilePath();

    bool open(QString *error);
    bool save(const JobRecord &record, QString *error = nullptr); // insert or replace
    std::optional<JobRecord> job(const QString &jobId) const;
    QList<JobRecord> all() const;       // newest first
    QList<JobRecord> needingWork() const; // not final, or finished without their outputs
    bool remove(const QString &jobId);

    // Submissions remembered before their upload began, by id (a plan as JSON, no secret).
    bool savePendingSubmission(const QString &id, const QJsonObject &plan);
    QList<QPair<QString, QJsonObject>> pendingSubmissions() const; // oldest first
    bool removePendingSubmission(const QString &id);

    int schemaVersion() const { return m_db.schemaVersion(); }

private:
    SqliteDatabase m_db;
};

} // namespace ScoreDesk
