#pragma once

#include "historyentry.h"

#include "../sqlitedatabase.h"

#include <QList>
#include <QString>

#include <optional>

namespace ScoreDesk {

class Redactor;

// Every call in an SQLite database (Qt SQL, WAL journal): time, workspace, status, latency,
// sizes, and the request and response bodies up to a size bound. Secrets are masked on the
// way in, so nothing in the file can leak them.
class HistoryStore
{
public:
    // The caller names the file: the app passes standardFilePath(), tests their own.
    explicit HistoryStore(const QString &filePath, qint64 maxBodyBytes = 256 * 1024);

    static QString standardFilePath();

    bool open(QString *error);
    bool isOpen() const;

    // Stores the entry (redacted, bodies cut to the bound) and returns its id, or -1.
    qint64 record(const HistoryEntry &entry, const Redactor &redactor);

    // Newest first; text matches URL, workspace, error or request body. Bodies are left out
    // of the list (entry() has them), so that a long history lists fast.
    QList<HistoryEntry> search(const QString &text = {}, int limit = 500) const;
    std::optional<HistoryEntry> entry(qint64 id) const;
    bool remove(qint64 id);
    bool clear();

    // For reports that aggregate in SQL (buildUsageReport).
    QSqlDatabase database() const { return m_db.database(); }

    int schemaVersion() const { return m_db.schemaVersion(); }

private:
    SqliteDatabase m_db;
    qint64 m_maxBodyBytes;
};

} // namespace ScoreDesk
