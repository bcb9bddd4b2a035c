#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace ScoreDesk {

// One SQLite file through Qt SQL, the way ScoreDesk's stores use it: a connection of its own,
// the WAL journal (a crash mid-write never damages what was written before), and a schema
// version in PRAGMA user_version. open() brings an older file up to date by running the
// migration steps it has not seen yet, each in one transaction with its new version number, so
// a file is always at exactly one version. A file written by a newer ScoreDesk (a version past
// the known steps) is refused rather than misread.
class SqliteDatabase
{
public:
    // migrations[i] takes the schema from version i to i + 1.
    using Migrations = QList<QStringList>;

    explicit SqliteDatabase(const QString &filePath);
    ~SqliteDatabase();
    SqliteDatabase(const SqliteDatabase &) = delete;
    SqliteDatabase &operator=(const SqliteDatabase &) = delete;

    // `what` names the file for people ("the history", "the job list") in error messages.
    bool open(const Migrations &migrations, const QString &what, QString *error);
    bool isOpen() const;
    QSqlDatabase database() const;
    int schemaVersion() const;
    const QString &filePath() const { return m_filePath; }

private:
    QString m_filePath;
    QString m_connectionName;
};

} // namespace ScoreDesk
